import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Writes a report or picture where the user asked, making its directory first; returns the absolute path. */
export async function writeOut(path: string, data: string | Uint8Array): Promise<string> {
  const absolute = resolve(path);
  await mkdir(dirname(absolute), { recursive: true });
  await writeFile(absolute, data);
  return absolute;
}
