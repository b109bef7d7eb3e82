import assert from 'node:assert/strict';
import { createReadStream, writeSync } from 'node:fs';
import { describe, it } from 'node:test';
import { closePort, openPort } from '../../src/serial/open-port.js';
import { SerialLink } from '../../src/serial/serial-link.js';
import { expectFailure } from '../harness/expect-error.js';
import { openPtyPair } from '../harness/pty-pair.js';

describe('serial link writes', () => {
  it('a write the other end never takes fails within its time, naming what was sent; the port still closes', async () => {
    const pair = await openPtyPair();
    try {
      const port = await openPort(pair.a, 115200);
      const link = new SerialLink(port, pair.a, 'check the cable');
      // A frame goes through while the cable carries.
      await link.write(new Uint8Array(64), 30_000, 'a small frame');
      pair.hold();
      // Far more than the ptys buffer: the write cannot finish until the cable carries again.
      const error = await expectFailure('timeout', () => link.write(new Uint8Array(4 << 20), 500, 'FLASH_DEFL_DATA 2 of 8 at 0x10000'));
      assert.match(
        error.message,
        new RegExp(`^Could not send FLASH_DEFL_DATA 2 of 8 at 0x10000 on ${pair.a} within 500 ms: the port did not take the 4194304 bytes`),
      );
      pair.release();
      await closePort(port);
    } finally {
      await pair.close();
    }
  });

  // Without the fix the write waits forever: the test's own limit turns that into a failure.
  it('a write waiting for room is woken when room comes, though a read began waiting after it', { timeout: 60_000 }, async () => {
    const pair = await openPtyPair();
    const port = await openPort(pair.a, 115200);
    const drained = createReadStream(pair.b);
    try {
      // The stream is not read from, so only this test asks the poller to wait.
      const binding = port.port as unknown as {
        fd: number;
        poller: { once(event: 'readable' | 'writable', callback: (error: Error | null) => void): void };
      };
      pair.hold();
      // Fill the line: the descriptor is non-blocking, so the buffers' end shows as EAGAIN.
      for (;;) {
        try {
          writeSync(binding.fd, Buffer.alloc(4096));
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === 'EAGAIN') break;
          throw error;
        }
      }
      const writable = new Promise<Error | null>((resolve) => binding.poller.once('writable', resolve));
      // A read comes up empty and waits, as serialport's reader does after a board's answer.
      const readable = new Promise<Error | null>((resolve) => binding.poller.once('readable', resolve));
      drained.resume();
      pair.release();
      assert.equal(await writable, null, 'the write was told there is room');
      await closePort(port);
      assert.ok((await readable) instanceof Error, 'the read waiting when the port closed was cancelled');
    } finally {
      drained.destroy();
      await pair.close();
    }
  });
});
