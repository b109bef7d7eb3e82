import { BoardlineError } from '../../errors.js';
import type { SerialLink } from '../../serial/serial-link.js';
import { decodeResponse, encodeRequest, isUnsupportedReply, responseStatus, romErrorName, RomCommand, RomError } from './rom-protocol.js';
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

/** A command the ROM answered with its failure flag set; `code` is the ROM's error code. */
export class RomCommandFailed extends BoardlineError {
  readonly code: number;
  constructor(what: string, code: number, port: string) {
    super('failed', `The ROM loader on ${port} refused ${what}: ${romErrorName(code)} (0x${code.toString(16).padStart(2, '0')})`, {
      hint: 'Fix: flash again; if it keeps failing, check the power supply and the flash chip',
    });
    this.code = code;
  }
}

/**
 * Espressif's serial ROM loader spoken over a serial link: SLIP frames, one command at a time,
 * each answered by a response with the same opcode. Responses to earlier commands (a SYNC is
 * answered several times) are skipped by opcode.
 */
export class RomClient {
  readonly link: SerialLink;
  readonly port: string;
  /** Bytes sent and received on the wire, SLIP framing included: what a benchmark compares with the baud rate. */
  sentBytes = 0;
  receivedBytes = 0;

  constructor(link: SerialLink, port: string) {
    this.link = link;
    this.port = port;
  }

  /** Sends a command without waiting for its answer. */
  async send(op: number, data: Uint8Array, checksum = 0): Promise<void> {
    const frame = slipEncode(encodeRequest(op, data, checksum));
    this.sentBytes += frame.length;
    await this.link.write(frame);
  }

  /** Waits for the response to `op`, skipping others; a failure status becomes RomCommandFailed. */
  async receive(op: number, what: string, timeoutMs: number, dataLength = 0): Promise<RomReply> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const bytes = await this.link.readUnit(frameSpan, Math.max(1, deadline - Date.now()), what);
      this.receivedBytes += bytes.length;
      for (const frame of new SlipDecoder().push(bytes.subarray(bytes.indexOf(frameEnd)))) {
        const response = decodeResponse(frame);
        if (response === undefined) continue;
        if (response.op !== op) {
          // A ROM that lacks a command answers it with "invalid message" under another opcode
          // (several times over): the command is not there, and the rest of the answers are noise.
          if (isUnsupportedReply(response, op)) {
            this.link.discard();
            throw new RomCommandFailed(what, RomError.INVALID_MESSAGE, this.port);
          }
          continue;
        }
        // The status (2 bytes from the ESP8266 ROM, 4 from later ROMs, of which the first two
        // count) follows the command's own data; a refusal may come without that data.
        const status = responseStatus(response.data, dataLength);
        if (status.failed) throw new RomCommandFailed(what, status.code, this.port);
        return { value: response.value, data: response.data.subarray(0, dataLength) };
      }
    }
  }

  async command(
    op: number,
    data: Uint8Array,
    what: string,
    timeoutMs: number,
    options: { checksum?: number; dataLength?: number } = {},
  ): Promise<RomReply> {
    await this.send(op, data, options.checksum ?? 0);
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
    this.sentBytes += bytes.length;
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
