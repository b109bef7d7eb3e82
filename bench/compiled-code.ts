import { readFile } from 'node:fs/promises';

/**
 * Bytes of a compiled program's machine code, for benchmarks whose result depends on how well
 * firmware compresses: the `.text` section of the node executable running the benchmark (a 64-bit
 * little-endian ELF on every Linux machine the benchmarks run on), from its middle.
 */
export async function compiledCode(length: number): Promise<Uint8Array> {
  const file = await readFile(process.execPath);
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  if (file.readUInt32BE(0) !== 0x7f454c46 || file[4] !== 2 || file[5] !== 1)
    throw new Error(`${process.execPath} is not a 64-bit little-endian ELF file`);
  const sectionTable = Number(view.getBigUint64(0x28, true));
  const entryBytes = view.getUint16(0x3a, true);
  const count = view.getUint16(0x3c, true);
  const names = sectionTable + view.getUint16(0x3e, true) * entryBytes;
  const namesOffset = Number(view.getBigUint64(names + 0x18, true));
  for (let index = 0; index < count; index += 1) {
    const header = sectionTable + index * entryBytes;
    const nameAt = namesOffset + view.getUint32(header, true);
    const name = file.toString('latin1', nameAt, file.indexOf(0, nameAt));
    if (name !== '.text') continue;
    const offset = Number(view.getBigUint64(header + 0x18, true));
    const size = Number(view.getBigUint64(header + 0x20, true));
    if (size < length) throw new Error(`the .text section of ${process.execPath} has ${size} bytes, fewer than ${length}`);
    const start = offset + Math.floor((size - length) / 2);
    return new Uint8Array(file.subarray(start, start + length));
  }
  throw new Error(`${process.execPath} has no .text section`);
}
