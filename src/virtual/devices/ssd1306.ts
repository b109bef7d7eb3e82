import { PNG } from 'pngjs';
import type { DeviceField, DeviceKind, I2cDevice } from '../i2c/i2c-device.js';

const columns = 128;
const rows = 64;

/** Bytes that follow each command taking arguments; every other command is a single byte. */
const argumentCounts: ReadonlyMap<number, number> = new Map([
  [0x20, 1], // memory addressing mode
  [0x21, 2], // column address: start, end
  [0x22, 2], // page address: start, end
  [0x23, 1], // fade out and blinking (later datasheet revisions)
  [0x26, 6], // right horizontal scroll setup
  [0x27, 6], // left horizontal scroll setup
  [0x29, 5], // vertical and right horizontal scroll setup
  [0x2a, 5], // vertical and left horizontal scroll setup
  [0x81, 1], // contrast
  [0x8d, 1], // charge pump
  [0xa3, 2], // vertical scroll area: top rows, scrolling rows
  [0xa8, 1], // multiplex ratio
  [0xd3, 1], // display offset
  [0xd5, 1], // clock divide ratio and oscillator frequency
  [0xd6, 1], // zoom in (later datasheet revisions)
  [0xd9, 1], // pre-charge period
  [0xda, 1], // COM pins hardware configuration
  [0xdb, 1], // VCOMH deselect level
]);

export type AddressingMode = 'horizontal' | 'vertical' | 'page';
const addressingModes: readonly AddressingMode[] = ['horizontal', 'vertical', 'page'];

/** The controller's registers, as the commands received so far set them. */
export interface Ssd1306Settings {
  displayOn: boolean;
  chargePump: boolean;
  contrast: number;
  entireDisplayOn: boolean;
  inverse: boolean;
  addressing: AddressingMode;
  /** The RAM pointer: the column (0-127) and page (0-7) the next data byte goes to. */
  column: number;
  page: number;
  /** The window of commands 21h and 22h, inclusive, in which horizontal and vertical addressing wrap. */
  columnWindow: readonly [number, number];
  pageWindow: readonly [number, number];
  startLine: number;
  displayOffset: number;
  multiplexRatio: number;
  segmentRemap: boolean;
  comScanRemapped: boolean;
  comPins: number;
  clock: number;
  precharge: number;
  vcomh: number;
  /** Whether scrolling was activated (2Fh) and not deactivated (2Eh) since; scrollSetup is the last 26h/27h/29h/2Ah command with its arguments. */
  scrolling: boolean;
  scrollSetup: readonly number[];
  verticalScrollArea: readonly [number, number];
}

/** What the bytes after the control byte are: every one of the transfer (Co=0) or just the next (Co=1). */
type TransferState = 'idle' | 'control' | 'command-stream' | 'data-stream' | 'one-command' | 'one-data' | 'read';

/**
 * An SSD1306 driving a 128x64 OLED on I2C. Its GDDRAM is 8 pages of 128 columns, one byte a column
 * of 8 pixels, least significant bit at the top.
 *
 * The panel is oriented as the common 0.96-inch modules mount it (header at the top): SEG0 is the
 * right edge and COM0 the bottom row, which is why Adafruit_SSD1306 and U8g2 send A1h and C8h; with
 * the reset defaults A0h/C0h their picture shows turned by 180 degrees, as on a real module.
 *
 * Simplifications: an active scroll is kept but not rendered (the panel shows the RAM as it is);
 * the COM pins configuration (DAh) is kept, and the panel is drawn as the 128x64 modules are wired
 * for, alternative COM pins (12h), whatever it says; contrast is kept but lit pixels are all full.
 */
export class Ssd1306 implements I2cDevice {
  readonly kind = 'ssd1306';
  readonly addresses: readonly number[];
  readonly fields: readonly DeviceField[] = [];
  /** The GDDRAM by segment driver: with A1h, column address 0 was stored at SEG127 when it was written. */
  private readonly ram = new Uint8Array(columns * (rows / 8));
  private transfer: TransferState = 'idle';
  /** A command whose argument bytes are still arriving: they may come in later control bytes or transfers. */
  private pendingCommand: { opcode: number; needed: number; args: number[] } | undefined;
  private pageModeColumnStart = 0;
  private settingsNow: Ssd1306Settings = {
    // The reset state the datasheet gives: display off, charge pump off, page addressing.
    displayOn: false,
    chargePump: false,
    contrast: 0x7f,
    entireDisplayOn: false,
    inverse: false,
    addressing: 'page',
    column: 0,
    page: 0,
    columnWindow: [0, columns - 1],
    pageWindow: [0, 7],
    startLine: 0,
    displayOffset: 0,
    multiplexRatio: rows,
    segmentRemap: false,
    comScanRemapped: false,
    comPins: 0x12,
    clock: 0x80,
    precharge: 0x22,
    vcomh: 0x20,
    scrolling: false,
    scrollSetup: [],
    verticalScrollArea: [0, rows],
  };

