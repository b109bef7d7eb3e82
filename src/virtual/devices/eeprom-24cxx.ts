import { BoardlineError } from '../../errors.js';
import type { DeviceField, DeviceKind, DeviceOptions, I2cDevice } from '../i2c/i2c-device.js';

/** One member of the 24Cxx family, as its datasheets (Atmel AT24Cxx, Microchip 24LCxx) give it. */
export interface EepromPart {
  kind: string;
  /** The array's size in bytes. */
  bytes: number;
  /** The page buffer one write cycle programs: a page write wraps within it. */
  pageBytes: number;
  /** Word-address bytes after the device address: one up to 2 KiB, two (high byte first) from 4 KiB. */
  addressBytes: 1 | 2;
  /** Device addresses one part answers: the 24C04/08/16 carry their high word-address bits in the device address. */
  blockAddresses: 1 | 2 | 4 | 8;
  /** Parts sold under this name, for the kind's description. */
  examples: string;
}

const parts: readonly EepromPart[] = [
  { kind: '24c01', bytes: 128, pageBytes: 8, addressBytes: 1, blockAddresses: 1, examples: 'AT24C01, 24LC01B' },
  { kind: '24c02', bytes: 256, pageBytes: 8, addressBytes: 1, blockAddresses: 1, examples: 'AT24C02, 24LC02B' },
  { kind: '24c04', bytes: 512, pageBytes: 16, addressBytes: 1, blockAddresses: 2, examples: 'AT24C04, 24LC04B' },
  { kind: '24c08', bytes: 1024, pageBytes: 16, addressBytes: 1, blockAddresses: 4, examples: 'AT24C08, 24LC08B' },
  { kind: '24c16', bytes: 2048, pageBytes: 16, addressBytes: 1, blockAddresses: 8, examples: 'AT24C16, 24LC16B' },
  { kind: '24c32', bytes: 4096, pageBytes: 32, addressBytes: 2, blockAddresses: 1, examples: 'AT24C32, 24LC32A' },
  { kind: '24c64', bytes: 8192, pageBytes: 32, addressBytes: 2, blockAddresses: 1, examples: 'AT24C64, 24LC64' },
  { kind: '24c128', bytes: 16384, pageBytes: 64, addressBytes: 2, blockAddresses: 1, examples: 'AT24C128, 24LC128' },
  { kind: '24c256', bytes: 32768, pageBytes: 64, addressBytes: 2, blockAddresses: 1, examples: 'AT24C256, 24LC256' },
  // The first AT24C512 had only A1/A0; the 24LC512 and AT24C512C have all three straps, as modelled here.
  { kind: '24c512', bytes: 65536, pageBytes: 128, addressBytes: 2, blockAddresses: 1, examples: 'AT24C512C, 24LC512' },
];

/** Every part's device type identifier is 1010b, so its addresses start at 0x50. */
const familyBaseAddress = 0x50;

/**
 * tWR, the self-timed write cycle: the family's datasheets give 5 ms as the maximum. The model
 * always takes the maximum, the time a correct driver must allow for.
 */
export const eepromWriteCycleUs = 5000;

/** What the part is doing with the bytes of the transfer it was selected in. */
type Transfer = 'none' | 'word-address' | 'data' | 'read';

/** A 24Cxx EEPROM on the bus: byte and page writes through the page buffer, current, random and sequential reads. */
export class Eeprom24cxx implements I2cDevice {
  readonly kind: string;
  readonly addresses: readonly number[];
  readonly fields: readonly DeviceField[] = [];
  readonly memory: Uint8Array;
  private readonly part: EepromPart;
  private readonly baseAddress: number;
  /** The internal address counter: the next cell a read returns or a write loads. */
  private pointer = 0;
  private transfer: Transfer = 'none';
  /** The high word-address bits the device address carried (24C04/08/16), shifted into place. */
  private blockBits = 0;
  private wordAddress = 0;
  private wordAddressBytesSeen = 0;
  /** The page buffer: bytes loaded since the word address, programmed together at STOP. */
  private readonly pageData: Uint8Array;
  private readonly pageLoaded: Uint8Array;
  private pageStart = 0;
  private pageLoadedCount = 0;
  /** When the write cycle in progress ends, in emulated microseconds. */
  private writeCycleEndsUs = 0;

  constructor(part: EepromPart, options: DeviceOptions) {
    this.part = part;
    this.kind = part.kind;
    this.baseAddress = options.address;
    this.addresses = Array.from({ length: part.blockAddresses }, (_, block) => options.address + block);
    this.memory = initialMemory(part, options.memory);
    this.pageData = new Uint8Array(part.pageBytes);
    this.pageLoaded = new Uint8Array(part.pageBytes);
  }

