import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { Ssd1306, ssd1306Kind } from '../../src/virtual/devices/ssd1306.js';

/** One I2C write transfer: START, the address, the bytes (each must be acknowledged), STOP. */
function send(display: Ssd1306, bytes: readonly number[]): void {
  assert.ok(display.select(display.addresses[0]!, false, 0));
  for (const byte of bytes) assert.ok(display.write(byte, 0));
  display.stop(0);
}

/** A Co=0, D/C#=0 transfer: every byte after the control byte is a command or an argument. */
const commands = (display: Ssd1306, ...bytes: number[]) => send(display, [0x00, ...bytes]);
/** A Co=0, D/C#=1 transfer: every byte after the control byte goes to the GDDRAM. */
const data = (display: Ssd1306, ...bytes: number[]) => send(display, [0x40, ...bytes]);

/** Adafruit_SSD1306::begin for a 128x64 panel on the internal charge pump, transfer by transfer as it sends them. */
function adafruitBegin(display: Ssd1306): void {
  commands(display, 0xae, 0xd5, 0x80, 0xa8);
  commands(display, 0x3f);
  commands(display, 0xd3, 0x00, 0x40, 0x8d);
  commands(display, 0x14);
  commands(display, 0x20, 0x00, 0xa1, 0xc8);
  for (const single of [0xda, 0x12, 0x81, 0xcf, 0xd9, 0xf1]) commands(display, single);
  commands(display, 0xdb, 0x40, 0xa4, 0xa6, 0x2e, 0xaf);
}

/** Adafruit_SSD1306::display: the whole window, then the buffer in 31-byte data transfers (Wire's 32-byte buffer). */
function adafruitDisplay(display: Ssd1306, buffer: Uint8Array): void {
  commands(display, 0x22, 0x00, 0xff, 0x21, 0x00);
  commands(display, 0x7f);
  for (let offset = 0; offset < buffer.length; offset += 31) data(display, ...buffer.subarray(offset, offset + 31));
}

/** A frame buffer laid out as Adafruit_GFX keeps it: byte x + (y / 8) * 128, bit y % 8. */
function frame(pixels: readonly (readonly [number, number])[]): Uint8Array {
  const buffer = new Uint8Array(1024);
  for (const [x, y] of pixels) buffer[x + (y >> 3) * 128]! |= 1 << (y & 7);
  return buffer;
}

/** The lit pixels as "x,y", sorted, so a failure shows which ones differ. */
function lit(display: Ssd1306): string[] {
  const found: string[] = [];
  display.panel().forEach((row, y) => {
    row.forEach((on, x) => {
      if (on) found.push(`${x},${y}`);
    });
  });
  return found.sort();
}

function points(...pixels: (readonly [number, number])[]): string[] {
  return pixels.map(([x, y]) => `${x},${y}`).sort();
}

/** Lit rows of a panel whose every pixel is forced on (A5h): the rows its COM lines drive. */
function drivenRows(display: Ssd1306): number[] {
  return display
    .panel()
    .map((row, y) => (row.every(Boolean) ? y : -1))
    .filter((y) => y >= 0);
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);

function begun(): Ssd1306 {
  const display = new Ssd1306(0x3c);
  adafruitBegin(display);
  return display;
}

