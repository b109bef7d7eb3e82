import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * ESP images as esptool's elf2image lays them out (the format the ROM and bootloaders read): the
 * test fixtures that stand in for what an Arduino build of an ESP sketch produces.
 */
export interface ImageSpec {
  /** ESP32-family images carry the extended header with this chip id; ESP8266 images have none. */
  chipId?: number;
  segments: { address: number; data: Uint8Array }[];
  entry?: number;
  flashMode?: number;
  flashSizeCode?: number;
  flashFrequencyCode?: number;
}

export function buildEspImage(spec: ImageSpec): Uint8Array {
  const parts: number[] = [
    0xe9,
    spec.segments.length,
    spec.flashMode ?? 2,
    ((spec.flashSizeCode ?? 2) << 4) | (spec.flashFrequencyCode ?? 0),
  ];
  const entry = spec.entry ?? spec.segments[0]?.address ?? 0;
  parts.push(entry & 0xff, (entry >>> 8) & 0xff, (entry >>> 16) & 0xff, entry >>> 24);
  if (spec.chipId !== undefined) {
    // WP pin 0xee (none), drive settings, chip id, revisions, reserved, no appended hash.
    parts.push(0xee, 0, 0, 0, spec.chipId & 0xff, spec.chipId >> 8, 0, 0, 0, 0xff, 0xff, 0, 0, 0, 0, 0);
  }
  let checksum = 0xef;
  for (const segment of spec.segments) {
    const length = segment.data.length;
    parts.push(...[segment.address, length].flatMap((word) => [word & 0xff, (word >>> 8) & 0xff, (word >>> 16) & 0xff, word >>> 24]));
    for (const byte of segment.data) {
      parts.push(byte);
      checksum ^= byte;
    }
  }
  while (parts.length % 16 !== 15) parts.push(0);
  parts.push(checksum);
  return Uint8Array.from(parts);
}

/** Random segment data of a length (a multiple of 4, as elf2image pads segments). */
function filler(length: number): Uint8Array {
  return new Uint8Array(randomBytes(length));
}

/**
 * An ESP8266 application as the esp8266 core's elf2bin leaves it: eboot at 0x0, the sketch at 0x1000,
 * in one file. Its segments are random unless `fill` gives them content (a benchmark that needs
 * bytes which compress like real code).
 */
export function esp8266SketchBin(applicationBytes: number, fill: (length: number) => Uint8Array = filler): Uint8Array {
  const eboot = buildEspImage({ segments: [{ address: 0x4010f000, data: fill(3424) }], flashSizeCode: 4 });
  const app = buildEspImage({
    segments: [
      { address: 0x40100000, data: fill(Math.max(4, Math.floor(applicationBytes / 8 / 4) * 4)) },
      { address: 0x3ffe8000, data: fill(1024) },
      { address: 0x40201010, data: fill(Math.max(4, Math.floor((applicationBytes * 7) / 8 / 4) * 4)) },
    ],
    flashSizeCode: 4,
  });
  const file = new Uint8Array(0x1000 + app.length).fill(0xff);
  file.set(eboot, 0);
  file.set(app, 0x1000);
  return file;
}

/** An ESP32 second-stage bootloader image (at 0x1000) and an application image (at 0x10000). */
export function esp32Images(
  applicationBytes: number,
  chipId = 0,
): { bootloader: Uint8Array; partitions: Uint8Array; application: Uint8Array } {
  const bootloader = buildEspImage({
    chipId,
    segments: [
      { address: 0x3fff0030, data: filler(1184) },
      { address: 0x40078000, data: filler(13104) },
      { address: 0x40080400, data: filler(3036) },
    ],
    entry: 0x400805e4,
  });
  const application = buildEspImage({
    chipId,
    segments: [
      { address: 0x3f400020, data: filler(Math.floor(applicationBytes / 4 / 4) * 4) },
      { address: 0x3ffb0000, data: filler(4096) },
      { address: 0x400d0020, data: filler(Math.floor((applicationBytes * 3) / 4 / 4) * 4) },
    ],
  });
  // One partition entry (magic 0xAA50, app, factory, 0x10000, 1 MB, "factory"), then 0xff.
  const partitions = new Uint8Array(0xc00).fill(0xff);
  partitions.set([0xaa, 0x50, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x10, 0x00]);
  partitions.set(Buffer.from('factory\0'), 12);
  return { bootloader, partitions, application };
}

/** An arduino-cli output directory for an ESP board, as compile-sketch leaves it. */
export async function writeEspBuildDirectory(dir: string, board: 'esp8266' | 'esp32', applicationBytes: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  if (board === 'esp8266') {
    await writeFile(join(dir, 'Blink.ino.bin'), esp8266SketchBin(applicationBytes));
    await writeFile(join(dir, 'Blink.ino.elf'), 'not flashed');
    return;
  }
  const images = esp32Images(applicationBytes);
  await writeFile(join(dir, 'Blink.ino.bootloader.bin'), images.bootloader);
  await writeFile(join(dir, 'Blink.ino.partitions.bin'), images.partitions);
  await writeFile(join(dir, 'Blink.ino.bin'), images.application);
  await writeFile(join(dir, 'Blink.ino.elf'), 'not flashed');
}
