import type { Io } from '../io.js';
import { portInputs } from '../serial/port-inputs.js';
import { resolvePort } from '../serial/resolve-port.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { notAvailable } from './not-available.js';
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
  },
});

export type FlashSerialOptions = InputValues<typeof flashSerialSpec.inputs>;

export async function flashSerial(options: FlashSerialOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const port = await resolvePort(options.port, { stateDir: context.stateDir });
  io.info(`Port ${port.requested} resolved to ${port.path}`);
  return notAvailable(flashSerialSpec);
}
