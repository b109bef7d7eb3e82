import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './run-cli.js';

const run = promisify(execFile);

export interface BuiltFirmware {
  elf: string;
  hex: string;
  version: string;
}

/**
 * Builds the banner firmware (test/fixtures/firmware/banner.c) for an ATmega328P with avr-gcc,
 * stamped with an app name and a version, as ELF and Intel HEX. avr-gcc is a required test tool.
 */
export async function buildBannerFirmware(app: string, version: string): Promise<BuiltFirmware> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-firmware-'));
  const elf = join(dir, `${app}.elf`);
  const hex = join(dir, `${app}.hex`);
  const source = join(repoRoot, 'test', 'fixtures', 'firmware', 'banner.c');
  const defines = [`-DBANNER_APP="${app}"`, `-DBANNER_VERSION="${version}"`];
  try {
    await run('avr-gcc', ['-mmcu=atmega328p', '-Os', '-DF_CPU=16000000UL', ...defines, '-o', elf, source]);
    await run('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elf, hex]);
  } catch (error) {
    throw new Error(`Building the banner firmware failed (apt-get install gcc-avr avr-libc binutils-avr): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { elf, hex, version };
}
