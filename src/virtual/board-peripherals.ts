import { BoardlineError } from '../errors.js';
import type { Atmega328p } from './atmega328p.js';
import { AvrPins, type PinDrive } from './avr-pins.js';
import type { ControlArguments, ControlCommand, ControlReply } from './control.js';
import { AvrTwiBridge } from './i2c/avr-twi-bridge.js';
import { WiredDevices, type DeviceStatus } from './i2c/wired-devices.js';
import { parseAssignment } from './pins/assignment.js';
import type { Wiring } from './wiring.js';

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
  private readonly pins: AvrPins;

  private constructor(
    private readonly mcu: Atmega328p,
    private readonly devices: WiredDevices,
    wiring: Wiring,
  ) {
    this.pins = new AvrPins(() => mcu.timeUs);
    mcu.attach((parts) => {
      this.pins.attach(parts);
      parts.twi.eventHandler = new AvrTwiBridge(parts.cpu, parts.twi, devices.bus, mcu.clockHz);
    });
    for (const pin of wiring.pins) this.pins.drive(pin.pin, pin.drive, pin.where);
  }

  /** Builds the wired devices, each from its file if it has one, and attaches them to the MCU. */
  static async create(mcu: Atmega328p, wiring: Wiring): Promise<BoardPeripherals> {
    // `pin` is the other target of set: the board's pins, handled here.
    return new BoardPeripherals(mcu, await WiredDevices.create(wiring.devices, ['pin']), wiring);
  }

  describe(): DeviceStatus[] {
    return this.devices.describe();
  }

  /** Writes each device memory that changed since it was last saved to its file (atomically). */
  async save(): Promise<void> {
    await this.devices.save();
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
    if (command === 'screenshot') return { ok: true, ...this.devices.screenshot(args['device'], 'the board') };
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
    // The text as given, as errors quoted it before the devices were shared with virtual-i2c.
    return this.devices.set({ ...assignment, text });
  }
}
