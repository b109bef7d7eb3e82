import { writeOut } from '../files/write-out.js';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderJUnit } from '../report/junit.js';
import { renderPinTimingText } from '../report/pin-timing-text.js';
import { writeVcd } from '../report/vcd.js';
import { runSteps } from '../scenario/run-steps.js';
import { openTarget } from '../scenario/scenario-target.js';
import type { Scenario } from '../scenario/steps.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import { sendControl } from '../virtual/control.js';
import type { PinCheck } from '../virtual/pins/check-pins.js';
import type { PinAssertionResult } from '../virtual/pins/evaluate-pin-assertions.js';
import { parsePinAssertions } from '../virtual/pins/pin-assertions.js';
import type { PinTrace } from '../virtual/pins/pin-trace.js';
import { boardlineVersion } from '../version.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult, OutputValue } from './result.js';

export const verifyPinsSpec = defineCapability({
  name: 'verify-pins',
  title: 'Boardline: verify pins',
  description:
    "Watch a virtual board's pins over a window of emulated time and check what they do: a period, a duty cycle, a level reached in time, a level kept.",
  action: { icon: 'activity', color: 'green' },
  inputs: {
    port: {
      kind: 'string',
      required: true,
      description: "The virtual board: its name or its port. A real board's pins cannot be seen through its serial port, so it is refused.",
    },
    expect: {
      kind: 'list',
      split: 'lines',
      required: true,
      description:
        'Assertions, one per line: "pin 13 toggles with a period of 1 s ± 5 % for 5 s", "pin 7 goes high within 2 s", "duty cycle of pin 9 is 25 % ± 2 %", "pin 4 stays low".',
    },
    duration: {
      kind: 'duration',
      description: 'The window of emulated time to watch; by default the longest "for"/"within" of the assertions, else 5s.',
    },
    reset: { kind: 'boolean', default: 'false', description: 'Reset the board as the window opens, so times count from its boot.' },
    junit: { kind: 'path', description: 'Write a JUnit XML report to this path.' },
    vcd: { kind: 'path', description: 'Also write the pins watched as a VCD file (GTKWave, PulseView) to this path.' },
    picture: { kind: 'path', description: 'Where to write the timing picture (SVG); by default under the runner temp directory.' },
    screenshot: {
      kind: 'path',
      description: 'Where to write the display (PNG) when the board has one wired; by default under the runner temp directory.',
    },
  },
  outputs: {
    result: 'pass or fail.',
    passed: 'How many assertions held.',
    failed: 'How many did not.',
    measured: 'JSON list: each assertion with what was measured (period_us, duty_percent, edges, …).',
    picture: 'Path of the timing picture (SVG).',
    vcd: 'Path of the VCD file, when one was asked for.',
    screenshot: 'Path of the display PNG, when the board has a display.',
  },
});

export type VerifyPinsOptions = InputValues<typeof verifyPinsSpec.inputs>;

/** The board's display as a PNG, if one is wired; a board without one is no error here. */
async function displayPng(control: string): Promise<Buffer | undefined> {
  const status = await sendControl(control, 'status');
  const devices = (status['devices'] ?? []) as { display?: boolean }[];
  if (!devices.some((device) => device.display === true)) return undefined;
  return Buffer.from(String((await sendControl(control, 'screenshot'))['png']), 'base64');
}

function summaryOf(
  port: string,
  results: readonly PinAssertionResult[],
  traces: readonly PinTrace[],
  windowUs: number,
  files: string[],
): string {
  const failed = results.filter((result) => !result.passed).length;
  const lines = [
    `### ${failed === 0 ? '✅' : '❌'} verify-pins: ${results.length - failed} of ${results.length} held on \`${port}\` over ${formatDuration(Math.round(windowUs / 1000))} of emulated time`,
    '',
    '| | assertion | seen |',
    '| --- | --- | --- |',
    ...results.map(
      (result) =>
        `| ${result.passed ? '✅' : '❌'} | ${result.assertion.source.replace(/\|/g, '\\|')} | ${result.message.replace(/\|/g, '\\|')} |`,
    ),
    '',
    renderPinTimingText(traces),
    '',
    ...files.map((file) => `- ${file}`),
  ];
  return lines.join('\n');
}

