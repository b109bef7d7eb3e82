import { errnoName } from './bus-protocol.js';
import type { TracedMessage } from './bus-transfer.js';

/** One transaction on the virtual bus, as `virtual-i2c trace` shows it. */
export interface TraceRecord {
  /** Counts up from 1, so a follower asks for what came after the last one it saw. */
  sequence: number;
  /** Microseconds since the daemon started: the bus's time, the one the devices keep. */
  atUs: number;
  program: string;
  pid: number;
  messages: TracedMessage[];
  status: number;
}

function hex(value: number): string {
  return value.toString(16).padStart(2, '0');
}

function describeMessage(message: TracedMessage): string {
  const head = `0x${hex(message.address)} ${message.read ? 'R' : 'W'}`;
  const bytes = message.bytes.length === 0 ? '' : ` ${message.bytes.map(hex).join(' ')}`;
  if (message.outcome === 'nack') return `${head} NACK`;
  if (message.outcome === 'data-nack') return `${head} ACK${bytes} NACK`;
  if (message.outcome === 'skipped') return `${head} (not sent)`;
  return `${head} ACK${bytes}`;
}

/**
 * A transaction as a bus analyser's line: the time in seconds, who ran it, each message's address,
 * direction, acknowledge and bytes (a refused data byte is the last shown, then NACK), and how the
 * program's call ended: `0.004211 i2cget[311] 0x76 W ACK d0 | 0x76 R ACK 58 -> ok`.
 */
export function formatTrace(record: TraceRecord): string {
  const seconds = (record.atUs / 1e6).toFixed(6).padStart(11);
  const who = record.pid === 0 ? record.program : `${record.program}[${record.pid}]`;
  return `${seconds} ${who} ${record.messages.map(describeMessage).join(' | ')} -> ${errnoName(record.status)}`;
}
