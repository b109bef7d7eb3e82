/**
 * run-scenario benchmark: what the step engine adds to a scenario beyond the firmware's own time,
 * and how soon an expect step passes after its line arrives. Run: npm run bench:run-scenario.
 * Targets (issue): a 100-step scenario costs ≤ 5 % beyond the firmware's own emulated time; a
 * serial line to its expect step passing < 5 ms (median).
 *
 * The engine runs in this process (runSteps over openTarget, as run-scenario calls them); the
 * virtual Uno it drives is started through the CLI from source, in a state directory of its own.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { recordingIo } from '../src/io.js';
import { parseBoardlineScenario } from '../src/scenario/parse-scenario.js';
import { runSteps, type ScenarioRunOptions, type StepResult } from '../src/scenario/run-steps.js';
import { openTarget, type OpenedTarget } from '../src/scenario/scenario-target.js';
import type { Scenario, ScenarioStep } from '../src/scenario/steps.js';
import type { ConsoleSessionSettings } from '../src/serial/console-session.js';
import { YamlFile } from '../src/spec/yaml-file.js';
import { Atmega328p, type Atmega328pPeripherals } from '../src/virtual/atmega328p.js';
import { sendControl } from '../src/virtual/control.js';
import { boardNowUs } from '../src/virtual/pins/emulated-clock.js';
import { FakeBoard } from '../test/harness/fake-board.js';
import { buildFixtureFirmware } from '../test/harness/firmware.js';
import { repoRoot } from '../test/harness/run-cli.js';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { flashWith } from './avr-flash.js';
import { percentile } from './stats.js';

prepareMachine({ purpose: 'npm run bench:run-scenario', packages: ['gcc-avr', 'avr-libc', 'binutils-avr', 'arduino-core-avr', 'socat'] });

const run = promisify(execFile);
const cycles = 5;
const rounds = 4;
const latencyLines = 250;

// ---------------------------------------------------------------------------------------------
// The scenario: 5 cycles of 20 steps. Each cycle sets and reads back a value, echoes a line with
// the captured value, presses and releases the button on pin 2 watching pin 13 follow, pauses in
// emulated time, checks pin 9 blinking, and makes sure no error was printed.

interface Exchange {
  /** What the firmware is given: a command line (ending in \n), or `press` / `release` for the button. */
  cause: string;
  /** The line it answers with. */
  answer: string;
}

function cycleOf(c: number): { yaml: string[]; exchanges: Exchange[] } {
  const value = (c % 2 === 0 ? 1 : -1) * (1000 + 37 * c);
  return {
    yaml: [
      `- send: "set ${value}\\n"`,
      `- expect: ok ${value}`,
      `- send: "get\\n"`,
      `- expect: /^value (?<value>-?\\d+)$/`,
      `- send: "echo line-${c} \${value}\\n"`,
      `- expect: line-${c} \${value}`,
      `- press: 2`,
      `- wait-pin: { pin: 13, level: high, within: 100ms }`,
      `- expect: button pressed`,
      `- release: 2`,
      `- wait-pin: { pin: 13, level: low, within: 100ms }`,
      `- expect: button released`,
      `- delay: 100ms`,
      `- send: "blink 10\\n"`,
      `- expect: blinking 10`,
      `- check-pins: pin 9 toggles with a period of 20 ms ± 10 % for 200 ms`,
      `- send: "blink 0\\n"`,
      `- expect: blinking 0`,
      `- expect-not: /ERROR|Guru Meditation/`,
      `  for: 50ms`,
      `- delay: 50ms`,
    ],
    // The answer each expect waits for, in order.
    exchanges: [
      { cause: `set ${value}\n`, answer: `ok ${value}` },
      { cause: 'get\n', answer: `value ${value}` },
      { cause: `echo line-${c} ${value}\n`, answer: `line-${c} ${value}` },
      { cause: 'press', answer: 'button pressed' },
      { cause: 'release', answer: 'button released' },
      { cause: 'blink 10\n', answer: 'blinking 10' },
      { cause: 'blink 0\n', answer: 'blinking 0' },
    ],
  };
}

