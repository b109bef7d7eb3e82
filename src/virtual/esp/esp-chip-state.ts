import { chipDetectMagicAddress, type EspChip } from '../../flash/esp/chips.js';
import { decodeDataPacket, espChecksum, romBaudRate } from '../../flash/esp/rom-protocol.js';
import { EspSpiController } from './esp-spi.js';

export const sectorBytes = 4096;

/**
 * Registers the clients read to describe the chip, beyond the magic value, MAC and UART divider:
 * the ESP32's eFuse word 3 says package D0WD (bits 11:9 = 1) and chip revision 1 (bit 15).
 */
const describingRegisters: Readonly<Record<string, ReadonlyMap<number, number>>> = {
  ESP32: new Map([[0x3ff5a00c, (1 << 9) | (1 << 15)]]),
};

/** A data block (MEM_DATA, FLASH_DATA, FLASH_DEFL_DATA) as it arrived, before a loader judges it. */
export interface ArrivedBlock {
  /** The length its header declares. */
  length: number;
  sequence: number;
  /** The bytes after the header, with the injected noise if any. */
  block: Uint8Array;
  /** Whether the request's checksum matches the first `length` bytes of the block (all of it when shorter). */
  checksumMatches: boolean;
}

/**
 * What an ESP keeps whichever loader answers on its UART — the ROM's, or a flasher stub the ROM
 * started: the flash, the registers (the SPI controller's among them), the MAC, the baud the UART
 * runs at, what was loaded to RAM, and the faults the control channel injects. The ROM and the
 * stub models (esp-rom.ts, esp-stub.ts) both work on one of these, so a stub started by the ROM
 * sees the flash and registers the ROM left.
 */
export class EspChipState {
  readonly chip: EspChip;
  readonly flash: Uint8Array;
  readonly macWords: readonly number[];
  private readonly registers = new Map<number, number>();
  private spi: EspSpiController;
  /** RAM as MEM_DATA filled it: one run of bytes per MEM_BEGIN, later runs over earlier ones. */
  private ram: { address: number; bytes: Uint8Array[] }[] = [];
  /** The baud the UART runs at: its divider register follows it. */
  baud = romBaudRate;
  /** Blocks written since start: `status` shows it. */
  flashWrites = 0;
  /** Set by the control channel: the next data block arrives with a flipped bit, as from line noise. */
  corruptNextBlock = false;
  /** Set by the control channel: the stub's next flash write fails, as a flash chip that stops answering. */
  failNextWrite = false;
  /** Set by the control channel: the next stub the ROM starts never greets (secure download mode, or a stub that crashes). */
  refuseStub = false;

  constructor(chip: EspChip, flash: Uint8Array, macWords: readonly number[]) {
    this.chip = chip;
    this.flash = flash;
    this.macWords = macWords;
    this.spi = new EspSpiController(chip, flash);
  }

  /** A chip reset: fresh registers, nothing loaded to RAM, the UART back at the ROM baud. The flash and pending faults stay. */
  reset(): void {
    this.registers.clear();
    this.spi = new EspSpiController(this.chip, this.flash);
    this.ram = [];
    this.baud = romBaudRate;
  }

  readRegister(address: number): number {
    if (address === chipDetectMagicAddress) return this.chip.magic[0] ?? 0;
    const mac = this.macWords.length > 0 ? this.chip.macWords.indexOf(address) : -1;
    if (mac !== -1) return this.macWords[mac] ?? 0;
    // The divider of the clock the UART runs from: esptool estimates the crystal from baud × divider.
    if (address === this.chip.uart.clkdivRegister) return Math.round(this.chip.uart.clockHz / this.baud);
    return this.spi.read(address) ?? this.registers.get(address) ?? describingRegisters[this.chip.name]?.get(address) ?? 0;
  }

  /** WRITE_REG: only the bits set in `mask` change (both loaders merge a partial mask with the old value). */
  writeRegister(address: number, value: number, mask: number): void {
    const merged = ((this.readRegister(address) & ~mask) | (value & mask)) >>> 0;
    if (!this.spi.write(address, merged)) this.registers.set(address, merged);
  }

  /** Erases `sectors` whole sectors from `firstSector`, as much as lies in flash. */
  erase(firstSector: number, sectors: number): void {
    const from = firstSector * sectorBytes;
    this.flash.fill(0xff, Math.min(from, this.flash.length), Math.min(from + sectors * sectorBytes, this.flash.length));
  }

  /** NOR flash programming: bits only go from 1 to 0, so unerased flash comes out as the AND of old and new. */
  program(address: number, bytes: Uint8Array): boolean {
    if (address + bytes.length > this.flash.length) return false;
    for (let index = 0; index < bytes.length; index += 1)
      this.flash[address + index] = (this.flash[address + index] ?? 0xff) & (bytes[index] ?? 0xff);
    return true;
  }

  /** Reads a data block's header and bytes, flipping a bit first if the control channel asked for noise. */
  arrivedBlock(data: Uint8Array, checksum: number): ArrivedBlock | undefined {
    const packet = decodeDataPacket(data);
    if (packet === undefined) return undefined;
    const block = Uint8Array.from(packet.block);
    if (this.corruptNextBlock && block.length > 0) {
      this.corruptNextBlock = false;
      block[block.length >> 1] = (block[block.length >> 1] ?? 0) ^ 0x01;
    }
    const checked = block.length > packet.length ? block.subarray(0, packet.length) : block;
    return { length: packet.length, sequence: packet.sequence, block, checksumMatches: espChecksum(checked) === (checksum & 0xff) };
  }

  /** MEM_BEGIN: a new run of RAM starts at `address`. */
  beginRam(address: number): void {
    this.ram.push({ address, bytes: [] });
  }

  /** MEM_DATA: the block goes to RAM after what this run holds already. */
  writeRam(block: Uint8Array): void {
    this.ram.at(-1)?.bytes.push(Uint8Array.from(block));
  }

  /** Whether RAM holds exactly `expected` at `address`, every byte of it loaded by MEM_DATA. */
  ramHolds(address: number, expected: Uint8Array): boolean {
    const seen = new Uint8Array(expected.length);
    const loaded = new Uint8Array(expected.length);
    for (const run of this.ram) {
      let at = run.address;
      for (const bytes of run.bytes) {
        for (let index = 0; index < bytes.length; index += 1) {
          const offset = at + index - address;
          if (offset >= 0 && offset < expected.length) {
            seen[offset] = bytes[index] ?? 0;
            loaded[offset] = 1;
          }
        }
        at += bytes.length;
      }
    }
    return loaded.every((flag) => flag === 1) && seen.every((byte, index) => byte === expected[index]);
  }
}
