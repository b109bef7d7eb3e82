import type { EspChip } from '../../flash/esp/chips.js';
import { romBaudRate, stubGreeting } from '../../flash/esp/rom-protocol.js';
import { SlipDecoder, slipEncode } from '../../flash/esp/slip.js';
import type { Io } from '../../io.js';
import { BoardPresence } from '../board-presence.js';
import { awaitClient } from '../reset-request.js';
import type { ControlArguments, ControlCommand, ControlReply } from '../control.js';
import { writeFlashFile } from '../flash-memory.js';
import { PtyBridge } from '../pty-bridge.js';
import type { VirtualBoardRecord } from '../registry.js';
import { bootLog, type BootCause } from './esp-boot-log.js';
import { EspChipState } from './esp-chip-state.js';
import { EspRom } from './esp-rom.js';
import { EspStub } from './esp-stub.js';
import { PacedLine } from './paced-line.js';

export interface EspBoardOptions {
  record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>;
  directory: string;
  chip: EspChip;
  flash: Uint8Array;
  macWords: readonly number[];
  io: Io;
}

/** The ESP8266 ROM prints at 74880 baud (its 26 MHz crystal's rate); the ESP32 family's at 115200. */
const bootBaud = (chip: EspChip): number => (chip.name === 'ESP8266' ? 74880 : romBaudRate);

type Mode = 'download' | 'application' | 'halted';

/** max-baud's argument: a baud above 0, or none (absent, null or 0) to remove the limit; a string says what is wrong. */
export function maxBaudArgument(args: ControlArguments): number | undefined | string {
  const { baud } = args;
  if (baud === undefined || baud === null || baud === 0) return undefined;
  if (typeof baud === 'number' && Number.isInteger(baud) && baud > 0) return baud;
  return `max-baud takes {"baud": N}, a whole number of baud above 0 (none or 0 removes the limit), not ${JSON.stringify(baud)}`;
}

/**
 * Runs one virtual ESP: its ROM loader behind the pty bridge — and the flasher stub once the ROM
 * has started it — each direction of the line paced at the baud the loader runs at (115200 until
 * CHANGE_BAUDRATE), the ROM's boot messages on every reset (which also give the chip back to the ROM),
 * and the control channel for what the pty cannot carry — EN and GPIO0: `reset` boots the flash,
 * `download` the ROM loader. Opening the port resets nothing: the auto-reset circuit of ESP boards
 * leaves EN and GPIO0 high while DTR and RTS are both asserted, which is what opening a port does.
 */
export class EspBoardRunner {
  private readonly options: EspBoardOptions;
  private readonly state: EspChipState;
  private readonly rom: EspRom;
  /** Who answers on the UART: the ROM after every reset, the flasher stub once the ROM has started it. */
  private loader: EspRom | EspStub;
  private readonly bridge: PtyBridge;
  private readonly toClient: PacedLine;
  private readonly fromClient: PacedLine;
  private decoder = new SlipDecoder();
  /** Packets are answered one after another, each once the loader is done with the one before (inflating takes a turn of the event loop). */
  private answering: Promise<void> = Promise.resolve();
  /** Counts resets, so an answer worked out before one is dropped rather than sent after it. */
  private generation = 0;
  private mode: Mode = 'application';
  private readonly presence: BoardPresence;
  private resets = 0;
  private readonly started = Date.now();
  private stopping: Promise<void> | undefined;
  private readonly stopped: Promise<void>;
  private resolveStopped: () => void = () => undefined;

  constructor(options: EspBoardOptions) {
    this.options = options;
    this.presence = new BoardPresence(options.directory, options.record);
    this.state = new EspChipState(options.chip, options.flash, options.macWords);
    this.rom = new EspRom(this.state);
    this.loader = this.rom;
    this.bridge = new PtyBridge(options.record.port);
    this.toClient = new PacedLine(romBaudRate, (bytes) => this.bridge.write(bytes));
    this.fromClient = new PacedLine(romBaudRate, (bytes) => this.receive(bytes));
    this.stopped = new Promise((resolve) => (this.resolveStopped = resolve));
  }

  get done(): Promise<void> {
    return this.stopped;
  }

