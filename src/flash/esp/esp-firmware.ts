import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BoardlineError } from '../../errors.js';
import { parseEspImage } from './esp-image.js';

/** What a file written to an ESP's flash is, which decides what is checked in it. */
export type EspFileRole = 'bootloader' | 'partitions' | 'otadata' | 'application' | 'merged' | 'data';

export interface EspFlashFile {
  path: string;
  offset: number;
  data: Uint8Array;
  role: EspFileRole;
}

/** The chip family a firmware is for, as far as the files and fqbn tell before the board is met. */
export interface EspFamily {
  /** ESP8266 images have no extended header and boot from 0x0; every ESP32-family chip has one. */
  esp8266: boolean;
  /** Where the second-stage bootloader lives on this chip (0x1000 on ESP32 and S2, 0x0 on S3, C3 and later). */
  bootloaderOffset: number;
}

/** Where arduino-esp32's upload puts each file (its platform.txt upload pattern). */
const partitionsOffset = 0x8000;
const otadataOffset = 0xe000;
export const esp32ApplicationOffset = 0x10000;
const partitionTableMagic = [0xaa, 0x50] as const;

function usage(message: string, hint: string): BoardlineError {
  return new BoardlineError('usage', `Input "firmware": ${message}`, { hint: `Fix: ${hint}` });
}

async function readBytes(path: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new BoardlineError('usage', `Input "firmware": cannot read ${path}: ${(error as Error).message}`, {
      hint: 'Fix: give the path of the .bin (or FILE.bin@OFFSET) to flash',
      cause: error,
    });
  }
}

function parseOffset(text: string, item: string): number {
  const value = /^0x[0-9a-f]+$/i.test(text) ? Number.parseInt(text.slice(2), 16) : /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value)) {
    throw usage(`"${item}" has an offset "${text}" that is not a number`, 'write FILE.bin@0x10000 (hex with 0x, or decimal)');
  }
  if (value % 4096 !== 0) {
    throw usage(
      `"${item}" is at 0x${value.toString(16)}, which is not on a 4 KiB flash sector`,
      'images go on sector boundaries (multiples of 0x1000)',
    );
  }
  return value;
}

function roleAt(offset: number, name: string, family: EspFamily): EspFileRole {
  if (/merged/i.test(name)) return 'merged';
  if (offset === family.bootloaderOffset && !family.esp8266) return 'bootloader';
  if (/partitions/i.test(name) || (!family.esp8266 && offset === partitionsOffset)) return 'partitions';
  if (/boot_app0|otadata/i.test(name) || (!family.esp8266 && offset === otadataOffset)) return 'otadata';
  if (family.esp8266 ? offset === 0 : offset >= esp32ApplicationOffset) return 'application';
  return 'data';
}

/**
 * The files an arduino-cli (or compile-sketch) output directory uploads, at the offsets the
 * platforms' upload patterns give: esp8266's one SKETCH.ino.bin at 0x0 (its eboot loader and the
 * application in one file); esp32's bootloader, partition table and application, with boot_app0
 * (otadata) taken from the merged image when the core left one, since boot_app0.bin itself stays
 * in the core's directory.
 */
async function filesOfDirectory(dir: string, family: EspFamily): Promise<EspFlashFile[]> {
  const names = (await readdir(dir)).filter((name) => name.endsWith('.bin')).sort();
  const pick = (test: (name: string) => boolean): string | undefined => names.find(test);
  const merged = pick((name) => name.endsWith('.merged.bin'));
  const application = names.filter((name) => !/\.(bootloader|partitions|merged)\.bin$/.test(name) && !/boot_app0/.test(name));
  const [app, ...otherApps] = application;
  if (app === undefined || otherApps.length > 0) {
    throw usage(
      `${dir} holds ${app === undefined ? 'no' : 'several'} application images${app === undefined ? '' : ` (${application.join(', ')})`}`,
      'point firmware at the compile output directory of one sketch, or give FILE.bin@OFFSET pairs',
    );
  }
  if (family.esp8266) return [{ path: join(dir, app), offset: 0, data: await readBytes(join(dir, app)), role: 'application' }];
  const files: EspFlashFile[] = [];
  const bootloader = pick((name) => name.endsWith('.bootloader.bin'));
  const partitions = pick((name) => name.endsWith('.partitions.bin'));
  if (bootloader === undefined || partitions === undefined) {
    throw usage(
      `${dir} has no ${bootloader === undefined ? 'bootloader' : 'partition table'} (.ino.${bootloader === undefined ? 'bootloader' : 'partitions'}.bin) beside ${app}`,
      'give the whole compile output directory of an esp32 build, or FILE.bin@OFFSET pairs',
    );
  }
  files.push({
    path: join(dir, bootloader),
    offset: family.bootloaderOffset,
    data: await readBytes(join(dir, bootloader)),
    role: 'bootloader',
  });
  files.push({ path: join(dir, partitions), offset: partitionsOffset, data: await readBytes(join(dir, partitions)), role: 'partitions' });
  const bootApp0 = pick((name) => /boot_app0/.test(name));
  if (bootApp0 !== undefined) {
    files.push({ path: join(dir, bootApp0), offset: otadataOffset, data: await readBytes(join(dir, bootApp0)), role: 'otadata' });
  } else if (merged !== undefined) {
    const whole = await readBytes(join(dir, merged));
    if (whole.length >= esp32ApplicationOffset) {
      files.push({
        path: `${join(dir, merged)}[0xe000..0x10000]`,
        offset: otadataOffset,
        data: whole.slice(otadataOffset, esp32ApplicationOffset),
        role: 'otadata',
      });
    }
  }
  files.push({ path: join(dir, app), offset: esp32ApplicationOffset, data: await readBytes(join(dir, app)), role: 'application' });
  return files;
}

