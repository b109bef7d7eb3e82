import { createHash } from 'node:crypto';
import { createInflate, type Inflate } from 'node:zlib';
import { romHasCommand, type EspChip } from '../../flash/esp/chips.js';
import { decodeRequest, encodeResponse, RomCommand, RomError, romStatus, syncPayload } from '../../flash/esp/rom-protocol.js';
import { stubImageFor, stubSource } from '../../flash/esp/stub-images.js';
import { sectorBytes, type EspChipState } from './esp-chip-state.js';
import { loaderStep, type EspLoader, type RomAfter, type RomStep } from './esp-loader-step.js';
import { inflateMore } from './inflate-stream.js';

/** The value the ROM puts in its SYNC answers (a flasher stub answers 0, which is how clients tell them apart). */
const romSyncValue = 0x20120707;
/** How many times the ROM answers one SYNC, and repeats its refusal of a command it lacks (esptool and esptool-js read or drain that many). */
const repeatedAnswers = 8;
/** READ_FLASH_SLOW's answer: always the whole 64-byte buffer, whatever length was asked for. */
const slowReadBytes = 64;

interface FlashSession {
  compressed: boolean;
  offset: number;
  blockBytes: number;
  blocks: number;
  nextSequence: number;
  /** Compressed sessions: the zlib stream being inflated, and how much of its output is written. */
  inflater?: Inflate;
  inflated: number;
}

interface RamSession {
  address: number;
  size: number;
  blockBytes: number;
  nextSequence: number;
  received: number;
}

/**
 * An ESP's serial ROM loader as a command machine over decoded SLIP packets: on the chip's state
 * (flash, registers, RAM: esp-chip-state.ts) it answers each request as the chip's ROM does — its status length, the
 * commands it has, the checks it makes (checksums, sequence numbers, block sizes, sessions begun
 * before data, zlib streams that inflate) — and says when the answer should change the baud rate
 * or leave the loader — or, after MEM_END into the flasher stub's image, hand over to the stub
 * (esp-stub.ts). Like the ROM's, its answers carry the last value it produced (a SYNC's, a
 * READ_REG's) in the value field, and refuse unknown commands under the last answered opcode.
 */
export class EspRom implements EspLoader {
  readonly state: EspChipState;
  private session: FlashSession | undefined;
  private ram: RamSession | undefined;
  /** The opcode and value of the last answer: the ROM's response buffer keeps them between commands. */
  private lastOp = 0;
  private lastValue = 0;

  constructor(state: EspChipState) {
    this.state = state;
  }

  get chip(): EspChip {
    return this.state.chip;
  }

  get flash(): Uint8Array {
    return this.state.flash;
  }

  /** The chip was reset: the loader starts over at the ROM baud, with no session and fresh registers. */
  reset(): void {
    this.session?.inflater?.destroy();
    this.session = undefined;
    this.ram = undefined;
    this.state.reset();
    this.lastOp = 0;
    this.lastValue = 0;
  }

  private reply(op: number, data: Uint8Array = new Uint8Array(0), failedWith?: number): Uint8Array {
    const status = romStatus(this.chip.statusBytes, failedWith);
    const body = new Uint8Array(data.length + status.length);
    body.set(data);
    body.set(status, data.length);
    this.lastOp = op;
    return encodeResponse(op, this.lastValue, body);
  }

  private step(responses: Uint8Array[], after: RomAfter = { kind: 'none' }, note?: string): RomStep {
    return loaderStep(responses, after, note);
  }

  private fail(op: number, code: number, note: string): RomStep {
    return this.step([this.reply(op, new Uint8Array(0), code)], { kind: 'none' }, note);
  }

  /**
   * A command this ROM lacks, or a packet it cannot read: "invalid message", sent several times
   * and under the opcode its response buffer last held, not the request's — which is how esptool
   * and esptool-js tell an unsupported command from a failed one.
   */
  private refuse(note: string): RomStep {
    const op = this.lastOp;
    const refusal = encodeResponse(op, this.lastValue, Uint8Array.from([...romStatus(this.chip.statusBytes, RomError.INVALID_MESSAGE)]));
    return this.step(
      Array.from({ length: repeatedAnswers }, () => refusal),
      { kind: 'none' },
      note,
    );
  }

