import type { I2cDevice } from './i2c-device.js';

/**
 * An I2C bus as its master drives it: START, an address byte, data bytes each acknowledged or
 * not, repeated STARTs and STOP, routed to the device that answers the address. Nothing here
 * knows which emulator is the master; a byte nobody answers is not acknowledged, as a bus with
 * only its pull-ups reads.
 */
export class I2cBus {
  private readonly byAddress = new Map<number, I2cDevice>();
  private selected: I2cDevice | undefined;
  private reading = false;

  constructor(readonly devices: readonly I2cDevice[]) {
    for (const device of devices) {
      for (const address of device.addresses) {
        const other = this.byAddress.get(address);
        if (other !== undefined) throw new Error(`${device.kind} and ${other.kind} both answer 0x${address.toString(16)}`);
        this.byAddress.set(address, device);
      }
    }
  }

  /** The address byte after a START or repeated START: whether a device acknowledged it. */
  address(address: number, read: boolean, atUs: number): boolean {
    const device = this.byAddress.get(address);
    // A repeated START to another device ends the first one's transfer as a STOP would for it.
    if (this.selected !== undefined && this.selected !== device) this.selected.stop(atUs);
    this.selected = device;
    this.reading = read;
    if (device === undefined) return false;
    const acknowledged = device.select(address, read, atUs);
    if (!acknowledged) this.selected = undefined;
    return acknowledged;
  }

  write(byte: number, atUs: number): boolean {
    if (this.selected === undefined || this.reading) return false;
    return this.selected.write(byte & 0xff, atUs);
  }

  /** A byte the master clocks in; with nobody driving SDA it reads as the pull-ups leave it, 0xff. */
  read(more: boolean, atUs: number): number {
    if (this.selected === undefined || !this.reading) return 0xff;
    return this.selected.read(more, atUs) & 0xff;
  }

  stop(atUs: number): void {
    this.selected?.stop(atUs);
    this.selected = undefined;
  }
}