/**
 * Reads flash-serial's firmware input for an ESP board: a compile output directory, one .bin (at
 * `offset`, by default the family's application address), or FILE@OFFSET pairs. Every file is
 * checked for what it claims to be before any board is touched; what needs the board (its chip
 * and flash size) is checked by checkAgainstChip once it has answered, still before a write.
 */
export async function readEspFirmware(given: readonly string[], offset: number | undefined, family: EspFamily): Promise<EspFlashFile[]> {
  const [first, ...rest] = given;
  if (first === undefined) throw usage('nothing given', 'give a .bin, FILE.bin@OFFSET pairs, or a compile output directory');
  let files: EspFlashFile[];
  const isDirectory =
    rest.length === 0 &&
    !first.includes('@') &&
    (await stat(first).then(
      (info) => info.isDirectory(),
      () => false,
    ));
  if (isDirectory) {
    files = await filesOfDirectory(first, family);
  } else if (given.every((item) => item.includes('@'))) {
    if (offset !== undefined) throw usage('FILE@OFFSET pairs carry their own offsets', 'drop the offset input, or give one plain .bin');
    files = await Promise.all(
      given.map(async (item) => {
        const at = item.lastIndexOf('@');
        const path = item.slice(0, at);
        const fileOffset = parseOffset(item.slice(at + 1), item);
        return { path, offset: fileOffset, data: await readBytes(path), role: roleAt(fileOffset, basename(path), family) };
      }),
    );
  } else if (rest.length === 0) {
    const fileOffset = offset ?? (family.esp8266 || /merged/i.test(first) ? 0 : esp32ApplicationOffset);
    files = [{ path: first, offset: fileOffset, data: await readBytes(first), role: roleAt(fileOffset, basename(first), family) }];
  } else {
    throw usage(`${given.length} files given without offsets`, 'write each as FILE.bin@OFFSET, e.g. app.bin@0x10000');
  }
  for (const file of files) checkFile(file, family);
  checkOverlaps(files);
  return files.sort((a, b) => a.offset - b.offset);
}

/** The bytes of a file that hold an image, if it holds one: a merged file's bootloader lies within it. */
function imageIn(file: EspFlashFile, family: EspFamily): Uint8Array | undefined {
  if (file.role === 'merged') {
    if (family.esp8266) return file.data;
    // A merged image holds the bootloader at its address; one placed above it holds none to check.
    return file.offset <= family.bootloaderOffset ? file.data.subarray(family.bootloaderOffset - file.offset) : undefined;
  }
  return file.role === 'bootloader' || file.role === 'application' ? file.data : undefined;
}

function checkFile(file: EspFlashFile, family: EspFamily): void {
  if (file.data.length === 0) throw usage(`${file.path} is empty`, 'rebuild it');
  if (file.role === 'partitions' && !(file.data[0] === partitionTableMagic[0] && file.data[1] === partitionTableMagic[1])) {
    throw usage(
      `${file.path} at 0x${file.offset.toString(16)} is no partition table (no 0xAA50 entry)`,
      'give the .partitions.bin the build made',
    );
  }
  const image = imageIn(file, family);
  if (image === undefined) return;
  const parsed = parseEspImage(image, !family.esp8266);
  const what = `${file.path} (${file.role} at 0x${file.offset.toString(16)})`;
  if (!parsed.ok) {
    throw usage(
      `${what} is not an ESP image: ${parsed.problem}`,
      "give the .bin the ESP build produced (not the .elf, nor another board's firmware)",
    );
  }
  if (family.esp8266 && parsed.segments.some((segment) => segment.loadAddress < 0x3ff00000)) {
    throw usage(
      `${what} is not an ESP8266 image: a segment loads at 0x${(parsed.segments[0]?.loadAddress ?? 0).toString(16)}, as an ESP32-family image's extended header reads`,
      'build the firmware for the ESP8266 board (fqbn esp8266:esp8266:…), or flash the ESP32 board it was built for',
    );
  }
  if (parsed.checksum.stored !== parsed.checksum.computed) {
    throw usage(
      `${what} is corrupt: its checksum byte is 0x${parsed.checksum.stored.toString(16)}, its segments sum to 0x${parsed.checksum.computed.toString(16)}`,
      'rebuild the firmware; the file was damaged or truncated',
    );
  }
}

function checkOverlaps(files: readonly EspFlashFile[]): void {
  const sorted = [...files].sort((a, b) => a.offset - b.offset);
  for (let index = 1; index < sorted.length; index += 1) {
    const before = sorted[index - 1];
    const file = sorted[index];
    if (before !== undefined && file !== undefined && before.offset + before.data.length > file.offset) {
      throw usage(
        `${before.path} (0x${before.offset.toString(16)}, ${before.data.length} bytes) overlaps ${file.path} at 0x${file.offset.toString(16)}`,
        'check the offsets',
      );
    }
  }
}

/** The image chip id an ESP32-family file declares, if it holds an image. */
export function declaredChipId(file: EspFlashFile, family: EspFamily): number | undefined {
  const image = imageIn(file, family);
  if (image === undefined || family.esp8266) return undefined;
  const parsed = parseEspImage(image, true);
  return parsed.ok ? parsed.header.extended?.chipId : undefined;
}
