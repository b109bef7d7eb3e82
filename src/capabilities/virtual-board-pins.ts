import { writeOut } from '../files/write-out.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { writeVcd } from '../report/vcd.js';
import { defineCapability } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import type { PinReading } from '../virtual/avr-pins.js';
import { sendControl } from '../virtual/control.js';
import { collectTraces } from '../virtual/pins/collect-traces.js';
import { boardlineVersion } from '../version.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';
import { nameInput, runningBoard } from './virtual-board.js';

export const virtualBoardSetSpec = defineCapability({
  name: 'virtual-board set',
  title: 'Boardline: set a value on a virtual board',
  description:
    "Change what a virtual board's world shows its firmware: a device field (bmp280.temperature=25.5), a pin (pin.2=pressed, pin.7=high, pin.2=released) or an ADC voltage (pin.A0=2.5V).",
  inputs: {
    ...nameInput,
    assignment: { kind: 'list', split: 'lines', required: true, positional: true, description: 'DEVICE.FIELD=VALUE, one or more.' },
  },
  outputs: { set: 'What was set, one line per assignment.' },
});

export const virtualBoardPinsSpec = defineCapability({
  name: 'virtual-board pins',
  title: "Boardline: a virtual board's pin levels",
  description: 'Show the level and direction of every pin of a virtual board now, and what drives its inputs.',
  inputs: nameInput,
  outputs: { pins: 'JSON list of the pins: pin, level, mode (output, input, input-pullup), driven.' },
});

export const virtualBoardScreenshotSpec = defineCapability({
  name: 'virtual-board screenshot',
  title: "Boardline: a virtual board's display",
  description: 'Save what a display wired to a virtual board (an SSD1306) shows now, as a PNG.',
  inputs: {
    ...nameInput,
    out: { kind: 'path', required: true, description: 'Where to write the PNG.' },
    device: { kind: 'string', description: 'Which display, when several are wired; by default the only one.' },
  },
  outputs: { screenshot: 'Path of the PNG.', device: 'The display it shows.' },
});

export const virtualBoardTraceSpec = defineCapability({
  name: 'virtual-board trace',
  title: "Boardline: trace a virtual board's pins",
  description: 'Record pins of a virtual board over a window of its emulated time into a VCD file (GTKWave, PulseView).',
  inputs: {
    ...nameInput,
    pins: { kind: 'list', split: 'lines-and-commas', required: true, description: 'The pins to trace: 13, 2, A0.' },
    out: { kind: 'path', required: true, description: 'Where to write the VCD file.' },
    duration: { kind: 'duration', default: '5s', description: 'How much emulated time to record.' },
    reset: { kind: 'boolean', default: 'false', description: 'Reset the board as the window opens, to record from its boot.' },
  },
  outputs: { vcd: 'Path of the VCD file.', edges: 'How many level changes were recorded.' },
});

export async function virtualBoardSet(
  options: { name: string; assignment: string[] },
  io: Io,
  context: FaceContext,
): Promise<CapabilityResult> {
  const record = await runningBoard(context.stateDir, options.name);
  const done: string[] = [];
  for (const assignment of options.assignment) {
    const reply = await sendControl(record.control, 'set', { assignment });
    done.push(String(reply['set']));
    io.info(`${record.name}: ${String(reply['set'])}`);
  }
  return { outputs: { set: done.join('\n') }, summary: done.map((line) => `- ${line}`).join('\n'), text: done.join('\n') };
}

export async function virtualBoardPins(options: { name: string }, _io: Io, context: FaceContext): Promise<CapabilityResult> {
  const record = await runningBoard(context.stateDir, options.name);
  const pins = (await sendControl(record.control, 'pins'))['pins'] as PinReading[];
  const lines = pins.map(
    (pin) =>
      `${pin.pin.padEnd(3)} ${pin.level === 1 ? 'high' : 'low '} ${pin.mode}${pin.driven === undefined ? '' : ` (driven ${pin.driven})`}`,
  );
  return {
    outputs: { pins: pins as unknown as string },
    summary: [
      '| pin | level | mode | driven |',
      '| --- | --- | --- | --- |',
      ...pins.map((pin) => `| ${pin.pin} | ${pin.level} | ${pin.mode} | ${pin.driven ?? ''} |`),
    ].join('\n'),
    text: lines.join('\n'),
  };
}

export async function virtualBoardScreenshot(
  options: { name: string; out: string; device: string | undefined },
  _io: Io,
  context: FaceContext,
): Promise<CapabilityResult> {
  const record = await runningBoard(context.stateDir, options.name);
  const reply = await sendControl(record.control, 'screenshot', options.device === undefined ? {} : { device: options.device });
  const path = await writeOut(options.out, Buffer.from(String(reply['png']), 'base64'));
  return {
    outputs: { screenshot: path, device: String(reply['device']) },
    summary: `Saved ${String(reply['device'])} of \`${record.name}\` to \`${path}\`.`,
    text: path,
  };
}

export async function virtualBoardTrace(
  options: { name: string; pins: string[]; out: string; duration: number; reset: boolean },
  io: Io,
  context: FaceContext,
): Promise<CapabilityResult> {
  if (options.duration <= 0)
    throw new BoardlineError('usage', 'Input "duration": the window must be longer than 0', { hint: 'Fix: give e.g. 5s' });
  const record = await runningBoard(context.stateDir, options.name);
  const collected = await collectTraces(record.control, options.pins, options.duration * 1000, {
    reset: options.reset,
    signal: io.signal,
    onStart: () =>
      io.info(`Tracing pins ${options.pins.join(', ')} of ${record.name} for ${formatDuration(options.duration)} of emulated time`),
  });
  const path = await writeOut(options.out, writeVcd(collected.traces, { version: `Boardline ${boardlineVersion}`, module: record.name }));
  const edges = collected.traces.reduce((sum, trace) => sum + trace.edges.length, 0);
  return {
    outputs: { vcd: path, edges },
    summary: `Traced pins ${options.pins.join(', ')} of \`${record.name}\` for ${formatDuration(options.duration)}: ${edges} changes, \`${path}\`.`,
    text: path,
  };
}
