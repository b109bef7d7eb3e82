import { readFile } from 'node:fs/promises';
import { BoardlineError } from '../../errors.js';
import { writeFlashFile } from '../flash-memory.js';
import type { Assignment } from '../pins/assignment.js';
import type { WiredDevice } from '../wiring.js';
import { I2cBus } from './i2c-bus.js';
import type { I2cDevice } from './i2c-device.js';

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

/**
 * The I2C devices a wiring placed, live on one bus, whoever masters it (a virtual AVR board's TWI,
 * a Linux program's /dev/i2c-N): built from their files, changed from outside (`set`), described,
 * their memories saved back and their displays shown.
 */
export class WiredDevices {
  readonly bus: I2cBus;

  private constructor(
    private readonly devices: LiveDevice[],
    /** Targets of `set` besides the devices that the caller handles itself (a board's `pin`), named in hints. */
    private readonly otherTargets: readonly string[],
  ) {
    this.bus = new I2cBus(devices.map((entry) => entry.device));
  }

  /** Builds the wired devices, each from its file if it has one. */
  static async create(wired: readonly WiredDevice[], otherTargets: readonly string[] = []): Promise<WiredDevices> {
    const devices = await Promise.all(
      wired.map(async (entry): Promise<LiveDevice> => {
        const memory =
          entry.file === null
            ? undefined
            : await readFile(entry.file).then(
                (bytes) => new Uint8Array(bytes),
                () => undefined,
              );
        const device = entry.kind.create({ address: entry.address, values: entry.values, memory });
        return { wired: entry, device, saved: device.memory === undefined ? undefined : Uint8Array.from(device.memory) };
      }),
    );
    return new WiredDevices(devices, otherTargets);
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

  /** Sets a device's field (`bmp280.temperature=25.5`, a unit after the number allowed); returns what was set. */
  set(assignment: Assignment): string {
    const { text } = assignment;
    const entry = this.devices.find((candidate) => candidate.wired.name === assignment.target);
    if (entry === undefined) {
      const names = this.devices.map((candidate) => candidate.wired.name);
      const others = this.otherTargets.map((target) => `${target}.N`).join(', ');
      throw new BoardlineError('usage', `${text}: no device named ${assignment.target} is wired`, {
        hint:
          names.length === 0
            ? `Fix: wire one (--i2c KIND@ADDRESS or --wiring FILE)${others === '' ? '' : `, or set ${others}`}`
            : `Fix: use ${[...names, ...this.otherTargets].join(', ')}`,
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

  /** A display's panel as a PNG (base64): the one named, else the first wired. */
  screenshot(name: unknown, owner: string): { device: string; png: string } {
    const displays = this.devices.filter((entry) => entry.device.screenshot !== undefined);
    const entry = typeof name === 'string' ? displays.find((candidate) => candidate.wired.name === name) : displays[0];
    if (entry?.device.screenshot === undefined) {
      throw new BoardlineError('usage', typeof name === 'string' ? `no display named ${name} is wired` : `${owner} has no display wired`, {
        hint: 'Fix: wire one, e.g. --i2c ssd1306@0x3c',
      });
    }
    return { device: entry.wired.name, png: entry.device.screenshot().toString('base64') };
  }
}