  async handle(packet: Uint8Array): Promise<RomStep> {
    const request = decodeRequest(packet);
    if (request === undefined) return this.refuse('unreadable packet');
    const { op, data } = request;
    if (!romHasCommand(this.chip, op)) return this.refuse(`command 0x${op.toString(16)} is not in the ${this.chip.name} ROM`);
    if (request.size !== data.length)
      return this.fail(op, RomError.INVALID_MESSAGE, `packet of ${data.length} data bytes announced as ${request.size}`);
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const word = (index: number): number => (data.length >= (index + 1) * 4 ? view.getUint32(index * 4, true) : 0);
    switch (op) {
      case RomCommand.SYNC: {
        if (data.length !== syncPayload.length || !data.every((byte, index) => byte === syncPayload[index])) {
          return this.fail(op, RomError.INVALID_MESSAGE, 'malformed SYNC');
        }
        this.lastValue = romSyncValue;
        return this.step(Array.from({ length: repeatedAnswers }, () => this.reply(op)));
      }
      case RomCommand.READ_REG:
        this.lastValue = this.state.readRegister(word(0));
        return this.step([this.reply(op)]);
      case RomCommand.WRITE_REG:
        this.state.writeRegister(word(0), word(1), word(2));
        return this.step([this.reply(op)]);
      case RomCommand.SPI_ATTACH:
      case RomCommand.SPI_SET_PARAMS:
        return this.step([this.reply(op)]);
      case RomCommand.FLASH_BEGIN:
      case RomCommand.FLASH_DEFL_BEGIN:
        return this.begin(op, word(0), word(1), word(2), word(3), data.length);
      case RomCommand.FLASH_DATA:
      case RomCommand.FLASH_DEFL_DATA:
        return this.data(op, data, request.checksum);
      case RomCommand.FLASH_END:
      case RomCommand.FLASH_DEFL_END: {
        if (this.session === undefined) return this.fail(op, RomError.FAILED_TO_ACT, 'end without a flash session');
        this.session.inflater?.destroy();
        this.session = undefined;
        // Either value leaves the loader: 0 reboots the chip, 1 runs the user code in flash. This is
        // why esptool never sends it to a ROM after writing (it would verify a chip that left).
        return word(0) === 0
          ? this.step([this.reply(op)], { kind: 'reboot' }, 'FLASH_END 0: the ROM reboots the chip')
          : this.step([this.reply(op)], { kind: 'run' }, 'FLASH_END 1: the ROM leaves its loader to run the user code in flash');
      }
      case RomCommand.SPI_FLASH_MD5: {
        const address = word(0);
        const length = word(1);
        if (address + length > this.flash.length) return this.fail(op, RomError.FLASH_READ, 'MD5 past the end of flash');
        // The ROM answers the digest as 32 lowercase ASCII hex digits (a flasher stub sends 16 raw bytes).
        const digest = createHash('md5')
          .update(this.flash.subarray(address, address + length))
          .digest('hex');
        return this.step([this.reply(op, Buffer.from(digest, 'latin1'))]);
      }
      case RomCommand.READ_FLASH_SLOW: {
        const address = word(0);
        const length = word(1);
        if (length > slowReadBytes)
          return this.fail(op, RomError.FLASH_READ_LENGTH, `READ_FLASH_SLOW of ${length} bytes (at most ${slowReadBytes})`);
        if (address + length > this.flash.length) return this.fail(op, RomError.FLASH_READ, 'read past the end of flash');
        const buffer = new Uint8Array(slowReadBytes);
        buffer.set(this.flash.subarray(address, address + length));
        return this.step([this.reply(op, buffer)]);
      }
      case RomCommand.CHANGE_BAUDRATE: {
        const baud = word(0);
        if (baud < 300 || baud > 5_000_000) return this.fail(op, RomError.INVALID_PARAMETER, `baud ${baud} refused`);
        // Answered at the old baud; the line switches once the answer is out.
        this.state.baud = baud;
        return this.step([this.reply(op)], { kind: 'baud', baud });
      }
      case RomCommand.GET_SECURITY_INFO: {
        // Flags (no secure boot, no encryption), crypt count, seven key purposes, then (from the S3 on) chip id and API version.
        const info = new Uint8Array(this.chip.securityInfoBytes ?? 20);
        if (info.length >= 20) new DataView(info.buffer).setUint32(12, this.chip.imageChipId ?? 0, true);
        return this.step([this.reply(op, info)]);
      }
      case RomCommand.MEM_BEGIN:
        this.ram = { size: word(0), blockBytes: word(2), address: word(3), nextSequence: 0, received: 0 };
        this.state.beginRam(word(3));
        return this.step([this.reply(op)]);
      case RomCommand.MEM_DATA:
        return this.memData(data, request.checksum);
      case RomCommand.MEM_END:
        this.ram = undefined;
        return word(0) === 0 && word(1) !== 0 ? this.jump(word(1)) : this.step([this.reply(op)]);
      default:
        return this.refuse(`command 0x${op.toString(16)}`);
    }
  }

