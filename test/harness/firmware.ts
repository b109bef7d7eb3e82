import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './run-cli.js';

const run = promisify(execFile);

export interface BuiltFirmware {
  elf: string;
  hex: string;
  version: string;
  /** The line the firmware prints first. */
  banner: string;
}

/** A deterministic byte table: the same seed gives the same bytes. */
function paddingBytes(size: number, seed: number): number[] {
  let state = seed >>> 0 || 1;
  return Array.from({ length: size }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) & 0xff;
  });
}

/**
 * Builds one of the plain-C test firmwares in test/fixtures/firmware as ELF and Intel HEX, with
 * `-D` defines (e.g. HALF_PERIOD_MS: '250').
 */
export async function buildFixtureFirmware(
  name: string,
  defines: Readonly<Record<string, string | number>> = {},
): Promise<{ elf: string; hex: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-firmware-'));
  const elf = join(dir, `${name}.elf`);
  const hex = join(dir, `${name}.hex`);
  const source = join(repoRoot, 'test', 'fixtures', 'firmware', `${name}.c`);
  try {
    const flags = Object.entries(defines).map(([key, value]) => `-D${key}=${String(value)}`);
    await run('avr-gcc', ['-mmcu=atmega328p', '-Os', '-Wall', '-Werror', '-DF_CPU=16000000UL', ...flags, '-o', elf, source]);
    await run('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elf, hex]);
  } catch (error) {
    throw new Error(`Building ${name} failed (apt-get install gcc-avr avr-libc binutils-avr): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { elf, hex };
}

/**
 * Builds the banner firmware (test/fixtures/firmware/banner.c) for an ATmega328P with avr-gcc,
 * stamped with an app name and a version, as ELF and Intel HEX. avr-gcc is a required test tool.
 */
export async function buildBannerFirmware(app: string, version: string, paddingSize = 0): Promise<BuiltFirmware> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-firmware-'));
  const sources = [join(repoRoot, 'test', 'fixtures', 'firmware', 'banner.c')];
  const defines = [`-DBANNER_APP="${app}"`, `-DBANNER_VERSION="${version}"`];
  let banner = `BOOT ${app} ${version}`;
  if (paddingSize > 0) {
    const bytes = paddingBytes(paddingSize, paddingSize ^ 0x5eed);
    const table = join(dir, 'padding.c');
    await writeFile(
      table,
      `#include <avr/pgmspace.h>\n#include <stdint.h>\n` +
        `const uint8_t boardline_padding[${paddingSize}] PROGMEM __attribute__((used)) = {${bytes.join(',')}};\n` +
        `const uint16_t boardline_padding_size = ${paddingSize};\n`,
    );
    sources.push(table);
    defines.push('-DBANNER_PADDING');
    banner += ` sum=${bytes.reduce((sum, byte) => (sum + byte) & 0xffff, 0)}`;
  }
  const elf = join(dir, `${app}.elf`);
  const hex = join(dir, `${app}.hex`);
  try {
    await run('avr-gcc', ['-mmcu=atmega328p', '-Os', '-DF_CPU=16000000UL', ...defines, '-o', elf, ...sources]);
    await run('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elf, hex]);
  } catch (error) {
    throw new Error(`Building the banner firmware failed (apt-get install gcc-avr avr-libc binutils-avr): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return { elf, hex, version, banner };
}
