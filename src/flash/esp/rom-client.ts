import { BoardlineError } from '../../errors.js';
import type { SerialLink } from '../../serial/serial-link.js';
import {
  decodeResponse,
  encodeRequest,
  isUnsupportedReply,
  responseStatus,
  romBaudRate,
  romErrorName,
  RomCommand,
  RomError,
  StubError,
} from './rom-protocol.js';
import { SlipDecoder, slipEncode } from './slip.js';

const frameEnd = 0xc0;

/** How many bytes of a buffer make up its first whole SLIP frame (noise before it included), if one has arrived. */
function frameSpan(buffer: Buffer): number | undefined {
  let start = buffer.indexOf(frameEnd);
  while (start !== -1) {
    const end = buffer.indexOf(frameEnd, start + 1);
    if (end === -1) return undefined;
    // Two ends in a row are an empty frame (a frame's end and the next one's start): skip it.
    if (end > start + 1) return end + 1;
    start = end;
  }
  return undefined;
}

export interface RomReply {
  value: number;
  data: Uint8Array;
}

/** Who answers the commands: the chip's ROM loader, or the flasher stub uploaded to its RAM. */
export type LoaderKind = 'rom' | 'stub';

export function loaderTitle(loader: LoaderKind): string {
  return loader === 'stub' ? 'flasher stub' : 'ROM loader';
}

/** The stub's errors that belong to work it did after answering (a block's write or inflate), reported with the next command. */
const deferredStubErrors: ReadonlySet<number> = new Set([StubError.FAILED_SPI_OP, StubError.FAILED_SPI_UNLOCK, StubError.INFLATE_ERROR]);

/** A command the loader answered with a failed status; `code` is the ROM's error code or the stub's (0xC0 and up). */
export class RomCommandFailed extends BoardlineError {
  readonly code: number;
  readonly loader: LoaderKind;
  constructor(what: string, code: number, port: string, loader: LoaderKind = 'rom') {
    const deferred = loader === 'stub' && deferredStubErrors.has(code);
    super(
      'failed',
      `The ${loaderTitle(loader)} on ${port} refused ${what}: ${romErrorName(code)} (0x${code.toString(16).padStart(2, '0')})${
        deferred ? ', an error of the block before it (the stub writes a block after acknowledging it)' : ''
      }`,
      { hint: 'Fix: flash again; if it keeps failing, check the power supply and the flash chip' },
    );
    this.code = code;
    this.loader = loader;
  }
}

/** Bytes on the wire at one baud rate, SLIP framing included. */
export interface WireBytes {
  baud: number;
  sent: number;
  received: number;
}

/**
 * Espressif's serial ROM loader spoken over a serial link: SLIP frames, one command at a time,
 * each answered by a response with the same opcode. Responses to earlier commands (a SYNC is
 * answered several times) are skipped by opcode.
 */
export class RomClient {
  readonly link: SerialLink;
  readonly port: string;
  /** Who answers: the ROM loader until a flasher stub greets (stub-loader.ts), which names it in failures. */
  loader: LoaderKind = 'rom';
  /** The baud the line runs at now, which the byte counts are kept by. */
  private lineBaud = romBaudRate;
  private readonly wire = new Map<number, WireBytes>();

  constructor(link: SerialLink, port: string) {
    this.link = link;
    this.port = port;
  }

  /** Bytes sent and received on the wire, SLIP framing included: what a benchmark compares with the baud rate. */
  get sentBytes(): number {
    return this.wireBytes().reduce((sum, at) => sum + at.sent, 0);
  }

  get receivedBytes(): number {
    return this.wireBytes().reduce((sum, at) => sum + at.received, 0);
  }

  /** The byte counts per baud, in the order the bauds were first used: a wire-time estimate needs each at its own rate. */
  wireBytes(): WireBytes[] {
    return [...this.wire.values()].map((at) => ({ ...at }));
  }

  get baud(): number {
    return this.lineBaud;
  }

  /** The port now runs at this baud: what crosses the line from here is counted at it. */
  set baud(baud: number) {
    this.lineBaud = baud;
  }

  private count(direction: 'sent' | 'received', bytes: number): void {
    const at = this.wire.get(this.lineBaud) ?? { baud: this.lineBaud, sent: 0, received: 0 };
    at[direction] += bytes;
    this.wire.set(this.lineBaud, at);
  }

