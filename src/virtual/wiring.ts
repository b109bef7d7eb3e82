import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Node } from 'yaml';
import { BoardlineError } from '../errors.js';
import { YamlFile } from '../spec/yaml-file.js';
import type { PinDrive } from './avr-pins.js';
import { deviceKindNamed } from './devices/device-kinds.js';
import type { DeviceKind } from './i2c/i2c-device.js';
import { resolveUnoPin } from './pins/arduino-uno-pins.js';

/** One device on the board's I2C bus, as the wiring placed it. */
export interface WiredDevice {
  /** How `virtual-board set NAME DEVICE.FIELD=VALUE` names it: its `name`, else its kind (kind@address if the kind is there twice). */
  name: string;
  kind: DeviceKind;
  address: number;
  values: Record<string, number>;
  /** Keeps the device's memory across runs, as --flash-file does for flash. */
  file: string | null;
  /** Where it was declared, for errors: "wiring.yml line 4" or "--i2c 24c02@0x50". */
  where: string;
}

export interface WiredPin {
  pin: string;
  drive: PinDrive;
  where: string;
}

export interface Wiring {
  devices: WiredDevice[];
  pins: WiredPin[];
}

export const noWiring: Wiring = { devices: [], pins: [] };

/** 7-bit addresses 0x00–0x07 and 0x78–0x7f are reserved by the I2C specification (general call, 10-bit addressing…). */
const firstAddress = 0x08;
const lastAddress = 0x77;

function hex(address: number): string {
  return `0x${address.toString(16).padStart(2, '0')}`;
}

/** Parses an address as wiring gives it (0x76, 118, "0x76") and checks it suits the kind; `fail` reports where. */
function checkAddress(raw: string | number, kind: DeviceKind, fail: (message: string, hint: string) => never): number {
  const address = typeof raw === 'number' ? raw : /^0x[0-9a-f]+$/i.test(raw.trim()) ? parseInt(raw.trim(), 16) : Number(raw);
  if (!Number.isInteger(address)) fail(`address ${JSON.stringify(raw)} is not a number`, 'write the 7-bit address as 0x50 or 80');
  if (address < firstAddress || address > lastAddress) {
    fail(
      `address ${hex(address)} is out of range: 7-bit I2C addresses run ${hex(firstAddress)}–${hex(lastAddress)}`,
      'give the 7-bit address (an 8-bit "write address" such as 0xEC is 0x76 shifted left)',
    );
  }
  if (!kind.addresses.includes(address)) {
    fail(`a ${kind.kind} cannot be at ${hex(address)}`, `strap it to one of ${kind.addresses.map(hex).join(', ')}`);
  }
  return address;
}

function pinDrive(key: string, value: string | number, fail: (message: string, hint: string) => never): PinDrive {
  const word = String(value).trim().toLowerCase();
  if (key === 'volts') {
    const volts = typeof value === 'number' ? value : Number(word.replace(/\s*v$/, ''));
    if (!Number.isFinite(volts)) fail(`volts ${JSON.stringify(value)} is not a number`, 'give a voltage such as 2.5');
    return { kind: 'volts', volts };
  }
  if (key === 'button') {
    if (word === 'pressed') return { kind: 'level', level: 0 };
    if (word === 'released') return { kind: 'float' };
    fail(`button ${JSON.stringify(value)} must be pressed or released`, 'a button pulls its pin to ground while pressed');
  }
  if (word === 'high' || word === '1') return { kind: 'level', level: 1 };
  if (word === 'low' || word === '0') return { kind: 'level', level: 0 };
  if (word === 'float') return { kind: 'float' };
  fail(`level ${JSON.stringify(value)} must be high, low or float`, 'drive the pin high or low, or leave it to the pull-up (float)');
}

