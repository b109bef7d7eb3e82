import { createHash } from 'node:crypto';
import { createInflate, type Inflate } from 'node:zlib';
import {
  decodeRequest,
  encodeResponse,
  RomCommand,
  romCommandName,
  romErrorName,
  stubFlashBlockBytes,
  StubCommand,
  StubError,
  stubStatus,
} from '../../flash/esp/rom-protocol.js';
import { sectorBytes, type EspChipState } from './esp-chip-state.js';
import { loaderStep, type EspLoader, type RomAfter, type RomStep } from './esp-loader-step.js';
import { StubFlashRead, stubReadPacketLimit } from './esp-stub-read.js';
import { inflateMore } from './inflate-stream.js';

/** The stub's frame buffer: a header, a 16 KiB block and some slack; a longer frame overflows it and is dropped unanswered. */
const frameLimit = 8 + stubFlashBlockBytes + 0xff;
/** How many answers one SYNC gets, all with value 0 (the ROM's carry 0x20120707: that is how esptool tells a running stub). */
const syncAnswers = 8;
/** The argument lengths the stub insists on; any other is BAD_DATA_LEN. */
const argumentBytes = {
  end: 4,
  md5: 16,
  baud: 8,
  eraseRegion: 8,
  readFlash: 16,
  readReg: 4,
  writeRegEntry: 16,
  spiAttach: 4,
  spiSetParams: 24,
  memBegin: 16,
  memEnd: 8,
} as const;

interface StubSession {
  compressed: boolean;
  /** Where the next written byte goes. */
  address: number;
  /** Bytes BEGIN announced that are not written yet; below 0 when a compressed stream inflated to more. */
  remaining: number;
  /** The sectors are erased as writes reach them: everything below this is erased. */
  erasedTo: number;
  inflater?: Inflate;
}

/** An error found in work done after the answer went out, reported in the answer to the next command (which is not run). */
interface Deferred {
  code: number;
  what: string;
}

const hex = (value: number): string => `0x${value.toString(16)}`;

/**
 * Espressif's flasher stub (esp-flasher-stub v1.x, which esptool-js 0.7.0 uploads) as a command
 * machine on the chip's state, after the ROM started it: how it answers, not what it runs. It
 * answers under the request's opcode with value 0 (READ_REG's register aside) and a 2-byte status,
 * `[code, 0]` on failure; it takes 16 KiB blocks and compressed writes on every chip, erases lazily
 * as writes reach each sector, writes the exact byte count FLASH_BEGIN announced (padding is not
 * written) and checks it at FLASH_END; it answers a data block before writing it, so an error in
 * that write (or in inflating, or in starting a READ_FLASH) comes with the answer to the next
 * command, which is then not run. It knows the stub's own commands (ERASE_FLASH, ERASE_REGION,
 * READ_FLASH) and stays running after FLASH_END; a reset gives the chip back to the ROM.
 */
export class EspStub implements EspLoader {
  readonly state: EspChipState;
  private session: StubSession | undefined;
  private ram: { size: number; received: number } | undefined;
  private reading: StubFlashRead | undefined;
  private deferred: Deferred | undefined;

  constructor(state: EspChipState) {
    this.state = state;
  }

  /** The stub is gone (a reset): an inflater in use is let go. */
  dispose(): void {
    this.session?.inflater?.destroy();
    this.session = undefined;
  }

  private reply(op: number, data: Uint8Array = new Uint8Array(0), failedWith?: number, value = 0): Uint8Array {
    const status = stubStatus(failedWith);
    const body = new Uint8Array(data.length + status.length);
    body.set(data);
    body.set(status, data.length);
    return encodeResponse(op, value, body);
  }

  private ok(op: number, data?: Uint8Array, after?: RomAfter, note?: string): RomStep {
    return loaderStep([this.reply(op, data)], after, note);
  }

