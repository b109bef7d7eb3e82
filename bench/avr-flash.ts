import { readFile } from 'node:fs/promises';
import { parseIntelHex } from '../src/flash/intel-hex.js';
import { freshFlash, loadBootloader, placeImage } from '../src/virtual/flash-memory.js';

/** Debian's optiboot (arduino-core-avr), the Uno's bootloader. */
export const optiboot = '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex';

/** An Uno's flash: optiboot with an application .hex placed below it, for an Atmega328p run in-process. */
export async function flashWith(hex: string): Promise<{ flash: Uint8Array; bootStart: number }> {
  const bootloader = await loadBootloader(optiboot);
  const flash = freshFlash(bootloader);
  placeImage(flash, parseIntelHex(await readFile(hex, 'latin1'), hex), bootloader.start);
  return { flash, bootStart: bootloader.start };
}
