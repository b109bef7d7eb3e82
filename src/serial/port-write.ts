import type { SerialPortStream } from '@serialport/stream';
import { BoardlineError } from '../errors.js';

/** How long a write may take when the caller gives no time: far more than a command's bytes need at 9600 baud. */
export const defaultWriteTimeoutMs = 10_000;

/**
 * Sends bytes and waits until the operating system has passed them on, or fails after
 * `timeoutMs`: a port whose other end stops taking bytes (flow control held, a bridge or board
 * that stopped reading, a driver that never reports the write done) is an error, never a hang.
 */
export async function writeWithDeadline(
  port: SerialPortStream,
  path: string,
  bytes: Uint8Array,
  timeoutMs = defaultWriteTimeoutMs,
  what = `${bytes.length} bytes`,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new BoardlineError(
            'timeout',
            `Could not send ${what} on ${path} within ${timeoutMs} ms: the port did not take the ${bytes.length} bytes (the other end stopped reading, or flow control held them)`,
          ),
        ),
      timeoutMs,
    );
  });
  const sent = (async () => {
    await new Promise<void>((resolve, reject) => {
      port.write(Buffer.from(bytes), (error) => {
        if (error === null || error === undefined) resolve();
        else reject(error);
      });
    });
    await new Promise<void>((resolve) => port.drain(() => resolve()));
  })();
  sent.catch(() => undefined); // a write that fails after the deadline has already been reported
  try {
    await Promise.race([sent, stalled]);
  } finally {
    clearTimeout(timer);
  }
}
