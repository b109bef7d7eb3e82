import type { Io } from '../io.js';
import { Atmega328p } from './atmega328p.js';
import { BoardPresence } from './board-presence.js';
import { awaitClient } from './reset-request.js';
import { BoardPeripherals } from './board-peripherals.js';
import type { DeviceStatus } from './i2c/wired-devices.js';
import type { ControlArguments, ControlCommand, ControlReply } from './control.js';
import { writeFlashFile } from './flash-memory.js';
import { PtyBridge } from './pty-bridge.js';
import type { VirtualBoardRecord } from './registry.js';
import type { Wiring } from './wiring.js';

/** What `status` tells about a running board. */
export interface VirtualBoardStatus {
  name: string;
  board: string;
  port: string;
  pid: number;
  /** Whether a client has the port open. */
  connected: boolean;
  emulatedMs: number;
  /** Emulated time since power-on, to the microsecond: where a window of pin history starts. */
  nowUs: number;
  uptimeMs: number;
  /** Emulated time lost because the host could not keep up with 16 MHz. */
  lagMs: number;
  resets: number;
  flashFile: string | null;
  /** The I2C devices wired to it (an ESP board has none). */
  devices: DeviceStatus[];
}

export interface BoardRunnerOptions {
  record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>;
  directory: string;
  flash: Uint8Array;
  bootStartByte: number;
  frequencyHz: number;
  bridgeLatencyMs: number;
  wiring: Wiring;
  io: Io;
}

/** Emulated time may lag wall time by this much before the board stops trying to catch up. */
const maxLagMs = 100;
/**
 * How often the board runs when it has caught up with wall time: every millisecond while a client
 * has the port open (each slice is a delay a reply can wait, and protocols take turns), every
 * 4 ms otherwise, which costs a sleeping firmware less.
 */
const connectedSliceMs = 1;
/**
 * The most emulated time one run covers before the event loop moves bytes: a board running behind
 * wall time (a bootloader whose wait loop counts, a loaded host) keeps its bridge prompt instead
 * of going deaf for the whole time it is behind.
 */
const maxRunMs = 2;
/** When the second reset of an opening client's DTR toggle comes (avrdude: 250 ms low, then high). */
const dtrToggleMs = 250;
const idleSliceMs = 4;

/**
 * Runs one virtual board: the MCU at real speed (16 million emulated cycles per wall-clock
 * second, never faster), its USART on the pty bridge, a client opening the port resetting it
 * (the Uno's DTR auto-reset), and the control channel. Flash is saved to the flash file after
 * each programming session and on stop.
 */
export class BoardRunner {
  private readonly options: BoardRunnerOptions;
  private readonly mcu: Atmega328p;
  private readonly bridge: PtyBridge;
  private readonly presence: BoardPresence;
  private timer: NodeJS.Timeout | NodeJS.Immediate | undefined;
  private anchorWall = 0;
  private anchorCycles = 0;
  private lagMs = 0;
  private dtrToggle: NodeJS.Timeout | undefined;
  private readonly transmitted: { byte: number; due: number }[] = [];
  private readonly latencyCycles: number;
  private readonly started = Date.now();
  private stopping: Promise<void> | undefined;
  private readonly stopped: Promise<void>;
  private resolveStopped: () => void = () => undefined;
  private peripherals: BoardPeripherals | undefined;
  /** Device memories reach their files within a second of changing, not only at stop. */
  private saveTimer: NodeJS.Timeout | undefined;

  constructor(options: BoardRunnerOptions) {
    this.options = options;
    this.presence = new BoardPresence(options.directory, options.record);
    this.mcu = new Atmega328p(options.flash, options.bootStartByte, options.frequencyHz);
    this.bridge = new PtyBridge(options.record.port);
    this.stopped = new Promise((resolve) => (this.resolveStopped = resolve));
    this.latencyCycles = options.bridgeLatencyMs * (options.frequencyHz / 1000);
  }

  /** Sends the client every transmitted byte that is due by the board's time. */
  private flushTransmitted(): void {
    const now = this.mcu.cycles;
    let count = 0;
    while (count < this.transmitted.length && (this.transmitted[count]?.due ?? Infinity) <= now) count += 1;
    if (count === 0) return;
    this.bridge.write(Uint8Array.from(this.transmitted.splice(0, count), (entry) => entry.byte));
  }

  /** Resolves when the board has stopped (stop command, or a signal). */
  get done(): Promise<void> {
    return this.stopped;
  }

