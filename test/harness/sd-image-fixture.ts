import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chown, cp, mkdir, open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isAlive } from '../../src/process/is-alive.js';
import { rootlessBuilder } from './rootless-builder.js';
import { bundledCli, repoRoot } from './run-cli.js';

/**
 * The Debian root file system the image tests share: the one slow part of them (mmdebstrap
 * configuring packages under QEMU's user emulation, minutes), built by the test setup before any
 * test starts and kept between runs outside the clone, like the Docker testbed's images. sd-image's
 * own cache keys it by what it is made of (architecture, release, mirror, packages, locale); the
 * folder it lives in is keyed by the code that makes it, so a change to that code rebuilds it too.
 */
const testsDir = '/var/tmp/boardline-sd-image-tests';
export const imageConfig = join(repoRoot, 'test', 'fixtures', 'sd-image', 'pi3.yml');
const recipeFiles = [join(repoRoot, 'src', 'image', 'rootfs.ts'), imageConfig];
const recipeKey = createHash('sha256')
  .update(recipeFiles.map((file) => readFileSync(file)).join('\0'))
  .digest('hex')
  .slice(0, 16);
export const imageTestDir = join(testsDir, `rootfs-${recipeKey}`);
export const sharedCacheDir = join(imageTestDir, 'cache');
const logFile = join(imageTestDir, 'rootfs-build.log');
const statusFile = join(imageTestDir, 'rootfs-build.status');
const pidFile = join(imageTestDir, 'rootfs-build.pid');
const distDir = dirname(dirname(bundledCli));

/** The pid of a build another process started and that still runs, if any. */
async function runningBuild(): Promise<number | undefined> {
  const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

/** Starts `boardline sd-image --only rootfs` as the unprivileged builder, detached, its exit status written to a file. */
async function startBuild(): Promise<void> {
  const builder = await rootlessBuilder();
  await mkdir(sharedCacheDir, { recursive: true });
  await chown(imageTestDir, builder.uid, builder.gid);
  await chown(sharedCacheDir, builder.uid, builder.gid);
  await rm(statusFile, { force: true });
  const log = await open(logFile, 'w');
  await log.chown(builder.uid, builder.gid);
  // The build runs from a copy of the bundled CLI: .ci/run rebuilds dist/ (its dist check) while
  // this build goes on, and a file rewritten under a running program is a race nobody needs.
  // The bundle finds serialport's native prebuilds beside its own folder: both are copied.
  const bundle = join(imageTestDir, 'bundle');
  await rm(bundle, { recursive: true, force: true });
  for (const part of ['cli', 'prebuilds']) await cp(join(distDir, part), join(bundle, part), { recursive: true });
  const args = [
    join(bundle, 'cli', 'index.cjs'),
    'sd-image',
    '--only',
    'rootfs',
    '--config',
    imageConfig,
    '--cache-dir',
    sharedCacheDir,
    '--compress',
    'none',
  ];
  const script = `"$@"; echo $? > ${statusFile}`;
  const child = spawn(
    'setpriv',
    [
      `--reuid=${String(builder.uid)}`,
      `--regid=${String(builder.gid)}`,
      '--init-groups',
      '--',
      'sh',
      '-c',
      script,
      'sh',
      process.execPath,
      ...args,
    ],
    { detached: true, stdio: ['ignore', log.fd, log.fd], cwd: imageTestDir, env: { ...process.env, HOME: imageTestDir } },
  );
  child.unref();
  await log.close();
  if (child.pid !== undefined) await writeFile(pidFile, `${String(child.pid)}\n`);
}

/** Older keys' root file systems (the code that built them has changed since): gigabytes nobody reads. */
async function pruneOtherKeys(): Promise<void> {
  const entries = await readdir(testsDir).catch(() => [] as string[]);
  await Promise.all(
    entries
      .filter((entry) => join(testsDir, entry) !== imageTestDir)
      .map((entry) => rm(join(testsDir, entry), { recursive: true, force: true })),
  );
}

/** Starts the build unless one is under way; says whether it started one. */
export async function startSharedRootfs(): Promise<boolean> {
  await mkdir(imageTestDir, { recursive: true });
  await pruneOtherKeys();
  if ((await runningBuild()) !== undefined) return false;
  console.log(`== the image tests' Debian root file system: building, or finding it cached (log: ${logFile})`);
  await startBuild();
  return true;
}

/**
 * Builds the shared root file system (a cache hit takes seconds), or waits for the build another
 * setup already started, and fails with its log if it failed. Run before the tests, as root.
 */
export async function buildSharedRootfs(): Promise<void> {
  const started = Date.now();
  if (!(await startSharedRootfs())) console.log(`== waiting for the image tests' root file system build under way (log: ${logFile})`);
  const log = await sharedRootfs();
  const line = /\[1\/1\] rootfs: .*/.exec(log)?.[0] ?? 'built';
  console.log(`== ${line} (${String(Math.round((Date.now() - started) / 1000))} s)`);
}

/**
 * The setup's root file system build, once it has ended: its log, or an error with the log's
 * end if it failed. The build is another process (its exit status lands in a file), so this
 * looks for that file until it appears or the build is seen to have died without one.
 */
export async function sharedRootfs(): Promise<string> {
  for (;;) {
    const status = await readFile(statusFile, 'utf8').catch(() => undefined);
    const log = await readFile(logFile, 'utf8').catch(() => '');
    if (status !== undefined) {
      if (status.trim() !== '0') throw new Error(`The shared root file system build failed (exit ${status.trim()}):\n${log.slice(-4000)}`);
      return log;
    }
    if ((await runningBuild()) === undefined) {
      // Written by the shell after the build ends: read once more in case it just did.
      if ((await readFile(statusFile, 'utf8').catch(() => undefined)) !== undefined) continue;
      throw new Error(
        `No root file system build has finished or is running for ${imageTestDir}: the test setup builds it (npm test's pretest)\n${log.slice(-4000)}`,
      );
    }
    await sleep(2000);
  }
}
