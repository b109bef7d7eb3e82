import { BoardlineError, asBoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { arduinoCliBackend } from '../flash/arduino-cli-backend.js';
import { avrdudeBackend } from '../flash/avrdude-backend.js';
import { espRomBackend } from '../flash/esp/esp-rom-backend.js';
import { backendOutputDefaults, type FlashBackend, type FlashOutcome } from '../flash/flash-backend.js';
import { FlashReport } from '../flash/flash-report.js';
import { stk500v1Backend } from '../flash/stk500v1-backend.js';
import { portInputs } from '../serial/port-inputs.js';
import { lockPort } from '../serial/port-lock.js';
import { resolvePort, type ResolvedPort } from '../serial/resolve-port.js';
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
      kind: 'list',
      split: 'lines',
      required: true,
      description:
        'Firmware to write: a .hex, .bin or .elf file, or a compile-sketch output directory; for an ESP board also FILE.bin@OFFSET, one per line.',
    },
    fqbn: { kind: 'string', description: 'Board, e.g. arduino:avr:uno; chooses the protocol, MCU and baud rate.' },
    protocol: {
      kind: 'choice',
      choices: ['auto', 'stk500v1', 'esp-rom', 'arduino-cli', 'avrdude'],
      default: 'auto',
      description:
        "How to flash: stk500v1 (native, AVR bootloaders), esp-rom (native, the ESP8266/ESP32 ROM loader), arduino-cli upload, or avrdude; auto picks from fqbn (or a virtual board's model).",
    },
    baud: {
      kind: 'integer',
      min: 300,
      max: 4_000_000,
      description:
        "Bootloader baud rate; defaults to the board's (115200 for an Uno). ESP boards: the baud the data goes at, 921600 with the flasher stub and 460800 on the ROM loader by default.",
    },
    stub: {
      kind: 'choice',
      choices: ['auto', 'true', 'false'],
      default: 'auto',
      description:
        "ESP boards: upload Espressif's flasher stub (esp-flasher-stub, Apache-2.0 OR MIT) for 16 KiB compressed writes, an MD5 verify and 921600 baud on every chip: auto uses it and falls back to the ROM loader where it does not start, true fails instead, false flashes through the ROM loader only.",
    },
    offset: {
      kind: 'integer',
      min: 0,
      description:
        "Address a raw .bin is written at: 0 by default; on an ESP32-family board a lone application .bin goes to the application's address (0x10000) by default.",
    },
    verify: { kind: 'boolean', default: 'true', description: 'Read the flash back and compare it with the firmware.' },
    retries: {
      kind: 'integer',
      min: 0,
      max: 20,
      default: '2',
      description: 'Further attempts after a failed one, each restarting from sync.',
    },
    timeout: {
      kind: 'duration',
      default: '5m',
      description:
        "Deadline for the whole flash, retries included (an ESP8266's ROM-only read-back verify of a 262 KB sketch, stub false, takes about 3 minutes).",
    },
    'avrdude-args': { kind: 'list', split: 'lines', description: 'Extra avrdude arguments, one per line (protocol avrdude).' },
  },
  outputs: {
    port: 'The device path the port resolved to.',
    backend: 'Who flashed: stk500v1, esp-rom, arduino-cli or avrdude.',
    bytes: 'Bytes of firmware written.',
    'duration-ms': 'Time spent flashing, in milliseconds.',
    verified: 'true when the read-back matched the firmware.',
    'board-state': 'What the board holds now: untouched, partial (half-flashed), written or verified.',
    chip: 'ESP boards: the chip the ROM loader reported: ESP8266, ESP32, ESP32-S2, ESP32-S3 or ESP32-C3.',
    'flash-size': "ESP boards: the flash chip's size as its JEDEC id gives it, e.g. 4MB.",
    mac: "ESP boards: the chip's MAC address from its eFuses.",
    stub: "ESP boards: true when Espressif's flasher stub did the flash, false when the ROM loader did.",
    baud: 'ESP boards: the baud rate the data went at.',
  },
});

export type FlashSerialOptions = InputValues<typeof flashSerialSpec.inputs>;

/** The backends, in the order protocol auto asks them whether a board is theirs. */
const backends: readonly FlashBackend[] = [stk500v1Backend, espRomBackend, avrdudeBackend, arduinoCliBackend];

function chooseBackend(options: FlashSerialOptions, port: ResolvedPort): FlashBackend {
  const named = options.protocol === 'auto' ? undefined : backends.find((backend) => backend.name === options.protocol);
  if (named !== undefined) return named;
  const board = {
    fqbn: options.fqbn,
    virtualFamily: port.virtual === undefined ? undefined : virtualBoardModel(port.virtual.board).family,
  };
  const chosen = backends.find((backend) => backend.isDefaultFor(board));
  if (chosen === undefined) {
    throw new BoardlineError('usage', 'Input "fqbn" is needed to choose how to flash this board', {
      hint: 'Fix: set fqbn (e.g. arduino:avr:uno or esp8266:esp8266:d1_mini), or set protocol',
    });
  }
  return chosen;
}

export async function flashSerial(options: FlashSerialOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const port = await resolvePort(options.port, { stateDir: context.stateDir, tls: options });
  io.info(`Port ${port.requested} resolved to ${port.path}`);
  const backend = chooseBackend(options, port);
  const plan = await backend.plan(options, port);
  io.info(`Flashing ${plan.describe} with ${backend.name}`);

  const report = new FlashReport(io);
  const started = performance.now();
  const lock = await lockPort(port.path, {
    lockDir: context.lockDir,
    lockName: port.lockName,
    timeoutMs: options['lock-timeout'],
    purpose: 'boardline flash-serial',
    io,
  });
  let outcome: FlashOutcome;
  try {
    outcome = await plan.run({ port, io, report });
  } catch (thrown) {
    const error = asBoardlineError(thrown);
    // External tools do not say how far they got: a failure there may have left anything.
    const boardState = plan.tracksBoardState ? report.state : 'partial';
    const what = plan.tracksBoardState ? report.describe() : 'the board may be half-flashed';
    throw new BoardlineError(error.kind, `Flashing ${port.path} with ${backend.name} failed: ${error.message}; ${what}`, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.details === undefined ? {} : { details: error.details }),
      result: {
        outputs: {
          ...backendOutputDefaults,
          port: port.path,
          backend: backend.name,
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
  const { bytes, verified } = outcome;
  const line = `Flashed ${bytes} bytes to ${port.path} with ${backend.name} in ${formatDuration(durationMs)}${verified ? ', verified' : ', not verified'}`;
  const extra = Object.entries(outcome.outputs ?? {})
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `${name} ${typeof value === 'string' ? value : JSON.stringify(value)}`);
  return {
    outputs: {
      ...backendOutputDefaults,
      ...outcome.outputs,
      port: port.path,
      backend: backend.name,
      bytes,
      'duration-ms': durationMs,
      verified,
      'board-state': outcome.state,
    },
    summary: `### ✅ flash-serial: ${line}\n\nFirmware ${plan.describe}${extra.length === 0 ? '' : ` — ${extra.join(', ')}`}${
      outcome.note === undefined ? '' : `\n\n${outcome.note}`
    }`,
    text: extra.length === 0 ? line : `${line} (${extra.join(', ')})`,
  };
}