  private fail(op: number, code: number, note: string): RomStep {
    return loaderStep(
      [this.reply(op, new Uint8Array(0), code)],
      { kind: 'none' },
      `stub: ${romCommandName(op)} refused (${hex(code)}): ${note}`,
    );
  }

  private defer(code: number, what: string): void {
    this.deferred ??= { code, what };
  }

  async handle(frame: Uint8Array): Promise<RomStep> {
    if (this.reading !== undefined) return this.acknowledged(frame);
    if (frame.length > frameLimit)
      return loaderStep([], { kind: 'none' }, `stub: a ${frame.length}-byte frame overflows its ${frameLimit}-byte buffer; no answer`);
    const request = decodeRequest(frame);
    if (request === undefined) {
      if (frame.length < 2) return loaderStep([], { kind: 'none' }, `stub: a ${frame.length}-byte frame is no command; no answer`);
      return this.fail(frame[1] ?? 0, StubError.INVALID_COMMAND, `direction byte ${hex(frame[0] ?? 0)} is not a request's`);
    }
    const { op, data } = request;
    const deferred = this.deferred;
    if (deferred !== undefined) {
      this.deferred = undefined;
      return this.fail(op, deferred.code, `${deferred.what} (${romErrorName(deferred.code)}), reported here; this command is not run`);
    }
    if (request.size !== data.length)
      return this.fail(op, StubError.BAD_DATA_LEN, `${data.length} data bytes announced as ${request.size}`);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const word = (index: number): number => (data.length >= (index + 1) * 4 ? view.getUint32(index * 4, true) : 0);
    const sized = (bytes: number): boolean => data.length === bytes;
    const badLength = (): RomStep => this.fail(op, StubError.BAD_DATA_LEN, `${data.length} bytes of arguments`);
    switch (op) {
      case RomCommand.SYNC:
        return loaderStep(Array.from({ length: syncAnswers }, () => this.reply(op)));
      case RomCommand.READ_REG:
        if (!sized(argumentBytes.readReg)) return badLength();
        return loaderStep([this.reply(op, new Uint8Array(0), undefined, this.state.readRegister(word(0)))]);
      case RomCommand.WRITE_REG:
        if (data.length === 0 || data.length % argumentBytes.writeRegEntry !== 0) return badLength();
        // Several (address, value, mask, delay) entries in one command, each merged under its mask.
        for (let entry = 0; entry < data.length / 16; entry += 1)
          this.state.writeRegister(word(entry * 4), word(entry * 4 + 1), word(entry * 4 + 2));
        return this.ok(op);
      case RomCommand.SPI_ATTACH:
        // The stub's SPI_ATTACH is one word; the ESP32 ROM's two-word form is refused.
        return sized(argumentBytes.spiAttach) ? this.ok(op) : badLength();
      case RomCommand.SPI_SET_PARAMS:
        return sized(argumentBytes.spiSetParams) ? this.ok(op) : badLength();
      case RomCommand.FLASH_BEGIN:
      case RomCommand.FLASH_DEFL_BEGIN:
        // Four words, or five (esptool.py sends the encrypted-write flag): either is taken.
        if (!sized(16) && !sized(20)) return badLength();
        return this.begin(op, word(0), word(3));
      case RomCommand.FLASH_DATA:
        return this.flashData(data, request.checksum);
      case RomCommand.FLASH_DEFL_DATA:
        return this.deflData(data, request.checksum);
      case RomCommand.FLASH_END:
      case RomCommand.FLASH_DEFL_END:
        return this.end(op, sized(argumentBytes.end));
      case RomCommand.SPI_FLASH_MD5: {
        if (!sized(argumentBytes.md5)) return badLength();
        const [address, length] = [word(0), word(1)];
        if (address + length > this.state.flash.length) return this.fail(op, StubError.FAILED_SPI_OP, 'MD5 past the end of flash');
        // 16 raw bytes, where a ROM sends 32 hex digits.
        return this.ok(
          op,
          new Uint8Array(
            createHash('md5')
              .update(this.state.flash.subarray(address, address + length))
              .digest(),
          ),
        );
      }
      case RomCommand.CHANGE_BAUDRATE:
        return this.changeBaud(sized(argumentBytes.baud), word(0), word(1));
      case RomCommand.GET_SECURITY_INFO:
        return this.securityInfo();
      case RomCommand.MEM_BEGIN:
        if (!sized(argumentBytes.memBegin)) return badLength();
        this.ram = { size: word(0), received: 0 };
        this.state.beginRam(word(3));
        return this.ok(op);
      case RomCommand.MEM_DATA:
        return this.memData(data);
      case RomCommand.MEM_END:
        if (!sized(argumentBytes.memEnd)) return badLength();
        this.ram = undefined;
        if (word(0) !== 0) return this.ok(op);
        return this.ok(
          op,
          undefined,
          { kind: 'halt', entry: word(1) },
          `stub: MEM_END jumps to ${hex(word(1))}, code a virtual board cannot execute, so nothing answers until the next reset`,
        );
      case StubCommand.ERASE_FLASH:
        this.state.erase(0, this.state.flash.length / sectorBytes);
        return this.ok(op, undefined, undefined, 'stub: ERASE_FLASH erased the whole flash');
      case StubCommand.ERASE_REGION:
        return this.eraseRegion(sized(argumentBytes.eraseRegion), word(0), word(1));
      case StubCommand.READ_FLASH:
        if (!sized(argumentBytes.readFlash)) return badLength();
        return this.readFlash(word(0), word(1), word(2));
      case StubCommand.RUN_USER_CODE:
        // esp-flasher-stub takes it and does nothing: no answer, and the stub keeps running.
        return loaderStep([], { kind: 'none' }, 'stub: RUN_USER_CODE is not answered; the stub keeps running');
      default:
        return this.fail(op, StubError.INVALID_COMMAND, 'a command the stub does not have');
    }
  }