/** Names each device, and refuses two devices answering one address or sharing a name. */
function settle(devices: readonly Omit<WiredDevice, 'name'>[], names: readonly (string | undefined)[]): WiredDevice[] {
  const taken = new Map<number, Omit<WiredDevice, 'name'>>();
  for (const device of devices) {
    const block = device.kind.create({ address: device.address, values: {}, memory: undefined }).addresses;
    for (const address of block) {
      const other = taken.get(address);
      if (other !== undefined) {
        throw new BoardlineError(
          'usage',
          `${device.where}: ${device.kind.kind} at ${hex(device.address)} clashes with ${other.kind.kind} at ${hex(other.address)} (${other.where}): both answer ${hex(address)}`,
          { hint: 'Fix: strap one of them to another address' },
        );
      }
      taken.set(address, device);
    }
  }
  const named = devices.map((device, index) => {
    const twice = devices.filter((other) => other.kind === device.kind).length > 1;
    return { ...device, name: names[index] ?? (twice ? `${device.kind.kind}@${hex(device.address)}` : device.kind.kind) };
  });
  for (const device of named) {
    if (!/^[A-Za-z0-9_@-]+$/.test(device.name) || device.name === 'pin') {
      throw new BoardlineError('usage', `${device.where}: device name ${JSON.stringify(device.name)} cannot be used`, {
        hint: 'Fix: name it with letters, digits, _ - @ (not "pin", which names the board\'s pins)',
      });
    }
    const first = named.find((other) => other.name === device.name);
    if (first !== device) {
      throw new BoardlineError('usage', `${device.where}: a device named ${device.name} is already wired (${first?.where ?? ''})`, {
        hint: 'Fix: give each device its own name',
      });
    }
  }
  return named;
}

/** Why a user of the wiring has no pins (a virtual I2C bus is only a bus), said at the `pins:` line. */
export interface PinsRefusal {
  message: string;
  hint: string;
}

/** Reads a wiring file (YAML): `i2c:` devices and `pins:` driven from outside. Errors name the line. */
export function parseWiring(
  text: string,
  source: string,
  baseDirectory: string,
  pinsRefusal?: PinsRefusal,
): { wiring: Wiring; names: (string | undefined)[] } {
  const file: YamlFile = new YamlFile(text, source);
  const top =
    file.root === null ? new Map<string, { key: Node; value: Node | null }>() : file.entries(file.root, ['i2c', 'pins'], 'the wiring');
  const pinsEntry = top.get('pins');
  if (pinsRefusal !== undefined && pinsEntry !== undefined) file.fail(pinsEntry.key, pinsRefusal.message, pinsRefusal.hint);
  const devices: Omit<WiredDevice, 'name'>[] = [];
  const names: (string | undefined)[] = [];
  for (const item of file.items(top.get('i2c')?.value, 'i2c')) {
    const fields = file.entries(item, ['kind', 'address', 'name', 'values', 'file'], 'an i2c device');
    const fail = (node: Node | null | undefined) => (message: string, hint: string) => file.fail(node, message, hint);
    const kindEntry = fields.get('kind');
    if (kindEntry === undefined) file.fail(item, 'an i2c device needs a kind', 'add kind: bmp280 (or another kind)');
    const kind = deviceKindNamed(file.string(kindEntry.value, 'kind'), file.where(kindEntry.value));
    const addressNode = fields.get('address')?.value;
    const address =
      addressNode === undefined
        ? (kind.addresses[0] ?? 0)
        : checkAddress(file.scalar(addressNode, 'address') as string | number, kind, fail(addressNode));
    const values: Record<string, number> = {};
    const valuesNode = fields.get('values')?.value;
    if (valuesNode !== undefined && valuesNode !== null) {
      const allowed = kind.create({ address, values: {}, memory: undefined }).fields.map((field) => field.name);
      for (const [key, entry] of file.entries(valuesNode, allowed, `the values of a ${kind.kind}`))
        values[key] = file.number(entry.value, key);
    }
    const fileNode = fields.get('file')?.value;
    devices.push({
      kind,
      address,
      values,
      file: fileNode === undefined ? null : resolve(baseDirectory, file.string(fileNode, 'file')),
      where: file.where(item),
    });
    const nameNode = fields.get('name')?.value;
    names.push(nameNode === undefined ? undefined : file.string(nameNode, 'name'));
  }
  const pins: WiredPin[] = [];
  for (const item of file.items(top.get('pins')?.value, 'pins')) {
    const fields = file.entries(item, ['pin', 'level', 'button', 'volts'], 'a pin');
    const pinEntry = fields.get('pin');
    if (pinEntry === undefined) file.fail(item, 'a pin entry needs pin:', 'add pin: 2 (or A0)');
    const pin = resolveUnoPin(file.string(pinEntry.value, 'pin'), file.where(pinEntry.value)).name;
    const driveKeys = ['level', 'button', 'volts'].filter((key) => fields.has(key));
    if (driveKeys.length !== 1) file.fail(item, `pin ${pin} needs exactly one of level, button, volts`, 'say how it is driven');
    const key = driveKeys[0] ?? 'level';
    const node = fields.get(key)?.value;
    pins.push({
      pin,
      drive: pinDrive(key, file.scalar(node, key) as string | number, (m, h) => file.fail(node, m, h)),
      where: file.where(item),
    });
  }
  return { wiring: { devices: settle(devices, names), pins }, names };
}

