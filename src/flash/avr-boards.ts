/** An AVR board flashed through an STK500v1 serial bootloader. */
export interface AvrTarget {
  /** What it is, for messages. */
  name: string;
  /** avrdude's part name. */
  part: string;
  signature: readonly [number, number, number];
  flashBytes: number;
  /** Bytes at the top of flash the bootloader takes; the application must fit below. */
  bootloaderBytes: number;
  pageBytes: number;
  baud: number;
}

const atmega328pOptiboot: AvrTarget = {
  name: 'ATmega328P (optiboot)',
  part: 'm328p',
  signature: [0x1e, 0x95, 0x0f],
  flashBytes: 32768,
  bootloaderBytes: 512,
  pageBytes: 128,
  baud: 115200,
};

const atmega328pNano: AvrTarget = { ...atmega328pOptiboot, name: 'Nano ATmega328P (optiboot)', bootloaderBytes: 2048 };

const atmega328pOldBootloader: AvrTarget = { ...atmega328pOptiboot, name: 'ATmega328P (ATmegaBOOT)', bootloaderBytes: 2048, baud: 57600 };

const atmega168: AvrTarget = {
  name: 'ATmega168 (ATmegaBOOT)',
  part: 'm168',
  signature: [0x1e, 0x94, 0x06],
  flashBytes: 16384,
  bootloaderBytes: 2048,
  pageBytes: 128,
  baud: 19200,
};

/**
 * The AVR boards of the arduino:avr platform that use STK500v1 ("upload.protocol=arduino" in its
 * boards.txt), by FQBN; a menu option (cpu=…) picks the variant. Their upload speeds and maximum
 * sizes are the platform's.
 */
const avrBoards: Readonly<Record<string, AvrTarget>> = {
  'arduino:avr:uno': atmega328pOptiboot,
  // Nanos ship with optiboot but fuses that reserve a 2 KiB boot section, hence their smaller maximum.
  'arduino:avr:nano': atmega328pNano,
  'arduino:avr:nano:cpu=atmega328': atmega328pNano,
  'arduino:avr:nano:cpu=atmega328old': atmega328pOldBootloader,
  'arduino:avr:nano:cpu=atmega168': { ...atmega168 },
  'arduino:avr:pro': { ...atmega328pOldBootloader, name: 'Pro Mini ATmega328P 5V (ATmegaBOOT)' },
  'arduino:avr:pro:cpu=16MHzatmega328': { ...atmega328pOldBootloader, name: 'Pro Mini ATmega328P 5V (ATmegaBOOT)' },
  'arduino:avr:pro:cpu=8MHzatmega328': { ...atmega328pOldBootloader, name: 'Pro Mini ATmega328P 3.3V (ATmegaBOOT)' },
  'arduino:avr:pro:cpu=16MHzatmega168': { ...atmega168, name: 'Pro Mini ATmega168 5V (ATmegaBOOT)' },
  'arduino:avr:pro:cpu=8MHzatmega168': { ...atmega168, name: 'Pro Mini ATmega168 3.3V (ATmegaBOOT)' },
  'arduino:avr:diecimila': atmega328pOldBootloader,
  'arduino:avr:diecimila:cpu=atmega328': atmega328pOldBootloader,
  'arduino:avr:diecimila:cpu=atmega168': atmega168,
};

/** Every FQBN the native backend knows. */
export function knownAvrFqbns(): string[] {
  return Object.keys(avrBoards);
}

export function avrTargetFor(fqbn: string): AvrTarget | undefined {
  return avrBoards[fqbn];
}

export function formatSignature(signature: ArrayLike<number>): string {
  return Array.from(signature, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
