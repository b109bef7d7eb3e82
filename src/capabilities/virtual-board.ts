import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { defineCapability, type InputSpec, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import type { VirtualBoardStatus } from '../virtual/board-runner.js';
import { awaitStopped, startInBackground } from '../virtual/background.js';
import { prepareVirtualBoard } from '../virtual/board-families.js';
import { virtualBoardModels } from '../virtual/boards.js';
import { sendControl } from '../virtual/control.js';
import { boardDirectory, findBoard, listBoards, type VirtualBoardRecord } from '../virtual/registry.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult, OutputValue } from './result.js';

const boardInputs = {
  board: {
    kind: 'choice',
    choices: virtualBoardModels.map((model) => model.name),
    default: 'uno',
    description:
      'Which board to emulate: an AVR board running its real bootloader (uno, nano, duemilanove), or an ESP with its ROM loader (esp8266, esp32).',
  },
  name: { kind: 'string', description: 'Name to reach the board by, also as a port value; by default the first free of uno0, uno1, …' },
  bootloader: {
    kind: 'path',
    description:
      "AVR boards: bootloader .hex to run; by default the board's own (optiboot; ATmegaBOOT on the duemilanove) from Debian's arduino-core-avr, else from the arduino:avr platform arduino-cli installed (setup-arduino-cli).",
  },
  firmware: {
    kind: 'path',
    description:
      'Put in flash before starting, as if flashed earlier: an application .hex or .elf (AVR), or a whole-flash .bin from 0x0 (ESP).',
  },
  'flash-file': {
    kind: 'path',
    description: 'Keep flash in this file: read at start if it exists, written after each programming session and at stop.',
  },
  wiring: {
    kind: 'path',
    description:
      'AVR boards: a YAML file wiring devices to the I2C bus (bmp280, bme280, 24c01–24c512, ssd1306) and driving pins (buttons, levels, ADC voltages); see the README.',
  },
  i2c: {
    kind: 'list',
    split: 'lines-and-commas',
    description:
      'AVR boards: devices on the I2C bus as KIND@ADDRESS, e.g. bmp280@0x76; KIND@ADDRESS:FILE keeps a memory (an EEPROM) in FILE across runs.',
  },
  'bridge-latency': {
    kind: 'duration',
    default: '0ms',
    description: 'Delay each direction of the serial link, as a USB-serial bridge (CH340, 16U2) does; 2ms is typical.',
  },
} as const satisfies Record<string, InputSpec>;

const boardOutputs = {
  name: 'The board name; usable as a port value.',
  port: 'Stable path of the board serial port.',
  control: 'Path of the board control socket.',
  pid: 'Process running the board.',
} as const;

export const virtualBoardRunSpec = defineCapability({
  name: 'virtual-board run',
  title: 'Boardline: run a virtual board',
  description: 'Run a virtual board in the foreground until stopped (what virtual-board start runs in the background).',
  inputs: boardInputs,
  outputs: boardOutputs,
});

export const virtualBoardStartSpec = defineCapability({
  name: 'virtual-board start',
  title: 'Boardline: start a virtual board',
  description: 'Start an emulated board running its real bootloader behind a serial port, in the background.',
  // As an action or component it keeps running for the rest of the job: the board to flash and verify without hardware.
  action: { icon: 'cpu', color: 'purple', name: 'virtual-board' },
  inputs: boardInputs,
  outputs: boardOutputs,
});

/** The board a command acts on: `virtual-board reset uno0` as well as `--name uno0`. */
export const nameInput = {
  name: { kind: 'string', required: true, positional: true, description: 'The virtual board.' },
} as const satisfies Record<string, InputSpec>;

export const virtualBoardStatusSpec = defineCapability({
  name: 'virtual-board status',
  title: 'Boardline: virtual board status',
  description: 'Show the running virtual boards, or one of them.',
  // Positional as every command that acts on a running board takes it: `virtual-board status uno0`.
  inputs: { name: { kind: 'string', positional: true, description: 'The virtual board; all of them by default.' } },
  outputs: { boards: 'JSON list of the running boards with their port, uptime, emulated time and resets.' },
});

export const virtualBoardResetSpec = defineCapability({
  name: 'virtual-board reset',
  title: 'Boardline: reset a virtual board',
  description: 'Reset a virtual board as its reset pin would: the bootloader runs, then the application.',
  inputs: nameInput,
  outputs: { name: 'The board reset.' },
});

export const virtualBoardStopSpec = defineCapability({
  name: 'virtual-board stop',
  title: 'Boardline: stop a virtual board',
  description: 'Stop a virtual board, saving its flash to its flash file if it has one.',
  inputs: nameInput,
  outputs: { name: 'The board stopped.' },
});

type BoardOptions = InputValues<typeof boardInputs>;

function recordOutputs(record: VirtualBoardRecord): Record<string, OutputValue> {
  return { name: record.name, port: record.port, control: record.control, pid: record.pid };
}

export async function runningBoard(stateDir: string, name: string): Promise<VirtualBoardRecord> {
  const record = await findBoard(stateDir, name);
  if (record === undefined) {
    const running = (await listBoards(stateDir)).map((board) => board.name);
    throw new BoardlineError('port', `No virtual board named ${name} is running`, {
      hint: running.length === 0 ? 'Fix: start one: boardline virtual-board start --name ' + name : `Fix: use one of ${running.join(', ')}`,
    });
  }
  return record;
}

export async function virtualBoardRun(options: BoardOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const prepared = await prepareVirtualBoard(options, context.stateDir);
  const runner = prepared.createRunner(io, options['bridge-latency']);
  const record = await runner.start();
  io.signal.addEventListener('abort', () => void runner.stop(), { once: true });
  await runner.done;
  return {
    outputs: recordOutputs(record),
    summary: `Virtual board \`${record.name}\` ran on \`${record.port}\` and stopped.`,
    text: `${record.name} stopped`,
  };
}

/** Flags for `virtual-board run` that reproduce these options. */
function runArguments(options: BoardOptions, name: string): string[] {
  const args = ['virtual-board', 'run', '--board', options.board, '--name', name, '--bridge-latency', `${options['bridge-latency']}ms`];
  if (options.bootloader !== undefined) args.push('--bootloader', options.bootloader);
  if (options.firmware !== undefined) args.push('--firmware', options.firmware);
  if (options['flash-file'] !== undefined) args.push('--flash-file', options['flash-file']);
  if (options.wiring !== undefined) args.push('--wiring', resolve(options.wiring));
  // Files named in the flags are resolved here: the board runs in this directory, but say so for certain.
  for (const device of options.i2c)
    args.push(
      '--i2c',
      device.replace(/:(.+)$/, (_match, file: string) => `:${resolve(file)}`),
    );
  return args;
}

export async function virtualBoardStart(options: BoardOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  // Checked here too, so bad input fails in the foreground rather than in the background's log.
  const prepared = await prepareVirtualBoard(options, context.stateDir);
  const directory = boardDirectory(context.stateDir, prepared.name);
  await mkdir(directory, { recursive: true });
  const logPath = join(directory, 'board.log');
  const record = await startInBackground(
    context.selfCommand,
    runArguments(options, prepared.name),
    logPath,
    async (pid) => {
      const found = await findBoard(context.stateDir, prepared.name);
      return found?.pid === pid ? found : undefined;
    },
    `virtual board ${prepared.name}`,
  );
  io.info(`Virtual ${prepared.model.description} ${record.name} runs on ${record.port} (pid ${record.pid}; log ${logPath})`);
  return {
    outputs: recordOutputs(record),
    summary: `Virtual board \`${record.name}\` (${prepared.model.name}) runs on \`${record.port}\`.`,
    text: record.port,
  };
}

export async function virtualBoardStatus(options: { name: string | undefined }, _io: Io, context: FaceContext): Promise<CapabilityResult> {
  const records = options.name === undefined ? await listBoards(context.stateDir) : [await runningBoard(context.stateDir, options.name)];
  const statuses = await Promise.all(
    records.map(async (record) => (await sendControl(record.control, 'status')) as unknown as VirtualBoardStatus),
  );
  const lines = statuses.map(
    (board) =>
      `${board.name}  ${board.board}  ${board.port}  pid ${board.pid}  up ${formatDuration(board.uptimeMs)}  resets ${board.resets}${board.connected ? '  (port open)' : ''}`,
  );
  return {
    outputs: { boards: statuses as unknown as OutputValue },
    summary: lines.length === 0 ? 'No virtual boards are running.' : lines.map((line) => `- ${line}`).join('\n'),
    text: lines.length === 0 ? 'No virtual boards are running.' : lines.join('\n'),
  };
}

export async function virtualBoardReset(options: { name: string }, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const record = await runningBoard(context.stateDir, options.name);
  await sendControl(record.control, 'reset');
  io.info(`Reset ${record.name}`);
  return { outputs: { name: record.name }, summary: `Reset virtual board \`${record.name}\`.`, text: `${record.name} reset` };
}

export async function virtualBoardStop(options: { name: string }, _io: Io, context: FaceContext): Promise<CapabilityResult> {
  const record = await runningBoard(context.stateDir, options.name);
  await sendControl(record.control, 'stop');
  await awaitStopped(() => findBoard(context.stateDir, record.name), `virtual board ${record.name}`, record.pid);
  return { outputs: { name: record.name }, summary: `Stopped virtual board \`${record.name}\`.`, text: `${record.name} stopped` };
}
