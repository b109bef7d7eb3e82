import { BoardlineError } from '../../errors.js';
import type { DeviceKind } from '../i2c/i2c-device.js';
import { bme280Kind, bmp280Kind } from './bosch-bmx280.js';
import { eeprom24cxxKinds } from './eeprom-24cxx.js';
import { ssd1306Kind } from './ssd1306.js';

/** Every device kind a wiring file can name; a new part is one file and one entry here. */
export const deviceKinds: readonly DeviceKind[] = [bmp280Kind, bme280Kind, ...eeprom24cxxKinds, ssd1306Kind];

export function deviceKindNamed(kind: string, what: string): DeviceKind {
  const found = deviceKinds.find((entry) => entry.kind === kind.trim().toLowerCase());
  if (found === undefined) {
    throw new BoardlineError('usage', `${what}: there is no device kind ${JSON.stringify(kind)}`, {
      hint: `Fix: use one of ${deviceKinds.map((entry) => entry.kind).join(', ')}`,
    });
  }
  return found;
}
