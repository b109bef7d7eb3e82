import { execFile } from 'node:child_process';
import { appendFile, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The unprivileged user the image tests build as: what "rootless" means on a CI runner. */
export const builderName = 'boardline-build';

async function hasRange(file: string): Promise<boolean> {
  const text = await readFile(file, 'utf8').catch(() => '');
  return text.split('\n').some((line) => line.startsWith(`${builderName}:`));
}

/**
 * Makes (once) a system user without any privilege but what a CI runner's user has: membership of
 * the docker group, and a subordinate id range for mmdebstrap's user namespace (as useradd gives
 * every normal user on Debian). Making it needs root, as the test machines run.
 */
export async function rootlessBuilder(): Promise<{ uid: number; gid: number }> {
  if (process.getuid?.() !== 0)
    throw new Error('The rootless image test makes its own unprivileged user, which needs root (CI runs as root): run npm test as root');
  const known = await run('id', ['-u', builderName]).then(
    () => true,
    () => false,
  );
  if (!known)
    await run('useradd', [
      '--system',
      '--user-group',
      '--groups',
      'docker',
      '--home-dir',
      '/nonexistent',
      '--shell',
      '/usr/sbin/nologin',
      builderName,
    ]);
  for (const file of ['/etc/subuid', '/etc/subgid']) if (!(await hasRange(file))) await appendFile(file, `${builderName}:400000:65536\n`);
  const uid = Number((await run('id', ['-u', builderName])).stdout.trim());
  const gid = Number((await run('id', ['-g', builderName])).stdout.trim());
  return { uid, gid };
}