  private begin(op: number, size: number, offset: number): RomStep {
    this.dispose();
    const compressed = op === RomCommand.FLASH_DEFL_BEGIN;
    // No erase yet: the sectors from the one holding `offset` are erased as the writes reach them.
    this.session = {
      compressed,
      address: offset,
      remaining: size,
      erasedTo: offset - (offset % sectorBytes),
      ...(compressed ? { inflater: createInflate() } : {}),
    };
    return this.ok(op);
  }

  /** Header and checksum of a data block, as the stub checks them before answering; the block, or the refusal. */
  private arrived(op: number, data: Uint8Array, checksum: number, shortCode: number, longCode: number): Uint8Array | RomStep {
    if (data.length < 16) return this.fail(op, shortCode, `${data.length} bytes, shorter than a data block's header`);
    const session = this.session;
    if (session === undefined || session.compressed !== (op === RomCommand.FLASH_DEFL_DATA))
      return this.fail(
        op,
        StubError.NOT_IN_FLASH_MODE,
        `no ${op === RomCommand.FLASH_DATA ? 'FLASH_BEGIN' : 'FLASH_DEFL_BEGIN'} before it`,
      );
    const packet = this.state.arrivedBlock(data, checksum);
    if (packet === undefined) return this.fail(op, shortCode, 'no data block header');
    if (op === RomCommand.FLASH_DATA ? packet.length !== packet.block.length : packet.length > packet.block.length)
      return this.fail(op, longCode, `block of ${packet.block.length} bytes announced as ${packet.length}`);
    // No sequence check: a block resent after a checksum refusal is simply taken.
    if (!packet.checksumMatches)
      return this.fail(op, StubError.BAD_DATA_CHECKSUM, `block ${packet.sequence}: checksum does not match its data`);
    return packet.block.subarray(0, packet.length);
  }

