import type { EspChip } from '../../flash/esp/chips.js';

const cmdUsr = 1 << 18;
const usrAddress = 1 << 30;
const usrMiso = 1 << 28;
const wordsInBuffer = 16;

/** The JEDEC id of the flash chip: a Winbond W25Q-series part (manufacturer 0xEF, type 0x40), capacity log2(bytes). */
function jedecId(flashBytes: number): number {
  return 0xef | (0x40 << 8) | (Math.log2(flashBytes) << 16);
}

/**
 * The SPI flash controller's user-command registers, as far as a client drives them through
 * READ_REG/WRITE_REG: setting the command, address and bit lengths, starting it with the USR bit of
 * CMD (which clears when the command is done), and reading the answer from the W0–W15 buffer.
 * RDID, RDSR and READ are answered from the board's flash; other commands do nothing.
 */
export class EspSpiController {
  private readonly chip: EspChip;
  private readonly flash: Uint8Array;
  private readonly values = new Map<number, number>();

  constructor(chip: EspChip, flash: Uint8Array) {
    this.chip = chip;
    this.flash = flash;
  }

  private offset(address: number): number | undefined {
    const offset = address - this.chip.spi.base;
    return offset >= 0 && offset < 0x100 ? offset : undefined;
  }

  read(address: number): number | undefined {
    const offset = this.offset(address);
    return offset === undefined ? undefined : (this.values.get(offset) ?? 0);
  }

  /** Takes a register write if it is the controller's; the USR bit of CMD runs the command. */
  write(address: number, value: number): boolean {
    const offset = this.offset(address);
    if (offset === undefined) return false;
    if (offset === this.chip.spi.cmd && (value & cmdUsr) !== 0) {
      this.run();
      this.values.set(offset, value & ~cmdUsr);
      return true;
    }
    this.values.set(offset, value >>> 0);
    return true;
  }

  private register(offset: number | undefined): number {
    return offset === undefined ? 0 : (this.values.get(offset) ?? 0);
  }

  /** How many bytes the command reads back: the MISO bit length, where this controller keeps it. */
  private readBytes(): number {
    const spi = this.chip.spi;
    const bits = spi.misoDlen !== undefined ? this.register(spi.misoDlen) + 1 : ((this.register(spi.usr1) >>> 8) & 0x1ff) + 1;
    return Math.min(wordsInBuffer * 4, Math.ceil(bits / 8));
  }

  private run(): void {
    const spi = this.chip.spi;
    const usr = this.register(spi.usr);
    const command = this.register(spi.usr2) & 0xff;
    // The address length is USR1's bits 31:26 (minus one). The ESP8266 and ESP32 controllers send
    // the address from the register's top bit, later ones from the top of its low bits.
    const addressBits = ((this.register(spi.usr1) >>> 26) & 0x3f) + 1;
    const raw = this.register(spi.addr);
    const address = (usr & usrAddress) === 0 ? 0 : spi.addressMsb ? raw >>> (32 - addressBits) : raw % 2 ** addressBits;
    let answer = new Uint8Array(0);
    if (command === 0x9f) {
      const id = jedecId(this.flash.length);
      answer = Uint8Array.of(id & 0xff, (id >>> 8) & 0xff, (id >>> 16) & 0xff);
    } else if (command === 0x05) {
      answer = Uint8Array.of(0);
    } else if (command === 0x03 && (usr & usrMiso) !== 0) {
      answer = this.flash.slice(address, Math.min(this.flash.length, address + this.readBytes()));
    }
    const padded = new Uint8Array(Math.ceil(answer.length / 4) * 4);
    padded.set(answer);
    const view = new DataView(padded.buffer);
    for (let word = 0; word * 4 < padded.length; word += 1) this.values.set(spi.w0 + word * 4, view.getUint32(word * 4, true));
  }
}
