/**
 * The framed protocol between the virtual-i2c daemon and its native front ends (the FUSE file, the
 * LD_PRELOAD shim), as /var/tmp/boardline-notes/virtual-i2c-interfaces.md fixes it: every frame a
 * little-endian u32 length and its payload; a request an op byte, an answer a status, messages
 * completed and the bytes read. Plain I2C messages only: the front ends turn SMBus calls into them.
 */

export const op = { hello: 0x01, transfer: 0x02 } as const;

/** struct i2c_msg flags (linux/i2c.h) the bus acts on. */
export const i2cFlags = {
  read: 0x0001,
  tenBit: 0x0010,
  noReadAck: 0x0800,
  ignoreNak: 0x1000,
  revDirAddr: 0x2000,
  noStart: 0x4000,
  recvLen: 0x0400,
} as const;

/** The Linux errno values a transfer answers with, as i2c-dev returns them to the program. */
export const errno = { EIO: 5, ENXIO: 6, EINVAL: 22, EPROTO: 71, EOPNOTSUPP: 95 } as const;

export type ErrnoName = keyof typeof errno;

export function errnoName(status: number): string {
  if (status === 0) return 'ok';
  return Object.entries(errno).find(([, value]) => value === status)?.[0] ?? `errno ${status}`;
}

/** i2c-dev's limits: I2C_RDRW_IOCTL_MAX_MSGS and the largest message it copies. */
export const maxMessages = 42;
export const maxMessageBytes = 8192;
/** An SMBus block carries at most this many bytes (I2C_SMBUS_BLOCK_MAX). */
export const maxBlockBytes = 32;
/** No valid request comes near this: 42 headers and 42 full write messages. */
export const maxFrameBytes = 3 + maxMessages * 6 + maxMessages * maxMessageBytes;

export interface I2cMessage {
  address: number;
  flags: number;
  /** For a write, its bytes; for a read, how many to read (ignored with I2C_M_RECV_LEN). */
  length: number;
  data: Uint8Array | undefined;
}

export type BusRequest =
  | { op: 'hello'; pid: number; bus: number; program: string }
  | { op: 'transfer'; messages: I2cMessage[] }
  /** A request the daemon cannot act on: answered with this errno (EINVAL), the connection kept. */
  | { op: 'invalid'; status: number; reason: string };

export interface BusAnswer {
  status: number;
  completed: number;
  /** The bytes of each read message, in order (status 0 only). */
  reads: Uint8Array[];
}

/** Puts the length before a payload. */
export function frame(payload: Uint8Array): Buffer {
  const out = Buffer.alloc(4 + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.set(payload, 4);
  return out;
}

/** Collects a stream's chunks and hands out whole payloads; `tooLong` when a length no request can have comes. */
export class FrameReader {
  private buffered: Buffer = Buffer.alloc(0);

  constructor(private readonly limit = maxFrameBytes) {}

  push(chunk: Buffer): Buffer[] | 'tooLong' {
    this.buffered = this.buffered.length === 0 ? chunk : Buffer.concat([this.buffered, chunk]);
    const payloads: Buffer[] = [];
    while (this.buffered.length >= 4) {
      const length = this.buffered.readUInt32LE(0);
      if (length > this.limit) return 'tooLong';
      if (this.buffered.length < 4 + length) break;
      payloads.push(this.buffered.subarray(4, 4 + length));
      this.buffered = this.buffered.subarray(4 + length);
    }
    return payloads;
  }
}

function invalid(reason: string): BusRequest {
  return { op: 'invalid', status: errno.EINVAL, reason };
}

export function decodeRequest(payload: Buffer): BusRequest {
  if (payload.length < 1) return invalid('empty request');
  const code = payload.readUInt8(0);
  if (code === op.hello) {
    if (payload.length < 6) return invalid('HELLO shorter than its pid and bus');
    return { op: 'hello', pid: payload.readUInt32LE(1), bus: payload.readUInt8(5), program: payload.subarray(6).toString('utf8') };
  }
  if (code !== op.transfer) return invalid(`unknown op 0x${code.toString(16)}`);
  if (payload.length < 3) return invalid('TRANSFER without its message count');
  const count = payload.readUInt16LE(1);
  if (count < 1 || count > maxMessages) return invalid(`${count} messages (i2c-dev takes 1–${maxMessages})`);
  if (payload.length < 3 + count * 6) return invalid('TRANSFER shorter than its message headers');
  const messages: I2cMessage[] = [];
  let offset = 3 + count * 6;
  for (let index = 0; index < count; index += 1) {
    const at = 3 + index * 6;
    const address = payload.readUInt16LE(at);
    const flags = payload.readUInt16LE(at + 2);
    const length = payload.readUInt16LE(at + 4);
    if (length > maxMessageBytes) return invalid(`a message of ${length} bytes (i2c-dev takes at most ${maxMessageBytes})`);
    let data: Uint8Array | undefined;
    if ((flags & i2cFlags.read) === 0) {
      if (offset + length > payload.length) return invalid('TRANSFER shorter than its write data');
      data = payload.subarray(offset, offset + length);
      offset += length;
    }
    messages.push({ address, flags, length, data });
  }
  if (offset !== payload.length) return invalid('TRANSFER longer than its write data');
  return { op: 'transfer', messages };
}

export function encodeHello(pid: number, bus: number, program: string): Buffer {
  const name = Buffer.from(program, 'utf8');
  const payload = Buffer.alloc(6 + name.length);
  payload.writeUInt8(op.hello, 0);
  payload.writeUInt32LE(pid, 1);
  payload.writeUInt8(bus, 5);
  name.copy(payload, 6);
  return payload;
}

export function encodeTransfer(messages: readonly I2cMessage[]): Buffer {
  const head = Buffer.alloc(3 + messages.length * 6);
  head.writeUInt8(op.transfer, 0);
  head.writeUInt16LE(messages.length, 1);
  messages.forEach((message, index) => {
    head.writeUInt16LE(message.address, 3 + index * 6);
    head.writeUInt16LE(message.flags, 5 + index * 6);
    head.writeUInt16LE(message.length, 7 + index * 6);
  });
  const data = messages.flatMap((message) => ((message.flags & i2cFlags.read) === 0 && message.data !== undefined ? [message.data] : []));
  return Buffer.concat([head, ...data]);
}

export function encodeAnswer(answer: BusAnswer): Buffer {
  const reads = answer.status === 0 ? answer.reads : [];
  const payload = Buffer.alloc(6 + reads.reduce((sum, bytes) => sum + 2 + bytes.length, 0));
  payload.writeInt32LE(answer.status, 0);
  payload.writeUInt16LE(answer.completed, 4);
  let offset = 6;
  for (const bytes of reads) {
    payload.writeUInt16LE(bytes.length, offset);
    payload.set(bytes, offset + 2);
    offset += 2 + bytes.length;
  }
  return payload;
}

/** The answer as a front end reads it; `readCount` is how many read messages the request had. */
export function decodeAnswer(payload: Buffer, readCount: number): BusAnswer {
  const status = payload.readInt32LE(0);
  const completed = payload.readUInt16LE(4);
  const reads: Uint8Array[] = [];
  let offset = 6;
  for (let index = 0; status === 0 && index < readCount; index += 1) {
    const length = payload.readUInt16LE(offset);
    reads.push(Uint8Array.from(payload.subarray(offset + 2, offset + 2 + length)));
    offset += 2 + length;
  }
  return { status, completed, reads };
}
