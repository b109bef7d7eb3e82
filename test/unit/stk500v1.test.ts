import assert from 'node:assert/strict';
import { open, type FileHandle } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { avrTargetFor } from '../../src/flash/avr-boards.js';
import { FlashReport } from '../../src/flash/flash-report.js';
import { flashStk500v1 } from '../../src/flash/stk500v1.js';
import { recordingIo } from '../../src/io.js';
import { closePort, openPort } from '../../src/serial/open-port.js';
import { SerialLink } from '../../src/serial/serial-link.js';
import { expectFailure } from '../harness/expect-error.js';
import { openPtyPair } from '../harness/pty-pair.js';

/** Reads from the board's side of the pty until `count` bytes have come, whatever the pieces. */
async function readBytes(board: FileHandle, count: number): Promise<Buffer> {
  const got: Buffer[] = [];
  let length = 0;
  while (length < count) {
    const { bytesRead, buffer } = await board.read(Buffer.alloc(count - length), 0, count - length, null);
    got.push(buffer.subarray(0, bytesRead));
    length += bytesRead;
  }
  return Buffer.concat(got);
}

describe('STK500v1 sync', () => {
  it('takes the late answers of a slow-starting bootloader for what they are, by their content', async () => {
    const pair = await openPtyPair();
    const board = await open(pair.b, 'r+');
    const port = await openPort(pair.a, 115200);
    try {
      // A bootloader too slow to answer the first sync within its wait: the client sends a second,
      // and then both are answered, one after the other, before the answer to READ_SIGN.
      const bootloader = (async () => {
        assert.deepEqual([...(await readBytes(board, 4))], [0x30, 0x20, 0x30, 0x20], 'a second sync only after the first went unanswered');
        await board.write(Buffer.from([0x14, 0x10, 0x14, 0x10]));
        assert.deepEqual([...(await readBytes(board, 2))], [0x75, 0x20], 'READ_SIGN');
        await board.write(Buffer.from([0x14, 0x1e, 0x95, 0x0f, 0x10]));
      })();
      const io = recordingIo();
      // An ATmega168 board is expected, so the flash stops at the signature: it was read right
      // (an ATmega328P's), not taken from the late sync answer in front of it.
      const target = avrTargetFor('arduino:avr:diecimila:cpu=atmega168');
      assert.ok(target);
      const error = await expectFailure('failed', () =>
        flashStk500v1(new SerialLink(port, pair.a, 'unplugged'), { start: 0, data: new Uint8Array(128), segments: [[0, 128]] }, pair.a, {
          target,
          baud: 115200,
          verify: false,
          reset: async () => true,
          io,
          report: new FlashReport(io),
          deadline: Date.now() + 60_000,
        }),
      );
      await bootloader;
      assert.match(error.message, /has signature 1e950f, not 1e9406/);
    } finally {
      await closePort(port);
      await board.close();
      await pair.close();
    }
  });
});
