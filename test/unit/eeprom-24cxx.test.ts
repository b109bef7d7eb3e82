import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { eeprom24cxxKinds, eepromWriteCycleUs } from '../../src/virtual/devices/eeprom-24cxx.js';
import type { DeviceKind, I2cDevice } from '../../src/virtual/i2c/i2c-device.js';
import { expectFailure } from '../harness/expect-error.js';

interface Expected {
  kind: string;
  bytes: number;
  page: number;
  addressBytes: 1 | 2;
  block: number;
  bases: number[];
}

const allStraps = [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57];

// From the datasheets: AT24C01/02 (8-byte pages), AT24C04/08/16 (16-byte pages, high bits in the
// device address), AT24C32/64 and 24LC32A/64 (32), 24LC128/256 (64), 24LC512 (128).
const family: readonly Expected[] = [
  { kind: '24c01', bytes: 128, page: 8, addressBytes: 1, block: 1, bases: allStraps },
  { kind: '24c02', bytes: 256, page: 8, addressBytes: 1, block: 1, bases: allStraps },
  { kind: '24c04', bytes: 512, page: 16, addressBytes: 1, block: 2, bases: [0x50, 0x52, 0x54, 0x56] },
  { kind: '24c08', bytes: 1024, page: 16, addressBytes: 1, block: 4, bases: [0x50, 0x54] },
  { kind: '24c16', bytes: 2048, page: 16, addressBytes: 1, block: 8, bases: [0x50] },
  { kind: '24c32', bytes: 4096, page: 32, addressBytes: 2, block: 1, bases: allStraps },
  { kind: '24c64', bytes: 8192, page: 32, addressBytes: 2, block: 1, bases: allStraps },
  { kind: '24c128', bytes: 16384, page: 64, addressBytes: 2, block: 1, bases: allStraps },
  { kind: '24c256', bytes: 32768, page: 64, addressBytes: 2, block: 1, bases: allStraps },
  { kind: '24c512', bytes: 65536, page: 128, addressBytes: 2, block: 1, bases: allStraps },
];

function kindNamed(kind: string): DeviceKind {
  const found = eeprom24cxxKinds.find((entry) => entry.kind === kind);
  assert.ok(found, `no kind ${kind}`);
  return found;
}

function create(kind: string, memory?: Uint8Array, address?: number): I2cDevice {
  const found = kindNamed(kind);
  return found.create({ address: address ?? found.addresses[0]!, values: {}, memory });
}

/** A bus master's view of one part: where a cell's device address and word-address bytes go. */
class Master {
  constructor(
    readonly device: I2cDevice,
    readonly part: Expected,
  ) {}

  /** The device address and word-address bytes that select a cell. */
  addressing(cell: number): { address: number; bytes: number[] } {
    const base = this.device.addresses[0]!;
    if (this.part.addressBytes === 2) return { address: base, bytes: [cell >> 8, cell & 0xff] };
    return { address: base + (cell >> 8), bytes: [cell & 0xff] };
  }

  /** START, the address, the word address and data, then STOP; returns whether every byte was acknowledged. */
  write(cell: number, data: readonly number[], atUs: number): boolean {
    const { address, bytes } = this.addressing(cell);
    if (!this.device.select(address, false, atUs)) return false;
    const acks = [...bytes, ...data].map((byte) => this.device.write(byte, atUs));
    this.device.stop(atUs);
    return acks.every(Boolean);
  }

  /** A random read: the word address written, a repeated START for reading, count bytes, STOP. */
  read(cell: number, count: number, atUs: number): number[] {
    const { address, bytes } = this.addressing(cell);
    assert.ok(this.device.select(address, false, atUs));
    for (const byte of bytes) assert.ok(this.device.write(byte, atUs));
    assert.ok(this.device.select(address, true, atUs));
    return this.readOn(count, atUs);
  }

  /** A current-address read of count bytes. */
  readCurrent(count: number, atUs: number): number[] {
    assert.ok(this.device.select(this.device.addresses[0]!, true, atUs));
    return this.readOn(count, atUs);
  }

  private readOn(count: number, atUs: number): number[] {
    const values = Array.from({ length: count }, (_, index) => this.device.read(index < count - 1, atUs));
    this.device.stop(atUs);
    return values;
  }
}

function master(part: Expected, memory?: Uint8Array): Master {
  return new Master(create(part.kind, memory), part);
}

const cycle = eepromWriteCycleUs;

