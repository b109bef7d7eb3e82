import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderJUnit } from '../report/junit.js';
import { renderPinTimingSvg } from '../report/pin-timing-svg.js';
import { renderPinTimingText } from '../report/pin-timing-text.js';
import { writeVcd } from '../report/vcd.js';
import { resolvePort } from '../serial/resolve-port.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import { sendControl } from '../virtual/control.js';
import { collectTraces } from '../virtual/pins/collect-traces.js';
import { evaluatePinAssertions, type PinAssertionResult } from '../virtual/pins/evaluate-pin-assertions.js';
import { parsePinAssertions, pinsOf, windowOf } from '../virtual/pins/pin-assertions.js';
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

const defaultWindowUs = 5_000_000;

async function writeOut(path: string, data: string | Buffer): Promise<string> {
  const absolute = resolve(path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, data);
  return absolute;
}

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

export async function verifyPins(options: VerifyPinsOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const assertions = parsePinAssertions(options.expect);
  const resolved = await resolvePort(options.port, { stateDir: context.stateDir });
  if (resolved.virtual === undefined) {
    throw new BoardlineError(
      'usage',
      `Input "port": ${options.port} is a real serial port, and a real board's pins cannot be seen through it`,
      {
        hint: 'Fix: run verify-pins against a virtual board (boardline virtual-board start), and check a real board through its console with verify-banner',
      },
    );
  }
  const { control, name } = resolved.virtual;
  const windowUs = options.duration === undefined ? (windowOf(assertions) ?? defaultWindowUs) : options.duration * 1000;
  if (windowUs <= 0) throw new BoardlineError('usage', 'Input "duration": the window must be longer than 0', { hint: 'Fix: give e.g. 5s' });
  const pins = pinsOf(assertions);
  const collected = await collectTraces(control, pins, windowUs, {
    reset: options.reset,
    signal: io.signal,
    onStart: () =>
      io.info(
        `Watching pins ${pins.join(', ')} of ${name} for ${formatDuration(Math.round(windowUs / 1000))} of emulated time${options.reset ? ' from a reset' : ''}`,
      ),
  });
  const traces = new Map(collected.traces.map((trace) => [trace.pin, trace]));
  const results = evaluatePinAssertions(assertions, traces);
  for (const result of results) {
    const line = `${result.passed ? '✓' : '✗'} ${result.assertion.source}: ${result.message}`;
    if (result.passed) io.info(line);
    else io.error(line);
  }

  const stamp = `${name}-${Date.now()}`;
  const files: string[] = [];
  const picture = await writeOut(
    options.picture ?? join(context.tempDir, `verify-pins-${stamp}.svg`),
    renderPinTimingSvg(collected.traces),
  );
  files.push(`timing picture: \`${picture}\``);
  const outputs: Record<string, OutputValue> = {};
  if (options.vcd !== undefined) {
    const vcd = await writeOut(options.vcd, writeVcd(collected.traces, { version: `Boardline ${boardlineVersion}`, module: name }));
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
  const summary = summaryOf(name, results, collected.traces, windowUs, files);
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