const generated = Array.from({ length: cycles }, (_, c) => cycleOf(c));
const scenarioYaml = `name: bench-100-steps\nsteps:\n${generated.flatMap((cycle) => cycle.yaml.map((line) => `  ${line}`)).join('\n')}\n`;
const scenario = parseBoardlineScenario(new YamlFile(scenarioYaml, 'bench-100-steps.yml'));
if (scenario.steps.length !== 100) throw new Error(`the generated scenario has ${scenario.steps.length} steps`);
const exchanges = generated.flatMap((cycle) => cycle.exchanges);

// ---------------------------------------------------------------------------------------------
// The firmware's own time for each exchange, measured on the same emulated ATmega328P run
// in-process and unpaced (so no host time is in it): from the command's first byte reaching the
// receiver, or the button changing, to the last byte of the answer written to the transmitter
// (where the virtual board hands it to the host). The
// shell reads its input once a 1 ms tick, so the wait depends on where in the tick the command
// comes: the mean over 16 phases of the tick is taken.

const cyclesPerUs = 16;

async function firmwareTimes(hex: string, wanted: readonly Exchange[]): Promise<Map<string, { totalUs: number; lineUs: number }>> {
  const { flash, bootStart } = await flashWith(hex);
  const mcu = new Atmega328p(flash, bootStart);
  let ports: Atmega328pPeripherals['ports'] | undefined;
  mcu.attach((peripherals) => (ports = peripherals.ports));
  let printed = '';
  let lineStart = 0;
  mcu.onTransmit = (byte) => {
    if (printed.endsWith('\n') || printed === '') lineStart = mcu.cycles;
    printed += String.fromCharCode(byte);
  };
  /** Runs until the firmware has printed `text` anew (it may have printed it before). */
  const until = (text: string, limitUs: number): void => {
    const limit = mcu.cycles + limitUs * cyclesPerUs;
    const from = printed.length;
    while (!printed.slice(from).endsWith(text)) {
      if (mcu.cycles > limit)
        throw new Error(`the firmware did not print ${JSON.stringify(text)}; it printed ${JSON.stringify(printed.slice(-200))}`);
      mcu.runUntil(mcu.cycles + 10 * cyclesPerUs);
    }
  };
  let pressed = false;
  ports?.D.setPin(2, true);
  until('ready v1.4.2\r\n', 2_000_000);
  const times = new Map<string, { totalUs: number; lineUs: number }>();
  const phases = 16;
  for (const exchange of wanted) {
    if (times.has(`${exchange.cause}→${exchange.answer}`)) continue;
    let totalUs = 0;
    let lineUs = 0;
    const button = exchange.cause === 'press' || exchange.cause === 'release';
    for (let phase = 0; phase < phases; phase += 1) {
      // The button in the other position first, and its line printed, for a change to time.
      if (button && (exchange.cause === 'press') === pressed) {
        pressed = !pressed;
        ports?.D.setPin(2, !pressed);
        until(pressed ? 'button pressed\r\n' : 'button released\r\n', 100_000);
      }
      mcu.runUntil(mcu.cycles + (3000 + (1000 * phase) / phases) * cyclesPerUs);
      const cause = mcu.cycles;
      if (button) {
        pressed = !pressed;
        ports?.D.setPin(2, !pressed);
      } else mcu.receive(Buffer.from(exchange.cause, 'latin1'), cause);
      until(`${exchange.answer}\r\n`, 100_000);
      totalUs += (mcu.cycles - cause) / cyclesPerUs;
      lineUs += (mcu.cycles - lineStart) / cyclesPerUs;
    }
    times.set(`${exchange.cause}→${exchange.answer}`, { totalUs: totalUs / phases, lineUs: lineUs / phases });
  }
  return times;
}

// ---------------------------------------------------------------------------------------------
// The board: a virtual Uno started and stopped through the CLI from source.

const cliArgs = ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src', 'cli', 'bin.ts')];

async function cli(args: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  try {
    return (await run(process.execPath, [...cliArgs, ...args], { env, cwd: repoRoot, timeout: 120_000 })).stdout;
  } catch (error) {
    const failed = error as Error & { stdout?: string; stderr?: string };
    throw new Error(`boardline ${args.join(' ')} failed: ${failed.message}\n${failed.stdout ?? ''}${failed.stderr ?? ''}`, {
      cause: error,
    });
  }
}

interface StartedBoard {
  name: string;
  control: string;
  pid: number;
  stop(): Promise<void>;
}

