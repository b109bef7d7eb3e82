import { spawn } from 'node:child_process';
import { chown, mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { rootlessBuilder } from './rootless-builder.js';
import { cliCommand, repoRoot } from './run-cli.js';

/**
 * The Debian root file system the image tests share, built once per machine by the test setup:
 * it is the one slow part (mmdebstrap configuring packages under QEMU's user emulation, minutes),
 * so the setup starts it in the background, at the lowest CPU and I/O priority, while the other
 * test files run, and the image tests wait for it. Kept between runs like the Docker testbed's images.
 */
export const imageTestDir = '/var/tmp/boardline-sd-image-tests';
export const sharedCacheDir = join(imageTestDir, 'cache');
export const imageConfig = join(repoRoot, 'test', 'fixtures', 'sd-image', 'pi3.yml');
const logFile = join(imageTestDir, 'rootfs-build.log');
const statusFile = join(imageTestDir, 'rootfs-build.status');

/** Starts `boardline sd-image --only rootfs` as the unprivileged builder, detached from the setup that starts it. */
export async function startSharedRootfsBuild(): Promise<void> {
  const builder = await rootlessBuilder();
  await mkdir(sharedCacheDir, { recursive: true });
  await chown(imageTestDir, builder.uid, builder.gid);
  await chown(sharedCacheDir, builder.uid, builder.gid);
  await rm(statusFile, { force: true });
  const log = await open(logFile, 'w');
  await log.chown(builder.uid, builder.gid);
  const [node, ...args] = cliCommand([
    'sd-image',
    '--only',
    'rootfs',
    '--config',
    imageConfig,
    '--cache-dir',
    sharedCacheDir,
    '--compress',
    'none',
  ]);
  const script = `"$@"; echo $? > ${statusFile}`;
  const child = spawn(
    'nice',
    [
      '-n',
      '19',
      'ionice',
      '-c',
      '3',
      'setpriv',
      `--reuid=${String(builder.uid)}`,
      `--regid=${String(builder.gid)}`,
      '--init-groups',
      '--',
      'sh',
      '-c',
      script,
      'sh',
      node ?? process.execPath,
      ...args,
    ],
    { detached: true, stdio: ['ignore', log.fd, log.fd], cwd: imageTestDir, env: { ...process.env, HOME: imageTestDir } },
  );
  child.unref();
  await log.close();
  console.log(`== the image tests' Debian root file system is being built in the background (log: ${logFile})`);
}

/** Waits for the setup's root file system build; returns its log. It failing fails the tests that need it. */
export async function sharedRootfs(timeoutMs = 45 * 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await readFile(statusFile, 'utf8').catch(() => undefined);
    const log = await readFile(logFile, 'utf8').catch(() => '');
    if (status !== undefined) {
      if (status.trim() !== '0') throw new Error(`The shared root file system build failed (exit ${status.trim()}):\n${log.slice(-4000)}`);
      return log;
    }
    const started = await readFile(logFile).then(
      () => true,
      () => false,
    );
    if (!started)
      throw new Error(`The test setup did not start the root file system build (no ${logFile}): run npm test, whose pretest starts it`);
    if (Date.now() > deadline)
      throw new Error(`The shared root file system build did not finish within ${String(timeoutMs / 60_000)} min:\n${log.slice(-4000)}`);
    await sleep(5000);
  }
}
