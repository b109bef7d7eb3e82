import {
  AVRADC,
  AVRClock,
  AVREEPROM,
  AVRIOPort,
  AVRTimer,
  AVRTWI,
  AVRUSART,
  AVRWatchdog,
  CPU,
  EEPROMMemoryBackend,
  adcConfig,
  avrInstruction,
  clockConfig,
  eepromConfig,
  portBConfig,
  portCConfig,
  portDConfig,
  timer0Config,
  timer1Config,
  timer2Config,
  twiConfig,
  usart0Config,
  watchdogConfig,
} from 'avr8js';

/** The ATmega328P as an Arduino Uno carries it (datasheet DS40002061A). */
export const atmega328p = {
  flashBytes: 32 * 1024,
  pageBytes: 128,
  sramBytes: 2048,
  eepromBytes: 1024,
  /** Start of the no-read-while-write section: the largest boot section (2 KiB) and up. */
  nrwwStartByte: 0x7000,
  signature: [0x1e, 0x95, 0x0f],
} as const;

/** Data-space addresses of the registers the model adds to or completes in avr8js. */
const MCUSR = 0x54;
const UCSR0A = 0xc0;
const UBRR0L = 0xc4;
const UBRR0H = 0xc5;
const UDR0 = 0xc6;
/** UCSR0A bits. */
const RXC0 = 0x80;
const TXC0 = 0x40;
const UDRE0 = 0x20;
const FE0 = 0x10;
const DOR0 = 0x08;
const UPE0 = 0x04;
const U2X0 = 0x02;
const SMCR = 0x53;
const SPMCSR = 0x57;
/** SPMCSR bits. */
const SPMEN = 0x01;
const PGERS = 0x02;
const PGWRT = 0x04;
const BLBSET = 0x08;
const RWWSRE = 0x10;
const RWWSB = 0x40;
/** MCUSR reset flags. */
export const resetFlags = { PORF: 0x01, EXTRF: 0x02, BORF: 0x04, WDRF: 0x08 } as const;
export type ResetCause = 'power-on' | 'external' | 'watchdog';

const opcodeSpm = 0x95e8;
const opcodeSleep = 0x9588;
/** Page erase and page write take 3.7–4.5 ms (datasheet, tWD_FLASH); 4 ms of 16 MHz cycles. */
const spmBusyCycles = 64_000;
/** A loop that reads a status register again within this many cycles does nothing else worth emulating. */
const pollLoopCycles = 8;
/**
 * Status registers only a scheduled event changes (a byte arriving or sent, an SPM operation
 * completing, a timer counting): firmware polling one waits for the next event, so emulated time
 * may jump there — a bootloader waiting for a byte, for a page write, or on its LED-flash timer.
 */
const eventDrivenStatusRegisters = [
  UCSR0A,
  SPMCSR,
  timer0Config.TIFR,
  timer1Config.TIFR,
  timer2Config.TIFR,
  // TWINT sets when the bus step completes, ADSC clears when the conversion does: both are clock events.
  twiConfig.TWCR,
  adcConfig.ADCSRA,
];
/** SPM must follow the SPMCSR write within four cycles; avr8js counts a little coarser. */
const spmWindowCycles = 8;

/** The peripherals a board's wiring attaches to, built afresh with the MCU at every reset. */
export interface Atmega328pPeripherals {
  cpu: CPU;
  ports: { B: AVRIOPort; C: AVRIOPort; D: AVRIOPort };
  twi: AVRTWI;
  adc: AVRADC;
}

/** When the MCU next has work: avr8js keeps its event queue private; its first entry's cycle. */
function nextEventCycle(cpu: CPU): number | undefined {
  return (cpu as unknown as { nextClockEvent: { cycles: number } | null }).nextClockEvent?.cycles;
}

/**
 * An ATmega328P at 16 MHz on avr8js, completed where a bootloader needs it:
 * - Self-programming: SPMCSR and SPM fill the page buffer, erase and write pages (busy for ~4 ms,
 *   with RWWSB until the RWW section is re-enabled), so a real bootloader really writes flash.
 *   SPM works only from the boot section and never writes the boot section (the Uno's lock bits).
 * - Reset as on silicon: every reset starts at the boot reset vector (BOOTRST programmed, as on an
 *   Uno) with the cause in MCUSR (PORF at power-on, EXTRF for the reset pin, WDRF for the
 *   watchdog); I/O registers and peripherals start afresh, flash and EEPROM are kept.
 * - The USART receiver as on silicon: bytes arrive one character time apart at the line's baud
 *   rate, wait in the two-byte receive FIFO behind UDR, and overrun (DOR) beyond it; a receiver
 *   that is off loses them. (avr8js alone keeps one byte and overwrites it.) Writing UCSR0A
 *   leaves its read-only flags alone.
 * - SLEEP with SE set lets emulated time jump to the next event, so idle firmware costs no host CPU;
 *   so does a tight loop polling a status register only an event changes (a bootloader waiting
 *   for a byte or a page write, a firmware waiting to send one), since only a scheduled event can
 *   change what it polls.
 */
