import type { AVRTWI, CPU, TWIEventHandler } from 'avr8js';
import type { I2cBus } from './i2c-bus.js';

const TWINT = 0x80;

/**
 * Puts an I2C bus behind avr8js's TWI in master mode. Each step completes after the time it
 * takes on the wire at the SCL clock the firmware set (TWBR and the TWPS prescaler): nine SCL
 * periods for a byte and its acknowledge, about one for a START or STOP. Firmware waiting on
 * TWINT therefore sees a real bus's pace, and the device is asked when the byte has been clocked.
 */
export class AvrTwiBridge implements TWIEventHandler {
  constructor(
    private readonly cpu: CPU,
    private readonly twi: AVRTWI,
    private readonly bus: I2cBus,
    private readonly frequencyHz: number,
  ) {}

  private after(bits: number, complete: (atUs: number) => void): void {
    const cpu = this.cpu;
    const cycles = Math.max(1, Math.round((bits * this.frequencyHz) / this.twi.sclFrequency));
    cpu.addClockEvent(() => complete(cpu.cycles / (this.frequencyHz / 1_000_000)), cycles);
  }

  start(): void {
    this.after(1, () => this.twi.completeStart());
  }

  stop(): void {
    this.after(1, (atUs) => {
      this.bus.stop(atUs);
      this.twi.completeStop();
      // On silicon a STOP sets no TWINT (firmware waits for TWSTO to clear); avr8js raises it, which
      // would run an interrupt-driven driver's ISR (Wire's) once more for nothing.
      const interrupt = (this.twi as unknown as { TWI: Parameters<CPU['clearInterruptByFlag']>[0] }).TWI;
      this.cpu.clearInterruptByFlag(interrupt, TWINT);
    });
  }

  connectToSlave(address: number, write: boolean): void {
    this.after(9, (atUs) => this.twi.completeConnect(this.bus.address(address, !write, atUs)));
  }

  writeByte(value: number): void {
    this.after(9, (atUs) => this.twi.completeWrite(this.bus.write(value, atUs)));
  }

  readByte(ack: boolean): void {
    this.after(9, (atUs) => this.twi.completeRead(this.bus.read(ack, atUs)));
  }
}
