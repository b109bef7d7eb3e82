import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { EspChipName } from '../../src/flash/esp/chips.js';
import { stubImageFor } from '../../src/flash/esp/stub-images.js';
import { repoRoot } from '../harness/run-cli.js';

/**
 * The stubs Boardline uploads are esp-flasher-stub v1.2.2 (Apache-2.0 OR MIT) as esptool-js 0.7.0
 * ships them. Their digests are pinned: esptool-js up to 0.6 carried the older GPL-2.0+ stubs, and
 * a dependency bump must not change (or relicense) the code put on users' boards unnoticed.
 */
const pinned: Readonly<Record<EspChipName, { sha256: string; entry: number; textStart: number; textBytes: number; dataBytes: number }>> = {
  ESP8266: {
    sha256: '31c99fe642b95433df972048227ed0cf69adddbd9773c73f56cff46dc0bc885b',
    entry: 0x4010c504,
    textStart: 0x4010c500,
    textBytes: 11456,
    dataBytes: 920,
  },
  ESP32: {
    sha256: 'f45a88d48ce374b3d91b302e899ab7374010e6ed1b94d0ffc4c3d81893e3feee',
    entry: 0x400a902c,
    textStart: 0x400a8000,
    textBytes: 6456,
    dataBytes: 212,
  },
  'ESP32-S2': {
    sha256: '99e52ab6e29848f1cb2d3aca4f7bb589eb106aace7d7a1c2c5728ba949637dba',
    entry: 0x400290a4,
    textStart: 0x40028000,
    textBytes: 6600,
    dataBytes: 212,
  },
  'ESP32-S3': {
    sha256: 'be0fa453e1b4089c9bcf57b51d4db0c3749150caa0e140c6fe0e82e3ccff3456',
    entry: 0x40379524,
    textStart: 0x40378000,
    textBytes: 7832,
    dataBytes: 264,
  },
  'ESP32-C3': {
    sha256: 'd73bd88cdeac7b90c57821d81e77cb96cfeb73d8db572e634ec1d1dcafdb853d',
    entry: 0x40380e9a,
    textStart: 0x40380000,
    textBytes: 5880,
    dataBytes: 204,
  },
};

describe('flasher stub images', () => {
  for (const [chip, expected] of Object.entries(pinned) as [EspChipName, (typeof pinned)[EspChipName]][]) {
    it(`${chip}: the pinned esp-flasher-stub image, entry inside its code`, () => {
      const image = stubImageFor(chip);
      assert.ok(image !== undefined);
      const digest = createHash('sha256').update(image.text).update(image.data).digest('hex');
      assert.equal(digest, expected.sha256);
      assert.equal(image.entry, expected.entry);
      assert.equal(image.textStart, expected.textStart);
      assert.equal(image.text.length, expected.textBytes);
      assert.equal(image.data.length, expected.dataBytes);
      assert.ok(image.entry >= image.textStart && image.entry < image.textStart + image.text.length);
      assert.equal(stubImageFor(chip), image, 'decoded once');
    });
  }

  it('every bundle that carries the stubs names their licence in licenses.txt, and only those', async () => {
    const carrying: string[] = [];
    for (const entry of await readdir(join(repoRoot, 'dist'), { withFileTypes: true })) {
      // Bundles only: prebuilds/ and native/ hold binaries, not ncc's output.
      if (!entry.isDirectory() || entry.name === 'prebuilds' || entry.name === 'native') continue;
      const code = await readFile(join(repoRoot, 'dist', entry.name, 'index.cjs'), 'utf8');
      const licences = await readFile(join(repoRoot, 'dist', entry.name, 'licenses.txt'), 'utf8');
      const carries = code.includes(`"entry":${pinned.ESP32.entry}`);
      const named =
        /^esptool-js \(the flasher stub images: esp-flasher-stub v1\.2\.2 \(Apache-2\.0 OR MIT\), from esptool-js 0\.7\.0\)\nApache-2\.0\n[^]*Apache License\s+Version 2\.0/m.test(
          licences,
        );
      assert.equal(named, carries, `${entry.name}: the stub licence is listed exactly when the bundle carries the stubs`);
      if (carries) carrying.push(entry.name);
    }
    for (const bundle of ['flash-serial', 'virtual-board', 'cli']) assert.ok(carrying.includes(bundle), `${bundle} carries the stubs`);
  });
});