/** `--i2c KIND[@ADDRESS][:FILE]`, e.g. bmp280@0x76 or 24c32@0x50:eeprom.bin. */
export function parseI2cFlag(value: string): Omit<WiredDevice, 'name'> {
  const where = `--i2c ${value}`;
  const match = /^([A-Za-z0-9]+)(?:@([^:]+))?(?::(.+))?$/.exec(value.trim());
  if (match === null) {
    throw new BoardlineError('usage', `Input "i2c": ${JSON.stringify(value)} is not KIND@ADDRESS`, {
      hint: 'Fix: write it as bmp280@0x76, or 24c32@0x50:eeprom.bin to keep its memory in a file',
    });
  }
  const kind = deviceKindNamed(match[1] ?? '', `Input "i2c" (${value})`);
  const fail = (message: string, hint: string): never => {
    throw new BoardlineError('usage', `Input "i2c" (${value}): ${message}`, { hint: `Fix: ${hint}` });
  };
  const address = match[2] === undefined ? (kind.addresses[0] ?? 0) : checkAddress(match[2], kind, fail);
  return { kind, address, values: {}, file: match[3] === undefined ? null : resolve(match[3]), where };
}

/**
 * The board's wiring from a file and the flags together, checked whole: addresses, names, pins
 * and the device files' sizes. Runs before the board starts, so bad wiring fails in the foreground.
 */
export async function loadWiring(wiringFile: string | undefined, i2cFlags: readonly string[], pinsRefusal?: PinsRefusal): Promise<Wiring> {
  let fromFile: { wiring: Wiring; names: (string | undefined)[] } = { wiring: noWiring, names: [] };
  if (wiringFile !== undefined) {
    const path = resolve(wiringFile);
    const text = await readFile(path, 'utf8').catch((error: unknown) => {
      throw new BoardlineError('usage', `Input "wiring": cannot read ${path}: ${(error as Error).message}`, {
        hint: 'Fix: give the path of a wiring YAML file',
        cause: error,
      });
    });
    fromFile = parseWiring(text, wiringFile, dirname(path), pinsRefusal);
  }
  const flagged = i2cFlags.map(parseI2cFlag);
  const devices = settle([...fromFile.wiring.devices, ...flagged], [...fromFile.names, ...flagged.map(() => undefined)]);
  for (const device of devices) await checkDeviceFile(device);
  return { devices, pins: fromFile.wiring.pins };
}

async function checkDeviceFile(device: WiredDevice): Promise<void> {
  if (device.file === null) return;
  if (device.kind.memoryBytes === undefined) {
    throw new BoardlineError('usage', `${device.where}: a ${device.kind.kind} keeps no memory, so it takes no file`, {
      hint: 'Fix: drop its file',
    });
  }
  const size = await stat(device.file).then(
    (info) => info.size,
    () => undefined,
  );
  if (size !== undefined && size !== device.kind.memoryBytes) {
    throw new BoardlineError(
      'usage',
      `${device.where}: ${device.file} holds ${size} bytes, but a ${device.kind.kind} keeps ${device.kind.memoryBytes}`,
      { hint: 'Fix: give the file of a part of this kind, or a new path (it is created at the first write)' },
    );
  }
}