/** verify-pins' assertions as a scenario of one check-pins step over one window. */
function pinsScenario(options: VerifyPinsOptions, tempDir: string, stamp: string): Scenario {
  return {
    name: 'verify-pins',
    source: 'input "expect"',
    steps: [
      {
        kind: 'check-pins',
        assertions: options.expect,
        ...(options.duration === undefined ? {} : { durationUs: options.duration * 1000 }),
        reset: options.reset,
        picture: options.picture ?? join(tempDir, `verify-pins-${stamp}.svg`),
        where: 'input "expect"',
        line: 1,
        name: 'verify-pins',
      },
    ],
  };
}

export async function verifyPins(options: VerifyPinsOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  // Read first, so a bad assertion is reported before the board is looked for.
  parsePinAssertions(options.expect);
  if (options.duration !== undefined && options.duration <= 0)
    throw new BoardlineError('usage', 'Input "duration": the window must be longer than 0', { hint: 'Fix: give e.g. 5s' });
  const stamp = `${options.port.replace(/[^\w.-]+/g, '_')}-${Date.now()}`;
  const scenario = pinsScenario(options, context.tempDir, stamp);
  const opened = await openTarget(
    scenario,
    // Only the port is looked at: a pin check reads no console (a real port is refused before it is opened).
    { port: options.port, baud: 115_200, reset: 'none', 'lock-timeout': 0, timeout: 0, encoding: 'utf8', 'strip-ansi': true },
    'verify-pins',
    io,
    context,
  );
  const name = opened.target.virtual?.name ?? options.port;
  const control = opened.target.virtual?.control ?? '';
  const run = await runSteps(scenario, opened.target, {
    timeoutMs: Infinity,
    resetFirst: false,
    failOn: [],
    filesDir: context.tempDir,
    stamp: `verify-pins-${stamp}`,
    io,
  }).finally(() => opened.close());
  const step = run.steps[0];
  if (step === undefined || step.detail === undefined) {
    throw new BoardlineError(run.status === 'timeout' ? 'timeout' : 'failed', step?.message ?? 'the pins were not watched', {
      ...(step?.hint === undefined ? {} : { hint: step.hint }),
    });
  }
  const { results, traces, windowUs } = step.detail as PinCheck;
  for (const result of results) {
    const line = `${result.passed ? '✓' : '✗'} ${result.assertion.source}: ${result.message}`;
    if (result.passed) io.info(line);
    else io.error(line);
  }

  const files: string[] = [];
  const picture = step.files[0]?.path ?? '';
  files.push(`timing picture: \`${picture}\``);
  const outputs: Record<string, OutputValue> = {};
  if (options.vcd !== undefined) {
    const vcd = await writeOut(options.vcd, writeVcd(traces, { version: `Boardline ${boardlineVersion}`, module: name }));
    outputs['vcd'] = vcd;
    files.push(`VCD: \`${vcd}\``);
  }
  const png = await displayPng(control);
  if (png !== undefined) {
    const screenshot = await writeOut(options.screenshot ?? join(context.tempDir, `verify-pins-${stamp}.png`), png);
    outputs['screenshot'] = screenshot;
    files.push(`display: \`${screenshot}\``);
  }
  const failed = results.filter((result) => !result.passed);
  if (options.junit !== undefined) {
    await writeOut(
      options.junit,
      renderJUnit({
        name: 'verify-pins',
        timeSeconds: windowUs / 1_000_000,
        cases: results.map((result) => ({
          name: result.assertion.source,
          classname: `verify-pins.${name}`,
          timeSeconds: windowUs / 1_000_000,
          ...(result.passed
            ? {}
            : { failure: { message: result.message, type: 'assertion', text: JSON.stringify(result.measured, null, 2) } }),
        })),
      }),
    );
  }
  Object.assign(outputs, {
    result: failed.length === 0 ? 'pass' : 'fail',
    passed: results.length - failed.length,
    failed: failed.length,
    measured: results.map((result) => ({
      assertion: result.assertion.source,
      passed: result.passed,
      ...result.measured,
    })),
    picture,
  });
  const summary = summaryOf(name, results, traces, windowUs, files);
  if (failed.length > 0) {
    throw new BoardlineError(
      'failed',
      `${failed.length} of ${results.length} pin assertions failed on ${name}: ${failed.map((result) => result.message).join('; ')}`,
      {
        hint: 'Fix: the firmware does not drive its pins as expected; the timing picture shows what it did',
        result: { outputs, summary, text: '' },
      },
    );
  }
  return { outputs, summary, text: `${results.length} pin assertions held on ${name}` };
}
