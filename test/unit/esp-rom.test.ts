import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import { chipById, chipByMagic, macFromWords, macToWords, romHasCommand } from '../../src/flash/esp/chips.js';
import {
  decodeDataPacket,
  decodeRequest,
  decodeResponse,
  encodeDataPacket,
  encodeRequest,
  espChecksum,
  isUnsupportedReply,
  RomCommand,
  RomError,
  responseStatus,
  syncPayload,
  type RomResponse,
} from '../../src/flash/esp/rom-protocol.js';
import { SlipDecoder, slipEncode } from '../../src/flash/esp/slip.js';
import { stubImageFor } from '../../src/flash/esp/stub-images.js';
import { maxBaudArgument } from '../../src/virtual/esp/esp-board-runner.js';
import { EspRom } from '../../src/virtual/esp/esp-rom.js';
import { PacedLine } from '../../src/virtual/esp/paced-line.js';
import { ask, block, chip, chipState, failure, loadAndJump, only, words } from '../harness/esp-loader.js';

/** A virtual ROM with erased 4 MB flash (unless given) and a fixed MAC. */
function rom(name: 'ESP8266' | 'ESP32', flash?: Uint8Array): EspRom {
  return new EspRom(chipState(name, flash));
}

describe('SLIP framing', () => {
  it('escapes 0xC0 and 0xDB and decodes frames split anywhere, reporting the bytes between frames as noise', () => {
    const payload = Uint8Array.of(1, 0xc0, 2, 0xdb, 3, 0xdc, 0xdd);
    const frame = slipEncode(payload);
    assert.deepEqual([...frame], [0xc0, 1, 0xdb, 0xdc, 2, 0xdb, 0xdd, 3, 0xdc, 0xdd, 0xc0]);
    const noise: string[] = [];
    const decoder = new SlipDecoder({ onNoise: (bytes) => noise.push(Buffer.from(bytes).toString('latin1')) });
    const stream = Buffer.concat([Buffer.from('ets Jun  8 2016\r\n'), frame, frame, Buffer.from('tail')]);
    const frames: Uint8Array[] = [];
    for (let at = 0; at < stream.length; at += 3) frames.push(...decoder.push(stream.subarray(at, at + 3)));
    assert.deepEqual(
      frames.map((decoded) => [...decoded]),
      [[...payload], [...payload]],
    );
    assert.equal(noise.join(''), 'ets Jun  8 2016\r\ntail');
  });

  it('takes two 0xC0 in a row as one frame ending and the next starting, never as an empty frame', () => {
    const decoder = new SlipDecoder();
    assert.deepEqual(
      decoder.push(Uint8Array.of(0xc0, 0xc0, 7, 0xc0, 0xc0, 8, 0xc0)).map((frame) => [...frame]),
      [[7], [8]],
    );
  });
});

describe('ROM packets', () => {
  it('encodes requests and responses little-endian, with the 0xEF-seeded checksum of the data block', () => {
    assert.equal(espChecksum(new Uint8Array(0)), 0xef);
    assert.equal(espChecksum(Uint8Array.of(0xef)), 0);
    const request = encodeRequest(RomCommand.FLASH_DATA, Uint8Array.of(1, 2, 3), 0x1234);
    assert.deepEqual([...request], [0x00, 0x03, 3, 0, 0x34, 0x12, 0, 0, 1, 2, 3]);
    assert.deepEqual(decodeRequest(request), { op: 3, size: 3, checksum: 0x1234, data: Uint8Array.of(1, 2, 3) });
    // An ESP8266 SYNC answer as traces show it: value 0x20120707, two status bytes.
    const response = decodeResponse(Uint8Array.of(0x01, 0x08, 0x02, 0x00, 0x07, 0x07, 0x12, 0x20, 0x00, 0x00));
    assert.deepEqual(response, { op: 8, value: 0x20120707, data: Uint8Array.of(0, 0) });
    assert.deepEqual(responseStatus(Uint8Array.of(1, 7, 0, 0)), { failed: true, code: RomError.INVALID_CRC, complete: true });
    const packet = decodeDataPacket(encodeDataPacket(Uint8Array.of(9, 9), 5));
    assert.deepEqual(packet, { length: 2, sequence: 5, block: Uint8Array.of(9, 9) });
  });
});

