import { readFile } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import type { Atmega328p } from './atmega328p.js';
import { AvrPins, type PinDrive } from './avr-pins.js';
import type { ControlArguments, ControlCommand, ControlReply } from './control.js';
import { writeFlashFile } from './flash-memory.js';
import { AvrTwiBridge } from './i2c/avr-twi-bridge.js';
import { I2cBus } from './i2c/i2c-bus.js';
import type { I2cDevice } from './i2c/i2c-device.js';
import { parseAssignment } from './pins/assignment.js';
import type { Wiring, WiredDevice } from './wiring.js';

/** What status tells of a wired device. */
export interface DeviceStatus {
  name: string;
  kind: string;
  address: string;
  fields: Record<string, number>;
  file: string | null;
  display: boolean;
}

interface LiveDevice {
  wired: WiredDevice;
  device: I2cDevice;
  /** The memory as last saved, to write the file only when it changed. */
  saved: Uint8Array | undefined;
}

/** How a `pin.N=VALUE` assignment drives the pin. */
function pinDriveOf(value: string): PinDrive {
  const word = value.trim().toLowerCase();
  if (word === 'high' || word === '1') return { kind: 'level', level: 1 };
  if (word === 'low' || word === '0' || word === 'pressed') return { kind: 'level', level: 0 };
  if (word === 'released' || word === 'float') return { kind: 'float' };
  const volts = /^(-?[0-9.]+)\s*v$/.exec(word);
  if (volts !== null) return { kind: 'volts', volts: Number(volts[1]) };
  throw new BoardlineError(
    'usage',
    `pin value ${JSON.stringify(value)} is not high, low, pressed, released, float or a voltage such as 2.5V`,
    {
      hint: 'Fix: pin.2=pressed (a button to ground), pin.7=high, pin.A0=2.5V',
    },
  );
}

