import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseElf } from '../../src/flash/elf.js';
import { readFirmware } from '../../src/flash/firmware-file.js';
import { parseIntelHex } from '../../src/flash/intel-hex.js';
import { expectFailure } from '../harness/expect-error.js';
import { buildBannerFirmware } from '../harness/firmware.js';

describe('firmware files', () => {
  it('reads an avr-gcc ELF into the same image avr-objcopy makes of it', async () => {
    const firmware = await buildBannerFirmware('elf', '0e1f000', 1000);
    const fromElf = parseElf(await readFile(firmware.elf), firmware.elf);
    const fromHex = parseIntelHex(await readFile(firmware.hex, 'latin1'), firmware.hex);
    assert.equal(fromElf.start, fromHex.start);
    assert.deepEqual(Buffer.from(fromElf.data), Buffer.from(fromHex.data));
  });

  it('refuses what is no ELF', async () => {
    assert.match(
      (await expectFailure('usage', () => parseElf(Buffer.from('#!/bin/sh\n'), 'x.elf'))).message,
      /x.elf is not a usable ELF file: no ELF header/,
    );
  });

  it('reads .bin at its offset, picks the image from a build directory, and refuses other files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-firmware-files-'));
    await writeFile(join(dir, 'app.bin'), Buffer.from([1, 2, 3]));
    const bin = await readFirmware(join(dir, 'app.bin'), 0x1000);
    assert.deepEqual(bin.image, { start: 0x1000, data: new Uint8Array([1, 2, 3]), segments: [[0x1000, 0x1003]] });

    const build = await mkdtemp(join(tmpdir(), 'boardline-build-'));
    const firmware = await buildBannerFirmware('dir', '0d1r000');
    await writeFile(join(build, 'blink.ino.hex'), await readFile(firmware.hex));
    await writeFile(join(build, 'blink.ino.with_bootloader.hex'), await readFile(firmware.hex));
    assert.equal((await readFirmware(build, 0)).path, join(build, 'blink.ino.hex'));

    await writeFile(join(dir, 'notes.txt'), 'hello');
    assert.match((await expectFailure('usage', () => readFirmware(join(dir, 'notes.txt'), 0))).message, /is neither .hex, .bin nor .elf/);
    assert.match((await expectFailure('usage', () => readFirmware(join(dir, 'missing.hex'), 0))).message, /missing.hex does not exist/);
  });
});