async function startBoard(hex: string, stateDir: string): Promise<StartedBoard> {
  const env = { ...process.env, BOARDLINE_STATE_DIR: stateDir };
  const name = 'bench-scenario';
  const outputs = (
    JSON.parse(await cli(['virtual-board', 'start', '--board', 'uno', '--name', name, '--firmware', hex, '--json'], env)) as {
      outputs: { name: string; control: string; pid: number };
    }
  ).outputs;
  let stopped: Promise<void> | undefined;
  return {
    ...outputs,
    stop: () =>
      (stopped ??= (async () => {
        try {
          await cli(['virtual-board', 'stop', '--name', name], env);
        } finally {
          // Whatever the stop said, the board process this bench started does not outlive it.
          for (let waited = 0; waited < 5000 && alive(outputs.pid); waited += 100) await sleep(100);
          if (alive(outputs.pid)) process.kill(outputs.pid, 'SIGKILL');
        }
      })()),
  };
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Target 1: the 100-step scenario on the virtual Uno.

type KindName = 'send' | 'expect' | 'expect-not' | 'press' | 'release' | 'wait-pin' | 'delay' | 'check-pins' | 'other';

function kindOf(step: ScenarioStep): KindName {
  if (step.kind === 'drive') return step.verb === 'press' || step.verb === 'release' ? step.verb : 'other';
  if (step.kind === 'send' || step.kind === 'expect' || step.kind === 'expect-not' || step.kind === 'wait-pin') return step.kind;
  if (step.kind === 'delay' || step.kind === 'check-pins') return step.kind;
  return 'other';
}

interface StepTiming {
  kind: KindName;
  wallMs: number;
  ownMs: number;
}

interface RoundResult {
  wallMs: number;
  ownMs: number;
  emulatedMs: number;
  lagMs: number;
  steps: StepTiming[];
}

function runOptions(dir: string, onStep: (result: StepResult) => void): ScenarioRunOptions {
  return {
    timeoutMs: 600_000,
    stepTimeoutMs: 30_000,
    resetFirst: false,
    failOn: [],
    filesDir: dir,
    stamp: 'bench',
    io: recordingIo(),
    fillVariables: true,
    onStep,
  };
}

/**
 * The firmware's own time of a step: the emulated time it asks of the firmware. A delay and a
 * check-pins window are emulated time by definition; a wait-pin's is how long the pin took, as the
 * engine measured it in emulated time; an expect-not's window is the wall-clock quiet it asks for;
 * an expect's is the firmware's answer measured unpaced (from its command; a button's line from its
 * first byte, the wait-pin before it having had the time until the pin changed). Sending bytes and
 * driving a pin ask nothing of the firmware.
 */
function ownMsOf(result: StepResult, answer: () => { totalUs: number; lineUs: number; afterButton: boolean }): number {
  const step = result.step;
  switch (step.kind) {
    case 'delay':
      return step.ms;
    case 'check-pins':
      return (step.durationUs ?? 0) / 1000;
    case 'wait-pin':
      return ((result.detail as { afterUs?: number } | undefined)?.afterUs ?? 0) / 1000;
    case 'expect-not':
      return step.forMs;
    case 'expect': {
      const time = answer();
      return (time.afterButton ? time.lineUs : time.totalUs) / 1000;
    }
    default:
      return 0;
  }
}

async function scenarioRound(
  opened: OpenedTarget,
  control: string,
  times: Map<string, { totalUs: number; lineUs: number }>,
  dir: string,
): Promise<RoundResult> {
  let expectIndex = 0;
  const ended: number[] = [];
  const statusBefore = await sendControl(control, 'status');
  const emulatedBefore = await boardNowUs(control);
  const started = performance.now();
  const outcome = await runSteps(
    scenario,
    opened.target,
    runOptions(dir, () => ended.push(performance.now())),
  );
  const wallMs = performance.now() - started;
  const emulatedAfter = await boardNowUs(control);
  const statusAfter = await sendControl(control, 'status');
  if (outcome.status !== 'pass') throw new Error(`the scenario did not pass: ${outcome.failed?.step.where} ${outcome.failed?.message}`);
  const steps = outcome.steps.map((result, index): StepTiming => {
    const ownMs = ownMsOf(result, () => {
      const exchange = exchanges[expectIndex++ % exchanges.length] as Exchange;
      const time = times.get(`${exchange.cause}→${exchange.answer}`);
      if (time === undefined) throw new Error(`no firmware time for ${exchange.answer}`);
      return { ...time, afterButton: exchange.cause === 'press' || exchange.cause === 'release' };
    });
    return {
      kind: kindOf(result.step),
      wallMs: (ended[index] ?? Number.NaN) - (index === 0 ? started : (ended[index - 1] ?? Number.NaN)),
      ownMs,
    };
  });
  return {
    wallMs,
    ownMs: steps.reduce((sum, step) => sum + step.ownMs, 0),
    emulatedMs: (emulatedAfter - emulatedBefore) / 1000,
    lagMs: Number(statusAfter['lagMs']) - Number(statusBefore['lagMs']),
    steps,
  };
}

const consoleSettings = (port: string, transcript: string): ConsoleSessionSettings => ({
  port,
  baud: 115200,
  reset: 'auto',
  'lock-timeout': 10_000,
  timeout: 600_000,
  encoding: 'utf8',
  'strip-ansi': true,
  transcript,
});

/** What one question to the board's control socket costs (most board steps ask a few), over `count` status calls. */
async function controlRoundTrips(control: string, count: number): Promise<number[]> {
  const trips: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const asked = performance.now();
    await sendControl(control, 'status');
    trips.push(performance.now() - asked);
  }
  return trips;
}