function numberArgument(args: ControlArguments, key: string): number {
  const value = args[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${key} must be a number`);
  return value;
}

/**
 * A virtual AVR board's wiring while it runs: its I2C devices on the TWI, its pins recorded and
 * driven, device memories kept in their files. The control commands that reach into the board
 * (set, pins, history, screenshot) are answered here.
 */
export class BoardPeripherals {
  private readonly devices: LiveDevice[];
  private readonly pins: AvrPins;
  private readonly bus: I2cBus;

  private constructor(
    private readonly mcu: Atmega328p,
    private readonly wiring: Wiring,
    devices: LiveDevice[],
  ) {
    this.devices = devices;
    this.bus = new I2cBus(devices.map((entry) => entry.device));
    this.pins = new AvrPins(() => mcu.timeUs);
    mcu.attach((parts) => {
      this.pins.attach(parts);
      parts.twi.eventHandler = new AvrTwiBridge(parts.cpu, parts.twi, this.bus, mcu.clockHz);
    });
    for (const pin of wiring.pins) this.pins.drive(pin.pin, pin.drive, pin.where);
  }

  /** Builds the wired devices, each from its file if it has one, and attaches them to the MCU. */
  static async create(mcu: Atmega328p, wiring: Wiring): Promise<BoardPeripherals> {
    const devices = await Promise.all(
      wiring.devices.map(async (wired): Promise<LiveDevice> => {
        const memory =
          wired.file === null
            ? undefined
            : await readFile(wired.file).then(
                (bytes) => new Uint8Array(bytes),
                () => undefined,
              );
        const device = wired.kind.create({ address: wired.address, values: wired.values, memory });
        return { wired, device, saved: device.memory === undefined ? undefined : Uint8Array.from(device.memory) };
      }),
    );
    return new BoardPeripherals(mcu, wiring, devices);
  }

  describe(): DeviceStatus[] {
    return this.devices.map(({ wired, device }) => ({
      name: wired.name,
      kind: wired.kind.kind,
      address: `0x${wired.address.toString(16)}`,
      fields: Object.fromEntries(device.fields.map((field) => [field.name, field.get()])),
      file: wired.file,
      display: device.screenshot !== undefined,
    }));
  }

  /** Writes each device memory that changed since it was last saved to its file (atomically). */
  async save(): Promise<void> {
    for (const entry of this.devices) {
      const { memory } = entry.device;
      if (entry.wired.file === null || memory === undefined) continue;
      if (entry.saved !== undefined && Buffer.from(entry.saved).equals(Buffer.from(memory))) continue;
      entry.saved = Uint8Array.from(memory);
      await writeFlashFile(entry.wired.file, entry.saved);
    }
  }

  async handle(command: ControlCommand, args: ControlArguments): Promise<ControlReply> {
    const nowUs = this.mcu.timeUs;
    if (command === 'pins') return { ok: true, nowUs, pins: this.pins.readings() };
    if (command === 'history') {
      const names = args['pins'];
      if (!Array.isArray(names) || !names.every((name): name is string => typeof name === 'string'))
        throw new Error('pins must be a list of names');
      const startUs = numberArgument(args, 'startUs');
      const endUs = Math.min(numberArgument(args, 'endUs'), nowUs);
      return { ok: true, nowUs, traces: this.pins.traces(names, startUs, endUs) };
    }
    if (command === 'screenshot') return { ok: true, ...this.screenshot(args['device']) };
    if (command === 'set') {
      const text = args['assignment'];
      if (typeof text !== 'string') throw new Error('assignment must be a string');
      return { ok: true, nowUs, set: this.set(text) };
    }
    return { ok: false, error: `${command} is not a peripherals command` };
  }

  private set(text: string): string {
    const assignment = parseAssignment(text);
    if (assignment.target === 'pin') {
      const pin = this.pins.drive(assignment.field, pinDriveOf(assignment.value), text);
      return `pin ${pin.name} = ${assignment.value}`;
    }
    const entry = this.devices.find((candidate) => candidate.wired.name === assignment.target);
    if (entry === undefined) {
      const names = this.devices.map((candidate) => candidate.wired.name);
      throw new BoardlineError('usage', `${text}: no device named ${assignment.target} is wired`, {
        hint:
          names.length === 0
            ? 'Fix: wire one (--i2c KIND@ADDRESS or --wiring FILE), or set pin.N'
            : `Fix: use ${[...names, 'pin'].join(', ')}`,
      });
    }
    const field = entry.device.fields.find((candidate) => candidate.name === assignment.field);
    if (field === undefined) {
      const fields = entry.device.fields.map((candidate) => candidate.name);
      throw new BoardlineError('usage', `${text}: a ${entry.wired.kind.kind} has no field ${assignment.field}`, {
        hint: fields.length === 0 ? `Fix: a ${entry.wired.kind.kind} has nothing to set` : `Fix: use ${fields.join(', ')}`,
      });
    }
    const value = Number(assignment.value.replace(new RegExp(`\\s*${field.unit.replace(/[^A-Za-z%°]/g, '')}$`), ''));
    if (!Number.isFinite(value)) {
      throw new BoardlineError('usage', `${text}: ${assignment.value} is not a number`, {
        hint: `Fix: give ${field.name} in ${field.unit}`,
      });
    }
    if (value < field.min || value > field.max) {
      throw new BoardlineError(
        'usage',
        `${text}: ${value} ${field.unit} is outside what a ${entry.wired.kind.kind} measures (${field.min}–${field.max} ${field.unit})`,
        {
          hint: `Fix: give ${field.name} within ${field.min}–${field.max} ${field.unit}`,
        },
      );
    }
    field.set(value);
    return `${entry.wired.name}.${field.name} = ${value} ${field.unit}`;
  }

  private screenshot(name: unknown): { device: string; png: string } {
    const displays = this.devices.filter((entry) => entry.device.screenshot !== undefined);
    const entry = typeof name === 'string' ? displays.find((candidate) => candidate.wired.name === name) : displays[0];
    if (entry?.device.screenshot === undefined) {
      throw new BoardlineError('usage', typeof name === 'string' ? `no display named ${name} is wired` : 'the board has no display wired', {
        hint: 'Fix: wire one, e.g. --i2c ssd1306@0x3c',
      });
    }
    return { device: entry.wired.name, png: entry.device.screenshot().toString('base64') };
  }
}
