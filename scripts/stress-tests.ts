// npm run test:stress -- [--runs N] [--hogs K] [test files…]: runs test files N times in a row with
// K busy processes taking CPU beside them, and prints for every test how many runs it failed in.
// A test that fails only when the machine is loaded fails here. The files default to the
// end-to-end suites (ports, virtual boards, ser2net, Docker, the bundles); the image tests may be
// named too, and their root file system is built first, as npm test's setup does it.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareTestMachine, repoRoot } from './test-machine.js';

interface Outcome {
  file: string;
  path: string[];
  passed: boolean;
  suite: boolean;
  error?: string;
}

interface Tally {
  runs: number;
  failed: number;
  lastError?: string;
}

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run test:stress -- [--runs N] [--hogs K] [test files…]`);
  process.exit(2);
}

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) usage(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
}

const { values, positionals } = parseArgs({
  options: { runs: { type: 'string' }, hogs: { type: 'string' } },
  allowPositionals: true,
});
const runs = count(values.runs, 'runs', 3);
const hogs = count(values.hogs, 'hogs', 2);
if (runs < 1) usage('--runs must be at least 1');
const e2e = join(repoRoot, 'test', 'e2e');
const files =
  positionals.length > 0
    ? positionals
    : (await readdir(e2e))
        .filter((name) => name.endsWith('.test.ts'))
        .sort()
        .map((name) => join('test', 'e2e', name));

await prepareTestMachine({ rootfs: files.some((file) => file.includes('test/image/')) ? 'wait' : 'none' });

const logDir = await mkdtemp(join(tmpdir(), 'boardline-stress-'));
const hogProcesses: ChildProcess[] = Array.from({ length: hogs }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = (): void => hogProcesses.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    stopHogs();
    process.exit(130);
  });

console.log(`== ${files.length} test files, ${runs} runs, ${hogs} busy processes beside them (logs in ${logDir})`);
const tallies = new Map<string, Tally>();
for (let run = 1; run <= runs; run += 1) {
  const events = join(logDir, `run-${run}.jsonl`);
  const log = join(logDir, `run-${run}.log`);
  const started = Date.now();
  const exitCode = await new Promise<number | null>((resolve) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        '--test-reporter=spec',
        `--test-reporter-destination=${log}`,
        `--test-reporter=${join(repoRoot, 'scripts', 'stress-reporter.mjs')}`,
        `--test-reporter-destination=${events}`,
        ...files,
      ],
      { cwd: repoRoot, stdio: 'inherit' },
    );
    child.on('close', resolve);
  });
  const outcomes = (await readFile(events, 'utf8').catch(() => ''))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Outcome);
  for (const outcome of outcomes) {
    const key = [relative(repoRoot, outcome.file), ...outcome.path].join(' › ');
    const tally = tallies.get(key) ?? { runs: 0, failed: 0 };
    tally.runs += 1;
    if (!outcome.passed) {
      tally.failed += 1;
      if (outcome.error !== undefined) tally.lastError = outcome.error;
    }
    tallies.set(key, tally);
  }
  const failed = outcomes.filter((outcome) => !outcome.passed).length;
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(
    `run ${run}/${runs}: ${outcomes.length - failed} passed, ${failed} failed in ${seconds} s (exit ${String(exitCode)}; ${log})`,
  );
}
stopHogs();

console.log(`\n== failed runs per test (${runs} runs, ${hogs} busy processes)`);
const rows = [...tallies.entries()].sort(([a, x], [b, y]) => y.failed - x.failed || a.localeCompare(b));
for (const [name, tally] of rows) {
  // A test missing from some runs (its file crashed before it) counts those runs as failed.
  const failed = tally.failed + (runs - tally.runs);
  console.log(
    `${String(failed).padStart(3)}/${runs}  ${name}${tally.lastError === undefined ? '' : `\n        last error: ${tally.lastError.split('\n')[0] ?? ''}`}`,
  );
}
const failing = rows.filter(([, tally]) => tally.failed > 0 || tally.runs < runs).length;
console.log(`\n${rows.length} tests, ${failing} failed in at least one run`);
process.exitCode = failing === 0 && rows.length > 0 ? 0 : 1;
