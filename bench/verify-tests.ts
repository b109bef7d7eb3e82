/**
 * verify-tests benchmark: how soon a test's result line is recorded after the board sends it, and
 * the heap while a test floods the console. Run: npm run bench:verify-tests. Targets (issue):
 * latency < 5 ms (median, as verify-banner's); memory flat through a 10 MB flood of test lines.
 */
import { watchConsole } from '../src/serial/console-watch.js';
import { closePort, openPort } from '../src/serial/open-port.js';
import { Transcript } from '../src/serial/transcript.js';
import { createParser } from '../src/verify-tests/framework.js';
import { TestRun, type RunDecision } from '../src/verify-tests/test-run.js';
import { FakeBoard } from '../test/harness/fake-board.js';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { percentile } from './stats.js';
import { collectedHeap, requireExposedGc, sampleHeap } from './heap.js';

prepareMachine({ purpose: 'npm run bench:verify-tests', packages: ['socat'] });

requireExposedGc();

/** A Unity run read as verify-tests reads it, telling `onRecorded` each time a result becomes a case. */
function unityRun(onRecorded: () => void): TestRun {
  const run = new TestRun({ parser: createParser('unity'), create: createParser, testTimeoutMs: 600_000, crashPatterns: [] });
  const feed = run.feed.bind(run);
  run.feed = (line, atMs, offset) => {
    const before = run.cases.length;
    const fed = feed(line, atMs, offset);
    if (run.cases.length > before) onRecorded();
    return fed;
  };
  return run;
}

const watchOptions = (transcript: Transcript, onLine?: (line: string) => void) => ({
  timeoutMs: 600_000,
  signal: new AbortController().signal,
  transcript,
  encoding: 'utf8' as const,
  stripAnsi: true,
  maxLineLength: 16 * 1024,
  ...(onLine === undefined ? {} : { onLine }),
});

const summary = (tests: number): string => `\r\n-----------------------\r\n${String(tests)} Tests 0 Failures 0 Ignored \r\nOK\r\n`;

/** Each result line written alone; the time from the write to the case being recorded. */
async function resultLatency(rounds: number): Promise<number[]> {
  const board = await FakeBoard.connect();
  const port = await openPort(board.port, 115200);
  const latencies: number[] = [];
  let recorded: () => void = () => undefined;
  const run = unityRun(() => recorded());
  const watching = watchConsole<RunDecision>(port, run, watchOptions(new Transcript()));
  try {
    for (let round = 0; round < rounds; round += 1) {
      const seen = new Promise<void>((resolve) => (recorded = resolve));
      const written = performance.now();
      await board.write(`test/test_sensor.c:${String(10 + round)}:test_case_${String(round)}:PASS (1 ms)\r\n`);
      await seen;
      latencies.push(performance.now() - written);
    }
    await board.write(summary(rounds));
    const outcome = await watching;
    if (outcome.status !== 'decided' || outcome.decision.result !== 'pass') throw new Error(`latency run: ${JSON.stringify(outcome)}`);
  } finally {
    await closePort(port);
    await board.close();
  }
  return latencies;
}

/**
 * One test printing `totalBytes` of its own lines before its result, then the run's end. The heap
 * is measured after a full collection once the last flood line has been read, mid-test: what the
 * run keeps, not the garbage a collection has not yet reclaimed (which `peak` includes).
 */
async function floodHeap(totalBytes: number): Promise<{ baseline: number; peak: number; retained: number; seconds: number }> {
  const board = await FakeBoard.connect();
  const port = await openPort(board.port, 115200);
  const heap = sampleHeap();
  const started = performance.now();
  const run = unityRun(() => undefined);
  let flooded: () => void = () => undefined;
  const floodRead = new Promise<void>((resolve) => (flooded = resolve));
  const watching = watchConsole<RunDecision>(
    port,
    run,
    watchOptions(new Transcript(), (line) => {
      if (line === 'flood done') flooded();
    }),
  );
  await board.flood(totalBytes);
  await board.write('flood done\r\n');
  await floodRead;
  const retained = collectedHeap();
  await board.write(`test/test_sensor.c:12:test_chatty:PASS\r\n${summary(1)}`);
  const outcome = await watching;
  const seconds = (performance.now() - started) / 1000;
  const peak = heap.stop();
  if (outcome.status !== 'decided' || outcome.decision.result !== 'pass') throw new Error(`flood: ${JSON.stringify(outcome)}`);
  const kept = run.cases[0]?.output.length ?? 0;
  console.log(`  the chatty test kept ${String(kept)} of its lines (the first and the last, the rest counted)`);
  await closePort(port);
  await board.close();
  return { baseline: heap.baseline, peak, retained, seconds };
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const latencies = await resultLatency(200);
const median = percentile(latencies, 50);
console.log(
  `result latency over ${String(latencies.length)} results: median ${median.toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms — ${(median / 5).toFixed(2)}x the 5 ms target`,
);

// Flat memory: what the run keeps through a 10 MB flood against a 2.5 MB one; keeping lines in
// proportion to what the test prints would make the ratio 4.
const small = await floodHeap(2.5 * 1024 * 1024);
const large = await floodHeap(10 * 1024 * 1024);
for (const [bytes, run] of [
  [2.5 * 1024 * 1024, small],
  [10 * 1024 * 1024, large],
] as const) {
  console.log(
    `heap through a ${mb(bytes)} flood of one test's lines (${(bytes / 1024 / 1024 / run.seconds).toFixed(1)} MB/s): baseline ${mb(run.baseline)}, kept after a collection ${mb(run.retained)}, peak with garbage ${mb(run.peak)}`,
  );
}
const kept = (run: typeof small): number => Math.max(1, run.retained - run.baseline);
console.log(
  `heap kept by the run, 10 MB flood vs 2.5 MB flood: ${(kept(large) / kept(small)).toFixed(2)}x (${mb(kept(small))} and ${mb(kept(large))}; proportional growth would be 4x)`,
);
