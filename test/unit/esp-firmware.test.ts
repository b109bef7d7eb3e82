import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readEspFirmware } from '../../src/flash/esp/esp-firmware.js';
import { parseEspImage } from '../../src/flash/esp/esp-image.js';
import { expectFailure } from '../harness/expect-error.js';
import { buildEspImage, esp32Images, esp8266SketchBin, writeEspBuildDirectory } from '../harness/esp-images.js';

const esp32 = { esp8266: false, bootloaderOffset: 0x1000 };
const esp8266 = { esp8266: true, bootloaderOffset: 0 };

describe('ESP image format', () => {
  it('reads the header, extended header and segments, and checks the checksum', () => {
    const image = buildEspImage({ chipId: 9, segments: [{ address: 0x3fc88000, data: Uint8Array.of(1, 2, 3, 4) }], flashSizeCode: 3 });
    const parsed = parseEspImage(image, true);
    assert.ok(parsed.ok);
    assert.equal(parsed.header.extended?.chipId, 9);
    assert.equal(parsed.header.flashSizeCode, 3);
    assert.deepEqual(
      parsed.segments.map((segment) => [segment.loadAddress, segment.length]),
      [[0x3fc88000, 4]],
    );
    assert.equal(parsed.checksum.stored, parsed.checksum.computed);
    assert.equal(parsed.length % 16, 0, 'the checksum byte ends a 16-byte row');
  });

  it('says what is wrong, as the ROM would: magic, segment count, truncation', () => {
    assert.deepEqual(parseEspImage(new Uint8Array(16).fill(0xff), false), { ok: false, problem: 'invalid header: 0xffffffff' });
    const image = buildEspImage({ segments: [{ address: 0x40100000, data: new Uint8Array(64) }] });
    const noSegments = Uint8Array.from(image);
    noSegments[1] = 0;
    assert.match((parseEspImage(noSegments, false) as { problem: string }).problem, /0 segments/);
    assert.match((parseEspImage(image.subarray(0, 40), false) as { problem: string }).problem, /runs past the end/);
  });
});

describe('ESP firmware input', () => {
  let dir = '';
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'boardline-esp-firmware-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('takes an esp32 build directory at the offsets arduino-esp32 uploads', async () => {
    await writeEspBuildDirectory(join(dir, 'esp32'), 'esp32', 20_000);
    const files = await readEspFirmware([join(dir, 'esp32')], undefined, esp32);
    assert.deepEqual(
      files.map((file) => [file.offset, file.role]),
      [
        [0x1000, 'bootloader'],
        [0x8000, 'partitions'],
        [0x10000, 'application'],
      ],
    );
  });

  it('takes boot_app0 out of the merged image when the build left one', async () => {
    const build = join(dir, 'merged');
    await writeEspBuildDirectory(build, 'esp32', 20_000);
    const merged = new Uint8Array(0x20000).fill(0xff);
    merged.fill(0x00, 0xe000, 0xe020);
    await writeFile(join(build, 'Blink.ino.merged.bin'), merged);
    const files = await readEspFirmware([build], undefined, esp32);
    const otadata = files.find((file) => file.role === 'otadata');
    assert.equal(otadata?.offset, 0xe000);
    assert.equal(otadata.data.length, 0x2000);
    assert.equal(otadata.data[0], 0);
  });

  it('takes an esp8266 build directory as one file at 0x0', async () => {
    await writeEspBuildDirectory(join(dir, 'esp8266'), 'esp8266', 20_000);
    const files = await readEspFirmware([join(dir, 'esp8266')], undefined, esp8266);
    assert.deepEqual(
      files.map((file) => [file.offset, file.role]),
      [[0, 'application']],
    );
  });

  it('takes FILE@OFFSET pairs, and a lone application .bin at the family default', async () => {
    const images = esp32Images(8000);
    await writeFile(join(dir, 'boot.bin'), images.bootloader);
    await writeFile(join(dir, 'app.bin'), images.application);
    const pairs = await readEspFirmware([`${join(dir, 'app.bin')}@0x10000`, `${join(dir, 'boot.bin')}@4096`], undefined, esp32);
    assert.deepEqual(
      pairs.map((file) => [file.offset, file.role]),
      [
        [0x1000, 'bootloader'],
        [0x10000, 'application'],
      ],
    );
    const lone = await readEspFirmware([join(dir, 'app.bin')], undefined, esp32);
    assert.equal(lone[0]?.offset, 0x10000);
  });

  it('refuses what is not an ESP image, an image for the other family, a corrupt one, overlaps and bad offsets', async () => {
    await writeFile(join(dir, 'blink.hex.bin'), Buffer.from(':100000000C9434000C943E000C943E000C943E0082\n'));
    await expectFailure(
      'usage',
      () => readEspFirmware([`${join(dir, 'blink.hex.bin')}@0x10000`], undefined, esp32),
      /not an ESP image: invalid header/,
    );

    await writeFile(join(dir, 'esp32-app.bin'), esp32Images(4000).application);
    await expectFailure('usage', () => readEspFirmware([join(dir, 'esp32-app.bin')], 0, esp8266), /not an ESP8266 image/);

    const corrupt = esp8266SketchBin(8000);
    corrupt[0x40] = (corrupt[0x40] ?? 0) ^ 0xff;
    await writeFile(join(dir, 'corrupt.bin'), corrupt);
    await expectFailure('usage', () => readEspFirmware([join(dir, 'corrupt.bin')], undefined, esp8266), /is corrupt: its checksum byte/);

    await writeFile(join(dir, 'app.bin'), esp32Images(80_000).application);
    await expectFailure(
      'usage',
      () => readEspFirmware([`${join(dir, 'app.bin')}@0x10000`, `${join(dir, 'app.bin')}@0x20000`], undefined, esp32),
      /overlaps/,
    );
    await expectFailure(
      'usage',
      () => readEspFirmware([`${join(dir, 'app.bin')}@0x10100`], undefined, esp32),
      /not on a 4 KiB flash sector/,
    );
    await expectFailure('usage', () => readEspFirmware([`${join(dir, 'app.bin')}@ten`], undefined, esp32), /not a number/);
  });
});