  async start(): Promise<VirtualBoardRecord> {
    const { io, record } = this.options;
    await this.presence.prepare();
    // The bridge's latency is kept in the board's own (emulated) time, so it stays right when the
    // host runs the board late: a byte from the client reaches the MCU `latency` after it came,
    // and a byte the MCU sends goes out `latency` after it was sent, with the others due by then
    // (one write, not one per byte).
    this.mcu.onTransmit = (byte) => this.transmitted.push({ byte, due: this.mcu.cycles + this.latencyCycles });
    this.bridge.on('data', (bytes: Buffer) => this.mcu.receive(bytes, this.mcu.cycles + this.latencyCycles));
    this.bridge.on('connect', () => {
      // Opening the port asserts DTR, which resets an Uno into its bootloader; avrdude and the
      // Arduino IDE then drop DTR for 250 ms and raise it again, resetting it once more just before
      // they talk to the bootloader. A pty carries no DTR, so that second reset is played here
      // too — unless the client resets the board through the control channel (Boardline does).
      this.mcu.reset('external');
      clearTimeout(this.dtrToggle);
      this.dtrToggle = setTimeout(() => this.mcu.reset('external'), dtrToggleMs);
      io.info(`${record.name}: port opened, board reset`);
    });
    this.bridge.on('disconnect', () => {
      clearTimeout(this.dtrToggle);
      io.info(`${record.name}: port closed`);
      void this.saveFlash();
      void this.peripherals?.save();
    });
    this.bridge.on('error', (error: Error) => {
      io.error(`${record.name}: ${error.message}`);
      void this.stop();
    });
    this.peripherals = await BoardPeripherals.create(this.mcu, this.options.wiring);
    this.saveTimer = setInterval(() => void this.peripherals?.save(), 1000);
    await this.bridge.start();
    const published = await this.presence.publish((command, args) => this.handle(command, args), this.started);
    this.anchorWall = performance.now();
    this.anchorCycles = this.mcu.cycles;
    this.schedule();
    io.info(`${record.name}: running on ${record.port}`);
    return published;
  }

  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopTimer();
      clearTimeout(this.dtrToggle);
      clearInterval(this.saveTimer);
      await this.bridge.stop();
      await this.presence.withdraw();
      await this.saveFlash();
      await this.peripherals?.save();
      this.resolveStopped();
    })();
    return this.stopping;
  }

  status(): VirtualBoardStatus {
    const uptimeMs = Date.now() - this.started;
    return {
      name: this.options.record.name,
      board: this.options.record.board,
      port: this.options.record.port,
      pid: process.pid,
      connected: this.bridge.isConnected,
      emulatedMs: Math.round(this.mcu.cycles / (this.options.frequencyHz / 1000)),
      nowUs: this.mcu.timeUs,
      uptimeMs,
      lagMs: Math.round(this.lagMs),
      resets: this.mcu.resets,
      flashFile: this.options.record.flashFile,
      devices: this.peripherals?.describe() ?? [],
    };
  }

  private async handle(command: ControlCommand, args: ControlArguments): Promise<ControlReply> {
    if (command === 'set' || command === 'pins' || command === 'history' || command === 'screenshot') {
      if (this.peripherals === undefined) return { ok: false, error: 'the board is still starting' };
      return this.peripherals.handle(command, args);
    }
    if (command === 'corrupt-next-block' || command === 'fail-next-write' || command === 'refuse-stub' || command === 'max-baud')
      return { ok: false, error: 'an AVR board takes no injected faults' };
    // An AVR board's bootloader runs after every reset: download is a reset like any other.
    if (command === 'reset' || command === 'download') {
      const refused = await awaitClient(this.bridge, args);
      if (refused !== undefined) return refused;
      clearTimeout(this.dtrToggle);
      this.mcu.reset('external');
      return { ok: true, ...this.status() };
    }
    if (command === 'stop') {
      setImmediate(() => void this.stop());
      return { ok: true, stopping: true };
    }
    return { ok: true, ...this.status() };
  }

  private async saveFlash(): Promise<void> {
    const file = this.options.record.flashFile;
    if (file !== null) await writeFlashFile(file, this.mcu.flash);
  }

  private stopTimer(): void {
    const timer = this.timer;
    this.timer = undefined;
    if (timer === undefined) return;
    if ('refresh' in timer) clearTimeout(timer);
    else clearImmediate(timer);
  }

  /** Runs the MCU up to wall-clock time, then yields; catching up is capped so a slow host lags rather than races. */
  private schedule(): void {
    const cyclesPerMs = this.options.frequencyHz / 1000;
    const run = (): void => {
      const now = performance.now();
      let target = this.anchorCycles + (now - this.anchorWall) * cyclesPerMs;
      const behindMs = (target - this.mcu.cycles) / cyclesPerMs;
      if (behindMs > maxLagMs) {
        this.lagMs += behindMs - maxLagMs;
        this.anchorCycles = this.mcu.cycles + maxLagMs * cyclesPerMs - (now - this.anchorWall) * cyclesPerMs;
        target = this.mcu.cycles + maxLagMs * cyclesPerMs;
      }
      const runTo = Math.min(target, this.mcu.cycles + maxRunMs * cyclesPerMs);
      this.mcu.runUntil(runTo);
      this.flushTransmitted();
      // Still behind: run again as soon as pending I/O has been handled.
      const pauseMs = runTo < target ? 0 : this.bridge.isConnected ? connectedSliceMs : idleSliceMs;
      this.timer = pauseMs === 0 ? setImmediate(run) : setTimeout(run, pauseMs);
    };
    this.timer = setImmediate(run);
  }
}
