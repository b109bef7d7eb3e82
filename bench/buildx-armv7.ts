/**
 * buildx-armv7 benchmark: one small C program built for linux/arm/v7 two ways, through the bundled
 * action on the real Docker daemon: compiled in a RUN step under QEMU emulation, and cross-compiled
 * in a FROM --platform=$BUILDPLATFORM stage, alternating rounds in one run (a build argument
 * changes every round, so the compile step really runs); then a warm rebuild with nothing changed.
 * Needs test/docker/testbed.sh (the daemon and base images). Run: npm run bench:buildx-armv7.
 * Targets (issue): cross-compiled ≥ 5x faster; warm rebuild < 3 s.
 */
import { copyFile, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dockerPath } from '../test/harness/docker-registry.js';
import { runBundledAction } from '../test/harness/run-action.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({
  purpose: 'npm run bench:buildx-armv7',
  packages: ['docker.io', 'qemu-user-static', 'binfmt-support', 'mmdebstrap'],
  dockerTestbed: true,
  runnerNodes: true,
});

const rounds = 3;
const functions = 80;

/** A program with enough code that compiling it is real work: many small functions gcc -O2 optimises. */
function program(): string {
  const bodies = Array.from({ length: functions }, (_, index) =>
    [
      `static unsigned f${index}(unsigned seed) {`,
      `  unsigned table[32];`,
      `  for (unsigned i = 0; i < 32; i++) table[i] = seed * ${index + 3}u + i * i;`,
      `  for (unsigned round = 0; round < ${8 + (index % 5)}; round++)`,
      `    for (unsigned i = 1; i < 32; i++) table[i] ^= (table[i - 1] << (i % 7)) + ${index}u;`,
      `  unsigned sum = 0;`,
      `  for (unsigned i = 0; i < 32; i++) sum += table[i] % ${97 + index}u;`,
      `  return sum;`,
      `}`,
    ].join('\n'),
  );
  const calls = Array.from({ length: functions }, (_, index) => `  total += f${index}(total);`).join('\n');
  return `#include <stdio.h>\n${bodies.join('\n')}\nint main(void) {\n  unsigned total = 1;\n${calls}\n  printf("%u\\n", total);\n  return 0;\n}\n`;
}

async function context(dockerfile: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-bench-docker-'));
  await writeFile(join(dir, 'app.c'), program());
  await copyFile(join(import.meta.dirname, 'docker', dockerfile), join(dir, 'Dockerfile'));
  return dir;
}

async function build(dir: string, round: string): Promise<{ seconds: number; emulated: string }> {
  const started = performance.now();
  const run = await runBundledAction('buildx-armv7', {
    inputs: { context: dir, 'build-args': `ROUND=${round}`, tags: `boardline-bench/app:${round}` },
    env: { PATH: dockerPath },
    timeoutMs: 900_000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`build failed:\n${run.stdout}`);
  return { seconds, emulated: run.outputs['emulated-steps'] ?? '' };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const emulatedDir = await context('emulated.Dockerfile');
const crossDir = await context('cross.Dockerfile');
const emulated: number[] = [];
const cross: number[] = [];
let steps = { emulated: '', cross: '' };
for (let round = 0; round < rounds; round += 1) {
  const nonce = `${Date.now()}-${round}`;
  const slow = await build(emulatedDir, nonce);
  const fast = await build(crossDir, nonce);
  emulated.push(slow.seconds);
  cross.push(fast.seconds);
  steps = { emulated: slow.emulated, cross: fast.emulated };
}
const warm: number[] = [];
const settled = `${Date.now()}-warm`;
await build(crossDir, settled);
for (let round = 0; round < rounds; round += 1) warm.push((await build(crossDir, settled)).seconds);

const format = (values: number[]): string => values.map((value) => value.toFixed(1)).join(' ');
console.log(`${functions} functions of C, gcc -O2 -static, linux/arm/v7, whole action runs`);
console.log(`emulated compile (s): ${format(emulated)}  median ${median(emulated).toFixed(1)}  (emulated-steps ${steps.emulated})`);
console.log(`cross-compiled   (s): ${format(cross)}  median ${median(cross).toFixed(1)}  (emulated-steps ${steps.cross})`);
const ratio = median(emulated) / median(cross);
console.log(`cross-compiled is ${ratio.toFixed(1)}x faster   target: >= 5x -> ${ratio >= 5 ? 'met' : 'not met'}`);
console.log(
  `warm rebuild, nothing changed (s): ${format(warm)}  median ${median(warm).toFixed(2)}   target: < 3 s -> ${median(warm) < 3 ? 'met' : 'not met'}`,
);
