import { readFile } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { runDocker, type DockerClient } from './docker-cli.js';
import { qemuHandler } from './platforms.js';

export const binfmtDir = '/proc/sys/fs/binfmt_misc';

/** Whether the kernel runs a foreign architecture's programs through the named QEMU handler. */
export async function handlerEnabled(handler: string, dir = binfmtDir): Promise<boolean> {
  const state = await readFile(`${dir}/${handler}`, 'utf8').catch(() => '');
  return state.split('\n')[0]?.trim() === 'enabled';
}

/**
 * Makes sure QEMU can run the foreign architectures' RUN steps. When a handler is missing and
 * setup is allowed: the host's qemu-user-static handlers (update-binfmts), else the binfmt image;
 * otherwise the step fails with the exact commands that fix it.
 */
export async function ensureEmulation(architectures: readonly string[], allowed: boolean, client: DockerClient, io: Io): Promise<string[]> {
  const missing: string[] = [];
  for (const architecture of architectures) if (!(await handlerEnabled(qemuHandler(architecture)))) missing.push(architecture);
  if (missing.length === 0) return [];
  const fix = `apt-get install qemu-user-static binfmt-support && update-binfmts --enable ${missing.map(qemuHandler).join(' ')} (or: docker run --privileged --rm tonistiigi/binfmt --install ${missing.join(',')})`;
  if (!allowed) {
    throw new BoardlineError(
      'failed',
      `RUN steps for ${missing.join(', ')} need QEMU emulation, which is not set up, and setup-qemu is false`,
      {
        hint: `Fix: set setup-qemu to auto, or run once on the runner: ${fix}`,
      },
    );
  }
  io.info(`Setting up QEMU emulation for ${missing.join(', ')}`);
  for (const architecture of missing) {
    const handler = qemuHandler(architecture);
    await runTool('update-binfmts', ['--enable', handler], io, {
      timeoutMs: 30_000,
      installHint: 'apt-get install binfmt-support qemu-user-static',
    }).catch(() => undefined);
    if (await handlerEnabled(handler)) continue;
    await runDocker(client, ['run', '--privileged', '--rm', 'tonistiigi/binfmt', '--install', architecture], io, { timeoutMs: 300_000 });
    if (!(await handlerEnabled(handler))) {
      throw new BoardlineError('failed', `QEMU emulation for ${architecture} could not be set up (binfmt handler ${handler})`, {
        hint: `Fix, as root on the runner: ${fix}`,
      });
    }
  }
  return missing;
}
