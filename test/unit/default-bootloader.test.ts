import assert from 'node:assert/strict';
import { mkdir, mkdtemp, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { virtualBoardModels, type AvrBoardModel } from '../../src/virtual/boards.js';
import { findDefaultBootloader } from '../../src/virtual/default-bootloader.js';
import { BoardlineError } from '../../src/errors.js';

const uno = virtualBoardModels.find((model): model is AvrBoardModel => model.name === 'uno');

/** An arduino-cli data directory with the given arduino:avr versions installed, each with the Uno's bootloader. */
async function dataDir(versions: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-arduino-data-'));
  for (const version of versions) {
    const folder = join(dir, 'packages', 'arduino', 'hardware', 'avr', version, 'bootloaders', 'optiboot');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'optiboot_atmega328.hex'), ':00000001FF\n');
  }
  return dir;
}

describe("a virtual board's default bootloader", () => {
  assert.ok(uno !== undefined);
  const nowhere = join(tmpdir(), 'boardline-no-such-arduino-core');

  it("prefers Debian's arduino-core-avr when it is installed", async () => {
    const debian = join(await dataDir(['1.8.6']), 'packages', 'arduino', 'hardware', 'avr', '1.8.6', 'bootloaders');
    const found = await findDefaultBootloader(uno, { env: { ARDUINO_DIRECTORIES_DATA: await dataDir(['1.8.5']) }, home: nowhere, debian });
    assert.equal(found, join(debian, 'optiboot', 'optiboot_atmega328.hex'));
  });

  it("else takes the newest arduino:avr that setup-arduino-cli installed (ARDUINO_DIRECTORIES_DATA), then ~/.arduino15's", async () => {
    const data = await dataDir(['1.8.5', '1.8.10', '1.8.6']);
    const found = await findDefaultBootloader(uno, { env: { ARDUINO_DIRECTORIES_DATA: data }, home: nowhere, debian: nowhere });
    assert.equal(
      found,
      join(data, 'packages', 'arduino', 'hardware', 'avr', '1.8.10', 'bootloaders', 'optiboot', 'optiboot_atmega328.hex'),
    );
    const home = await mkdtemp(join(tmpdir(), 'boardline-home-'));
    const arduino15 = await dataDir(['1.8.6']);
    await rename(arduino15, join(home, '.arduino15'));
    const fromHome = await findDefaultBootloader(uno, { env: {}, home, debian: nowhere });
    assert.equal(
      fromHome,
      join(home, '.arduino15', 'packages', 'arduino', 'hardware', 'avr', '1.8.6', 'bootloaders', 'optiboot', 'optiboot_atmega328.hex'),
    );
  });

  it('says how to get one when there is none, naming the places it looked', async () => {
    await assert.rejects(
      findDefaultBootloader(uno, { env: { ARDUINO_DIRECTORIES_DATA: await dataDir([]) }, home: nowhere, debian: nowhere }),
      (error: unknown) =>
        error instanceof BoardlineError &&
        error.kind === 'not-available' &&
        error.message === 'No uno bootloader (optiboot/optiboot_atmega328.hex) on this machine' &&
        /apt-get install arduino-core-avr.*platforms: arduino:avr.*input bootloader/.test(error.hint ?? '') &&
        (error.details ?? '').includes(nowhere),
    );
  });
});
