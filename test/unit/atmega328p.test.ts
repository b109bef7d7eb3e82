import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { parseIntelHex } from '../../src/flash/intel-hex.js';
import { Atmega328p } from '../../src/virtual/atmega328p.js';
import { freshFlash, loadBootloader, placeImage } from '../../src/virtual/flash-memory.js';
import { buildBannerFirmware } from '../harness/firmware.js';

const optiboot = '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex';
const msToCycles = (ms: number): number => ms * 16_000;

/** Runs the MCU for `ms` of emulated time and returns what its USART sent. */
function run(mcu: Atmega328p, ms: number): string {
  let out = '';
  mcu.onTransmit = (byte) => (out += String.fromCharCode(byte));
  mcu.runUntil(mcu.cycles + msToCycles(ms));
  return out;
}

/** STK500v1 as avrdude speaks it, byte for byte, answered by the real optiboot. */
function exchange(mcu: Atmega328p, request: number[], replyMs = 30): number[] {
  const reply: number[] = [];
  mcu.onTransmit = (byte) => reply.push(byte);
  mcu.receive(Uint8Array.from(request));
  mcu.runUntil(mcu.cycles + msToCycles(replyMs));
  return reply;
}

describe('ATmega328P model with the real optiboot', () => {
  let flash: Uint8Array;
  let bootStart: number;
  before(async () => {
    const bootloader = await loadBootloader(optiboot);
    const app = await buildBannerFirmware('unit', '1234567');
    flash = freshFlash(bootloader);
    placeImage(flash, parseIntelHex(await readFile(app.hex, 'latin1'), app.hex), bootloader.start);
    bootStart = bootloader.start;
  });

  it('starts the application at once after power-on (PORF)', () => {
    const mcu = new Atmega328p(flash, bootStart);
    assert.match(run(mcu, 50), /^BOOT unit 1234567\r\n$/);
  });

  it('stays in the bootloader after an external reset (EXTRF), then starts the application after its timeout', () => {
    const mcu = new Atmega328p(flash, bootStart);
    run(mcu, 20);
    mcu.reset('external');
    assert.equal(run(mcu, 800), '', 'optiboot waits about a second for a programmer');
    assert.match(run(mcu, 900), /BOOT unit 1234567\r\n/);
    assert.ok(mcu.resets >= 2, 'the bootloader left through a watchdog reset');
  });

  it('writes flash through SPM as optiboot programs a page, busy for about 4 ms', () => {
    const mcu = new Atmega328p(flash, bootStart);
    mcu.reset('external');
    run(mcu, 400); // optiboot flashes the LED first
    assert.deepEqual(exchange(mcu, [0x30, 0x20]), [0x14, 0x10], 'in sync');
    assert.deepEqual(exchange(mcu, [0x75, 0x20]), [0x14, 0x1e, 0x95, 0x0f, 0x10], 'the ATmega328P signature');
    const page = Array.from({ length: 128 }, (_, index) => (index * 7 + 3) & 0xff);
    assert.deepEqual(exchange(mcu, [0x55, 0x40, 0x00, 0x20]), [0x14, 0x10], 'load address: word 0x40 = byte 0x80');
    const started = mcu.cycles;
    assert.deepEqual(exchange(mcu, [0x64, 0x00, 0x80, 0x46, ...page, 0x20], 40), [0x14, 0x10], 'program page');
    assert.ok(mcu.cycles - started >= msToCycles(8), 'erase and write each keep SPM busy ~4 ms');
    assert.deepEqual([...mcu.flash.subarray(0x80, 0x100)], page);
    assert.deepEqual(exchange(mcu, [0x55, 0x40, 0x00, 0x20]), [0x14, 0x10]);
    assert.deepEqual(exchange(mcu, [0x74, 0x00, 0x80, 0x46, 0x20], 40), [0x14, ...page, 0x10], 'read back through LPM');
  });

  it('skips the busy-wait loops of the LED flashes and the page write, and keeps their timing', () => {
    const mcu = new Atmega328p(flash, bootStart);
    mcu.reset('external');
    /** Counts how often firmware reads a register: a loop emulated instruction by instruction reads it every few cycles. */
    const countReads = (register: number): { count: number } => {
      const counter = { count: 0 };
      const inner = mcu.cpu.readHooks[register];
      mcu.cpu.readHooks[register] = (address) => {
        counter.count += 1;
        return inner === undefined ? (mcu.cpu.data[register] ?? 0) : inner(address);
      };
      return counter;
    };
    const tifr1 = countReads(0x36);
    const sent: { byte: number; cycle: number }[] = [];
    mcu.onTransmit = (byte) => sent.push({ byte, cycle: mcu.cycles });
    const resetAt = mcu.cycles;
    mcu.receive(Uint8Array.of(0x30, 0x20)); // GET_SYNC waits in the UART while the LED flashes
    mcu.runUntil(mcu.cycles + msToCycles(450));
    const inSyncAt = sent.find((entry) => entry.byte === 0x14)?.cycle ?? Infinity;
    // optiboot flashes the LED three times (6 × 62.5 ms on timer 1) before it reads a byte.
    assert.ok(
      inSyncAt - resetAt >= msToCycles(370) && inSyncAt - resetAt <= msToCycles(400),
      `answered after ${(inSyncAt - resetAt) / 16_000} ms`,
    );
    // Polled at every instruction, 375 ms of a 4-cycle loop would read TIFR1 about 1.5 million times.
    assert.ok(tifr1.count < 20_000, `TIFR1 read ${tifr1.count} times`);

    const spmcsr = countReads(0x57);
    exchange(mcu, [0x55, 0x40, 0x00, 0x20]);
    sent.length = 0;
    mcu.onTransmit = (byte) => sent.push({ byte, cycle: mcu.cycles });
    mcu.receive(Uint8Array.of(0x64, 0x00, 0x80, 0x46, ...new Array<number>(128).fill(0x5a), 0x20));
    mcu.runUntil(mcu.cycles + msToCycles(40));
    assert.deepEqual(
      sent.map((entry) => entry.byte),
      [0x14, 0x10],
    );
    const [inSync, ok] = sent;
    // INSYNC goes out once the page is in; OK only after the page write (~4 ms of SPM busy).
    assert.ok((ok?.cycle ?? 0) - (inSync?.cycle ?? 0) >= msToCycles(4), 'OK waits for the page write');
    assert.ok(spmcsr.count < 200, `SPMCSR read ${spmcsr.count} times`);
    assert.deepEqual([...mcu.flash.subarray(0x80, 0x100)], new Array<number>(128).fill(0x5a));
  });

  it("runs ATmegaBOOT, whose jump to the application leaves the UART on, and the application's UCSR0A write keeps UDRE", async () => {
    const atmegaboot = await loadBootloader('/usr/share/arduino/hardware/arduino/avr/bootloaders/atmega/ATmegaBOOT_168_atmega328.hex');
    const app = await buildBannerFirmware('unit', '7654321');
    const withAtmegaboot = freshFlash(atmegaboot);
    placeImage(withAtmegaboot, parseIntelHex(await readFile(app.hex, 'latin1'), app.hex), atmegaboot.start);
    const mcu = new Atmega328p(withAtmegaboot, atmegaboot.start);
    // ATmegaBOOT runs after every reset, power-on too, and answers a programmer at 57600 baud (UBRR 16, no U2X).
    run(mcu, 20); // it sets up its UART first; bytes before that are lost, as on silicon
    assert.deepEqual(exchange(mcu, [0x30, 0x20], 600), [0x14, 0x10], 'in sync, once its LED has flashed');
    assert.deepEqual(exchange(mcu, [0x75, 0x20], 30), [0x14, 0x1e, 0x95, 0x0f, 0x10], 'the ATmega328P signature');
    // After about a second without a byte it jumps to the application, which then prints its banner.
    assert.match(run(mcu, 2500), /^BOOT unit 7654321\r\n/);
    assert.equal(mcu.resets, 0, 'a jump, not a reset');
  });

  it('never lets SPM overwrite the boot section', () => {
    const mcu = new Atmega328p(flash, bootStart);
    const before = [...mcu.flash.subarray(bootStart, bootStart + 128)];
    mcu.reset('external');
    run(mcu, 400);
    exchange(mcu, [0x30, 0x20]);
    const address = bootStart / 2;
    exchange(mcu, [0x55, address & 0xff, address >> 8, 0x20]);
    exchange(mcu, [0x64, 0x00, 0x80, 0x46, ...new Array<number>(128).fill(0), 0x20], 40);
    assert.deepEqual([...mcu.flash.subarray(bootStart, bootStart + 128)], before);
  });
});