export class Atmega328p {
  /** Flash contents, kept across resets (the CPU's program memory is a view of it). */
  readonly flash: Uint8Array;
  readonly eeprom: EEPROMMemoryBackend;
  /** Called with every byte the USART transmits. */
  onTransmit: (byte: number) => void = () => undefined;
  /** Called each time the MCU is built (power-on and every reset), so wiring can attach to the new peripherals. */
  private onBuild: (peripherals: Atmega328pPeripherals) => void = () => undefined;
  cpu!: CPU;
  private usart!: AVRUSART;
  private readonly progMem: Uint16Array;
  private readonly bootStartByte: number;
  private readonly frequencyHz: number;
  private pendingReset: ResetCause | undefined;
  private readonly pageBuffer = new Uint16Array(atmega328p.pageBytes / 2).fill(0xffff);
  private spmcsrWrittenAt = -Infinity;
  /** Bytes on their way down the line, sent by the host, each with the cycle before which it cannot arrive. */
  private readonly wire: { byte: number; notBefore: number }[] = [];
  /** Bytes received and waiting behind UDR. */
  private readonly rxFifo: number[] = [];
  private arrivalScheduled = false;
  private readonly lineBaud: number;
  private resetCount = 0;
  /** Where and when firmware last read a status register, to spot a tight polling loop. */
  private lastPollPc = -1;
  private lastPollCycles = -Infinity;
  private polling = false;
  private lastPollValue = -1;

  /** `lineBaud` is the host's line speed, used while the firmware has not set its own. */
  constructor(flash: Uint8Array, bootStartByte: number, frequencyHz = 16_000_000, lineBaud = 115_200) {
    if (flash.length !== atmega328p.flashBytes) throw new Error(`flash must be ${atmega328p.flashBytes} bytes`);
    this.progMem = new Uint16Array(atmega328p.flashBytes / 2);
    this.flash = new Uint8Array(this.progMem.buffer);
    this.flash.set(flash);
    this.bootStartByte = bootStartByte;
    this.frequencyHz = frequencyHz;
    this.lineBaud = lineBaud;
    this.eeprom = new EEPROMMemoryBackend(atmega328p.eepromBytes);
    this.build(resetFlags.PORF, 0);
  }

  get cycles(): number {
    return this.cpu.cycles;
  }

  /** Emulated time since power-on, in microseconds. */
  get timeUs(): number {
    return this.cpu.cycles / (this.frequencyHz / 1_000_000);
  }

  get clockHz(): number {
    return this.frequencyHz;
  }

  /** Attaches wiring to the peripherals now and after every reset. */
  attach(onBuild: (peripherals: Atmega328pPeripherals) => void): void {
    this.onBuild = onBuild;
    onBuild(this.peripherals);
  }

  private peripherals!: Atmega328pPeripherals;

  /** How many times the MCU has been reset since power-on. */
  get resets(): number {
    return this.resetCount;
  }

  reset(cause: ResetCause): void {
    const flag = cause === 'power-on' ? resetFlags.PORF : cause === 'external' ? resetFlags.EXTRF : resetFlags.WDRF;
    // Reset flags accumulate until software clears them; power-on clears the others.
    const previous = cause === 'power-on' ? 0 : (this.cpu.data[MCUSR] ?? 0);
    // Time goes on through a reset: the emulated clock keeps counting.
    this.build(previous | flag, this.cpu.cycles);
    this.resetCount += 1;
  }

  /**
   * Bytes from the host: they arrive at the receiver one character time apart, the first no
   * earlier than cycle `notBefore` (how a USB bridge's latency is modelled).
   */
  receive(bytes: Uint8Array, notBefore = 0): void {
    for (const byte of bytes) this.wire.push({ byte, notBefore });
    this.scheduleArrival();
  }

  /** Runs until the cycle counter reaches `targetCycles`. */
  runUntil(targetCycles: number): void {
    const { progMem } = this;
    while (this.cpu.cycles < targetCycles) {
      const cpu = this.cpu;
      const opcode = progMem[cpu.pc];
      if (opcode === opcodeSpm) this.executeSpm();
      avrInstruction(cpu);
      cpu.tick();
      if (this.pendingReset !== undefined) {
        const cause = this.pendingReset;
        this.pendingReset = undefined;
        this.reset(cause);
        continue;
      }
      if (opcode === opcodeSleep && ((cpu.data[SMCR] ?? 0) & 1) === 1) this.sleepUntil(targetCycles);
      else if (this.polling) {
        this.polling = false;
        this.skipPolling(targetCycles);
      }
    }
  }

