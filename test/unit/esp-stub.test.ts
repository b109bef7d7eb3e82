import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import {
  decodeResponse,
  encodeDataPacket,
  encodeRequest,
  espChecksum,
  RomCommand,
  stubFlashBlockBytes,
  StubCommand,
  StubError,
  syncPayload,
} from '../../src/flash/esp/rom-protocol.js';
import type { RomStep } from '../../src/virtual/esp/esp-loader-step.js';
import { EspStub } from '../../src/virtual/esp/esp-stub.js';
import { ask, block, chipState, failure, only, words } from '../harness/esp-loader.js';

/** A running flasher stub on a chip with 4 MB of flash (erased unless given). */
function stub(name: 'ESP8266' | 'ESP32', flash?: Uint8Array): EspStub {
  return new EspStub(chipState(name, flash));
}

/** Data that compresses as firmware does, not random bytes. */
const sample = (length: number): Uint8Array => new Uint8Array(length).map((_, index) => (index * 31 + (index >> 7)) % 251);

const md5 = (bytes: Uint8Array): Buffer => createHash('md5').update(bytes).digest();

/** A compressed download as esptool-js sends it to a stub: the exact size, 16 KiB blocks of the zlib stream. */
async function deflWrite(target: EspStub, offset: number, image: Uint8Array, announced = image.length): Promise<void> {
  const compressed = deflateSync(image, { level: 9 });
  const blocks = Math.ceil(compressed.length / stubFlashBlockBytes);
  assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_BEGIN, words(announced, blocks, stubFlashBlockBytes, offset))), undefined);
  for (let sequence = 0; sequence < blocks; sequence += 1) {
    const part = compressed.subarray(sequence * stubFlashBlockBytes, (sequence + 1) * stubFlashBlockBytes);
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, part, sequence)), undefined);
  }
}

/** The raw frames of a step (READ_FLASH's data and digest). */
const frames = (step: RomStep): Uint8Array[] => step.frames ?? [];

