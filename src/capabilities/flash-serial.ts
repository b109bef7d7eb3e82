import { stat } from 'node:fs/promises';
import { BoardlineError, asBoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { arduinoCliArguments, flashWithArduinoCli } from '../flash/arduino-cli-backend.js';
import { avrTargetFor, type AvrTarget } from '../flash/avr-boards.js';
import { avrdudeArguments, flashWithAvrdude } from '../flash/avrdude-backend.js';
import { readFirmware, type Firmware } from '../flash/firmware-file.js';
import { FlashReport } from '../flash/flash-report.js';
import { flashStk500v1 } from '../flash/stk500v1.js';
import { closePort, openResolvedPort } from '../serial/open-port.js';
import { portInputs } from '../serial/port-inputs.js';
import { portLostHint } from '../serial/port-hints.js';
import { lockPort } from '../serial/port-lock.js';
import { resetBoard } from '../serial/reset-board.js';
import { resolvePort, type ResolvedPort } from '../serial/resolve-port.js';
import { SerialLink } from '../serial/serial-link.js';
import { virtualBoardModel } from '../virtual/boards.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const flashSerialSpec = defineCapability({
  name: 'flash-serial',
  title: 'Boardline: flash over serial',
  description:
    'Find the board, lock its port, flash the firmware and verify it — on a self-hosted runner with boards on USB, or a virtual board.',
  action: { icon: 'zap', color: 'orange' },
  inputs: {
    ...portInputs,
    firmware: {
      kind: 'path',
      required: true,
      description: 'Firmware to write: a .hex, .bin or .elf file, or a compile-sketch output directory.',
    },
    fqbn: { kind: 'string', description: 'Board, e.g. arduino:avr:uno; chooses the protocol, MCU and baud rate.' },
    protocol: {
      kind: 'choice',
      choices: ['auto', 'stk500v1', 'arduino-cli', 'avrdude'],
      default: 'auto',
      description: 'How to flash: stk500v1 (native, AVR bootloaders), arduino-cli upload, or avrdude; auto picks from fqbn.',
    },
    baud: { kind: 'integer', min: 300, max: 4_000_000, description: "Bootloader baud rate; defaults to the board's (115200 for an Uno)." },
    offset: { kind: 'integer', min: 0, default: '0', description: 'Address a raw .bin is written at.' },
    verify: { kind: 'boolean', default: 'true', description: 'Read the flash back and compare it with the firmware.' },
    retries: {
      kind: 'integer',
      min: 0,
      max: 20,
      default: '2',
      description: 'Further attempts after a failed one, each restarting from sync.',
    },
    timeout: { kind: 'duration', default: '2m', description: 'Deadline for the whole flash, retries included.' },
    'avrdude-args': { kind: 'list', split: 'lines', description: 'Extra avrdude arguments, one per line (protocol avrdude).' },
  },
  outputs: {
    port: 'The device path the port resolved to.',
    backend: 'Who flashed: stk500v1, arduino-cli or avrdude.',
    bytes: 'Bytes of firmware written.',
    'duration-ms': 'Time spent flashing, in milliseconds.',
    verified: 'true when the read-back matched the firmware.',
    'board-state': 'What the board holds now: untouched, partial (half-flashed), written or verified.',
  },
});

export type FlashSerialOptions = InputValues<typeof flashSerialSpec.inputs>;
type Backend = 'stk500v1' | 'avrdude' | 'arduino-cli';

function chooseBackend(options: FlashSerialOptions, port: ResolvedPort): Backend {
  if (options.protocol !== 'auto') return options.protocol;
  if (port.virtual !== undefined) return 'stk500v1';
  if (options.fqbn === undefined) {
    throw new BoardlineError('usage', 'Input "fqbn" is needed to choose how to flash this board', {
      hint: 'Fix: set fqbn (e.g. arduino:avr:uno or esp8266:esp8266:d1), or set protocol',
    });
  }
  return avrTargetFor(options.fqbn) === undefined ? 'arduino-cli' : 'stk500v1';
}

function avrTarget(options: FlashSerialOptions, port: ResolvedPort): AvrTarget {
  if (options.fqbn !== undefined) {
    const target = avrTargetFor(options.fqbn);
    if (target === undefined) {
      throw new BoardlineError('usage', `Input "fqbn": ${options.fqbn} is not an AVR board with a serial bootloader Boardline knows`, {
        hint: 'Fix: use protocol arduino-cli for it, or an fqbn such as arduino:avr:uno, arduino:avr:nano, arduino:avr:pro',
      });
    }
    return target;
  }
  // A virtual board is a known board: its model says which.
  const virtualTarget = port.virtual === undefined ? undefined : avrTargetFor(virtualBoardModel(port.virtual.board).fqbn);
  if (virtualTarget !== undefined) return virtualTarget;
  throw new BoardlineError('usage', 'Input "fqbn" is needed to flash with stk500v1 or avrdude', {
    hint: 'Fix: set fqbn, e.g. arduino:avr:uno',
  });
}

/**
 * The port as an external flasher takes it. avrdude reaches raw TCP itself (-P net:HOST:PORT) but
 * speaks no RFC 2217; arduino-cli upload takes only local ports. Refused before anything is locked.
 */
function toolPort(backend: Exclude<Backend, 'stk500v1'>, port: ResolvedPort): string {
  const network = port.network?.address;
  if (network === undefined) return port.path;
  if (backend === 'avrdude' && network.scheme === 'tcp') {
    return `net:${network.host.includes(':') ? `[${network.host}]` : network.host}:${network.port}`;
  }
  throw new BoardlineError('usage', `Input "protocol": ${backend} cannot reach ${network.url}`, {
    hint:
      backend === 'avrdude'
        ? 'Fix: use protocol stk500v1 (native, speaks RFC 2217), or serve the board as raw TCP (ser2net accepter tcp,PORT) and give tcp://HOST:PORT'
        : 'Fix: use protocol stk500v1 for AVR boards (native, reaches network ports), or run the job on the machine the board is on',
  });
}

