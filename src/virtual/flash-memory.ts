import { readFile, rename, writeFile } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import { parseIntelHex, type FlashImage } from '../flash/intel-hex.js';
import { atmega328p } from './atmega328p.js';

/** Reads a bootloader hex; its lowest address is where the MCU's boot reset vector points. */
export async function loadBootloader(path: string): Promise<FlashImage> {
  let text: string;
  try {
    text = await readFile(path, 'latin1');
  } catch (error) {
    throw new BoardlineError('usage', `Input "bootloader": cannot read ${path}: ${(error as Error).message}`, {
      hint: 'Fix: apt-get install arduino-core-avr for the Arduino bootloaders, or give the path of a bootloader .hex',
      cause: error,
    });
  }
  const image = parseIntelHex(text, path);
  const bootSizes = [512, 1024, 2048, 4096];
  const fits = bootSizes.some((size) => image.start === atmega328p.flashBytes - size);
  if (!fits) {
    throw new BoardlineError(
      'usage',
      `Input "bootloader": ${path} starts at 0x${image.start.toString(16)}, which is no ATmega328P boot section`,
      {
        hint: 'Fix: a bootloader starts at 0x7e00, 0x7c00, 0x7800 or 0x7000 (512 bytes to 4 KiB at the top of flash)',
      },
    );
  }
  return image;
}

/** Places an image's bytes that fall inside flash; bytes beyond it (some bootloader files carry a few) are left out. */
export function placeImage(flash: Uint8Array, image: FlashImage, limit = flash.length): void {
  for (const [start, end] of image.segments) {
    const from = Math.max(start, 0);
    const to = Math.min(end, limit);
    if (to > from) flash.set(image.data.subarray(from - image.start, to - image.start), from);
  }
}

/** Erased flash with the bootloader in its section. */
export function freshFlash(bootloader: FlashImage): Uint8Array {
  const flash = new Uint8Array(atmega328p.flashBytes).fill(0xff);
  placeImage(flash, bootloader);
  return flash;
}

/** Flash kept from an earlier run, if the file exists; a file of the wrong size is refused. */
export async function readFlashFile(path: string): Promise<Uint8Array | undefined> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  if (bytes.length !== atmega328p.flashBytes) {
    throw new BoardlineError(
      'usage',
      `Input "flash-file": ${path} holds ${bytes.length} bytes, not the ${atmega328p.flashBytes} of an ATmega328P's flash`,
      {
        hint: 'Fix: point flash-file at a file a virtual board wrote, or at a path that does not exist yet',
      },
    );
  }
  return new Uint8Array(bytes);
}

/** Saves flash atomically, so a board killed mid-save never leaves half a file. */
export async function writeFlashFile(path: string, flash: Uint8Array): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, flash);
  await rename(temporary, path);
}