  private begin(op: number, size: number, blocks: number, blockBytes: number, offset: number, argumentBytes: number): RomStep {
    // Four words, and on ROMs from the ESP32-S2 on a fifth (encrypted write), which they also do without.
    const wantsEncryptedFlag = this.chip.beginTakesEncryptedFlag;
    if (argumentBytes !== 16 && !(wantsEncryptedFlag && argumentBytes === 20))
      return this.fail(
        op,
        RomError.INVALID_MESSAGE,
        `${op === RomCommand.FLASH_BEGIN ? 'FLASH_BEGIN' : 'FLASH_DEFL_BEGIN'} with ${argumentBytes} bytes of arguments`,
      );
    if (offset % sectorBytes !== 0 || offset + size > this.flash.length)
      return this.fail(op, RomError.FAILED_TO_ACT, `region 0x${offset.toString(16)}+${size} is not in flash`);
    this.session?.inflater?.destroy();
    const startSector = offset / sectorBytes;
    const sectors = Math.ceil(size / sectorBytes);
    if (op === RomCommand.FLASH_BEGIN && this.chip.eraseSizeQuirk) {
      // The ESP8266 ROM's erase: as many sectors as asked for, plus as many again up to the next
      // 64 KiB block boundary — which is why clients ask it for less (esptool's get_erase_size).
      const head = Math.min(sectors, 16 - (startSector % 16));
      this.state.erase(startSector, head + sectors);
    } else {
      this.state.erase(startSector, sectors);
    }
    const compressed = op === RomCommand.FLASH_DEFL_BEGIN;
    this.session = {
      compressed,
      offset,
      blockBytes,
      blocks,
      nextSequence: 0,
      inflated: 0,
      ...(compressed ? { inflater: createInflate() } : {}),
    };
    return this.step([this.reply(op)]);
  }

  /** The checks every data block goes through; the block as it arrived (noise injected, if asked), or the refusal. */
  private checkBlock(
    op: number,
    data: Uint8Array,
    checksum: number,
    maxBytes: number,
    nextSequence: number,
  ): { block: Uint8Array; sequence: number } | RomStep {
    const packet = this.state.arrivedBlock(data, checksum);
    if (packet === undefined) return this.fail(op, RomError.INVALID_MESSAGE, 'data block without its header');
    const block = packet.block;
    // The ROM takes blocks of up to 1 KiB (16 KiB ones are for the flasher stubs) and of the length announced.
    if (packet.length !== block.length || packet.length > maxBytes) {
      return this.fail(op, RomError.INVALID_MESSAGE, `block of ${block.length} bytes announced as ${packet.length} (at most ${maxBytes})`);
    }
    if (!packet.checksumMatches)
      return this.fail(
        op,
        RomError.INVALID_CRC,
        `block ${packet.sequence}: checksum 0x${(checksum & 0xff).toString(16)} does not match its data`,
      );
    if (packet.sequence !== nextSequence)
      return this.fail(op, RomError.FAILED_TO_ACT, `block ${packet.sequence} where ${nextSequence} was expected`);
    return { block, sequence: packet.sequence };
  }

