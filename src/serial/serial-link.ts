import type { SerialPortStream } from '@serialport/stream';
import { BoardlineError } from '../errors.js';
import { portWentAway } from './port-loss.js';
import { defaultWriteTimeoutMs, writeWithDeadline } from './port-write.js';

/**
 * Request/response bytes over a serial port, where every read has a deadline: a board that stops
 * answering, or a port that goes away, is an error within the time given — never a hang.
 */
export class SerialLink {
  private readonly port: SerialPortStream;
  private buffer: Buffer = Buffer.alloc(0);
  private waiter:
    | {
        take: (buffer: Buffer) => number | undefined;
        resolve: (bytes: Buffer) => void;
        reject: (error: Error) => void;
        timer: NodeJS.Timeout;
      }
    | undefined;
  private lost: Error | undefined;
  private readonly path: string;

  /** `lostHint` says what to check when the port goes away (the cable, or the serial server). */
  constructor(port: SerialPortStream, path: string, lostHint: string) {
    this.port = port;
    this.path = path;
    port.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.settle();
    });
    const onLost = (error?: Error | null): void => {
      this.lost ??= portWentAway(this.path, error?.message ?? 'it was closed', lostHint);
      const waiter = this.waiter;
      if (waiter !== undefined) {
        this.waiter = undefined;
        clearTimeout(waiter.timer);
        waiter.reject(this.lost);
      }
    };
    port.on('close', onLost);
    port.on('error', onLost);
  }

  /** Sends bytes within `timeoutMs` (writeWithDeadline), or fails at once when the port has gone. */
  async write(bytes: Uint8Array, timeoutMs = defaultWriteTimeoutMs, what = `${bytes.length} bytes`): Promise<void> {
    if (this.lost !== undefined) throw this.lost;
    await writeWithDeadline(this.port, this.path, bytes, timeoutMs, what);
  }

  /** Reads exactly `count` bytes, or fails after `timeoutMs` with what did arrive. */
  read(count: number, timeoutMs: number, what: string): Promise<Buffer> {
    return this.readWith((buffer) => (buffer.length >= count ? count : undefined), timeoutMs, what, `of ${count} `);
  }

  /**
   * Reads up to where `take` says a unit ends (a framed packet), or fails after `timeoutMs`.
   * `take` is given everything received so far and returns how many bytes the unit spans, or
   * undefined while it is incomplete.
   */
  readUnit(take: (buffer: Buffer) => number | undefined, timeoutMs: number, what: string): Promise<Buffer> {
    return this.readWith(take, timeoutMs, what, '');
  }

  private readWith(take: (buffer: Buffer) => number | undefined, timeoutMs: number, what: string, expected: string): Promise<Buffer> {
    if (this.lost !== undefined) return Promise.reject(this.lost);
    // One reader at a time: a second would take the first one's bytes.
    if (this.waiter !== undefined) return Promise.reject(new Error(`${what} read on ${this.path} while another read is pending`));
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiter = undefined;
        const got = this.buffer.subarray(0, 16).toString('hex').replace(/(..)/g, '$1 ').trim();
        reject(
          new BoardlineError(
            'timeout',
            `No answer to ${what} on ${this.path} within ${timeoutMs} ms (got ${this.buffer.length} ${expected}bytes${got === '' ? '' : `: ${got}`})`,
          ),
        );
      }, timeoutMs);
      this.waiter = { take, resolve, reject, timer };
      this.settle();
    });
  }

  /** Forgets whatever arrived unasked (line noise, a running application's output). */
  discard(): void {
    this.buffer = Buffer.alloc(0);
  }

  private settle(): void {
    const waiter = this.waiter;
    if (waiter === undefined) return;
    const count = waiter.take(this.buffer);
    if (count === undefined) return;
    this.waiter = undefined;
    clearTimeout(waiter.timer);
    const bytes = this.buffer.subarray(0, count);
    this.buffer = this.buffer.subarray(count);
    waiter.resolve(Buffer.from(bytes));
  }
}