  constructor(address: number) {
    this.addresses = [address];
  }

  select(_address: number, read: boolean, _atUs: number): boolean {
    this.transfer = read ? 'read' : 'control';
    return true;
  }

  write(byte: number, _atUs: number): boolean {
    switch (this.transfer) {
      case 'control': {
        const continuation = (byte & 0x80) !== 0;
        const data = (byte & 0x40) !== 0;
        if (continuation) this.transfer = data ? 'one-data' : 'one-command';
        else this.transfer = data ? 'data-stream' : 'command-stream';
        return true;
      }
      case 'command-stream':
        this.command(byte);
        return true;
      case 'data-stream':
        this.data(byte);
        return true;
      case 'one-command':
        this.command(byte);
        this.transfer = 'control';
        return true;
      case 'one-data':
        this.data(byte);
        this.transfer = 'control';
        return true;
      case 'idle':
      case 'read':
        return false;
    }
  }

  /** Reads return the status register: bit 6 set while the display is off. */
  read(_more: boolean, _atUs: number): number {
    return this.settingsNow.displayOn ? 0x00 : 0x40;
  }

  stop(_atUs: number): void {
    this.transfer = 'idle';
  }

  /** A copy of the registers as they stand. */
  settings(): Ssd1306Settings {
    return structuredClone(this.settingsNow);
  }

  /** The panel as it shows now: 64 rows top to bottom, each 128 pixels left to right, true where lit. */
  panel(): boolean[][] {
    const s = this.settingsNow;
    // Real modules have no supply for the OLED but the internal charge pump: without 8Dh 14h they show nothing.
    const shows = s.displayOn && s.chargePump;
    return Array.from({ length: rows }, (_, y) => {
      const line = shows ? this.ramLineAt(y) : undefined;
      return Array.from({ length: columns }, (_, x) => {
        if (line === undefined) return false;
        if (s.entireDisplayOn) return true;
        const segment = columns - 1 - x;
        const bit = ((this.ram[(line >> 3) * columns + segment] ?? 0) >> (line & 7)) & 1;
        return (bit === 1) !== s.inverse;
      });
    });
  }

  screenshot(): Buffer {
    const image = new PNG({ width: columns, height: rows });
    const gray = Buffer.alloc(columns * rows);
    this.panel().forEach((row, y) => {
      row.forEach((lit, x) => {
        gray[y * columns + x] = lit ? 255 : 0;
      });
    });
    image.data = gray;
    return PNG.sync.write(image, { colorType: 0, inputColorType: 0, inputHasAlpha: false, bitDepth: 8 });
  }

  /**
   * The RAM line panel row y shows, or undefined where its COM line is not driven. From the
   * datasheet's tables of display offset and start line: COM c drives display row
   * (c + offset) mod 64 in normal scan and (N - 1 - c + offset) mod 64 remapped (N the multiplex
   * ratio); only rows below N are driven; display row r shows RAM line (r + start line) mod 64.
   */
  private ramLineAt(y: number): number | undefined {
    const s = this.settingsNow;
    const com = rows - 1 - y;
    const scanned = s.comScanRemapped ? s.multiplexRatio - 1 - com : com;
    const row = (((scanned + s.displayOffset) % rows) + rows) % rows;
    if (row >= s.multiplexRatio) return undefined;
    return (row + s.startLine) % rows;
  }

  private data(byte: number): void {
    const s = this.settingsNow;
    // The segment remap applies as data arrive: "data already stored in GDDRAM will have no changes".
    const segment = s.segmentRemap ? columns - 1 - s.column : s.column;
    this.ram[s.page * columns + segment] = byte;
    this.advancePointer();
  }

