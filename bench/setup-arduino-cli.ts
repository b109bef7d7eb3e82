/**
 * setup-arduino-cli benchmark: a warm setup (arduino-cli, platforms and libraries in the tool
 * cache) against a cold one (empty tool cache: release list, download, SHA-256, extraction,
 * platform installs by the stand-in arduino-cli), through the bundled action as the runner runs
 * it, against a local mirror, alternating rounds in one run. The step's whole wall time is
 * measured, Node's own start-up included. Run: npm run bench:setup-arduino-cli.
 * Target (issue): warm setup under 1 s of the action's own time.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startArduinoMirror } from '../test/harness/arduino-mirror.js';
import { runBundledAction } from '../test/harness/run-action.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({ purpose: 'npm run bench:setup-arduino-cli', runnerNodes: true });

const rounds = 7;
const mirror = await startArduinoMirror([{ version: '1.0.4' }, { version: '1.1.1' }]);
const inputs = {
  version: '1.x',
  'base-url': mirror.baseUrl,
  'api-url': mirror.apiUrl,
  platforms: 'arduino:avr@1.8.6\nesp8266:esp8266@3.1.2',
  'additional-urls': 'https://arduino.esp8266.com/stable/package_esp8266com_index.json',
  libraries: 'Servo@1.2.2',
};

async function timedSetup(toolCache: string, expectHit: boolean): Promise<number> {
  const started = performance.now();
  const run = await runBundledAction('setup-arduino-cli', { inputs, env: { RUNNER_TOOL_CACHE: toolCache } });
  const seconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0 || run.outputs['cache-hit'] !== String(expectHit))
    throw new Error(`setup failed or cache-hit wrong:\n${run.stdout}`);
  return seconds;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const cold: number[] = [];
const warm: number[] = [];
const warmCache = await mkdtemp(join(tmpdir(), 'boardline-bench-warm-'));
await timedSetup(warmCache, false);
try {
  for (let round = 0; round < rounds; round += 1) {
    cold.push(await timedSetup(await mkdtemp(join(tmpdir(), 'boardline-bench-cold-')), false));
    warm.push(await timedSetup(warmCache, true));
  }
} finally {
  await mirror.close();
}
const format = (values: number[]): string => values.map((value) => value.toFixed(2)).join(' ');
console.log(`cold setup (s): ${format(cold)}  median ${median(cold).toFixed(2)}`);
console.log(`warm setup (s): ${format(warm)}  median ${median(warm).toFixed(2)}`);
console.log(`warm / cold: ${(median(warm) / median(cold)).toFixed(2)}x   target: warm < 1 s -> ${median(warm) < 1 ? 'met' : 'not met'}`);