  async start(): Promise<VirtualBoardRecord> {
    const { io, record } = this.options;
    await this.presence.prepare();
    this.bridge.on('data', (bytes: Buffer) => this.fromClient.send(new Uint8Array(bytes)));
    this.bridge.on('connect', () => io.info(`${record.name}: port opened`));
    this.bridge.on('disconnect', () => {
      io.info(`${record.name}: port closed`);
      void this.saveFlash();
    });
    this.bridge.on('error', (error: Error) => {
      io.error(`${record.name}: ${error.message}`);
      void this.stop();
    });
    await this.bridge.start();
    const published = await this.presence.publish((command, args) => this.handle(command, args), this.started);
    // Powered on with GPIO0 high: the ROM boots the flash.
    this.boot('application', 'power-on');
    io.info(`${record.name}: ${this.options.chip.name} running on ${record.port}`);
    return published;
  }

  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.toClient.clear();
      this.fromClient.clear();
      await this.bridge.stop();
      await this.presence.withdraw();
      await this.saveFlash();
      this.resolveStopped();
    })();
    return this.stopping;
  }

  status(): Record<string, unknown> {
    return {
      name: this.options.record.name,
      board: this.options.record.board,
      chip: this.options.chip.name,
      port: this.options.record.port,
      pid: process.pid,
      connected: this.bridge.isConnected,
      mode: this.mode,
      baud: this.fromClient.baud,
      maxBaud: this.fromClient.maxBaud ?? null,
      loader: this.loader === this.rom ? 'rom' : 'stub',
      flashWrites: this.state.flashWrites,
      uptimeMs: Date.now() - this.started,
      resets: this.resets,
      flashFile: this.options.record.flashFile,
    };
  }

  /**
   * A reset: EN pulsed, with GPIO0 low (download) or high (boot from flash); what was on the line
   * is lost and the ROM starts over. `run` is no reset: the ROM leaving its loader for the flash.
   */
  private boot(into: 'download' | 'application', cause: BootCause): void {
    if (cause !== 'run') this.resets += 1;
    this.generation += 1;
    this.toClient.clear();
    this.fromClient.clear();
    this.decoder = new SlipDecoder();
    if (this.loader instanceof EspStub) this.loader.dispose();
    this.loader = this.rom;
    this.rom.reset();
    this.mode = into;
    const log = bootLog(this.options.chip, into === 'download' ? 'download' : 'flash', this.options.flash, cause);
    this.toClient.baud = bootBaud(this.options.chip);
    this.toClient.send(Buffer.from(log, 'latin1'), () => {
      // The loader listens at 115200 (the ESP8266 ROM's boot text was at 74880).
      this.toClient.baud = romBaudRate;
    });
    this.fromClient.baud = romBaudRate;
  }

  private receive(bytes: Uint8Array): void {
    if (this.mode !== 'download') return; // no application runs: what is sent to it goes nowhere
    for (const packet of this.decoder.push(bytes)) {
      const generation = this.generation;
      this.answering = this.answering.then(() =>
        generation === this.generation && this.mode === 'download' ? this.answer(packet) : undefined,
      );
    }
  }

  private async answer(packet: Uint8Array): Promise<void> {
    const generation = this.generation;
    const step = await this.loader.handle(packet);
    if (generation !== this.generation) return; // reset while the loader worked: the answer never leaves
    if (step.note !== undefined) this.options.io.info(`${this.options.record.name}: ${step.note}`);
    const answer = [...step.responses, ...(step.frames ?? [])].map((frame) => slipEncode(frame));
    const after = step.after;
    this.toClient.send(Buffer.concat(answer), () => {
      if (after.kind === 'baud') {
        this.toClient.baud = after.baud;
        this.fromClient.baud = after.baud;
        const limit = this.fromClient.maxBaud;
        if (limit !== undefined && after.baud > limit)
          this.options.io.info(
            `${this.options.record.name}: the line carries at most ${limit} baud (max-baud): nothing crosses it at ${after.baud} baud`,
          );
      } else if (after.kind === 'reboot' || after.kind === 'run') {
        void this.saveFlash();
        this.boot('application', after.kind === 'reboot' ? 'software' : 'run');
      }
    });
    if (after.kind === 'stub') {
      // The ROM jumped into the flasher stub: from the next frame on the stub answers, over the
      // same chip. Its first words, once MEM_END's answer is out, are its greeting, alone in a
      // frame (esptool-js reads the frame after that answer and wants exactly "OHAI").
      this.loader = new EspStub(this.state);
      this.toClient.send(slipEncode(Buffer.from(stubGreeting, 'latin1')));
    }
    // Nothing more is read once the ROM has jumped away (into RAM, or out of its loader).
    if (after.kind === 'halt') this.mode = 'halted';
    else if (after.kind === 'reboot' || after.kind === 'run') this.mode = 'application';
  }

  private async handle(command: ControlCommand, args: ControlArguments): Promise<ControlReply> {
    if (command === 'set' || command === 'pins' || command === 'history' || command === 'screenshot') {
      return {
        ok: false,
        error:
          'a virtual ESP board runs no application code, so its pins and peripherals never change: use a virtual AVR board (uno, nano, duemilanove)',
      };
    }
    if (command === 'reset' || command === 'download') {
      const refused = await awaitClient(this.bridge, args);
      if (refused !== undefined) return refused;
      this.boot(command === 'download' ? 'download' : 'application', 'reset-pin');
      return { ok: true, ...this.status() };
    }
    if (command === 'corrupt-next-block' || command === 'fail-next-write' || command === 'refuse-stub') {
      if (command === 'corrupt-next-block') this.state.corruptNextBlock = true;
      else if (command === 'fail-next-write') this.state.failNextWrite = true;
      else this.state.refuseStub = true;
      return { ok: true, ...this.status() };
    }
    if (command === 'max-baud') {
      const limit = maxBaudArgument(args);
      if (typeof limit === 'string') return { ok: false, error: limit, kind: 'usage' };
      // The bridge's or the cable's limit: a reset keeps it, and it applies from the next byte on.
      this.toClient.maxBaud = limit;
      this.fromClient.maxBaud = limit;
      this.options.io.info(
        `${this.options.record.name}: ${limit === undefined ? 'the line carries any baud again' : `the line carries at most ${limit} baud (max-baud)`}`,
      );
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
    if (file !== null) await writeFlashFile(file, this.options.flash);
  }
}
