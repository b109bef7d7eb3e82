import { isScalar } from 'yaml';
import { deviceKindNamed } from '../../virtual/devices/device-kinds.js';
import type { DiagramPart } from './wokwi-read-diagram.js';
import { sideOf, type WiringContext } from './wokwi-sides.js';
import { i2cPins, terminalLabel } from './wokwi-terminals.js';

/** A device for the wiring file's i2c: list, named by its Wokwi part id. */
export interface WokwiI2cDevice {
  kind: string;
  name: string;
  address: number;
  part: DiagramPart;
}

function hex(address: number): string {
  return `0x${address.toString(16).padStart(2, '0')}`;
}

/** The attr Wokwi's SSD1306 parts take the address in ("i2cAddress"; the old part also "i2c-address"), as "0x3d" or "61". */
function addressOf(context: WiringContext, part: DiagramPart, allowed: readonly number[]): number {
  const node = part.attrs.get('i2cAddress') ?? part.attrs.get('i2c-address');
  const first = allowed[0] ?? 0;
  if (node === undefined || node === null || !isScalar(node)) return first;
  const raw = String(node.value).trim();
  const address = /^0x[0-9a-f]+$/i.test(raw) ? parseInt(raw, 16) : /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!allowed.includes(address)) {
    context.file.fail(node, `${part.id}'s I2C address "${raw}" is not one an SSD1306 can have`, `give ${allowed.map(hex).join(' or ')}`);
  }
  return address;
}

/**
 * An SSD1306 display on the board's I2C bus. Its SDA and SCL must reach A4 and A5 (on the Uno also
 * the SDA/SCL pins by AREF, the same signals): wired elsewhere, the firmware would not find it.
 */
export function ssd1306Device(context: WiringContext, part: DiagramPart): WokwiI2cDevice {
  const { file } = context;
  const lines = part.kind.i2c ?? { sda: 'SDA', scl: 'SCL' };
  for (const [line, pin, boardPin] of [
    ['SDA', lines.sda, i2cPins.SDA],
    ['SCL', lines.scl, i2cPins.SCL],
  ] as const) {
    const side = sideOf(context, part, pin);
    if (side.kind === 'pin' && side.pin === boardPin) continue;
    const found =
      side.kind === 'none'
        ? 'is wired to nothing'
        : `is wired to ${side.kind === 'pin' ? terminalLabel({ kind: 'pin', pin: side.pin }) : side.rail === 'gnd' ? 'GND' : '5V'}`;
    const alternative = context.model === 'uno' ? ` (or ${context.board.id}:${boardPin}.2, the ${line} pin by AREF)` : '';
    file.fail(
      part.node,
      `${part.id}:${pin} ${found}, but it is the display's I2C ${line}, which must reach the board's ${line} (${boardPin})`,
      `connect ${part.id}:${pin} to ${context.board.id}:${boardPin}${alternative}`,
    );
  }
  if (!/^[A-Za-z0-9_-]+$/.test(part.id) || part.id === 'pin') {
    file.fail(
      part.node,
      `part id "${part.id}" cannot name a device for virtual-board set`,
      'name the part with letters, digits, _ and - (not "pin")',
    );
  }
  const kind = deviceKindNamed('ssd1306', file.where(part.node));
  return { kind: kind.kind, name: part.id, address: addressOf(context, part, kind.addresses), part };
}