  private advancePointer(): void {
    const s = this.settingsNow;
    const [columnStart, columnEnd] = s.columnWindow;
    const [pageStart, pageEnd] = s.pageWindow;
    if (s.addressing === 'page') {
      // The page stays; past the last column the pointer returns to the column set by 00h-1Fh.
      s.column = s.column === columns - 1 ? this.pageModeColumnStart : s.column + 1;
    } else if (s.addressing === 'horizontal') {
      if (s.column === columnEnd) {
        s.column = columnStart;
        s.page = s.page === pageEnd ? pageStart : (s.page + 1) & 7;
      } else {
        s.column = (s.column + 1) & 0x7f;
      }
    } else if (s.page === pageEnd) {
      s.page = pageStart;
      s.column = s.column === columnEnd ? columnStart : (s.column + 1) & 0x7f;
    } else {
      s.page = (s.page + 1) & 7;
    }
  }

  private command(byte: number): void {
    if (this.pendingCommand === undefined) {
      const needed = argumentCounts.get(byte) ?? 0;
      if (needed === 0) this.execute(byte, []);
      else this.pendingCommand = { opcode: byte, needed, args: [] };
      return;
    }
    const pending = this.pendingCommand;
    pending.args.push(byte);
    if (pending.args.length < pending.needed) return;
    this.pendingCommand = undefined;
    this.execute(pending.opcode, pending.args);
  }

  private execute(opcode: number, args: readonly number[]): void {
    const s = this.settingsNow;
    const first = args[0] ?? 0;
    const second = args[1] ?? 0;
    if (opcode <= 0x0f) {
      this.pageModeColumnStart = (this.pageModeColumnStart & 0x70) | opcode;
      s.column = this.pageModeColumnStart;
    } else if (opcode <= 0x1f) {
      this.pageModeColumnStart = (this.pageModeColumnStart & 0x0f) | ((opcode & 0x07) << 4);
      s.column = this.pageModeColumnStart;
    } else if (opcode >= 0x40 && opcode <= 0x7f) {
      s.startLine = opcode & 0x3f;
    } else if (opcode >= 0xb0 && opcode <= 0xb7) {
      s.page = opcode & 0x07;
    } else if ((opcode & 0xf0) === 0xc0) {
      s.comScanRemapped = (opcode & 0x08) !== 0;
    } else {
      this.executeFixed(opcode, first, second, args);
    }
  }

  private executeFixed(opcode: number, first: number, second: number, args: readonly number[]): void {
    const s = this.settingsNow;
    switch (opcode) {
      case 0x20:
        // 11b is an invalid entry: the mode stays.
        s.addressing = addressingModes[first & 0x03] ?? s.addressing;
        break;
      case 0x21:
        s.columnWindow = [first & 0x7f, second & 0x7f];
        s.column = first & 0x7f;
        break;
      case 0x22:
        // Only A[2:0] count, which is why Adafruit_SSD1306 may send FFh as the end page.
        s.pageWindow = [first & 0x07, second & 0x07];
        s.page = first & 0x07;
        break;
      case 0x26:
      case 0x27:
      case 0x29:
      case 0x2a:
        s.scrollSetup = [opcode, ...args];
        break;
      case 0x2e:
        s.scrolling = false;
        break;
      case 0x2f:
        s.scrolling = true;
        break;
      case 0x81:
        s.contrast = first;
        break;
      case 0x8d:
        s.chargePump = (first & 0x04) !== 0;
        break;
      case 0xa0:
      case 0xa1:
        s.segmentRemap = opcode === 0xa1;
        break;
      case 0xa3:
        s.verticalScrollArea = [first & 0x3f, second & 0x7f];
        break;
      case 0xa4:
      case 0xa5:
        s.entireDisplayOn = opcode === 0xa5;
        break;
      case 0xa6:
      case 0xa7:
        s.inverse = opcode === 0xa7;
        break;
      case 0xa8:
        // 0-14 are invalid entries: the ratio stays.
        if ((first & 0x3f) >= 15) s.multiplexRatio = (first & 0x3f) + 1;
        break;
      case 0xae:
      case 0xaf:
        s.displayOn = opcode === 0xaf;
        break;
      case 0xd3:
        s.displayOffset = first & 0x3f;
        break;
      case 0xd5:
        s.clock = first;
        break;
      case 0xd9:
        s.precharge = first;
        break;
      case 0xda:
        s.comPins = first;
        break;
      case 0xdb:
        s.vcomh = first;
        break;
      default:
        // E3h is the NOP; the fade and zoom commands of later revisions and unknown bytes change nothing drawn here.
        break;
    }
  }
}

export const ssd1306Kind: DeviceKind = {
  kind: 'ssd1306',
  description: 'SSD1306 128x64 monochrome OLED on I2C (the 0.96-inch modules); screenshot as PNG',
  addresses: [0x3c, 0x3d],
  create: (options) => new Ssd1306(options.address),
};
