import { execFile } from 'node:child_process';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { dockerPath, type TestRegistry } from './docker-registry.js';
import { runBundledAction } from './run-action.js';
import { parseCliJson, repoRoot, runBundledCli } from './run-cli.js';

const run = promisify(execFile);

/** The docker client the tests mean (Debian's 20.10, see docker-registry.ts) and the registry's login. */
export const dockerEnv = { PATH: dockerPath };

/**
 * A copy of test/fixtures/docker/pi-app in a git repository of its own, so that the images built
 * from it carry a commit (org.opencontainers.image.revision) as a real app's do.
 */
export async function piAppCheckout(): Promise<{ dir: string; commit: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-pi-app-'));
  await cp(join(repoRoot, 'test', 'fixtures', 'docker', 'pi-app'), dir, { recursive: true });
  const git = (...args: string[]) =>
    run('git', ['-C', dir, '-c', 'user.name=Boardline Test', '-c', 'user.email=test@boardline.invalid', ...args]);
  await git('init', '-q');
  await git('add', '.');
  await git('commit', '-q', '-m', 'pi-app');
  const { stdout } = await git('rev-parse', 'HEAD');
  return { dir, commit: stdout.trim() };
}

/**
 * Builds the pi-app for linux/arm/v7 with buildx-armv7 (the bundled CLI) and pushes it; returns
 * the pushed digest. buildArgs pick the version and whether it is broken.
 */
export async function pushPiApp(
  registry: TestRegistry,
  context: string,
  tags: readonly string[],
  buildArgs: readonly string[],
): Promise<string> {
  const result = await runBundledCli(
    [
      'buildx-armv7',
      '--context',
      context,
      '--tags',
      tags.join(','),
      '--push',
      '--username',
      registry.username,
      '--password',
      registry.password,
      ...(buildArgs.length === 0 ? [] : ['--build-args', buildArgs.join('\n')]),
      '--json',
    ],
    { env: { ...process.env, ...dockerEnv }, timeoutMs: 300_000 },
  );
  if (result.exitCode !== 0) throw new Error(`buildx-armv7 failed:\n${result.stdout}\n${result.stderr}`);
  return String(parseCliJson(result.stdout).outputs?.['digest']);
}

/** The same through the bundled buildx-armv7 action, as a workflow's image job runs it. */
export async function pushPiAppWithAction(registry: TestRegistry, context: string, tag: string): Promise<string> {
  const result = await runBundledAction('buildx-armv7', {
    inputs: { context, tags: tag, push: 'true', username: registry.username, password: registry.password },
    env: dockerEnv,
    timeoutMs: 300_000,
  });
  if (result.exitCode !== 0) throw new Error(`buildx-armv7 failed:\n${result.stdout}\n${result.stderr}`);
  return result.outputs['digest'] ?? '';
}

export interface ContainerView {
  name: string;
  running: boolean;
  labels: Record<string, string>;
}

/** The containers whose names start with a prefix, as the daemon has them now. */
export async function containersNamed(prefix: string): Promise<ContainerView[]> {
  const { stdout } = await run('/usr/bin/docker', ['ps', '--all', '--filter', `name=^${prefix}`, '--format', '{{.Names}}']);
  const names = stdout.split('\n').filter((name) => name !== '');
  const views: ContainerView[] = [];
  for (const name of names) {
    const { stdout: json } = await run('/usr/bin/docker', ['container', 'inspect', name]);
    const [found] = JSON.parse(json) as { State: { Running: boolean }; Config: { Labels: Record<string, string> | null } }[];
    views.push({ name, running: found?.State.Running ?? false, labels: found?.Config.Labels ?? {} });
  }
  return views;
}

export async function removeContainers(prefix: string): Promise<void> {
  const { stdout } = await run('/usr/bin/docker', ['ps', '--all', '--quiet', '--filter', `name=^${prefix}`]);
  const ids = stdout.split('\n').filter((id) => id !== '');
  if (ids.length > 0) await run('/usr/bin/docker', ['rm', '--force', ...ids]);
}
