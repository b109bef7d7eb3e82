import { BoardlineError } from '../../errors.js';

/** Where an Arduino pin is on the ATmega328P: its port, bit and, for A0–A5, its ADC channel. */
export interface McuPin {
  /** The name Boardline reports it by: "13", "A0". */
  name: string;
  port: 'B' | 'C' | 'D';
  bit: number;
  adcChannel?: number;
}

/**
 * The Uno's (and Nano's, and Duemilanove's) header as the Arduino core numbers it: D0–D7 on
 * port D, D8–D13 on port B, A0–A5 (also digital 14–19) on port C. A6/A7 exist only on the
 * Nano's TQFP and are ADC-only; the emulated part is the Uno's DIP, so they are not offered.
 */
export const arduinoUnoPins: readonly McuPin[] = [
  ...Array.from({ length: 8 }, (_, bit) => ({ name: String(bit), port: 'D' as const, bit })),
  ...Array.from({ length: 6 }, (_, bit) => ({ name: String(8 + bit), port: 'B' as const, bit })),
  ...Array.from({ length: 6 }, (_, bit) => ({ name: `A${bit}`, port: 'C' as const, bit, adcChannel: bit })),
];

const pinByKey = new Map<string, McuPin>();
for (const pin of arduinoUnoPins) {
  pinByKey.set(pin.name, pin);
  pinByKey.set(`P${pin.port}${pin.bit}`, pin);
  if (pin.adcChannel === undefined) pinByKey.set(`D${pin.name}`, pin);
  else pinByKey.set(String(14 + pin.adcChannel), pin);
}

/** Resolves a pin as a user may write it: 13, D13, A0, 14 (= A0), PB5. `what` names where it came from, for the error. */
export function resolveUnoPin(name: string | number, what: string): McuPin {
  const key = String(name).trim().toUpperCase();
  const pin = pinByKey.get(key);
  if (pin === undefined) {
    throw new BoardlineError('usage', `${what}: the board has no pin ${JSON.stringify(String(name))}`, {
      hint: 'Fix: use a digital pin 0–13 (or D0–D13), an analog pin A0–A5, or a port bit such as PB5',
    });
  }
  return pin;
}
