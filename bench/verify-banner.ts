/**
 * verify-banner benchmark: match latency, CPU while waiting on a silent port, heap during a flood.
 * Run: npm run bench:verify-banner. Targets (issue): latency < 5 ms; CPU while idle < 1% of the
 * wait; heap flat whatever the board prints (growth far below the bytes flooded).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { expectOnConsole } from '../src/serial/console-expect.js';
import { closePort, openPort } from '../src/serial/open-port.js';
import { compilePatterns } from '../src/serial/patterns.js';
import { Transcript } from '../src/serial/transcript.js';
import { FakeBoard } from '../test/harness/fake-board.js';
import { startBundledCli } from '../test/harness/run-cli.js';
import { processCpuMs } from './process-cpu.js';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { percentile } from './stats.js';
import { collectedHeap, requireExposedGc, sampleHeap } from './heap.js';

prepareMachine({ purpose: 'npm run bench:verify-banner', packages: ['socat'] });

requireExposedGc();

const consoleOptions = (timeoutMs: number, transcript: Transcript) => ({
  expect: compilePatterns(['/BOOT blink (?<sha>[0-9a-f]{7})/'], 'expect'),
  failOn: [],
  timeoutMs,
  signal: new AbortController().signal,
  transcript,
  encoding: 'utf8' as const,
  stripAnsi: true,
  maxLineLength: 16 * 1024,
});

async function matchLatency(rounds: number): Promise<number[]> {
  const board = await FakeBoard.connect();
  const port = await openPort(board.port, 115200);
  const latencies: number[] = [];
  try {
    for (let round = 0; round < rounds; round += 1) {
      const waiting = expectOnConsole(port, consoleOptions(5000, new Transcript()));
      await sleep(20);
      const written = performance.now();
      await board.write(`BOOT blink 3f2a91c\r\n`);
      const outcome = await waiting;
      if (outcome.status !== 'pass') throw new Error(`round ${round}: ${outcome.status}`);
      latencies.push(performance.now() - written);
    }
  } finally {
    await closePort(port);
    await board.close();
  }
  return latencies;
}

/**
 * CPU the bundled CLI uses while it waits on a silent port, sampled from /proc over a window that
 * starts once it listens, so start-up and the final report are not counted as idling.
 */
async function idleCpu(windowMs: number): Promise<{ cpuMs: number; wallMs: number }> {
  const board = await FakeBoard.connect();
  const verify = startBundledCli(
    ['verify-banner', '--port', board.port, '--expect', 'never printed', '--timeout', `${windowMs + 3000}ms`],
    {
      timeoutMs: windowMs + 30_000,
    },
  );
  const pid = verify.child.pid ?? 0;
  try {
    await verify.waitForOutput(/no modem control lines/);
    await sleep(500);
    const startCpu = await processCpuMs(pid);
    const started = performance.now();
    await sleep(windowMs);
    const cpuMs = (await processCpuMs(pid)) - startCpu;
    return { cpuMs, wallMs: performance.now() - started };
  } finally {
    await verify.done.catch(() => undefined);
    await board.close();
  }
}

async function floodHeap(totalBytes: number): Promise<{ baseline: number; peak: number; after: number; seconds: number }> {
  const board = await FakeBoard.connect();
  const port = await openPort(board.port, 115200);
  const heap = sampleHeap();
  const started = performance.now();
  const transcript = new Transcript();
  const waiting = expectOnConsole(port, consoleOptions(600_000, transcript));
  await board.flood(totalBytes);
  await board.write('BOOT blink 3f2a91c\r\n');
  const outcome = await waiting;
  const seconds = (performance.now() - started) / 1000;
  const peak = heap.stop();
  if (outcome.status !== 'pass') throw new Error(`flood: ${outcome.status}`);
  const after = collectedHeap();
  await closePort(port);
  await board.close();
  return { baseline: heap.baseline, peak, after, seconds };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const latencies = await matchLatency(50);
const median = percentile(latencies, 50);
const p95 = percentile(latencies, 95);
console.log(
  `match latency over ${latencies.length} banners: median ${median.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms — ${(median / 5).toFixed(2)}x the 5 ms target`,
);

const idle = await idleCpu(10_000);
const idleShare = idle.cpuMs / idle.wallMs;
console.log(
  `CPU of the bundled CLI while waiting ${(idle.wallMs / 1000).toFixed(1)} s on a silent port: ${idle.cpuMs} ms = ${(idleShare * 100).toFixed(2)}% — ${(idleShare / 0.01).toFixed(2)}x the 1% target`,
);

// Flat memory: the peak heap growth of a 100 MB flood compared with a 25 MB one. Growth in
// proportion to what the board prints would make the ratio 4.
const small = await floodHeap(25 * 1024 * 1024);
const large = await floodHeap(100 * 1024 * 1024);
const growth = (run: typeof small): number => run.peak - run.baseline;
for (const [bytes, run] of [
  [25 * 1024 * 1024, small],
  [100 * 1024 * 1024, large],
] as const) {
  console.log(
    `heap through a ${mb(bytes)} flood (${(bytes / 1024 / 1024 / run.seconds).toFixed(0)} MB/s): baseline ${mb(run.baseline)}, peak ${mb(run.peak)}, after ${mb(run.after)}`,
  );
}
console.log(
  `peak heap growth, 100 MB flood vs 25 MB flood: ${(growth(large) / growth(small)).toFixed(2)}x (proportional growth would be 4x)`,
);