  private flashData(data: Uint8Array, checksum: number): RomStep {
    const op = RomCommand.FLASH_DATA;
    const block = this.arrived(op, data, checksum, StubError.NOT_ENOUGH_DATA, StubError.TOO_MUCH_DATA);
    if (!(block instanceof Uint8Array)) return block;
    const session = this.session;
    const step = this.ok(op);
    // After the answer: the part of the block that is still the file's (the last block's 0xff padding is not written).
    if (session !== undefined) this.write(session, block.subarray(0, Math.max(0, Math.min(block.length, session.remaining))));
    return step;
  }

  private async deflData(data: Uint8Array, checksum: number): Promise<RomStep> {
    const op = RomCommand.FLASH_DEFL_DATA;
    const block = this.arrived(op, data, checksum, StubError.BAD_DATA_LEN, StubError.BAD_DATA_LEN);
    if (!(block instanceof Uint8Array)) return block;
    const session = this.session;
    const step = this.ok(op);
    if (session?.inflater === undefined) return step;
    // After the answer: inflate and write; an error waits for the next command.
    try {
      this.write(session, await inflateMore(session.inflater, block));
    } catch (thrown) {
      this.dispose();
      this.defer(StubError.INFLATE_ERROR, `inflating the compressed data failed: ${(thrown as Error).message}`);
    }
    return step;
  }

  /** Writes at the session's place, erasing each sector as the write first reaches it; errors are deferred. */
  private write(session: StubSession, bytes: Uint8Array): void {
    const length = Math.max(0, Math.min(bytes.length, session.remaining));
    session.remaining -= bytes.length;
    this.state.flashWrites += 1;
    if (this.state.failNextWrite) {
      // These bytes are lost; the ones after them still go where they belong.
      this.state.failNextWrite = false;
      this.defer(StubError.FAILED_SPI_OP, `writing ${length} bytes at ${hex(session.address)} failed (fail-next-write)`);
      session.address += length;
      return;
    }
    const end = session.address + length;
    if (end > this.state.flash.length) {
      this.defer(StubError.FAILED_SPI_OP, `a write to ${hex(session.address)}+${length} runs past the end of flash`);
      return;
    }
    for (; session.erasedTo < end; session.erasedTo += sectorBytes) this.state.erase(session.erasedTo / sectorBytes, 1);
    this.state.program(session.address, bytes.subarray(0, length));
    session.address = end;
  }

  private end(op: number, rightLength: boolean): RomStep {
    if (!rightLength) return this.fail(op, StubError.BAD_DATA_LEN, 'FLASH_END takes one word');
    const session = this.session;
    if (session === undefined) return this.fail(op, StubError.NOT_IN_FLASH_MODE, 'no flash session to end');
    this.dispose();
    // The size BEGIN announced must be exactly what was written (a ROM-style size rounded up to whole blocks is not).
    if (session.remaining !== 0)
      return this.fail(
        op,
        StubError.BAD_DATA_LEN,
        session.remaining > 0 ? `${session.remaining} announced bytes never came` : `${-session.remaining} bytes more than announced`,
      );
    // The reboot flag is not acted on (a TODO in esp-flasher-stub v1.x): the stub keeps running.
    return this.ok(op);
  }

  private changeBaud(rightLength: boolean, baud: number, oldBaud: number): RomStep {
    const op = RomCommand.CHANGE_BAUDRATE;
    if (!rightLength) return this.fail(op, StubError.BAD_DATA_LEN, 'CHANGE_BAUDRATE takes the new and the old baud');
    // Not a check the stub makes: a line at no baud cannot be paced.
    if (baud < 300) return this.fail(op, StubError.BAD_DATA_LEN, `baud ${baud}`);
    const line = this.state.baud;
    this.state.baud = baud;
    // esp-flasher-stub v1.x ignores the old baud (the older stub computed its divider from it): logged so a client's word can be checked.
    const said = oldBaud === line ? `the old baud ${oldBaud} as sent` : `old-baud word ${oldBaud}, though the line ran at ${line}`;
    return this.ok(op, undefined, { kind: 'baud', baud }, `stub: CHANGE_BAUDRATE to ${baud} (${said}); answered at ${line}`);
  }

