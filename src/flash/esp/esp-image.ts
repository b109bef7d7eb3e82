/**
 * The ESP application image format, as the ROM and the second-stage bootloader read it (esptool's
 * "firmware image format"): an 8-byte header (magic 0xE9, segment count, SPI flash mode, flash
 * size and frequency nibbles, entry point), on ESP32-family chips a 16-byte extended header (chip
 * id, revisions, whether a SHA-256 is appended), then the segments (load address, length, data),
 * padding to 16 bytes with a one-byte checksum, and the SHA-256 if one was appended.
 */
export const espImageMagic = 0xe9;

export interface EspImageSegment {
  loadAddress: number;
  length: number;
  /** Where its data starts in the image. */
  dataOffset: number;
}

export interface EspImageHeader {
  segmentCount: number;
  flashMode: number;
  /** The header's flash size code (high nibble of byte 3), as the chip family defines it. */
  flashSizeCode: number;
  flashFrequencyCode: number;
  entry: number;
  /** ESP32-family images only. */
  extended?: { chipId: number; minRevision: number; hashAppended: boolean };
}

export type ParsedEspImage =
  | { ok: true; header: EspImageHeader; segments: EspImageSegment[]; checksum: { stored: number; computed: number }; length: number }
  | { ok: false; problem: string };

/** The image checksum: 0xEF xored with every segment data byte. */
export function espImageChecksum(data: Uint8Array, segments: readonly EspImageSegment[]): number {
  let sum = 0xef;
  for (const segment of segments) {
    for (let index = segment.dataOffset; index < segment.dataOffset + segment.length; index += 1) sum ^= data[index] ?? 0;
  }
  return sum;
}

const maxSegments = 16;

const u32 = (data: Uint8Array, at: number): number =>
  ((data[at] ?? 0) | ((data[at + 1] ?? 0) << 8) | ((data[at + 2] ?? 0) << 16) | ((data[at + 3] ?? 0) << 24)) >>> 0;

/**
 * Reads an image at the start of `data`. `extendedHeader` says whether the chip family has the
 * extended header (every ESP32-family chip does, the ESP8266 does not). A problem is described as
 * the reader would meet it, so the same text serves a pre-flash check and a ROM's boot message.
 */
export function parseEspImage(data: Uint8Array, extendedHeader: boolean): ParsedEspImage {
  if (data.length < 8) return { ok: false, problem: `${data.length} bytes is too short for an image header` };
  if (data[0] !== espImageMagic) return { ok: false, problem: `invalid header: 0x${u32(data, 0).toString(16).padStart(8, '0')}` };
  const segmentCount = data[1] ?? 0;
  const sizeAndFrequency = data[3] ?? 0;
  const header: EspImageHeader = {
    segmentCount,
    flashMode: data[2] ?? 0,
    flashSizeCode: sizeAndFrequency >> 4,
    flashFrequencyCode: sizeAndFrequency & 0x0f,
    entry: u32(data, 4),
  };
  if (segmentCount === 0 || segmentCount > maxSegments) {
    return { ok: false, problem: `the header declares ${segmentCount} segments (1 to ${maxSegments} are possible)` };
  }
  let at = 8;
  if (extendedHeader) {
    if (data.length < 24) return { ok: false, problem: 'the extended header is cut off' };
    header.extended = { chipId: (data[12] ?? 0) | ((data[13] ?? 0) << 8), minRevision: data[14] ?? 0, hashAppended: data[23] === 1 };
    at = 24;
  }
  const segments: EspImageSegment[] = [];
  for (let index = 0; index < segmentCount; index += 1) {
    if (at + 8 > data.length) return { ok: false, problem: `segment ${index} header lies past the end of the file (${data.length} bytes)` };
    const loadAddress = u32(data, at);
    const length = u32(data, at + 4);
    if (at + 8 + length > data.length) {
      return { ok: false, problem: `segment ${index} (load 0x${loadAddress.toString(16)}, ${length} bytes) runs past the end of the file` };
    }
    segments.push({ loadAddress, length, dataOffset: at + 8 });
    at += 8 + length;
  }
  // The checksum byte ends the 16-byte row that follows the last segment.
  const checksumAt = at + 15 - (at % 16);
  if (checksumAt >= data.length) return { ok: false, problem: 'the checksum byte lies past the end of the file' };
  const length = checksumAt + 1 + (header.extended?.hashAppended === true ? 32 : 0);
  return { ok: true, header, segments, checksum: { stored: data[checksumAt] ?? 0, computed: espImageChecksum(data, segments) }, length };
}
