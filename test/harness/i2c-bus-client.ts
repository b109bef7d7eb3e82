import { connect, type Socket } from 'node:net';
import {
  decodeAnswer,
  encodeHello,
  encodeTransfer,
  frame,
  FrameReader,
  i2cFlags,
  type BusAnswer,
  type I2cMessage,
} from '../../src/virtual/linux-i2c/bus-protocol.js';

/** A program on the virtual bus as the native front ends are: frames over the bus socket, one request at a time. */
export class I2cBusClient {
  private readonly reader = new FrameReader();
  private readonly waiting: ((payload: Buffer) => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      const payloads = this.reader.push(chunk);
      if (payloads === 'tooLong') throw new Error('the bus answered a frame too long');
      for (const payload of payloads) this.waiting.shift()?.(payload);
    });
  }

  static async connect(path: string, hello?: { pid: number; program: string; bus?: number }): Promise<I2cBusClient> {
    const socket = connect(path);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    });
    const client = new I2cBusClient(socket);
    if (hello !== undefined) await client.request(encodeHello(hello.pid, hello.bus ?? 1, hello.program));
    return client;
  }

  async request(payload: Buffer): Promise<Buffer> {
    const answer = new Promise<Buffer>((resolve) => this.waiting.push(resolve));
    this.socket.write(frame(payload));
    return answer;
  }

  async transfer(messages: readonly I2cMessage[]): Promise<BusAnswer> {
    const reads = messages.filter((message) => (message.flags & i2cFlags.read) !== 0).length;
    return decodeAnswer(await this.request(encodeTransfer(messages)), reads);
  }

  /** A register read as i2cget does it: the register written, then a repeated START and `count` bytes read. */
  async readRegister(address: number, register: number, count = 1): Promise<BusAnswer> {
    return this.transfer([
      { address, flags: 0, length: 1, data: Uint8Array.of(register) },
      { address, flags: i2cFlags.read, length: count, data: undefined },
    ]);
  }

  close(): void {
    this.socket.destroy();
  }
}