describe('SSD1306 128x64 OLED', () => {
  it('is a kind at 0x3C or 0x3D with no fields and no memory', () => {
    assert.deepEqual(ssd1306Kind.addresses, [0x3c, 0x3d]);
    const display = ssd1306Kind.create({ address: 0x3d, values: {}, memory: undefined });
    assert.equal(display.memory, undefined);
    assert.equal(ssd1306Kind.memoryBytes, undefined);
    assert.deepEqual(display.addresses, [0x3d]);
    assert.deepEqual(display.fields, []);
    assert.equal(display.kind, 'ssd1306');
    assert.ok(display instanceof Ssd1306);
  });

  it('shows what Adafruit_SSD1306 draws, upright, with its init sequence and display()', () => {
    const display = new Ssd1306(0x3c);
    const drawn: [number, number][] = [
      [0, 0],
      [127, 0],
      [5, 9],
      [100, 50],
      [0, 63],
      [64, 31],
    ];
    adafruitBegin(display);
    adafruitDisplay(display, frame(drawn));
    assert.deepEqual(lit(display), points(...drawn));
    const settings = display.settings();
    assert.equal(settings.contrast, 0xcf);
    assert.deepEqual(settings.pageWindow, [0, 7], 'only A[2:0] of the end page FFh count');
    assert.deepEqual([settings.column, settings.page], [0, 0], 'after 1024 bytes the pointer is back at the window start');
  });

  it('is dark while the display is off or the charge pump is not enabled', () => {
    const display = new Ssd1306(0x3c);
    commands(display, 0x20, 0x00, 0xa1, 0xc8);
    data(display, 0xff);
    assert.deepEqual(lit(display), [], 'the reset state: display off, charge pump off');
    commands(display, 0xaf);
    assert.deepEqual(lit(display), [], 'on, but without the charge pump the panel has no supply');
    commands(display, 0x8d, 0x14);
    assert.deepEqual(lit(display), points(...range(0, 8).map((y) => [0, y] as const)));
    commands(display, 0xae);
    assert.deepEqual(lit(display), []);
    commands(display, 0xaf, 0x8d, 0x10);
    assert.deepEqual(lit(display), []);
  });

  it('takes one byte per control byte when Co=1, and arguments across control bytes and transfers', () => {
    const display = begun();
    // Page 2, column 3 by single commands; one data byte; then a data stream.
    send(display, [0x80, 0xb2, 0x80, 0x03, 0x80, 0x10, 0xc0, 0x81, 0x40, 0x01, 0x01]);
    assert.deepEqual(lit(display), points([3, 16], [3, 23], [4, 16], [5, 16]));
    send(display, [0x80, 0x81, 0x80, 0x10]);
    assert.equal(display.settings().contrast, 0x10, 'the contrast argument came in the next Co=1 pair');
    commands(display, 0x81);
    commands(display, 0x22);
    assert.equal(display.settings().contrast, 0x22, 'the argument came in the next transfer');
    // In a Co=0 command stream an argument byte is never taken as a command: 0xA7 here is the contrast.
    commands(display, 0x81, 0xa7);
    assert.equal(display.settings().inverse, false);
    assert.equal(display.settings().contrast, 0xa7);
  });

  it('wraps horizontal addressing within the column and page window', () => {
    const display = begun();
    commands(display, 0x21, 10, 12, 0x22, 2, 3);
    data(display, 0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40);
    // Columns 10-12 of page 2, then of page 3, then back to column 10 of page 2 (0x40 overwrites 0x01).
    assert.deepEqual(lit(display), points([10, 22], [11, 17], [12, 18], [10, 27], [11, 28], [12, 29]));
    const { column, page } = display.settings();
    assert.deepEqual([column, page], [11, 2]);
  });

  it('wraps vertical addressing down the pages, then to the next column', () => {
    const display = begun();
    commands(display, 0x20, 0x01, 0x21, 5, 6, 0x22, 1, 2);
    data(display, 0x01, 0x02, 0x04, 0x08, 0x10);
    assert.deepEqual(lit(display), points([5, 12], [5, 17], [6, 10], [6, 19]));
    assert.equal(display.settings().addressing, 'vertical');
  });

  it('keeps page addressing on its page, the column set by the 00h-1Fh nibbles', () => {
    const display = begun();
    commands(display, 0x20, 0x02, 0xb5, 0x0e, 0x17);
    data(display, 0x01, 0x02, 0x04);
    // Column 126 and 127 of page 5, then back to column 126 on the same page.
    assert.deepEqual(lit(display), points([126, 42], [127, 41]));
    const { column, page, addressing } = display.settings();
    assert.deepEqual([column, page, addressing], [127, 5, 'page']);
  });

  it('positions the pointer with B0h-B7h and the nibbles in horizontal mode too, as U8g2 does', () => {
    const display = begun();
    commands(display, 0x40, 0x12, 0x08, 0xb1);
    data(display, 0xff);
    assert.deepEqual(lit(display), points(...range(8, 16).map((y) => [40, y] as const)));
  });

  it('inverts with A7h and lights everything with A5h', () => {
    const display = begun();
    data(display, 0x01);
    commands(display, 0xa7);
    const inverted = lit(display);
    assert.equal(inverted.length, 128 * 64 - 1);
    assert.ok(!inverted.includes('0,0'));
    commands(display, 0xa6, 0xa5);
    assert.equal(lit(display).length, 128 * 64);
    commands(display, 0xa4);
    assert.deepEqual(lit(display), points([0, 0]));
  });

  it('applies the segment remap to data as it arrives, and the COM scan direction at once', () => {
    const display = begun();
    data(display, 0x01);
    commands(display, 0xa0);
    assert.deepEqual(lit(display), points([0, 0]), 'A0h leaves what the GDDRAM holds as it was');
    commands(display, 0x21, 0, 127, 0x22, 0, 7);
    data(display, 0x02);
    assert.deepEqual(lit(display), points([0, 0], [127, 1]), 'column 0 now drives SEG0, the right edge of the module');
    commands(display, 0xc0);
    assert.deepEqual(lit(display), points([0, 63], [127, 62]), 'C0h flips the rows immediately');
  });

  it('moves the picture by start line and display offset, and drives only the multiplexed rows', () => {
    const display = begun();
    commands(display, 0xb1, 0x00, 0x10);
    data(display, 0x01); // RAM line 8, column 0
    assert.deepEqual(lit(display), points([0, 8]));
    commands(display, 0x48);
    assert.deepEqual(lit(display), points([0, 0]), 'start line 8: RAM line 8 is the first row');
    commands(display, 0x40, 0xd3, 0x08);
    assert.deepEqual(lit(display), points([0, 0]), 'offset 8 shifts the rows by 8 too');
    commands(display, 0xd3, 0x00, 0xa8, 0x2f);
    assert.deepEqual(lit(display), points([0, 24]), 'with 48 rows (C8h) the picture starts 16 rows down');
    commands(display, 0xa5);
    assert.deepEqual(drivenRows(display), range(16, 64));
    commands(display, 0xd3, 0x08);
    assert.deepEqual(drivenRows(display), range(8, 56));
    // The datasheet's table of offset and start line without remap, column (e): MUX 56, offset 8,
    // C0h: COM0-47 show rows 8-55, COM48-55 nothing, COM56-63 rows 0-7 (COM63 is the top row).
    commands(display, 0xc0, 0xa8, 0x37);
    assert.deepEqual(drivenRows(display), [...range(0, 8), ...range(16, 64)]);
    commands(display, 0xa8, 0x0e);
    assert.equal(display.settings().multiplexRatio, 56, 'ratios below 16 are invalid and change nothing');
  });

  it('accepts and keeps the scroll commands, their arguments consumed', () => {
    const display = begun();
    commands(display, 0x26, 0x00, 0x00, 0x00, 0x07, 0x00, 0xff, 0xa7, 0x2f);
    let settings = display.settings();
    assert.deepEqual(settings.scrollSetup, [0x26, 0x00, 0x00, 0x00, 0x07, 0x00, 0xff]);
    assert.equal(settings.scrolling, true);
    assert.equal(settings.inverse, true, 'the byte after the six arguments was a command again');
    commands(display, 0x2e, 0xa3, 0x00, 0x40, 0x29, 0x00, 0x01, 0x00, 0x03, 0x01, 0xa6, 0xe3);
    settings = display.settings();
    assert.equal(settings.scrolling, false);
    assert.deepEqual(settings.verticalScrollArea, [0x00, 0x40]);
    assert.deepEqual(settings.scrollSetup, [0x29, 0x00, 0x01, 0x00, 0x03, 0x01]);
    assert.equal(settings.inverse, false);
  });

  it('reads back its status: bit 6 while the display is off', () => {
    const display = new Ssd1306(0x3c);
    assert.ok(display.select(0x3c, true, 0));
    assert.equal(display.read(false, 0), 0x40);
    display.stop(0);
    commands(display, 0xaf);
    assert.ok(display.select(0x3c, true, 0));
    assert.equal(display.read(false, 0), 0x00);
    display.stop(0);
  });

  it('screenshots a 128x64 8-bit grayscale PNG that matches the panel pixel for pixel', () => {
    const display = begun();
    const drawn = [...range(0, 128).map((x) => [x, (x * 37) % 64] as const), [3, 3] as const];
    adafruitDisplay(display, frame(drawn));
    const png = display.screenshot();
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 64);
    assert.equal(png[24], 8, 'bit depth');
    assert.equal(png[25], 0, 'colour type: grayscale');
    const decoded = PNG.sync.read(png);
    const panel = display.panel();
    let litCount = 0;
    for (let y = 0; y < 64; y += 1) {
      for (let x = 0; x < 128; x += 1) {
        const value = decoded.data[(y * 128 + x) * 4];
        const on = panel[y]![x]!;
        if (on) litCount += 1;
        assert.equal(value, on ? 255 : 0, `pixel ${x},${y}`);
      }
    }
    assert.equal(litCount, 129);
  });
});
