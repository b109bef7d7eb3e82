import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import semver from 'semver';
import { BoardlineError } from '../errors.js';
import type { AvrBoardModel } from './boards.js';

/** Where Debian's arduino-core-avr puts the AVR core's bootloaders. */
export const debianBootloaders = '/usr/share/arduino/hardware/arduino/avr/bootloaders';

/** The bootloaders/ folders of arduino-cli's installed arduino:avr platforms under a data directory, newest first. */
async function arduinoCliBootloaders(dataDir: string): Promise<string[]> {
  const platform = join(dataDir, 'packages', 'arduino', 'hardware', 'avr');
  const versions = await readdir(platform).catch(() => [] as string[]);
  return versions
    .filter((version) => semver.valid(version) !== null)
    .sort(semver.rcompare)
    .map((version) => join(platform, version, 'bootloaders'));
}

export interface BootloaderPlaces {
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  debian?: string;
}

/**
 * The board's own bootloader when none is given: Debian's arduino-core-avr first (what a Pi or a
 * Debian runner installs), else the arduino:avr platform arduino-cli installed — setup-arduino-cli
 * exports its data directory as ARDUINO_DIRECTORIES_DATA, and arduino-cli's own default is
 * ~/.arduino15 — so a hosted runner that compiled for the board can also emulate it.
 */
export async function findDefaultBootloader(model: AvrBoardModel, places: BootloaderPlaces): Promise<string> {
  const dataDirs = [places.env['ARDUINO_DIRECTORIES_DATA'], join(places.home, '.arduino15')].filter(
    (dir): dir is string => dir !== undefined && dir !== '',
  );
  const folders = [places.debian ?? debianBootloaders];
  for (const dir of dataDirs) folders.push(...(await arduinoCliBootloaders(dir)));
  const found = folders.map((folder) => join(folder, model.defaultBootloader)).find((path) => existsSync(path));
  if (found !== undefined) return found;
  throw new BoardlineError('not-available', `No ${model.name} bootloader (${model.defaultBootloader}) on this machine`, {
    hint:
      "Fix: install Debian's arduino-core-avr (apt-get install arduino-core-avr), or the arduino:avr platform with " +
      'setup-arduino-cli (platforms: arduino:avr) earlier in the job, or give the bootloader .hex in the input bootloader',
    details: `Looked in: ${folders.join(', ')}`,
  });
}