  select(address: number, read: boolean, atUs: number): boolean {
    // A repeated START before the STOP abandons a page write: the array is programmed only at STOP.
    this.clearPageBuffer();
    if (atUs < this.writeCycleEndsUs) {
      // "All inputs are disabled during this write cycle": not even the address is acknowledged.
      this.transfer = 'none';
      return false;
    }
    if (read) {
      this.transfer = 'read';
    } else {
      this.transfer = 'word-address';
      this.blockBits = ((address - this.baseAddress) & (this.part.blockAddresses - 1)) << 8;
      this.wordAddress = 0;
      this.wordAddressBytesSeen = 0;
    }
    return true;
  }

  write(byte: number, _atUs: number): boolean {
    if (this.transfer === 'word-address') {
      this.wordAddress = (this.wordAddress << 8) | byte;
      this.wordAddressBytesSeen += 1;
      if (this.wordAddressBytesSeen === this.part.addressBytes) {
        // Bits above the array's size are "don't care" (the 24C01's word-address MSB, the 24C32's top nibble).
        this.pointer = (this.blockBits | this.wordAddress) & (this.part.bytes - 1);
        this.pageStart = this.pointer - (this.pointer % this.part.pageBytes);
        this.transfer = 'data';
      }
      return true;
    }
    if (this.transfer === 'data') {
      const offset = this.pointer - this.pageStart;
      if (this.pageLoaded[offset] === 0) this.pageLoadedCount += 1;
      this.pageData[offset] = byte;
      this.pageLoaded[offset] = 1;
      // Only the counter's low bits advance while loading: past the page's end it wraps to the page's start.
      this.pointer = this.pageStart + ((offset + 1) % this.part.pageBytes);
      return true;
    }
    return false;
  }

  read(_more: boolean, _atUs: number): number {
    if (this.transfer !== 'read') return 0xff;
    const value = this.memory[this.pointer] ?? 0xff;
    // Reads roll over from the last cell of the array to the first, not within a page.
    this.pointer = (this.pointer + 1) % this.part.bytes;
    return value;
  }

  stop(atUs: number): void {
    if (this.transfer === 'data' && this.pageLoadedCount > 0) {
      // Cells of the page that were not loaded keep their contents.
      for (let offset = 0; offset < this.part.pageBytes; offset += 1) {
        if (this.pageLoaded[offset] === 1) this.memory[this.pageStart + offset] = this.pageData[offset] ?? 0xff;
      }
      this.writeCycleEndsUs = atUs + eepromWriteCycleUs;
    }
    // A STOP right after the word address programs nothing: it only leaves the counter set (a random read's first half).
    this.clearPageBuffer();
    this.transfer = 'none';
  }

  private clearPageBuffer(): void {
    this.pageLoaded.fill(0);
    this.pageLoadedCount = 0;
  }
}

function initialMemory(part: EepromPart, stored: Uint8Array | undefined): Uint8Array {
  if (stored === undefined) return new Uint8Array(part.bytes).fill(0xff);
  if (stored.length !== part.bytes) {
    throw new BoardlineError(
      'usage',
      `The ${part.kind} device file holds ${stored.length} bytes, but a ${part.kind} keeps ${part.bytes} (${sizeText(part.bytes)})`,
      { hint: `Fix: delete the device file to start with an erased ${part.kind}, or wire the kind the file was written by` },
    );
  }
  return stored;
}

/** The base addresses the straps allow: where a part takes a block of addresses, only bases whose whole block fits in 0x50-0x57. */
function strappedBaseAddresses(part: EepromPart): number[] {
  return Array.from({ length: 8 / part.blockAddresses }, (_, strap) => familyBaseAddress + strap * part.blockAddresses);
}

function sizeText(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${bytes / 1024} KiB`;
}

function partKind(part: EepromPart): DeviceKind {
  return {
    kind: part.kind,
    description: `${part.kind.toUpperCase()} I2C EEPROM: ${sizeText(part.bytes)}, ${part.pageBytes}-byte pages (${part.examples})`,
    addresses: strappedBaseAddresses(part),
    memoryBytes: part.bytes,
    create: (options) => new Eeprom24cxx(part, options),
  };
}

/** The 24C01 to 24C512, one kind per size. */
export const eeprom24cxxKinds: readonly DeviceKind[] = parts.map(partKind);