async function scenarioOverhead(
  hex: string,
  times: Map<string, { totalUs: number; lineUs: number }>,
): Promise<{ rounds: RoundResult[]; controlTrips: number[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-bench-scenario-'));
  const context = { stateDir: join(dir, 'state'), lockDir: join(dir, 'locks'), tempDir: dir };
  const board = await startBoard(hex, context.stateDir);
  const stopOnSignal = (): void => void board.stop().finally(() => process.exit(130));
  process.once('SIGINT', stopOnSignal);
  process.once('SIGTERM', stopOnSignal);
  try {
    const opened = await openTarget(
      scenario,
      consoleSettings(board.name, join(dir, 'transcript.log')),
      'run-scenario',
      recordingIo(),
      context,
    );
    try {
      // The board reset as run-scenario resets it, and seen booting, before anything is timed.
      const boot = parseBoardlineScenario(new YamlFile('steps:\n  - expect: scenario-shell ready\n', 'boot.yml'));
      const booted = await runSteps(boot, opened.target, { ...runOptions(dir, () => undefined), resetFirst: true });
      if (booted.status !== 'pass') throw new Error(`the board did not boot: ${booted.failed?.message}`);
      const results: RoundResult[] = [];
      for (let round = 0; round < rounds; round += 1) results.push(await scenarioRound(opened, board.control, times, dir));
      return { rounds: results, controlTrips: await controlRoundTrips(board.control, 100) };
    } finally {
      await opened.close();
    }
  } finally {
    await board.stop();
    process.off('SIGINT', stopOnSignal);
    process.off('SIGTERM', stopOnSignal);
    await rm(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Target 2: a line on a real pty to its expect step passing, as verify-banner's bench measures its
// match: the step is waiting before the line is written (20 ms after the step before passed), and
// the time runs from the write to the step's result. One run of `latencyLines` expect steps, as a
// scenario waits for line after line, through openTarget (the console run-scenario opens).

async function expectLatency(lines: number): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-bench-expect-'));
  const context = { stateDir: join(dir, 'state'), lockDir: join(dir, 'locks'), tempDir: dir };
  const board = await FakeBoard.connect();
  const steps = Array.from({ length: lines }, (_, index) => `  - expect: /reading ${index} t=(?<t${index}>\\S+)/`);
  const latencyScenario: Scenario = parseBoardlineScenario(new YamlFile(`steps:\n${steps.join('\n')}\n`, 'latency.yml'));
  const latencies: number[] = [];
  try {
    const opened = await openTarget(
      latencyScenario,
      { ...consoleSettings(board.port, join(dir, 'transcript.log')), reset: 'none' },
      'run-scenario',
      recordingIo(),
      context,
    );
    try {
      let written = 0;
      let passed: () => void = () => undefined;
      const writer = (async () => {
        for (let index = 0; index < lines; index += 1) {
          const seen = new Promise<void>((resolve) => (passed = resolve));
          await sleep(20);
          written = performance.now();
          await board.write(`reading ${index} t=21.${index % 10}\r\n`);
          await seen;
        }
      })();
      const outcome = await runSteps(
        latencyScenario,
        opened.target,
        runOptions(dir, () => {
          latencies.push(performance.now() - written);
          passed();
        }),
      );
      await writer;
      if (outcome.status !== 'pass') throw new Error(`latency run: ${outcome.failed?.message}`);
    } finally {
      await opened.close();
    }
  } finally {
    await board.close();
    await rm(dir, { recursive: true, force: true });
  }
  return latencies;
}

// ---------------------------------------------------------------------------------------------

const firmware = await buildFixtureFirmware('scenario-shell');
const times = await firmwareTimes(firmware.hex, exchanges);
const { rounds: results, controlTrips } = await scenarioOverhead(firmware.hex, times);
const latencies = await expectLatency(latencyLines);

const pct = (ratio: number): string => (Math.abs(ratio) < 0.0005 ? '0.0 %' : `${ratio > 0 ? '+' : ''}${(ratio * 100).toFixed(1)} %`);
const ms = (value: number): string => `${value.toFixed(1)} ms`;

console.log(`\n100-step scenario on a virtual Uno (scenario-shell), engine in-process, ${rounds} rounds:`);
console.log(
  '| round | wall | firmware own | wall/own − 1 (target ≤ +5 %) | board emulated | engine: emulated/own − 1 | board lag: wall/emulated − 1 |',
);
console.log(
  '| ----- | ---- | ------------ | ---------------------------- | -------------- | ------------------------ | ---------------------------- |',
);
for (const [index, result] of results.entries()) {
  console.log(
    `| ${index + 1} | ${ms(result.wallMs)} | ${ms(result.ownMs)} | ${pct(result.wallMs / result.ownMs - 1)} | ${ms(result.emulatedMs)} | ${pct(result.emulatedMs / result.ownMs - 1)} | ${pct(result.wallMs / result.emulatedMs - 1)} (lagMs +${result.lagMs}) |`,
  );
}

const kinds: KindName[] = ['send', 'expect', 'press', 'release', 'wait-pin', 'delay', 'check-pins', 'expect-not', 'other'];
const allSteps = results.flatMap((result) => result.steps);
const meanWall = results.reduce((sum, result) => sum + result.wallMs, 0) / results.length;
const meanOwn = results.reduce((sum, result) => sum + result.ownMs, 0) / results.length;
console.log(
  `\nper step kind, over the ${rounds} rounds (overhead: the step's wall time beyond its firmware own time; share: of the runs' total overhead):`,
);
console.log('| kind | steps a run | median own | median wall | median overhead | p95 overhead | share |');
console.log('| ---- | ----------- | ---------- | ----------- | --------------- | ------------ | ----- |');
let typical = 0;
for (const kind of kinds) {
  const of = allSteps.filter((step) => step.kind === kind);
  if (of.length === 0) continue;
  const over = of.map((step) => step.wallMs - step.ownMs);
  const total = over.reduce((sum, value) => sum + value, 0) / results.length;
  typical += (of.length / results.length) * percentile(over, 50);
  console.log(
    `| ${kind} | ${of.length / results.length} | ${percentile(
      of.map((step) => step.ownMs),
      50,
    ).toFixed(2)} ms | ${percentile(
      of.map((step) => step.wallMs),
      50,
    ).toFixed(
      2,
    )} ms | ${percentile(over, 50).toFixed(2)} ms | ${percentile(over, 95).toFixed(2)} ms | ${((total / (meanWall - meanOwn)) * 100).toFixed(0)} % |`,
  );
}
console.log(
  `a run with every step at its kind's median overhead: ${ms(meanOwn + typical)} for ${ms(meanOwn)} of firmware time, ${pct(typical / meanOwn)} (target ≤ +5 %)`,
);

console.log(
  `a control-socket question (status) to the board, with its console open: median ${percentile(controlTrips, 50).toFixed(2)} ms, p95 ${percentile(controlTrips, 95).toFixed(2)} ms over ${controlTrips.length}`,
);

const median = percentile(latencies, 50);
console.log(
  `\nexpect step on a pty, line written to step passed, over ${latencies.length} lines: median ${median.toFixed(2)} ms, p95 ${percentile(latencies, 95).toFixed(2)} ms — ${(median / 5).toFixed(2)}x the 5 ms target`,
);