/** Refuses an image that does not fit the board's flash below its bootloader, before anything is written. */
function checkFits(firmware: Firmware, target: AvrTarget): void {
  const room = target.flashBytes - target.bootloaderBytes;
  const end = firmware.image.start + firmware.image.data.length;
  if (end > room) {
    throw new BoardlineError(
      'usage',
      `Input "firmware": ${firmware.path} needs flash up to ${end} bytes; ${target.name} has ${room} below its bootloader`,
      {
        hint: 'Fix: make the firmware smaller, or flash a board with more flash; nothing was written',
      },
    );
  }
}

async function flashNative(
  firmware: Firmware,
  target: AvrTarget,
  port: ResolvedPort,
  options: FlashSerialOptions,
  io: Io,
  report: FlashReport,
): Promise<void> {
  const baud = options.baud ?? target.baud;
  const deadline = Date.now() + options.timeout;
  let attempt = 0;
  for (;;) {
    attempt += 1;
    const serial = await openResolvedPort(port, baud, { io, busyTimeoutMs: options['lock-timeout'] });
    try {
      const link = new SerialLink(serial, port.path, portLostHint(port));
      await flashStk500v1(link, firmware.image, port.path, {
        target,
        baud,
        verify: options.verify,
        io,
        report,
        deadline,
        reset: async () => {
          await resetBoard(port, serial, options.reset === 'auto' ? 'dtr' : options.reset, io);
        },
      });
      return;
    } catch (thrown) {
      const error = asBoardlineError(thrown);
      const retriable = error.kind === 'timeout' || (error.kind === 'failed' && !/signature/.test(error.message));
      if (!retriable || attempt > options.retries || Date.now() >= deadline) throw error;
      io.warning(`Attempt ${attempt} failed (${error.message}); ${report.describe()}. Retrying from sync`);
    } finally {
      await closePort(serial);
    }
  }
}

export async function flashSerial(options: FlashSerialOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const firmware = await readFirmware(options.firmware, options.offset);
  const port = await resolvePort(options.port, { stateDir: context.stateDir, tls: options });
  io.info(`Port ${port.requested} resolved to ${port.path}`);
  const backend = chooseBackend(options, port);
  const target = backend === 'arduino-cli' ? undefined : avrTarget(options, port);
  const externalPort = backend === 'stk500v1' ? port.path : toolPort(backend, port);
  if (target !== undefined) checkFits(firmware, target);
  io.info(`Flashing ${firmware.path} (${firmware.image.data.length} bytes from 0x${firmware.image.start.toString(16)}) with ${backend}`);

  const report = new FlashReport(io);
  const started = performance.now();
  const lock = await lockPort(port.path, {
    lockDir: context.lockDir,
    lockName: port.lockName,
    timeoutMs: options['lock-timeout'],
    purpose: 'boardline flash-serial',
    io,
  });
  let verified: boolean;
  let bytes: number;
  let state: string;
  try {
    if (backend === 'stk500v1' && target !== undefined) {
      await flashNative(firmware, target, port, options, io, report);
      verified = options.verify;
      bytes = firmware.image.data.length;
      state = report.state;
    } else if (backend === 'avrdude' && target !== undefined) {
      if (port.network === undefined && (port.virtual !== undefined || options.reset === 'none')) {
        io.info('avrdude resets the board itself as it opens the port');
      }
      const result = await flashWithAvrdude(
        avrdudeArguments(target, externalPort, options.baud ?? target.baud, firmware, options.verify, options['avrdude-args']),
        io,
        options.timeout,
      );
      verified = result.verified;
      bytes = result.bytes;
      state = verified ? 'verified' : 'written';
    } else {
      const fqbn = options.fqbn ?? '';
      const givenDirectory = (await stat(options.firmware)).isDirectory();
      await flashWithArduinoCli(
        arduinoCliArguments(externalPort, fqbn, givenDirectory ? options.firmware : firmware.path, givenDirectory, options.verify),
        io,
        options.timeout,
      );
      verified = options.verify;
      bytes = firmware.image.data.length;
      state = verified ? 'verified' : 'written';
    }
  } catch (thrown) {
    const error = asBoardlineError(thrown);
    // avrdude and arduino-cli do not say how far they got: a failure there may have left anything.
    const boardState = backend === 'stk500v1' ? report.state : 'partial';
    const what = backend === 'stk500v1' ? report.describe() : 'the board may be half-flashed';
    throw new BoardlineError(error.kind, `Flashing ${port.path} with ${backend} failed: ${error.message}; ${what}`, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.details === undefined ? {} : { details: error.details }),
      result: {
        outputs: {
          port: port.path,
          backend,
          bytes: report.bytesWritten,
          'duration-ms': Math.round(performance.now() - started),
          verified: false,
          'board-state': boardState,
        },
        summary: `### ❌ flash-serial failed on \`${port.path}\`\n\n${error.message}\n\nBoard state: **${boardState}** — ${what}.`,
        text: '',
      },
    });
  } finally {
    await lock.release();
  }
  const durationMs = Math.round(performance.now() - started);
  const line = `Flashed ${bytes} bytes to ${port.path} with ${backend} in ${formatDuration(durationMs)}${verified ? ', verified' : ', not verified'}`;
  return {
    outputs: { port: port.path, backend, bytes, 'duration-ms': durationMs, verified, 'board-state': state },
    summary: `### ✅ flash-serial: ${line}\n\nFirmware \`${firmware.path}\``,
    text: line,
  };
}
