import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  decodeAnswer,
  decodeRequest,
  encodeAnswer,
  encodeHello,
  encodeTransfer,
  errno,
  frame,
  FrameReader,
  i2cFlags,
  maxMessages,
} from '../../src/virtual/linux-i2c/bus-protocol.js';

describe('virtual-i2c bus protocol', () => {
  it('decodes a HELLO: pid, bus and the program name', () => {
    assert.deepEqual(decodeRequest(encodeHello(4242, 1, 'i2cget')), { op: 'hello', pid: 4242, bus: 1, program: 'i2cget' });
  });

  it('decodes a TRANSFER: the headers, then the write data concatenated in message order', () => {
    const payload = encodeTransfer([
      { address: 0x50, flags: 0, length: 2, data: Uint8Array.of(0x00, 0x10) },
      { address: 0x50, flags: i2cFlags.read, length: 4, data: undefined },
      { address: 0x76, flags: 0, length: 1, data: Uint8Array.of(0xd0) },
    ]);
    // op, count, 3 × (address, flags, length), then 3 data bytes.
    assert.equal(payload.length, 1 + 2 + 3 * 6 + 3);
    assert.deepEqual([...payload.subarray(-3)], [0x00, 0x10, 0xd0]);
    const request = decodeRequest(payload);
    assert.ok(request.op === 'transfer');
    assert.deepEqual(
      request.messages.map((message) => [
        message.address,
        message.flags,
        message.length,
        message.data === undefined ? null : [...message.data],
      ]),
      [
        [0x50, 0, 2, [0x00, 0x10]],
        [0x50, 1, 4, null],
        [0x76, 0, 1, [0xd0]],
      ],
    );
  });

  it('answers EINVAL for what i2c-dev refuses and for malformed requests', () => {
    const one = { address: 0x50, flags: i2cFlags.read, length: 1, data: undefined };
    const cases: [string, Buffer][] = [
      ['no messages', encodeTransfer([])],
      ['43 messages', encodeTransfer(Array.from({ length: maxMessages + 1 }, () => one))],
      ['a message over 8192 bytes', encodeTransfer([{ ...one, length: 8193 }])],
      ['write data missing', encodeTransfer([{ address: 0x50, flags: 0, length: 2, data: Uint8Array.of(1) }])],
      ['data left over', Buffer.concat([encodeTransfer([one]), Buffer.of(0)])],
      ['an unknown op', Buffer.of(0x7f)],
      ['an empty payload', Buffer.alloc(0)],
    ];
    for (const [what, payload] of cases) {
      const request = decodeRequest(payload);
      assert.ok(request.op === 'invalid', what);
      assert.equal(request.status, errno.EINVAL, what);
    }
    assert.equal(decodeRequest(encodeTransfer(Array.from({ length: maxMessages }, () => one))).op, 'transfer');
  });

  it('encodes an answer: status, messages completed, then each read as its length and bytes (only when it succeeded)', () => {
    const ok = encodeAnswer({ status: 0, completed: 2, reads: [Uint8Array.of(0x58), Uint8Array.of(1, 2)] });
    assert.deepEqual([...ok], [0, 0, 0, 0, 2, 0, 1, 0, 0x58, 2, 0, 1, 2]);
    assert.deepEqual(decodeAnswer(ok, 2), { status: 0, completed: 2, reads: [Uint8Array.of(0x58), Uint8Array.of(1, 2)] });
    const failed = encodeAnswer({ status: errno.ENXIO, completed: 1, reads: [Uint8Array.of(9)] });
    assert.deepEqual([...failed], [6, 0, 0, 0, 1, 0]);
  });

  it('frames payloads with a little-endian length and reads them back from any chunking', () => {
    const stream = Buffer.concat([frame(Buffer.from('abc')), frame(Buffer.alloc(0)), frame(Buffer.from('defgh'))]);
    assert.deepEqual([...stream.subarray(0, 4)], [3, 0, 0, 0]);
    const reader = new FrameReader();
    const payloads: string[] = [];
    for (const byte of stream) {
      const got = reader.push(Buffer.of(byte));
      assert.notEqual(got, 'tooLong');
      if (got !== 'tooLong') payloads.push(...got.map((payload) => payload.toString()));
    }
    assert.deepEqual(payloads, ['abc', '', 'defgh']);
    assert.equal(new FrameReader(16).push(frame(Buffer.alloc(17))), 'tooLong');
  });
});
