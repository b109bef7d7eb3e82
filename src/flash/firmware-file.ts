import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { BoardlineError } from '../errors.js';
import { parseElf } from './elf.js';
import { parseIntelHex, type FlashImage } from './intel-hex.js';

/** A firmware as given, read into the image to write. */
export interface Firmware {
  path: string;
  format: 'hex' | 'bin' | 'elf';
  image: FlashImage;
}

/** In a compile-sketch (or arduino-cli --output-dir) directory, the application image to flash. */
async function pickFromDirectory(dir: string): Promise<string> {
  const names = (await readdir(dir)).sort();
  const hex = names.filter((name) => name.endsWith('.hex') && !name.includes('with_bootloader'));
  const bin = names.filter((name) => name.endsWith('.bin') && !/bootloader|partitions|merged/.test(name));
  const candidates = hex.length > 0 ? hex : bin;
  const [only, ...others] = candidates;
  if (only === undefined || others.length > 0) {
    throw new BoardlineError(
      'usage',
      `Input "firmware": ${dir} holds ${candidates.length === 0 ? 'no' : 'several'} firmware images${candidates.length === 0 ? '' : ` (${candidates.join(', ')})`}`,
      {
        hint: 'Fix: point firmware at the .hex or .bin file itself',
      },
    );
  }
  return join(dir, only);
}

/**
 * Reads the firmware input: a .hex (checked record by record), an .elf (its loadable segments, at
 * their load addresses), a raw .bin (placed at `offset`), or a directory holding one of them.
 * Everything is checked before any board is touched.
 */
export async function readFirmware(given: string, offset: number): Promise<Firmware> {
  let path = given;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new BoardlineError('usage', `Input "firmware": ${path} does not exist`, {
      hint: 'Fix: give the path of the .hex, .bin or .elf to flash',
      cause: error,
    });
  }
  if (info.isDirectory()) path = await pickFromDirectory(path);
  const extension = extname(path).toLowerCase();
  const bytes = await readFile(path);
  if (extension === '.hex' || extension === '.ihex') return { path, format: 'hex', image: parseIntelHex(bytes.toString('latin1'), path) };
  if (extension === '.elf') return { path, format: 'elf', image: parseElf(bytes, path) };
  if (extension === '.bin') {
    if (bytes.length === 0) throw new BoardlineError('usage', `Input "firmware": ${path} is empty`);
    return { path, format: 'bin', image: { start: offset, data: new Uint8Array(bytes), segments: [[offset, offset + bytes.length]] } };
  }
  throw new BoardlineError('usage', `Input "firmware": ${path} is neither .hex, .bin nor .elf`, {
    hint: 'Fix: give an Intel HEX (.hex), an ELF (.elf) or a raw binary (.bin) file',
  });
}