describe('virtual flasher stub', () => {
  it('answers under the request’s opcode with value 0 and two status bytes; SYNC eight times, READ_REG with the register', async () => {
    const target = stub('ESP32');
    const syncs = await ask(target, RomCommand.SYNC, syncPayload);
    assert.equal(syncs.length, 8);
    for (const answer of syncs) assert.deepEqual(answer, { op: RomCommand.SYNC, value: 0, data: Uint8Array.of(0, 0) });
    const magic = await only(target, RomCommand.READ_REG, words(0x40001000));
    assert.deepEqual(magic, { op: RomCommand.READ_REG, value: 0x00f01d83, data: Uint8Array.of(0, 0) });
    // A failure is the stub's code first and a zero detail byte (a ROM sends 1 and then its code).
    const refused = await only(target, RomCommand.SPI_ATTACH, words(0, 0));
    assert.deepEqual(refused, { op: RomCommand.SPI_ATTACH, value: 0, data: Uint8Array.of(StubError.BAD_DATA_LEN, 0) });
    assert.equal(failure(await only(target, RomCommand.SPI_ATTACH, words(0))), undefined, 'the stub’s SPI_ATTACH is one word');
    assert.equal(failure(await only(target, RomCommand.SPI_SET_PARAMS, words(0, 0x400000, 0x10000, 0x1000, 0x100, 0xffff))), undefined);
  });

  it('refuses an unknown opcode with C3 under that opcode, a wrong header length with C0, and leaves an over-long frame unanswered', async () => {
    const target = stub('ESP32');
    for (const op of [RomCommand.READ_FLASH_SLOW, 0xe0]) {
      assert.deepEqual(await only(target, op, words(0, 64)), { op, value: 0, data: Uint8Array.of(StubError.INVALID_COMMAND, 0) });
    }
    const lying = encodeRequest(RomCommand.READ_REG, words(0x40001000));
    lying[2] = 8;
    const mismatch = await target.handle(lying);
    assert.equal(failure(decodeResponse(mismatch.responses[0]!)!), StubError.BAD_DATA_LEN);
    const overlong = await target.handle(encodeRequest(RomCommand.FLASH_DATA, new Uint8Array(16 + stubFlashBlockBytes + 0x100)));
    assert.equal(overlong.responses.length, 0);
    assert.equal((await target.handle(encodeRequest(StubCommand.RUN_USER_CODE, new Uint8Array(0)))).responses.length, 0);
    assert.equal(failure(await only(target, RomCommand.GET_SECURITY_INFO)), StubError.CMD_NOT_IMPLEMENTED);
  });

  it('writes a compressed download of the exact size in 16 KiB blocks, ends it, stays running, and answers the MD5 as 16 raw bytes', async () => {
    for (const name of ['ESP8266', 'ESP32'] as const) {
      const target = stub(name);
      const image = sample(100_000);
      await deflWrite(target, 0x10000, image);
      const end = await target.handle(encodeRequest(RomCommand.FLASH_DEFL_END, words(1)));
      assert.equal(failure(decodeResponse(end.responses[0]!)!), undefined, name);
      assert.equal(end.after.kind, 'none', 'the stub keeps running after FLASH_DEFL_END');
      assert.deepEqual(target.state.flash.subarray(0x10000, 0x10000 + image.length), image);
      const digest = await only(target, RomCommand.SPI_FLASH_MD5, words(0x10000, image.length, 0, 0));
      assert.deepEqual(digest.data, Uint8Array.from([...md5(image), 0, 0]));
      assert.equal(failure(await only(target, RomCommand.SPI_FLASH_MD5, words(0x10000, image.length))), StubError.BAD_DATA_LEN);
    }
  });

  it('fails FLASH_DEFL_END with C0 when BEGIN announced a size rounded up to whole blocks (the ROM’s way), and C6 without a session', async () => {
    const target = stub('ESP32');
    const image = sample(20_000);
    await deflWrite(target, 0x20000, image, Math.ceil(image.length / 0x400) * 0x400);
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_END, words(1))), StubError.BAD_DATA_LEN);
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_END, words(1))), StubError.NOT_IN_FLASH_MODE);
    await deflWrite(target, 0x20000, image);
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_END, words(1, 0))), StubError.BAD_DATA_LEN, 'END takes one word');
  });

  it('answers a block that will not inflate, then reports C7 with the next command and does not run it', async () => {
    const target = stub('ESP32');
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_BEGIN, words(0x1000, 1, stubFlashBlockBytes, 0x40000))), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, Buffer.from('this is no zlib stream'), 0)), undefined);
    const register = 0x3ff40000;
    assert.equal(failure(await only(target, RomCommand.WRITE_REG, words(register, 0x1234, 0xffffffff, 0))), StubError.INFLATE_ERROR);
    assert.equal((await only(target, RomCommand.READ_REG, words(register))).value, 0, 'the WRITE_REG that got the error was not run');
    assert.equal(failure(await only(target, RomCommand.WRITE_REG, words(register, 0x1234, 0xffffffff, 0))), undefined);
    assert.equal((await only(target, RomCommand.READ_REG, words(register))).value, 0x1234);
  });

  it('refuses a corrupted block with C1 at once and takes it resent, with no sequence check', async () => {
    const target = stub('ESP8266');
    const image = sample(3 * stubFlashBlockBytes);
    const compressed = deflateSync(image);
    const half = compressed.length >> 1;
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_BEGIN, words(image.length, 2, stubFlashBlockBytes, 0))), undefined);
    target.state.corruptNextBlock = true;
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, compressed.subarray(0, half), 0)), StubError.BAD_DATA_CHECKSUM);
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, compressed.subarray(0, half), 0)), undefined);
    assert.equal(failure(await block(target, RomCommand.FLASH_DEFL_DATA, compressed.subarray(half), 7)), undefined, 'any sequence number');
    assert.equal(failure(await only(target, RomCommand.FLASH_DEFL_END, words(1))), undefined);
    assert.deepEqual(target.state.flash.subarray(0, image.length), image);
  });

  it('writes FLASH_DATA up to the announced size (not the padding), erasing only the sectors the writes reach', async () => {
    const flash = new Uint8Array(4 * 1024 * 1024); // all zero: nothing erased
    const target = stub('ESP32', flash);
    const file = sample(100);
    const padded = new Uint8Array(stubFlashBlockBytes).fill(0xff);
    padded.set(file);
    // Four words, as esptool-js sends to a stub.
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(file.length, 1, stubFlashBlockBytes, 0x10000))), undefined);
    assert.equal(failure(await only(target, RomCommand.FLASH_DATA, encodeDataPacket(padded, 0), espChecksum(padded))), undefined);
    assert.equal(failure(await only(target, RomCommand.FLASH_END, words(1))), undefined);
    assert.deepEqual(flash.subarray(0x10000, 0x10000 + file.length), file);
    assert.ok(
      flash.subarray(0x10000 + file.length, 0x11000).every((byte) => byte === 0xff),
      'the rest of the written sector is erased',
    );
    assert.ok(
      flash.subarray(0x11000, 0x14000).every((byte) => byte === 0),
      'the padding was not written: later sectors untouched',
    );

    // A session announcing three sectors that ends after one: the sectors past the last write keep their old content.
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x3000, 3, 0x1000, 0x20000, 0))), undefined, 'five words too');
    const first = sample(0x1000);
    assert.equal(failure(await only(target, RomCommand.FLASH_DATA, encodeDataPacket(first, 0), espChecksum(first))), undefined);
    assert.deepEqual(flash.subarray(0x20000, 0x21000), first);
    assert.ok(flash.subarray(0x21000, 0x23000).every((byte) => byte === 0));
    assert.equal(failure(await only(target, RomCommand.FLASH_END, words(1))), StubError.BAD_DATA_LEN, '0x2000 announced bytes never came');
  });

  it('fails the next flash write after fail-next-write with C4, reported with the following command', async () => {
    const target = stub('ESP32');
    const data = sample(0x1000);
    target.state.failNextWrite = true;
    assert.equal(failure(await only(target, RomCommand.FLASH_BEGIN, words(0x2000, 2, 0x1000, 0x30000))), undefined);
    assert.equal(failure(await only(target, RomCommand.FLASH_DATA, encodeDataPacket(data, 0), espChecksum(data))), undefined);
    assert.equal(failure(await only(target, RomCommand.FLASH_DATA, encodeDataPacket(data, 1), espChecksum(data))), StubError.FAILED_SPI_OP);
    assert.ok(
      target.state.flash.subarray(0x30000, 0x32000).every((byte) => byte === 0xff),
      'neither block was written',
    );
  });

  it('changes baud only with the new and the old baud (8 bytes), logging the old-baud word', async () => {
    const target = stub('ESP32');
    assert.equal(failure(await only(target, RomCommand.CHANGE_BAUDRATE, words(921600))), StubError.BAD_DATA_LEN);
    const changed = await target.handle(encodeRequest(RomCommand.CHANGE_BAUDRATE, words(921600, 115200)));
    assert.equal(failure(decodeResponse(changed.responses[0]!)!), undefined);
    assert.deepEqual(changed.after, { kind: 'baud', baud: 921600 });
    assert.match(changed.note ?? '', /old baud 115200/);
    const zero = await target.handle(encodeRequest(RomCommand.CHANGE_BAUDRATE, words(460800, 0)));
    assert.match(zero.note ?? '', /old-baud word 0, though the line ran at 921600/);
  });

  it('erases a region of whole sectors (C0 otherwise) and the whole flash', async () => {
    const flash = new Uint8Array(4 * 1024 * 1024);
    const target = stub('ESP32', flash);
    assert.equal(failure(await only(target, StubCommand.ERASE_REGION, words(0x10000, 0x1000))), undefined);
    assert.ok(flash.subarray(0x10000, 0x11000).every((byte) => byte === 0xff));
    assert.equal(flash[0x11000], 0);
    assert.equal(failure(await only(target, StubCommand.ERASE_REGION, words(0x10800, 0x1000))), StubError.BAD_DATA_LEN);
    assert.equal(failure(await only(target, StubCommand.ERASE_REGION, words(0x20000, 0x800))), StubError.BAD_DATA_LEN);
    assert.equal(failure(await only(target, StubCommand.ERASE_REGION, words(0x20000))), StubError.BAD_DATA_LEN);
    assert.equal(flash[0x20000], 0);
    assert.equal(failure(await only(target, StubCommand.ERASE_FLASH)), undefined);
    assert.ok(flash.every((byte) => byte === 0xff));
  });

  it('streams READ_FLASH one unacknowledged packet at a time, then the MD5; a frame that is no ack ends it early', async () => {
    const flash = new Uint8Array(4 * 1024 * 1024).fill(0xff);
    const region = sample(0x2800);
    flash.set(region, 0x8000);
    const target = stub('ESP32', flash);
    const started = await target.handle(encodeRequest(StubCommand.READ_FLASH, words(0x8000, region.length, 0x1000, 1024)));
    assert.equal(failure(decodeResponse(started.responses[0]!)!), undefined);
    const received: Uint8Array[] = [...frames(started)];
    assert.equal(received.length, 1, 'one packet before the first ack, whatever max_inflight says');
    for (let total = received[0]!.length; total < region.length; total += received.at(-1)!.length) {
      received.push(...frames(await target.handle(words(total))));
    }
    assert.deepEqual(
      received.map((packet) => packet.length),
      [0x1000, 0x1000, 0x800],
    );
    assert.deepEqual(Buffer.concat(received), Buffer.from(region));
    const digest = frames(await target.handle(words(region.length)));
    assert.deepEqual(digest, [new Uint8Array(md5(region))]);
    assert.equal((await only(target, RomCommand.READ_REG, words(0x40001000))).value, 0x00f01d83, 'commands again after the digest');

    // A 2-byte frame where an ack was due: the stream stops and the digest of what was sent follows.
    const early = await target.handle(encodeRequest(StubCommand.READ_FLASH, words(0x8000, region.length, 0x1000, 64)));
    const firstPacket = frames(early)[0]!;
    const stopped = await target.handle(Uint8Array.of(1, 2));
    assert.deepEqual(frames(stopped), [new Uint8Array(md5(firstPacket))]);
    assert.match(stopped.note ?? '', /ends the stream/);
    assert.equal((await only(target, RomCommand.READ_REG, words(0x40001000))).value, 0x00f01d83);
  });

  it('answers READ_FLASH with packets over 4096 bytes, sends nothing, and reports C0 with the next command', async () => {
    const target = stub('ESP32');
    const started = await target.handle(encodeRequest(StubCommand.READ_FLASH, words(0, 0x2000, 0x2000, 1)));
    assert.equal(failure(decodeResponse(started.responses[0]!)!), undefined);
    assert.deepEqual(frames(started), []);
    assert.equal(failure(await only(target, RomCommand.READ_REG, words(0x40001000))), StubError.BAD_DATA_LEN);
    assert.equal(failure(await only(target, RomCommand.READ_REG, words(0x40001000))), undefined);
  });

  it('writes several registers in one WRITE_REG, each merged under its mask', async () => {
    const target = stub('ESP8266');
    const [a, b] = [0x3ff00100, 0x3ff00104];
    assert.equal(
      failure(await only(target, RomCommand.WRITE_REG, words(a, 0xffff0000, 0xffffffff, 0, b, 0xabcd, 0xffffffff, 0))),
      undefined,
    );
    assert.equal(failure(await only(target, RomCommand.WRITE_REG, words(a, 0x1234, 0x0000ffff, 0))), undefined);
    assert.equal((await only(target, RomCommand.READ_REG, words(a))).value, 0xffff1234);
    assert.equal((await only(target, RomCommand.READ_REG, words(b))).value, 0xabcd);
    assert.equal(failure(await only(target, RomCommand.WRITE_REG, words(a, 1, 2))), StubError.BAD_DATA_LEN);
  });
});