describe('24Cxx EEPROM family', () => {
  it('lists each part with its size, strap addresses and no fields', () => {
    assert.deepEqual(
      eeprom24cxxKinds.map((kind) => kind.kind),
      family.map((part) => part.kind),
    );
    for (const part of family) {
      const kind = kindNamed(part.kind);
      assert.equal(kind.memoryBytes, part.bytes, part.kind);
      assert.deepEqual(kind.addresses, part.bases, part.kind);
      const device = create(part.kind);
      assert.equal(device.kind, part.kind);
      assert.equal(device.memory?.length, part.bytes);
      assert.deepEqual(device.fields, []);
      assert.deepEqual(
        device.addresses,
        Array.from({ length: part.block }, (_, block) => 0x50 + block),
      );
    }
    assert.match(kindNamed('24c256').description, /32 KiB, 64-byte pages/);
  });

  it('starts erased, programs the whole array and reads it in one sequential read', () => {
    for (const part of family) {
      const bus = master(part);
      assert.ok(
        bus.device.memory?.every((byte) => byte === 0xff),
        part.kind,
      );
      const pattern = (cell: number) => (cell * 7 + (cell >> 8)) & 0xff;
      let now = 0;
      for (let cell = 0; cell < part.bytes; cell += part.page) {
        const page = Array.from({ length: part.page }, (_, offset) => pattern(cell + offset));
        assert.ok(bus.write(cell, page, now), `${part.kind} page at ${cell}`);
        now += cycle;
      }
      const everything = bus.read(0, part.bytes, now);
      assert.ok(
        everything.every((byte, cell) => byte === pattern(cell)),
        part.kind,
      );
    }
  });

  it('wraps a page write within its page, leaving the cells it did not load', () => {
    for (const part of family) {
      const bus = master(part);
      const pageStart = 3 * part.page;
      // Starting two cells before the page's end, four bytes: the last two land at the page's start.
      assert.ok(bus.write(pageStart + part.page - 2, [0x11, 0x22, 0x33, 0x44], 0));
      const memory = bus.device.memory!;
      assert.equal(memory[pageStart + part.page - 2], 0x11, part.kind);
      assert.equal(memory[pageStart + part.page - 1], 0x22, part.kind);
      assert.equal(memory[pageStart], 0x33, part.kind);
      assert.equal(memory[pageStart + 1], 0x44, part.kind);
      assert.equal(memory[pageStart + 2], 0xff, part.kind);
      assert.equal(memory[pageStart + part.page], 0xff, `${part.kind}: the next page is untouched`);
    }
  });

  it('keeps only the last of the bytes sent past a full page', () => {
    const part = family[1]!; // 24C02, 8-byte pages
    const bus = master(part);
    const data = Array.from({ length: 11 }, (_, index) => 0xa0 + index);
    assert.ok(bus.write(16, data, 0));
    assert.deepEqual([...bus.device.memory!.subarray(16, 24)], [0xa8, 0xa9, 0xaa, 0xa3, 0xa4, 0xa5, 0xa6, 0xa7]);
  });

  it('does not acknowledge its address during the write cycle, and does again when tWR has passed', () => {
    const part = family[5]!; // 24C32
    const bus = master(part);
    const device = bus.device;
    assert.ok(bus.write(100, [1, 2, 3], 1000));
    assert.equal(device.select(0x50, false, 1001), false);
    assert.equal(device.select(0x50, true, 1000 + cycle - 1), false);
    // Nothing the master sends while it is not selected reaches the array.
    assert.equal(device.write(0x00, 1002), false);
    assert.deepEqual([...device.memory!.subarray(100, 103)], [1, 2, 3]);
    assert.equal(device.select(0x50, false, 1000 + cycle), true);
    device.stop(1000 + cycle);
    assert.deepEqual(bus.read(100, 3, 1000 + cycle), [1, 2, 3]);
  });

  it('starts no write cycle for a STOP after the word address alone, which only sets the counter', () => {
    const part = family[8]!; // 24C256
    const memory = new Uint8Array(part.bytes).map((_, cell) => cell & 0xff);
    const bus = master(part, memory);
    assert.ok(bus.write(0x1234, [], 0));
    assert.deepEqual(bus.readCurrent(2, 1), [0x34, 0x35]);
    assert.equal(bus.device.select(0x50, false, 2), true);
  });

  it('abandons a page write ended by a repeated START instead of a STOP', () => {
    const part = family[1]!;
    const bus = master(part);
    const device = bus.device;
    assert.ok(device.select(0x50, false, 0));
    for (const byte of [0x10, 0xaa, 0xbb]) assert.ok(device.write(byte, 0));
    assert.ok(device.select(0x50, true, 1));
    assert.equal(device.read(false, 1), 0xff, 'the counter moved on to 0x12, which still holds erased data');
    device.stop(1);
    assert.equal(device.memory![0x10], 0xff);
    assert.equal(device.select(0x50, false, 2), true, 'no write cycle started');
  });

  it('leaves the counter past the last byte written, rolling over within the page', () => {
    const part = family[1]!;
    const bus = master(part);
    bus.device.memory!.set([0x60, 0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67], 0x20);
    assert.ok(bus.write(0x21, [0xe1, 0xe2], 0));
    assert.deepEqual(bus.readCurrent(1, cycle), [0x63]);
    assert.ok(bus.write(0x26, [0xe6, 0xe7], cycle));
    assert.deepEqual(bus.readCurrent(1, 2 * cycle), [0x60], 'after the page end the counter is back at its start');
  });

  it('rolls sequential reads over at the end of the memory, not of the page', () => {
    for (const part of family) {
      const memory = new Uint8Array(part.bytes).map((_, cell) => (cell * 3) & 0xff);
      const bus = master(part, memory);
      const last = part.bytes - 1;
      assert.deepEqual(bus.read(last - 1, 4, 0), [memory[last - 1], memory[last], memory[0], memory[1]], part.kind);
      // Across a page boundary in the middle of the array the read simply goes on.
      assert.deepEqual(bus.read(part.page - 1, 2, 0), [memory[part.page - 1], memory[part.page]], part.kind);
    }
  });

  it('takes the 24C16 high address bits from the device address, and reads on across blocks', () => {
    const device = create('24c16');
    assert.deepEqual(device.addresses, [0x50, 0x51, 0x52, 0x53, 0x54, 0x55, 0x56, 0x57]);
    assert.ok(device.select(0x53, false, 0));
    for (const byte of [0x10, 0xc1, 0xc2]) assert.ok(device.write(byte, 0));
    device.stop(0);
    assert.equal(device.memory![0x310], 0xc1);
    assert.equal(device.memory![0x311], 0xc2);
    assert.equal(device.memory![0x10], 0xff, 'block 0 is untouched');
    device.memory![0xff] = 0x0f;
    device.memory![0x100] = 0x10;
    assert.ok(device.select(0x50, false, cycle));
    assert.ok(device.write(0xff, cycle));
    assert.ok(device.select(0x50, true, cycle));
    assert.deepEqual([device.read(true, cycle), device.read(false, cycle)], [0x0f, 0x10]);
    device.stop(cycle);
  });

  it('answers the block its straps give: a 24C04 at 0x52 takes 0x52-0x53, a 24C08 at 0x54 takes 0x54-0x57', () => {
    const at52 = create('24c04', undefined, 0x52);
    assert.deepEqual(at52.addresses, [0x52, 0x53]);
    assert.ok(at52.select(0x53, false, 0));
    for (const byte of [0x05, 0x99]) assert.ok(at52.write(byte, 0));
    at52.stop(0);
    assert.equal(at52.memory![0x105], 0x99);
    const at54 = create('24c08', undefined, 0x54);
    assert.deepEqual(at54.addresses, [0x54, 0x55, 0x56, 0x57]);
    assert.ok(at54.select(0x56, false, 0));
    for (const byte of [0x07, 0x77]) assert.ok(at54.write(byte, 0));
    at54.stop(0);
    assert.equal(at54.memory![0x207], 0x77);
  });

  it('sends the 16-bit word address high byte first, ignoring the bits above the array', () => {
    const big = create('24c512');
    assert.ok(big.select(0x50, false, 0));
    for (const byte of [0xbe, 0xef, 0x42]) assert.ok(big.write(byte, 0));
    big.stop(0);
    assert.equal(big.memory![0xbeef], 0x42);
    const small = create('24c32');
    assert.ok(small.select(0x50, false, 0));
    for (const byte of [0xf1, 0x23, 0x24]) assert.ok(small.write(byte, 0));
    small.stop(0);
    assert.equal(small.memory![0x123], 0x24);
    // The 24C01's one word-address byte has a don't-care MSB.
    const tiny = create('24c01');
    assert.ok(tiny.select(0x50, false, 0));
    for (const byte of [0x85, 0x55]) assert.ok(tiny.write(byte, 0));
    tiny.stop(0);
    assert.equal(tiny.memory![0x05], 0x55);
  });

  it('reads and writes the device file it was given in place', () => {
    const stored = new Uint8Array(256).fill(0x00);
    stored[7] = 0x77;
    const device = create('24c02', stored);
    assert.equal(device.memory, stored);
    const bus = new Master(device, family[1]!);
    assert.deepEqual(bus.read(7, 1, 0), [0x77]);
    assert.ok(bus.write(8, [0x88], 0));
    assert.equal(stored[8], 0x88);
  });

  it('refuses a device file of the wrong length, naming the size it must have', async () => {
    const error = await expectFailure('usage', () => create('24c64', new Uint8Array(4096)), /holds 4096 bytes.*keeps 8192 \(8 KiB\)/);
    assert.match(error.hint ?? '', /delete the device file/);
  });
});