describe('chip table', () => {
  it('finds chips by magic value and by chip id, and knows which ROM commands exist', () => {
    assert.equal(chipByMagic(0xfff0c101)?.name, 'ESP8266');
    assert.equal(chipByMagic(0x00f01d83)?.name, 'ESP32');
    assert.equal(chipById(9)?.name, 'ESP32-S3');
    assert.equal(chipById(5)?.name, 'ESP32-C3');
    const esp8266 = chip('ESP8266');
    for (const op of [
      RomCommand.SPI_ATTACH,
      RomCommand.SPI_SET_PARAMS,
      RomCommand.CHANGE_BAUDRATE,
      RomCommand.FLASH_DEFL_BEGIN,
      RomCommand.SPI_FLASH_MD5,
      RomCommand.GET_SECURITY_INFO,
    ]) {
      assert.equal(romHasCommand(esp8266, op), false, `ESP8266 ROM has no 0x${op.toString(16)}`);
    }
    assert.equal(romHasCommand(chip('ESP32'), RomCommand.SPI_FLASH_MD5), true);
    assert.equal(romHasCommand(chip('ESP32'), RomCommand.GET_SECURITY_INFO), false);
    assert.equal(romHasCommand(chip('ESP32-S3'), RomCommand.GET_SECURITY_INFO), true);
  });

  it('lays a MAC out in each chip family’s eFuse words and reads it back', () => {
    for (const name of ['ESP8266', 'ESP32', 'ESP32-C3']) {
      const target = chip(name);
      const mac = name === 'ESP8266' ? [0x5c, 0xcf, 0x7f, 0x0a, 0x0b, 0x0c] : [0x24, 0x0a, 0xc4, 0x12, 0x34, 0x56];
      assert.deepEqual(macFromWords(target, macToWords(target, mac)), mac, name);
    }
    // An old ESP8266 with MAC3 zero: OUI 18:fe:34 from MAC1's choice bits.
    assert.deepEqual(macFromWords(chip('ESP8266'), [0xcc000000, 0x0000aabb, 0]), [0x18, 0xfe, 0x34, 0xaa, 0xbb, 0xcc]);
  });
});