  private async data(op: number, data: Uint8Array, checksum: number): Promise<RomStep> {
    const session = this.session;
    if (session === undefined || session.compressed !== (op === RomCommand.FLASH_DEFL_DATA))
      return this.fail(op, RomError.FAILED_TO_ACT, 'data without its BEGIN');
    const checked = this.checkBlock(op, data, checksum, Math.min(session.blockBytes, this.chip.romFlashBlockBytes), session.nextSequence);
    if ('responses' in checked) return checked;
    const { block, sequence } = checked;
    if (session.inflater !== undefined) {
      let out: Uint8Array;
      try {
        out = await inflateMore(session.inflater, block);
      } catch (thrown) {
        this.session = undefined;
        return this.fail(op, RomError.DEFLATE, `inflate failed: ${(thrown as Error).message}`);
      }
      if (!this.state.program(session.offset + session.inflated, out))
        return this.fail(op, RomError.FLASH_WRITE, 'write past the end of flash');
      session.inflated += out.length;
    } else {
      // Uncompressed blocks are whole: the last one padded with 0xff.
      if (block.length !== session.blockBytes)
        return this.fail(op, RomError.INVALID_MESSAGE, `block of ${block.length} bytes, not ${session.blockBytes}`);
      if (!this.state.program(session.offset + sequence * session.blockBytes, block))
        return this.fail(op, RomError.FLASH_WRITE, 'write past the end of flash');
    }
    session.nextSequence += 1;
    this.state.flashWrites += 1;
    return this.step([this.reply(op)]);
  }

  private memData(data: Uint8Array, checksum: number): RomStep {
    const op = RomCommand.MEM_DATA;
    const ram = this.ram;
    if (ram === undefined) return this.fail(op, RomError.FAILED_TO_ACT, 'MEM_DATA without MEM_BEGIN');
    const checked = this.checkBlock(op, data, checksum, this.chip.romRamBlockBytes, ram.nextSequence);
    if ('responses' in checked) return checked;
    if (ram.received + checked.block.length > ram.size)
      return this.fail(op, RomError.INVALID_RAM_SIZE, `more than the ${ram.size} bytes MEM_BEGIN announced`);
    // The bytes go to RAM, where MEM_END looks for a flasher stub this board models.
    this.state.writeRam(checked.block);
    ram.received += checked.block.length;
    ram.nextSequence += 1;
    return this.step([this.reply(op)]);
  }

  /**
   * MEM_END into RAM. The one code this board can stand in for is Espressif's flasher stub, and
   * only as published: text and data where the image puts them, byte for byte, and the jump to its
   * entry. Anything else (an altered stub, other code) cannot run here, so nothing answers after it.
   */
  private jump(entry: number): RomStep {
    const op = RomCommand.MEM_END;
    const stub = stubImageFor(this.chip.name);
    const isStub =
      stub !== undefined &&
      entry === stub.entry &&
      this.state.ramHolds(stub.textStart, stub.text) &&
      this.state.ramHolds(stub.dataStart, stub.data);
    const to = `0x${entry.toString(16)}`;
    if (isStub && this.state.refuseStub) {
      this.state.refuseStub = false;
      return this.step(
        [this.reply(op)],
        { kind: 'halt', entry },
        `MEM_END jumps to the flasher stub at ${to}, which does not start (refuse-stub: as in secure download mode), so nothing answers until the next reset`,
      );
    }
    if (isStub) return this.step([this.reply(op)], { kind: 'stub' }, `MEM_END jumps to ${to}: the flasher stub ${stubSource} runs`);
    return this.step(
      [this.reply(op)],
      { kind: 'halt', entry },
      `MEM_END jumps to ${to}: RAM does not hold a flasher stub this board models (${stubSource}), and a virtual board cannot execute code loaded to RAM, so nothing answers (no OHAI) until the next reset`,
    );
  }
}
