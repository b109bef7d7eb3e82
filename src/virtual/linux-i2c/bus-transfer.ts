import type { I2cBus } from '../i2c/i2c-bus.js';
import { errno, i2cFlags, maxBlockBytes, type BusAnswer, type I2cMessage } from './bus-protocol.js';

/** How one message of a transaction went, for the trace. */
export interface TracedMessage {
  address: number;
  read: boolean;
  /** The bytes written, or read. */
  bytes: number[];
  /** ack: done; nack: nobody acknowledged the address; data-nack: a written byte was refused; skipped: not reached. */
  outcome: 'ack' | 'nack' | 'data-nack' | 'skipped';
}

export interface TransferResult {
  answer: BusAnswer;
  messages: TracedMessage[];
}

/**
 * Runs one I2C_RDWR transfer on the bus as an i2c-dev adapter would: a START per message (a
 * repeated START between them, none with I2C_M_NOSTART), the bytes each way, one STOP at the end
 * whatever happened, and the first failure ends it with the errno a Linux adapter returns. It runs
 * synchronously, so no other transfer can come between its messages: that is what makes it atomic.
 */
export function runTransfer(bus: I2cBus, messages: readonly I2cMessage[], atUs: number): TransferResult {
  const traced: TracedMessage[] = messages.map((message) => ({
    address: message.address,
    read: (message.flags & i2cFlags.read) !== 0,
    bytes: [],
    outcome: 'skipped',
  }));
  const fail = (status: number, completed: number): TransferResult => {
    bus.stop(atUs);
    return { answer: { status, completed, reads: [] }, messages: traced };
  };
  // A 10-bit address needs a two-byte address phase, which the bus model has no way to carry.
  if (messages.some((message) => (message.flags & i2cFlags.tenBit) !== 0)) return fail(errno.EOPNOTSUPP, 0);
  const reads: Uint8Array[] = [];
  for (const [index, message] of messages.entries()) {
    const trace = traced[index];
    if (trace === undefined) break;
    const ignoreNak = (message.flags & i2cFlags.ignoreNak) !== 0;
    if (index === 0 || (message.flags & i2cFlags.noStart) === 0) {
      const acknowledged = bus.address(message.address & 0x7f, trace.read, atUs);
      if (!acknowledged && !ignoreNak) {
        trace.outcome = 'nack';
        return fail(errno.ENXIO, index);
      }
    }
    if (!trace.read) {
      for (const byte of message.data ?? []) {
        trace.bytes.push(byte);
        if (!bus.write(byte, atUs) && !ignoreNak) {
          trace.outcome = 'data-nack';
          return fail(errno.EIO, index);
        }
      }
      trace.outcome = 'ack';
      continue;
    }
    let length = message.length;
    if ((message.flags & i2cFlags.recvLen) !== 0) {
      // SMBus block read: the device's first byte says how many follow.
      const count = bus.read(true, atUs);
      trace.bytes.push(count);
      if (count < 1 || count > maxBlockBytes) {
        trace.outcome = 'ack';
        return fail(errno.EPROTO, index);
      }
      length = count;
    }
    for (let byte = 0; byte < length; byte += 1) trace.bytes.push(bus.read(byte < length - 1, atUs));
    trace.outcome = 'ack';
    reads.push(Uint8Array.from(trace.bytes));
  }
  bus.stop(atUs);
  return { answer: { status: 0, completed: messages.length, reads }, messages: traced };
}
