import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { BoardlineError } from '../../errors.js';

/** A Wokwi project's wokwi.toml, as far as running its firmware goes. */
export interface WokwiToml {
  source: string;
  version: number;
  /** `firmware`, resolved against the toml's directory. */
  firmware?: string;
  /** `elf`, likewise. */
  elf?: string;
  /** The image to load: the firmware, else the ELF. */
  firmwarePath: string;
}

/**
 * Reads the `[wokwi]` table of a wokwi.toml (`version`, `firmware`, `elf`; the rest of the file is
 * Wokwi's own). Syntax errors name the line, as "wokwi.toml line 3: …".
 */
export function parseWokwiToml(text: string, source: string, directory: string): WokwiToml {
  const fail = (message: string, hint: string): never => {
    throw new BoardlineError('usage', `${source}: ${message}`, { hint: `Fix: ${hint}` });
  };
  let document: Record<string, unknown>;
  try {
    document = parse(text);
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    throw new BoardlineError('usage', `${source} line ${error.line}: ${error.message.split('\n')[0] ?? 'not TOML'}`, {
      hint: 'Fix: correct the TOML syntax there',
    });
  }
  const wokwi = document['wokwi'];
  if (typeof wokwi !== 'object' || wokwi === null || Array.isArray(wokwi)) {
    return fail('there is no [wokwi] table', 'start the file with [wokwi], then version = 1 and firmware = "…"');
  }
  const table = wokwi as Record<string, unknown>;
  if (table['version'] !== 1) {
    fail(
      table['version'] === undefined ? '[wokwi] has no version' : `version ${JSON.stringify(table['version'])} is not one Boardline knows`,
      'write version = 1, as Wokwi does',
    );
  }
  const path = (key: 'firmware' | 'elf'): string | undefined => {
    const value = table[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'string' || value.trim() === '') return fail(`${key} must be a path`, `write ${key} = "build/firmware.hex"`);
    return resolve(directory, value);
  };
  const firmware = path('firmware');
  const elf = path('elf');
  const firmwarePath = firmware ?? elf;
  if (firmwarePath === undefined) {
    return fail('[wokwi] names no firmware', 'add firmware = "…" (the .hex the build makes), or elf = "…"');
  }
  return { source, version: 1, ...(firmware === undefined ? {} : { firmware }), ...(elf === undefined ? {} : { elf }), firmwarePath };
}

/** Reads wokwi.toml from disk; paths in it are taken from the file's own directory, as Wokwi takes them. */
export async function readWokwiToml(path: string): Promise<WokwiToml> {
  const full = resolve(path);
  const text = await readFile(full, 'utf8').catch((error: unknown) => {
    throw new BoardlineError('usage', `cannot read ${full}: ${(error as Error).message}`, {
      hint: "Fix: give the path of the Wokwi project's wokwi.toml",
      cause: error,
    });
  });
  return parseWokwiToml(text, basename(full), dirname(full));
}