describe('virtual ROM loader', () => {
  it('answers one SYNC eight times with a ROM value, in 2 status bytes on the ESP8266 and 4 on the ESP32', async () => {
    for (const [name, statusBytes] of [
      ['ESP8266', 2],
      ['ESP32', 4],
    ] as const) {
      const answers = await ask(rom(name), RomCommand.SYNC, syncPayload);
      assert.equal(answers.length, 8);
      for (const answer of answers) {
        assert.equal(answer.op, RomCommand.SYNC);
        assert.equal(answer.value, 0x20120707, 'a flasher stub would answer 0');
        assert.equal(answer.data.length, statusBytes);
        assert.equal(failure(answer), undefined);
      }
    }
  });

  it('reads the chip-detect magic and MAC registers', async () => {
    const target = rom('ESP8266');
    assert.equal((await only(target, RomCommand.READ_REG, words(0x40001000))).value, 0xfff0c101);
    const values = [];
    for (const address of chip('ESP8266').macWords) values.push((await only(target, RomCommand.READ_REG, words(address))).value);
    assert.deepEqual(macFromWords(chip('ESP8266'), values), [0x18, 0xfe, 0x34, 0x01, 0x02, 0x03]);
  });

  it('refuses a command the ESP8266 ROM lacks as the ROM does: invalid message, eight times, under another opcode', async () => {
    const target = rom('ESP8266');
    await ask(target, RomCommand.SYNC, syncPayload);
    for (const op of [RomCommand.SPI_FLASH_MD5, RomCommand.FLASH_DEFL_BEGIN, RomCommand.CHANGE_BAUDRATE, RomCommand.GET_SECURITY_INFO]) {
      const answers = await ask(target, op, words(0, 0, 0, 0));
      assert.equal(answers.length, 8);
      for (const answer of answers) {
        assert.ok(isUnsupportedReply(answer, op), `0x${op.toString(16)}: ${JSON.stringify(answer)}`);
        assert.equal(answer.data.length, 2);
      }
    }
  });

  it('writes FLASH_DATA blocks: a bad checksum, a wrong sequence number and an oversized block are refused with the ROM’s codes', async () => {
    const target = rom('ESP32');
    const data = new Uint8Array(0x400).map((_, index) => index & 0xff);
    assert.equal(
      failure(await only(target, RomCommand.FLASH_DATA, encodeDataPacket(data, 0), espChecksum(data))),
      RomError.FAILED_TO_ACT,
      'no FLASH_BEGIN yet',
    );
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x800, 2, 0x400, 0x20000))), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DATA, data, 0, espChecksum(data) ^ 1)), RomError.INVALID_CRC);
    assert.equal(failure(await block(target, RomCommand.FLASH_DATA, data, 1)), RomError.FAILED_TO_ACT, 'block 1 before block 0');
    assert.equal(failure(await block(target, RomCommand.FLASH_DATA, data, 0)), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DATA, data, 1)), undefined);
    assert.deepEqual(target.flash.subarray(0x20000, 0x20400), data);
    assert.deepEqual(target.flash.subarray(0x20400, 0x20800), data);
    // The ROM takes blocks of up to 1 KiB; 16 KiB ones are the flasher stub's.
    const big = new Uint8Array(0x4000);
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x4000, 1, 0x4000, 0x30000))), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DATA, big, 0)), RomError.INVALID_MESSAGE);
    // The ESP32 ROM takes four FLASH_BEGIN words (a fifth is for the S2 and later).
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x400, 1, 0x400, 0x30000, 0))), RomError.INVALID_MESSAGE);
  });

  it('inflates FLASH_DEFL_DATA as it comes, and answers a broken stream with the deflate error', async () => {
    const target = rom('ESP32');
    const image = new Uint8Array(20_000).map((_, index) => (index * 31) % 253);
    const compressed = deflateSync(image);
    const blocks = Math.ceil(compressed.length / 0x400);
    assert.equal(
      failure(await only(target, RomCommand.FLASH_DEFL_BEGIN, words(Math.ceil(image.length / 0x400) * 0x400, blocks, 0x400, 0x10000))),
      undefined,
    );
    for (let sequence = 0; sequence < blocks; sequence += 1) {
      assert.equal(
        failure(await block(target, RomCommand.FLASH_DEFL_DATA, compressed.subarray(sequence * 0x400, (sequence + 1) * 0x400), sequence)),
        undefined,
      );
    }
    assert.deepEqual(target.flash.subarray(0x10000, 0x10000 + image.length), image);
    const md5 = await only(target, RomCommand.SPI_FLASH_MD5, words(0x10000, image.length, 0, 0));
    assert.equal(
      Buffer.from(md5.data.subarray(0, 32)).toString('latin1'),
      createHash('md5').update(image).digest('hex'),
      'the ROM answers 32 hex digits',
    );
    assert.equal(md5.data.length, 36);

    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_BEGIN, words(0x1000, 1, 0x400, 0x40000))), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, Buffer.from('this is no zlib stream'), 0)), RomError.DEFLATE);
  });

  it('erases on FLASH_BEGIN as the ESP8266 ROM does: the asked sectors, plus as many again up to the next 64 KiB block', async () => {
    const target = rom('ESP8266', new Uint8Array(4 * 1024 * 1024));
    // Asked for 2 sectors at 0x0, it erases 4; esptool's workaround asks for 1 to get 2.
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x2000, 8, 0x400, 0x0))), undefined);
    assert.equal(
      target.flash.subarray(0, 0x4000).every((byte) => byte === 0xff),
      true,
    );
    assert.equal(target.flash[0x4000], 0);
    // At 0xe000 only 2 sectors are left in the block: asked for 20, it erases 22.
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(20 * 0x1000, 80, 0x400, 0xe000))), undefined);
    assert.equal(
      target.flash.subarray(0xe000, 0xe000 + 22 * 0x1000).every((byte) => byte === 0xff),
      true,
    );
    assert.equal(target.flash[0xe000 + 22 * 0x1000], 0);
  });

  it('runs RDID and READ through the SPI controller registers, as a client reads an ESP8266’s flash', async () => {
    const flash = new Uint8Array(4 * 1024 * 1024).fill(0xff);
    flash.set(Uint8Array.of(0xe9, 3, 2, 0x40), 0x1000);
    const target = rom('ESP8266', flash);
    const spi = chip('ESP8266').spi;
    const write = (offset: number, value: number): Promise<RomResponse> =>
      only(target, RomCommand.WRITE_REG, words(spi.base + offset, value, 0xffffffff, 0));
    const read = async (offset: number): Promise<number> => (await only(target, RomCommand.READ_REG, words(spi.base + offset))).value;
    // RDID: 24 bits in, no address (USR1 holds the MISO bit length on the ESP8266).
    await write(spi.usr1, 23 << 8);
    await write(spi.usr, (1 << 31) | (1 << 28));
    await write(spi.usr2, (7 << 28) | 0x9f);
    await write(spi.cmd, 1 << 18);
    assert.equal((await read(spi.cmd)) & (1 << 18), 0, 'the command is done');
    assert.equal((await read(spi.w0)) & 0xffffff, 0x1640ef, 'capacity byte 0x16: 4 MB');
    // READ 0x03 at 0x1000, 32 bits, a 24-bit address sent from the register's top.
    await write(spi.usr1, (23 << 26) | (31 << 8));
    await write(spi.usr, (1 << 31) | (1 << 30) | (1 << 28));
    await write(spi.usr2, (7 << 28) | 0x03);
    await write(spi.addr, 0x1000 << 8);
    await write(spi.cmd, 1 << 18);
    assert.equal(await read(spi.w0), 0x400203e9);
  });

  it('leaves the loader on FLASH_END (0 reboots, 1 runs the user code) and stops answering after MEM_END jumps to RAM', async () => {
    const target = rom('ESP32');
    await only(target, RomCommand.FLASH_BEGIN, words(0, 0, 0x400, 0));
    assert.equal((await target.handle(encodeRequest(RomCommand.FLASH_END, words(1)))).after.kind, 'run');
    await only(target, RomCommand.FLASH_BEGIN, words(0, 0, 0x400, 0));
    assert.equal((await target.handle(encodeRequest(RomCommand.FLASH_END, words(0)))).after.kind, 'reboot');
    await only(target, RomCommand.MEM_BEGIN, words(4, 1, 0x1800, 0x40090000));
    assert.equal(failure(await block(target, RomCommand.MEM_DATA, Uint8Array.of(1, 2, 3, 4), 0, 0)), RomError.INVALID_CRC);
    assert.equal(failure(await block(target, RomCommand.MEM_DATA, Uint8Array.of(1, 2, 3, 4), 0)), undefined);
    const end = await target.handle(encodeRequest(RomCommand.MEM_END, words(0, 0x40090000)));
    assert.deepEqual(end.after, { kind: 'halt', entry: 0x40090000 });
  });

  it('starts the flasher stub when RAM holds the published image byte for byte and MEM_END jumps to its entry; anything else halts', async () => {
    for (const name of ['ESP8266', 'ESP32'] as const) {
      const image = stubImageFor(name);
      assert.ok(image);
      const segments = [
        { address: image.textStart, bytes: image.text },
        { address: image.dataStart, bytes: image.data },
      ];
      const started = await loadAndJump(rom(name), segments, image.entry);
      assert.deepEqual(started.after, { kind: 'stub' }, name);
      assert.match(started.note ?? '', /esp-flasher-stub v1\.2\.2/);
      assert.equal(failure(decodeResponse(started.responses[0]!)!), undefined);

      // One byte of the text altered: not the stub this board models, so nothing can run it.
      const altered = Uint8Array.from(image.text);
      altered[altered.length >> 1] = (altered[altered.length >> 1] ?? 0) ^ 0x01;
      const alteredStep = await loadAndJump(rom(name), [{ address: image.textStart, bytes: altered }, segments[1]!], image.entry);
      assert.deepEqual(alteredStep.after, { kind: 'halt', entry: image.entry }, `${name}: altered text`);
      // The right image, but entered elsewhere; and the data segment never loaded.
      assert.equal((await loadAndJump(rom(name), segments, image.entry + 4)).after.kind, 'halt');
      assert.equal((await loadAndJump(rom(name), segments.slice(0, 1), image.entry)).after.kind, 'halt');
    }
  });

  it('halts instead of starting the stub once after refuse-stub (secure download mode)', async () => {
    const image = stubImageFor('ESP32');
    assert.ok(image);
    const segments = [
      { address: image.textStart, bytes: image.text },
      { address: image.dataStart, bytes: image.data },
    ];
    const target = rom('ESP32');
    target.state.refuseStub = true;
    const refused = await loadAndJump(target, segments, image.entry);
    assert.equal(refused.after.kind, 'halt');
    assert.match(refused.note ?? '', /refuse-stub/);
    assert.equal(target.state.refuseStub, false, 'one stub start refused, not every one');
    target.reset();
    assert.equal((await loadAndJump(target, segments, image.entry)).after.kind, 'stub');
  });
});

