/**
 * Where a net of a Wokwi diagram ends up, as far as Boardline's emulated board can tell: one of
 * the MCU's pins, a supply rail, or a header pin the emulation has nothing behind.
 */
export type Terminal =
  | { kind: 'pin'; pin: string }
  | { kind: 'gnd' }
  | { kind: 'vcc' }
  /** 3.3V, AREF, IOREF, RESET (Wokwi does not simulate them either) and the Nano's A6/A7 (not on the emulated DIP part). */
  | { kind: 'inert'; label: string; why: string };

export type BoardModel = 'uno' | 'nano';

export const boardPartTypes: Readonly<Record<string, BoardModel>> = {
  'wokwi-arduino-uno': 'uno',
  'wokwi-arduino-nano': 'nano',
};

export function terminalLabel(terminal: Terminal): string {
  if (terminal.kind === 'pin') return `pin ${terminal.pin}`;
  if (terminal.kind === 'gnd') return 'GND';
  if (terminal.kind === 'vcc') return '5V';
  return terminal.label;
}

const digital = Array.from({ length: 14 }, (_, index) => String(index));
const analog = Array.from({ length: 6 }, (_, index) => `A${index}`);
const notSimulated = 'Wokwi does not simulate it';

function inert(label: string, why = notSimulated): Terminal {
  return { kind: 'inert', label, why };
}

/**
 * The header of each board as Wokwi names its pins (wokwi-arduino-uno / -nano), and what each is on
 * Boardline's ATmega328P. Digital pins are bare numbers on both boards ("2", not "D2"). The Uno's
 * A4.2/A5.2 are the SDA/SCL pins by AREF, the Nano's 11.2–13.2 its ICSP header: the same signals.
 * VIN is on the positive supply as 5V is (Wokwi's Uno reference says so).
 */
function header(model: BoardModel): Map<string, Terminal> {
  const pins = new Map<string, Terminal>();
  for (const name of [...digital, ...analog]) pins.set(name, { kind: 'pin', pin: name });
  for (const name of ['GND', 'GND.1', 'GND.2', 'GND.3']) pins.set(name, { kind: 'gnd' });
  for (const name of ['5V', 'VIN']) pins.set(name, { kind: 'vcc' });
  for (const name of ['3.3V', 'AREF', 'RESET']) pins.set(name, inert(name));
  if (model === 'uno') {
    pins.set('A4.2', { kind: 'pin', pin: 'A4' });
    pins.set('A5.2', { kind: 'pin', pin: 'A5' });
    pins.set('IOREF', inert('IOREF'));
  } else {
    for (const name of ['11', '12', '13']) pins.set(`${name}.2`, { kind: 'pin', pin: name });
    pins.set('5V.2', { kind: 'vcc' });
    for (const name of ['RESET.2', 'RESET.3']) pins.set(name, inert(name));
    for (const name of ['A6', 'A7'])
      pins.set(name, inert(`A${name.slice(1)}`, "the emulated ATmega328P is the Uno's DIP part, which has no A6/A7"));
  }
  return pins;
}

export const boardHeaders: Readonly<Record<BoardModel, ReadonlyMap<string, Terminal>>> = {
  uno: header('uno'),
  nano: header('nano'),
};

/** The I2C pins of the ATmega328P, on both boards. */
export const i2cPins = { SDA: 'A4', SCL: 'A5' } as const;
