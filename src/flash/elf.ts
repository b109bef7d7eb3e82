import { BoardlineError } from '../errors.js';
import type { FlashImage } from './intel-hex.js';

/** AVR ELF files address RAM from 0x800000 and EEPROM from 0x810000; flash is below. */
const avrRamBase = 0x800000;

/**
 * The flash image an ELF file describes: its PT_LOAD segments at their physical (load) addresses,
 * as avr-objcopy -O ihex would write them (the .data initialisers land after .text). Segments
 * addressed to RAM or EEPROM are not flash and are left out.
 */
export function parseElf(bytes: Uint8Array, source: string): FlashImage {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const bad = (problem: string): BoardlineError =>
    new BoardlineError('usage', `${source} is not a usable ELF file: ${problem}`, {
      hint: 'Fix: give the .elf the compiler produced, or its .hex',
    });
  if (bytes.length < 52 || view.getUint32(0) !== 0x7f454c46) throw bad('no ELF header');
  if (bytes[4] !== 1) throw bad('only 32-bit ELF files hold AVR firmware');
  const little = bytes[5] === 1;
  const programHeaders = view.getUint32(28, little);
  const entrySize = view.getUint16(42, little);
  const count = view.getUint16(44, little);
  const segments: { address: number; data: Uint8Array }[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = programHeaders + index * entrySize;
    if (at + 32 > bytes.length) throw bad('truncated program headers');
    const type = view.getUint32(at, little);
    const offset = view.getUint32(at + 4, little);
    const physical = view.getUint32(at + 12, little);
    const fileSize = view.getUint32(at + 16, little);
    if (type !== 1 || fileSize === 0 || physical >= avrRamBase) continue;
    if (offset + fileSize > bytes.length) throw bad('a segment runs past the end of the file');
    segments.push({ address: physical, data: bytes.subarray(offset, offset + fileSize) });
  }
  if (segments.length === 0) throw bad('no loadable flash segments');
  const start = Math.min(...segments.map((segment) => segment.address));
  const end = Math.max(...segments.map((segment) => segment.address + segment.data.length));
  const data = new Uint8Array(end - start).fill(0xff);
  for (const segment of segments) data.set(segment.data, segment.address - start);
  const ranges = segments
    .map((segment): [number, number] => [segment.address, segment.address + segment.data.length])
    .sort((a, b) => a[0] - b[0]);
  return { start, data, segments: ranges };
}
