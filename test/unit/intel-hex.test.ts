import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseIntelHex } from '../../src/flash/intel-hex.js';
import { expectFailure } from '../harness/expect-error.js';

// Records as avr-objcopy writes them; checksums computed by hand from the format's definition.
const blink = [':100000000C9434000C943E000C943E000C943E0082', ':020010000C94', ':00000001FF', ''].join('\n');

describe('Intel HEX', () => {
  it('reads data records into an image with its segments', () => {
    const fixed = blink.replace(':020010000C94', ':020010000C944E');
    const image = parseIntelHex(fixed, 'blink.hex');
    assert.equal(image.start, 0);
    assert.equal(image.data.length, 18);
    assert.deepEqual([...image.data.subarray(0, 4)], [0x0c, 0x94, 0x34, 0x00]);
    assert.deepEqual(image.segments, [[0, 18]]);
  });

  it('applies extended linear and segment addresses, and fills gaps with 0xff', () => {
    const text = [':020000040000FA', ':0100000011EE', ':0100040022D9', ':020000021000EC', ':0100000033CC', ':00000001FF'].join('\n');
    const image = parseIntelHex(text, 'x.hex');
    assert.equal(image.start, 0);
    assert.equal(image.data.length, 0x10001);
    assert.equal(image.data[0], 0x11);
    assert.equal(image.data[1], 0xff);
    assert.equal(image.data[4], 0x22);
    assert.equal(image.data[0x10000], 0x33);
    assert.deepEqual(image.segments, [
      [0, 1],
      [4, 5],
      [0x10000, 0x10001],
    ]);
  });

  it('refuses a bad checksum with its line number and the right value', async () => {
    const error = await expectFailure('usage', () => parseIntelHex(blink, 'blink.hex'));
    assert.equal(error.message, 'blink.hex is not valid Intel HEX: line 2: the record says 2 data bytes but holds 1');
    const corrupt = [':100000000C9434000C943E000C943E000C943E0083', ':00000001FF'].join('\n');
    assert.equal(
      (await expectFailure('usage', () => parseIntelHex(corrupt, 'c.hex'))).message,
      'c.hex is not valid Intel HEX: line 1: checksum 83 should be 82',
    );
  });

  it('refuses truncated files, junk and unknown records', async () => {
    const truncated = ':100000000C9434000C943E000C943E000C943E0082\n';
    assert.match(
      (await expectFailure('usage', () => parseIntelHex(truncated, 't.hex'))).message,
      /end-of-file record .* is missing: the file is truncated/,
    );
    assert.match((await expectFailure('usage', () => parseIntelHex('hello\n', 'j.hex'))).message, /line 1: a record must start with ":"/);
    assert.match(
      (await expectFailure('usage', () => parseIntelHex(':0000000AF6\n:00000001FF', 'u.hex'))).message,
      /line 1: unknown record type 10/,
    );
    assert.match(
      (await expectFailure('usage', () => parseIntelHex(':00000001FF\n:00000001FF', 'e.hex'))).message,
      /line 2: data after the end-of-file record/,
    );
  });
});