  /** Sends a command without waiting for its answer. */
  async send(op: number, data: Uint8Array, checksum = 0): Promise<void> {
    await this.sendFrame(encodeRequest(op, data, checksum));
  }

  /** Sends one SLIP frame holding `payload` as it is: a READ_FLASH acknowledgement, which is no command. */
  async sendFrame(payload: Uint8Array, timeoutMs?: number, what?: string): Promise<void> {
    const frame = slipEncode(payload);
    this.count('sent', frame.length);
    await this.link.write(frame, timeoutMs, what);
  }

  /**
   * The payload of the next whole SLIP frame, whatever it holds: a stub's greeting, or READ_FLASH's
   * data and digest, which come as bare frames rather than responses. Noise before it is dropped.
   */
  async receiveFrame(what: string, timeoutMs: number): Promise<Uint8Array> {
    const bytes = await this.link.readUnit(frameSpan, Math.max(1, timeoutMs), what);
    this.count('received', bytes.length);
    return new SlipDecoder().push(bytes.subarray(bytes.indexOf(frameEnd)))[0] ?? new Uint8Array(0);
  }

  /** Waits for the response to `op`, skipping others; a failure status becomes RomCommandFailed. */
  async receive(op: number, what: string, timeoutMs: number, dataLength = 0): Promise<RomReply> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const frame = await this.receiveFrame(what, deadline - Date.now());
      const response = decodeResponse(frame);
      if (response === undefined) continue;
      if (response.op !== op) {
        // A ROM that lacks a command answers it with "invalid message" under another opcode
        // (several times over): the command is not there, and the rest of the answers are noise.
        // (A stub answers an unknown command under its own opcode, with INVALID_COMMAND.)
        if (isUnsupportedReply(response, op)) {
          this.link.discard();
          throw new RomCommandFailed(what, RomError.INVALID_MESSAGE, this.port, this.loader);
        }
        continue;
      }
      // The status (2 bytes from the ESP8266 ROM and every stub, 4 from later ROMs, of which the
      // first two count) follows the command's own data; a refusal may come without that data.
      const status = responseStatus(response.data, dataLength);
      if (status.failed) throw new RomCommandFailed(what, status.code, this.port, this.loader);
      return { value: response.value, data: response.data.subarray(0, dataLength) };
    }
  }

  async command(
    op: number,
    data: Uint8Array,
    what: string,
    timeoutMs: number,
    options: { checksum?: number; dataLength?: number } = {},
  ): Promise<RomReply> {
    // The write has the command's time too: a 16 KiB block takes a while on the line, and a port
    // that stops taking bytes must fail the command as a lost answer would.
    await this.sendFrame(encodeRequest(op, data, options.checksum ?? 0), Math.max(1, timeoutMs), what);
    return this.receive(op, what, timeoutMs, options.dataLength ?? 0);
  }

  /**
   * Several commands in one write, their answers read in order afterwards: for long runs of small
   * commands (register reads), where waiting for each answer before the next would leave the line
   * idle most of the time. The ROM reads one command at a time from its receive FIFO and its
   * answers are shorter than the commands, so its transmitter never holds it up.
   */
  async pipeline(commands: readonly { op: number; data: Uint8Array; what: string }[], timeoutMs: number): Promise<RomReply[]> {
    const frames = commands.map((command) => slipEncode(encodeRequest(command.op, command.data)));
    const bytes = new Uint8Array(frames.reduce((sum, frame) => sum + frame.length, 0));
    let at = 0;
    for (const frame of frames) {
      bytes.set(frame, at);
      at += frame.length;
    }
    this.count('sent', bytes.length);
    await this.link.write(bytes);
    const replies: RomReply[] = [];
    for (const command of commands) replies.push(await this.receive(command.op, command.what, timeoutMs));
    return replies;
  }

  async readRegister(address: number, timeoutMs = 1000): Promise<number> {
    const reply = await this.command(RomCommand.READ_REG, words(address), `READ_REG 0x${address.toString(16)}`, timeoutMs);
    return reply.value >>> 0;
  }

  async writeRegister(address: number, value: number, timeoutMs = 1000): Promise<void> {
    await this.command(RomCommand.WRITE_REG, words(address, value, 0xffffffff, 0), `WRITE_REG 0x${address.toString(16)}`, timeoutMs);
  }
}

/** Little-endian 32-bit words, as every command's arguments are laid out. */
export function words(...values: readonly number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => view.setUint32(index * 4, value >>> 0, true));
  return bytes;
}