  private securityInfo(): RomStep {
    const op = RomCommand.GET_SECURITY_INFO;
    const bytes = this.state.chip.securityInfoBytes;
    // The ESP8266's and ESP32's stubs have no security info (esp-stub-lib: not supported).
    if (bytes === undefined) return this.fail(op, StubError.CMD_NOT_IMPLEMENTED, `no security info on the ${this.state.chip.name}`);
    const info = new Uint8Array(bytes);
    if (bytes >= 20) new DataView(info.buffer).setUint32(12, this.state.chip.imageChipId ?? 0, true);
    return this.ok(op, info);
  }

  private memData(data: Uint8Array): RomStep {
    const op = RomCommand.MEM_DATA;
    if (data.length < 16) return this.fail(op, StubError.BAD_DATA_LEN, 'shorter than a data block header');
    const ram = this.ram;
    if (ram === undefined) return this.fail(op, StubError.NOT_IN_FLASH_MODE, 'MEM_DATA without MEM_BEGIN');
    // The stub does not check MEM_DATA's checksum.
    const block = data.subarray(16);
    if (ram.received + block.length > ram.size)
      return this.fail(op, StubError.TOO_MUCH_DATA, `more than the ${ram.size} bytes MEM_BEGIN announced`);
    this.state.writeRam(block);
    ram.received += block.length;
    return this.ok(op);
  }

  private eraseRegion(rightLength: boolean, offset: number, size: number): RomStep {
    const op = StubCommand.ERASE_REGION;
    if (!rightLength) return this.fail(op, StubError.BAD_DATA_LEN, 'ERASE_REGION takes an offset and a size');
    if (offset % sectorBytes !== 0 || size % sectorBytes !== 0)
      return this.fail(op, StubError.BAD_DATA_LEN, `${hex(offset)}+${hex(size)} is not whole 4 KiB sectors`);
    if (offset + size > this.state.flash.length)
      return this.fail(op, StubError.FAILED_SPI_OP, `${hex(offset)}+${hex(size)} runs past the end of flash`);
    // Erased before the answer.
    this.state.erase(offset / sectorBytes, size / sectorBytes);
    return this.ok(op);
  }

  private readFlash(offset: number, length: number, packetBytes: number): RomStep {
    const op = StubCommand.READ_FLASH;
    const answer = this.reply(op);
    // The answer goes first; the checks belong to the streaming after it, so their errors wait for the next command.
    if (packetBytes === 0 || packetBytes > stubReadPacketLimit) {
      this.defer(StubError.BAD_DATA_LEN, `READ_FLASH packets of ${packetBytes} bytes (1 to ${stubReadPacketLimit})`);
      return loaderStep([answer]);
    }
    if (offset + length > this.state.flash.length) {
      this.defer(StubError.FAILED_SPI_OP, `READ_FLASH of ${hex(offset)}+${hex(length)} runs past the end of flash`);
      return loaderStep([answer]);
    }
    const reading = new StubFlashRead(this.state.flash, offset, length, packetBytes);
    const first = reading.start();
    this.reading = reading.done ? undefined : reading;
    return { responses: [answer], frames: [first], after: { kind: 'none' } };
  }

  private acknowledged(frame: Uint8Array): RomStep {
    const reading = this.reading;
    if (reading === undefined) return loaderStep([]);
    const next = reading.ack(frame);
    if (reading.done) this.reading = undefined;
    const step: RomStep = { responses: [], frames: [next.frame], after: { kind: 'none' } };
    return next.note === undefined ? step : { ...step, note: `stub: ${next.note}` };
  }
}