describe('the virtual line', () => {
  /** Sends bytes down a line and resolves, once their time on it is up, with what arrived meanwhile. */
  function across(line: PacedLine, arrived: number[][], bytes: number[]): Promise<number[][]> {
    return new Promise((resolve) => line.send(Uint8Array.from(bytes), () => resolve(arrived.splice(0))));
  }

  it('carries nothing above max-baud, taking the same time, and everything again once the baud (or the limit) allows', async () => {
    const arrived: number[][] = [];
    const line = new PacedLine(921600, (bytes) => arrived.push([...bytes]));
    assert.deepEqual(await across(line, arrived, [1, 2, 3]), [[1, 2, 3]], 'no limit: all of it');
    line.maxBaud = 460800;
    assert.deepEqual(await across(line, arrived, [4, 5, 6]), [], 'above the limit: nothing, though what comes after still runs');
    line.baud = 460800;
    assert.deepEqual(await across(line, arrived, [7]), [[7]], 'at the limit: all of it');
    line.baud = 921600;
    line.maxBaud = undefined;
    assert.deepEqual(await across(line, arrived, [8]), [[8]], 'the limit removed');
  });

  it('reads max-baud: a baud above 0, none or 0 to remove the limit, anything else refused', () => {
    assert.equal(maxBaudArgument({ baud: 460800 }), 460800);
    for (const none of [{}, { baud: 0 }, { baud: null }]) assert.equal(maxBaudArgument(none), undefined);
    for (const wrong of [{ baud: -1 }, { baud: 1.5 }, { baud: '460800' }])
      assert.match(String(maxBaudArgument(wrong)), /max-baud takes \{"baud": N\}/);
  });
});