  /** Builds the CPU and its peripherals afresh around the kept flash and EEPROM. */
  private build(mcusr: number, cycles: number): void {
    const cpu = new CPU(this.progMem, atmega328p.sramBytes);
    cpu.cycles = cycles;
    const clock = new AVRClock(cpu, this.frequencyHz, clockConfig);
    new AVRTimer(cpu, timer0Config);
    new AVRTimer(cpu, timer1Config);
    new AVRTimer(cpu, timer2Config);
    const ports = { B: new AVRIOPort(cpu, portBConfig), C: new AVRIOPort(cpu, portCConfig), D: new AVRIOPort(cpu, portDConfig) };
    new AVREEPROM(cpu, this.eeprom, eepromConfig);
    const twi = new AVRTWI(cpu, twiConfig, this.frequencyHz);
    // TWSR's status bits are read-only on silicon, and Wire's begin() writes TWSR = 0 for the
    // prescaler; avr8js would take the write whole, and the next START would read as repeated.
    cpu.writeHooks[twiConfig.TWSR] = (value) => {
      cpu.data[twiConfig.TWSR] = ((cpu.data[twiConfig.TWSR] ?? 0) & 0xf8) | (value & 0x03);
      return true;
    };
    const adc = new AVRADC(cpu, adcConfig);
    new AVRWatchdog(cpu, watchdogConfig, clock);
    const usart = new AVRUSART(cpu, usart0Config, this.frequencyHz);
    for (const register of eventDrivenStatusRegisters) this.watchForPolling(cpu, register);
    usart.onByteTransmit = (byte) => this.onTransmit(byte);
    const readUdr = cpu.readHooks[UDR0];
    cpu.readHooks[UDR0] = (address) => {
      const value = readUdr === undefined ? (cpu.data[UDR0] ?? 0) : readUdr(address);
      const next = this.rxFifo.shift();
      if (next !== undefined) usart.writeByte(next, true);
      return value;
    };
    // On silicon RXC, UDRE and the error flags are read-only and TXC clears only when written 1;
    // avr8js clears them all on any write. Firmware started by a jump from a bootloader that
    // leaves the transmitter on (ATmegaBOOT) writes UCSR0A, then waits for UDRE forever.
    const writeUcsr0a = cpu.writeHooks[UCSR0A];
    cpu.writeHooks[UCSR0A] = (value, oldValue, address, mask) => {
      const before = cpu.data[UCSR0A] ?? 0;
      writeUcsr0a?.(value, oldValue, address, mask);
      const kept = (before & (RXC0 | UDRE0 | FE0 | DOR0 | UPE0)) | ((value & TXC0) === 0 ? before & TXC0 : 0);
      cpu.data[UCSR0A] = (cpu.data[UCSR0A] ?? 0) | kept;
      return true;
    };
    // avr8js resets the CPU in place on a watchdog timeout; a reset here rebuilds the whole MCU.
    cpu.reset = () => {
      this.pendingReset = 'watchdog';
    };
    cpu.writeHooks[SPMCSR] = (value) => {
      const busy = ((cpu.data[SPMCSR] ?? 0) & SPMEN) !== 0 && this.spmcsrWrittenAt === Infinity;
      if (!busy) {
        cpu.data[SPMCSR] = (value & 0x9f) | ((cpu.data[SPMCSR] ?? 0) & RWWSB);
        this.spmcsrWrittenAt = cpu.cycles;
      }
      return true;
    };
    cpu.data[MCUSR] = mcusr;
    cpu.pc = this.bootStartByte / 2;
    this.pageBuffer.fill(0xffff);
    this.spmcsrWrittenAt = -Infinity;
    this.rxFifo.length = 0;
    this.arrivalScheduled = false;
    this.cpu = cpu;
    this.usart = usart;
    this.peripherals = { cpu, ports, twi, adc };
    this.scheduleArrival();
    this.onBuild(this.peripherals);
  }

  /**
   * Spots a tight loop polling `register`: the same instruction reading the same value again
   * within a few cycles. (A read that sees a change ends the loop and is never skipped.)
   */
  private watchForPolling(cpu: CPU, register: number): void {
    const inner = cpu.readHooks[register];
    cpu.readHooks[register] = (address) => {
      const value = inner === undefined ? (cpu.data[register] ?? 0) : inner(address);
      this.polling = cpu.pc === this.lastPollPc && cpu.cycles - this.lastPollCycles <= pollLoopCycles && value === this.lastPollValue;
      this.lastPollPc = cpu.pc;
      this.lastPollCycles = cpu.cycles;
      this.lastPollValue = value;
      return value;
    };
  }

