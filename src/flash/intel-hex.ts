import { BoardlineError } from '../errors.js';

/** A firmware image: the bytes to write and where they start, with the gaps the file left unset. */
export interface FlashImage {
  /** Byte address of data[0]. */
  start: number;
  /** Contents from start to the last byte the file sets; bytes it leaves unset are 0xff (erased flash). */
  data: Uint8Array;
  /** The ranges the file actually sets, as [start, end) byte addresses. */
  segments: [number, number][];
}

/**
 * Parses an Intel HEX file (record types 00 data, 01 end of file, 02 extended segment address,
 * 03 start segment address, 04 extended linear address, 05 start linear address). Every record's
 * checksum is checked; a bad file is refused with its line number before anything touches a board.
 */
export function parseIntelHex(text: string, source: string): FlashImage {
  const bytes = new Map<number, number>();
  let base = 0;
  let ended = false;
  const lines = text.split(/\r?\n/);
  const bad = (lineNumber: number, problem: string): BoardlineError =>
    new BoardlineError('usage', `${source} is not valid Intel HEX: line ${lineNumber}: ${problem}`, {
      hint: 'Fix: rebuild the firmware, or check the file was not truncated or edited (avr-objcopy -O ihex makes one)',
    });
  for (let index = 0; index < lines.length; index += 1) {
    const lineNumber = index + 1;
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    if (ended) throw bad(lineNumber, 'data after the end-of-file record');
    if (!line.startsWith(':')) throw bad(lineNumber, 'a record must start with ":"');
    const hex = line.slice(1);
    if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) throw bad(lineNumber, 'not an even number of hex digits');
    const record = Uint8Array.from({ length: hex.length / 2 }, (_, at) => parseInt(hex.slice(at * 2, at * 2 + 2), 16));
    if (record.length < 5) throw bad(lineNumber, 'record too short');
    const length = record[0] ?? 0;
    if (record.length !== length + 5) throw bad(lineNumber, `the record says ${length} data bytes but holds ${record.length - 5}`);
    const sum = record.reduce((total, value) => (total + value) & 0xff, 0);
    if (sum !== 0) {
      const expected = (0x100 - (record.subarray(0, -1).reduce((total, value) => total + value, 0) & 0xff)) & 0xff;
      throw bad(lineNumber, `checksum ${hex.slice(-2).toUpperCase()} should be ${expected.toString(16).toUpperCase().padStart(2, '0')}`);
    }
    const address = ((record[1] ?? 0) << 8) | (record[2] ?? 0);
    const type = record[3];
    const data = record.subarray(4, 4 + length);
    switch (type) {
      case 0x00:
        data.forEach((value, offset) => bytes.set(base + address + offset, value));
        break;
      case 0x01:
        ended = true;
        break;
      case 0x02:
        if (length !== 2) throw bad(lineNumber, 'an extended segment address record holds 2 bytes');
        base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) * 16;
        break;
      case 0x04:
        if (length !== 2) throw bad(lineNumber, 'an extended linear address record holds 2 bytes');
        base = (((data[0] ?? 0) << 8) | (data[1] ?? 0)) * 65536;
        break;
      case 0x03:
      case 0x05:
        break; // start addresses: where execution begins, nothing to write
      default:
        throw bad(lineNumber, `unknown record type ${String(type)}`);
    }
  }
  if (!ended) throw bad(lines.length, 'the end-of-file record (:00000001FF) is missing: the file is truncated');
  if (bytes.size === 0) throw bad(lines.length, 'the file holds no data');
  const addresses = [...bytes.keys()].sort((a, b) => a - b);
  const start = addresses[0] ?? 0;
  const end = (addresses[addresses.length - 1] ?? 0) + 1;
  const image = new Uint8Array(end - start).fill(0xff);
  const segments: [number, number][] = [];
  for (const address of addresses) {
    image[address - start] = bytes.get(address) ?? 0xff;
    const last = segments[segments.length - 1];
    if (last !== undefined && last[1] === address) last[1] = address + 1;
    else segments.push([address, address + 1]);
  }
  return { start, data: image, segments };
}
