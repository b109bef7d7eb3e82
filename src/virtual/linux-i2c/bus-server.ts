import { EventEmitter } from 'node:events';
import { rm } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import type { I2cBus } from '../i2c/i2c-bus.js';
import { decodeRequest, encodeAnswer, frame, FrameReader, type BusAnswer } from './bus-protocol.js';
import { runTransfer } from './bus-transfer.js';
import type { TraceRecord } from './bus-trace.js';

/** How many transactions the daemon keeps for `trace --recent` and for followers that poll. */
const keptTransactions = 1000;

interface Client {
  program: string;
  pid: number;
}

/**
 * The virtual bus's socket: each connection is one program's /dev/i2c-N (a FUSE front end
 * connects once per opener, the shim once per open), announcing itself with HELLO, then sending
 * TRANSFERs. Requests are answered in order; a transfer runs whole before anything else is read
 * from any connection (Node runs one callback at a time and the transfer does not wait), so
 * transfers from several programs never interleave on the bus, as the kernel's adapter lock ensures.
 */
export class BusServer extends EventEmitter<{ transaction: [TraceRecord] }> {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private readonly kept: TraceRecord[] = [];
  private sequence = 0;

  /** `nowUs` is the bus's clock: microseconds since the daemon started, the time the devices keep. */
  constructor(
    private readonly bus: I2cBus,
    private readonly nowUs: () => number,
  ) {
    super();
  }

  async listen(path: string): Promise<void> {
    await rm(path, { force: true });
    const server = createServer((socket) => this.accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(path, () => resolve());
    });
    this.server = server;
  }

  /** The kept transactions after `since` (a sequence number), oldest first. */
  transactions(since = 0): TraceRecord[] {
    return this.kept.filter((record) => record.sequence > since);
  }

  /** Closes the socket and every connection: the front ends answer their programs EIO from then on. */
  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => {
      if (this.server === undefined) resolve();
      else this.server.close(() => resolve());
    });
  }

  private accept(socket: Socket): void {
    this.sockets.add(socket);
    const client: Client = { program: 'unknown', pid: 0 };
    const reader = new FrameReader();
    socket.on('close', () => this.sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.on('data', (chunk: Buffer) => {
      const payloads = reader.push(chunk);
      // A length no request can have: the stream is out of step, so nothing after it can be read.
      if (payloads === 'tooLong') {
        socket.destroy();
        return;
      }
      for (const payload of payloads) socket.write(frame(encodeAnswer(this.answer(client, payload))));
    });
  }

  private answer(client: Client, payload: Buffer): BusAnswer {
    const request = decodeRequest(payload);
    if (request.op === 'hello') {
      client.program = request.program === '' ? 'unknown' : request.program;
      client.pid = request.pid;
      return { status: 0, completed: 0, reads: [] };
    }
    if (request.op === 'invalid') return { status: request.status, completed: 0, reads: [] };
    const atUs = this.nowUs();
    const result = runTransfer(this.bus, request.messages, atUs);
    this.sequence += 1;
    const record: TraceRecord = {
      sequence: this.sequence,
      atUs,
      program: client.program,
      pid: client.pid,
      messages: result.messages,
      status: result.answer.status,
    };
    this.kept.push(record);
    if (this.kept.length > keptTransactions) this.kept.shift();
    this.emit('transaction', record);
    return result.answer;
  }
}