  /** Cycles one character (start, 8 data, stop bits) takes on the line. */
  private cyclesPerCharacter(): number {
    const data = this.cpu.data;
    const ubrr = ((data[UBRR0H] ?? 0) << 8) | (data[UBRR0L] ?? 0);
    if (!this.usart.rxEnable && ubrr === 0) return Math.round((this.frequencyHz / this.lineBaud) * 10);
    return (ubrr + 1) * (((data[UCSR0A] ?? 0) & U2X0) !== 0 ? 8 : 16) * 10;
  }

  private scheduleArrival(): void {
    const next = this.wire[0];
    if (this.arrivalScheduled || next === undefined) return;
    this.arrivalScheduled = true;
    const cpu = this.cpu;
    const delay = Math.max(this.cyclesPerCharacter(), next.notBefore - cpu.cycles);
    cpu.addClockEvent(() => {
      if (this.cpu !== cpu) return;
      this.arrivalScheduled = false;
      this.arrive(this.wire.shift()?.byte ?? 0);
      this.scheduleArrival();
    }, delay);
  }

  private arrive(byte: number): void {
    const data = this.cpu.data;
    if (!this.usart.rxEnable) return; // a receiver that is off loses what arrives
    if (((data[UCSR0A] ?? 0) & RXC0) === 0) this.usart.writeByte(byte, true);
    else if (this.rxFifo.length < 2) this.rxFifo.push(byte);
    else data[UCSR0A] = (data[UCSR0A] ?? 0) | DOR0; // data overrun: the byte is lost
  }

  private executeSpm(): void {
    const cpu = this.cpu;
    const control = cpu.data[SPMCSR] ?? 0;
    const inTime = cpu.cycles - this.spmcsrWrittenAt <= spmWindowCycles;
    const fromBootSection = cpu.pc * 2 >= this.bootStartByte;
    if ((control & SPMEN) === 0 || !inTime || !fromBootSection) return;
    const z = (cpu.data[30] ?? 0) | ((cpu.data[31] ?? 0) << 8);
    const page = z & ~(atmega328p.pageBytes - 1) & (atmega328p.flashBytes - 1);
    const writable = page < this.bootStartByte;
    const operation = control & (PGERS | PGWRT | BLBSET | RWWSRE);
    let busy = false;
    if (operation === 0) {
      this.pageBuffer[(z >> 1) % this.pageBuffer.length] = (cpu.data[0] ?? 0) | ((cpu.data[1] ?? 0) << 8);
    } else if (operation === PGERS) {
      if (writable) this.flash.fill(0xff, page, page + atmega328p.pageBytes);
      busy = true;
    } else if (operation === PGWRT) {
      if (writable) this.progMem.set(this.pageBuffer, page / 2);
      this.pageBuffer.fill(0xffff);
      busy = true;
    } else if (operation === RWWSRE) {
      cpu.data[SPMCSR] = 0;
      this.pageBuffer.fill(0xffff);
    }
    if (!busy) {
      cpu.data[SPMCSR] = (cpu.data[SPMCSR] ?? 0) & ~SPMEN & ~(PGERS | PGWRT | BLBSET | RWWSRE);
      this.spmcsrWrittenAt = -Infinity;
      return;
    }
    // Busy: SPMEN stays set until the operation completes; the RWW section stays unreadable until re-enabled.
    cpu.data[SPMCSR] = SPMEN | (page < atmega328p.nrwwStartByte ? RWWSB : 0);
    this.spmcsrWrittenAt = Infinity;
    cpu.addClockEvent(() => {
      if (this.cpu !== cpu) return;
      cpu.data[SPMCSR] = (cpu.data[SPMCSR] ?? 0) & RWWSB;
      this.spmcsrWrittenAt = -Infinity;
    }, spmBusyCycles);
  }

  /**
   * A polling loop on an event-driven status register can only see a change when a scheduled
   * event (a byte arriving, a transmission finishing, a page write completing, a timer count, the
   * watchdog) fires, or an interrupt runs: jump to the next event.
   */
  private skipPolling(targetCycles: number): void {
    const cpu = this.cpu;
    if (cpu.nextInterrupt >= 0) return;
    const next = nextEventCycle(cpu) ?? targetCycles;
    // Land a few cycles short so the loop itself observes the change at the right moment.
    const landing = Math.min(next, targetCycles) - pollLoopCycles;
    if (landing > cpu.cycles) cpu.cycles = landing;
  }

  /**
   * Sleeping: the CPU stays asleep until an interrupt, so emulated time goes from one scheduled
   * event (a timer step, a received byte) to the next without executing instructions.
   */
  private sleepUntil(targetCycles: number): void {
    const cpu = this.cpu;
    while (cpu.nextInterrupt < 0 && cpu.cycles < targetCycles && this.cpu === cpu && this.pendingReset === undefined) {
      const next = nextEventCycle(cpu) ?? targetCycles;
      cpu.cycles = Math.max(cpu.cycles, Math.min(next, targetCycles));
      cpu.tick();
    }
  }
}
