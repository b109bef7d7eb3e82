import { open, type FileHandle } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { openPtyPair, type PtyPair } from './pty-pair.js';

/**
 * The board's side of a pty pair: writes what firmware would print, the way a UART delivers it —
 * in pieces that split lines, with garbage, or as a flood.
 */
export class FakeBoard {
  /** The port the code under test opens. */
  readonly port: string;
  private readonly pair: PtyPair;
  private readonly handle: FileHandle;

  private constructor(pair: PtyPair, handle: FileHandle) {
    this.pair = pair;
    this.handle = handle;
    this.port = pair.a;
  }

  static async connect(): Promise<FakeBoard> {
    const pair = await openPtyPair();
    return new FakeBoard(pair, await open(pair.b, 'r+'));
  }

  /** A board for the length of `test`, unplugged afterwards whatever happens. */
  static async use<T>(test: (board: FakeBoard) => Promise<T>): Promise<T> {
    const board = await FakeBoard.connect();
    try {
      return await test(board);
    } finally {
      await board.close();
    }
  }

  async write(data: string | Uint8Array): Promise<void> {
    await this.handle.write(typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  }

  /** Writes text in pieces of `size` bytes with a pause between, splitting lines across reads. */
  async writeInPieces(text: string, size: number, pauseMs: number): Promise<void> {
    const bytes = Buffer.from(text, 'latin1');
    for (let offset = 0; offset < bytes.length; offset += size) {
      await this.handle.write(bytes.subarray(offset, offset + size));
      await sleep(pauseMs);
    }
  }

  /** Writes `totalBytes` of lines that match nothing, as fast as the pty takes them. */
  async flood(totalBytes: number, line = 'sensor=0123456789 adc=512 t=21.5 noise noise noise noise noise\r\n'): Promise<void> {
    const block = Buffer.from(line.repeat(Math.ceil(65536 / line.length)), 'latin1');
    for (let written = 0; written < totalBytes; written += block.length) await this.handle.write(block);
  }

  /** Unplugs the board: the pty pair goes away under the reader. */
  async unplug(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await this.pair.close();
  }

  async close(): Promise<void> {
    await this.unplug();
  }
}
