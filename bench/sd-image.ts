/**
 * sd-image benchmark: a cold build of the tests' Pi 3 image (an empty cache: the Debian root file
 * system from mmdebstrap under QEMU's user emulation, the pi-app preloaded, both partitions)
 * against a warm rebuild with one setting changed (the hostname: only the root partition is made
 * again), side by side in one run, both uncompressed and without the boot test so the ratio is the
 * builds'. Then the cold image is compressed with xz, and its size reported against a minimal
 * Raspberry Pi OS Lite image (about 0.5 GB compressed). Run: npm run bench:sd-image (as root:
 * it installs its packages and the Docker testbed). Target (issue): warm <= 0.2x cold.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { packageList } from '../scripts/system-packages.js';
import { dockerPath } from '../test/harness/docker-registry.js';
import { piAppCheckout } from '../test/harness/pi-app-images.js';
import { parseCliJson, repoRoot, runBundledCli } from '../test/harness/run-cli.js';
import { imageConfig } from '../test/harness/sd-image-fixture.js';

prepareMachine({
  purpose: 'npm run bench:sd-image',
  packages: packageList(join(repoRoot, 'test', 'system-packages.txt')),
  dockerTestbed: true,
});

const run = promisify(execFile);
const env = { ...process.env, PATH: dockerPath };
const work = await mkdtemp(join(tmpdir(), 'boardline-bench-sd-image-'));
const cache = join(work, 'cache');
const gib = (bytes: number): string => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

try {
  const app = await piAppCheckout();
  const built = await runBundledCli(
    ['buildx-armv7', '--context', app.dir, '--platforms', 'linux/arm64', '--tags', 'boardline-test/sd-pi-app:1', '--load'],
    { env, timeoutMs: 600_000 },
  );
  if (built.exitCode !== 0) throw new Error(`buildx-armv7 failed:\n${built.stderr}`);

  const build = async (output: string, extra: readonly string[]): Promise<{ seconds: number; outputs: Record<string, unknown> }> => {
    const started = performance.now();
    const result = await runBundledCli(
      [
        'sd-image',
        '--config',
        imageConfig,
        '--cache-dir',
        cache,
        '--output',
        output,
        '--compress',
        'none',
        '--boot-test',
        'false',
        ...extra,
        '--json',
      ],
      { env, timeoutMs: 60 * 60_000 },
    );
    const seconds = (performance.now() - started) / 1000;
    if (result.exitCode !== 0) throw new Error(`sd-image failed:\n${result.stdout}\n${result.stderr.slice(-3000)}`);
    return { seconds, outputs: parseCliJson(result.stdout).outputs ?? {} };
  };

  console.log('cold build (empty cache) …');
  const cold = await build(join(work, 'cold.img'), []);
  console.log('warm rebuild, hostname changed …');
  const warm = await build(join(work, 'warm.img'), ['--hostname', 'pi-bench-warm']);
  const reused = (warm.outputs['components'] as { name: string; cached: boolean }[])
    .filter((entry) => entry.cached)
    .map((entry) => entry.name);

  const compressStarted = performance.now();
  await run('xz', ['-T0', '-6', '-k', join(work, 'cold.img')]);
  const compressSeconds = (performance.now() - compressStarted) / 1000;
  const raw = (await stat(join(work, 'cold.img'))).size;
  const compressed = (await stat(join(work, 'cold.img.xz'))).size;
  const piOsLite = 0.5 * 10 ** 9;

  console.log('');
  console.log(`cold build:   ${cold.seconds.toFixed(1)} s`);
  console.log(`warm rebuild: ${warm.seconds.toFixed(1)} s (reused: ${reused.join(', ')})`);
  console.log(`warm / cold:  ${(warm.seconds / cold.seconds).toFixed(3)}x (target <= 0.2x)`);
  console.log(
    `image:        ${gib(raw)} raw, ${gib(compressed)} with xz -6 (${compressSeconds.toFixed(0)} s), ${(compressed / piOsLite).toFixed(2)}x a minimal Raspberry Pi OS Lite image (about 0.5 GB compressed)`,
  );
} finally {
  await rm(work, { recursive: true, force: true });
}
