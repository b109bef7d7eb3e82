import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { PNG } from 'pngjs';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { parseCliJson } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

/** The console of a running virtual board, checked by verify-banner as a user would; the named groups it matched. */
async function expectConsole(sandbox: BoardlineSandbox, board: string, patterns: string[]): Promise<Record<string, string>> {
  const run = await sandbox.cli(
    ['verify-banner', '--port', board, ...patterns.flatMap((pattern) => ['--expect', pattern]), '--timeout', '60s', '--json'],
    {
      timeoutMs: 120_000,
    },
  );
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  return (parseCliJson(run.stdout).outputs?.['groups'] ?? {}) as Record<string, string>;
}

/** The pattern eeprom-rw.c writes: 40 bytes, byte i = ((i * 7 + boots) & 0xff) ^ 0xa5. */
function eepromPattern(boots: number): Buffer {
  return Buffer.from(Array.from({ length: 40 }, (_, index) => ((index * 7 + boots) & 0xff) ^ 0xa5));
}

/** The picture ssd1306-demo.c documents, pixel by pixel (true = lit). */
function demoPicture(): boolean[][] {
  return Array.from({ length: 64 }, (_, y) =>
    Array.from({ length: 128 }, (_, x) => {
      if (x === 0 || x === 127 || y === 0 || y === 63) return true;
      if (x >= 8 && x <= 23 && y >= 8 && y <= 23) return true;
      if (x >= 56 && x <= 63 && y >= 24 && y <= 31) return (x + y) % 2 === 0;
      if (x === 100) return y >= 16 && y <= 47;
      if (x === 101) return [16, 24, 32, 40].includes(y);
      return false;
    }),
  );
}

describe('virtual peripherals on a virtual Uno: real firmware on the TWI', () => {
  let sandbox: BoardlineSandbox;
  let dir: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-peripherals-'));
  });
  afterEach(async () => sandbox.stopAll());
  after(async () => sandbox.stopAll());

  it('a BMP280 read by a datasheet driver: the firmware prints the temperature and pressure set, and new ones set through the control channel', async () => {
    const firmware = await buildFixtureFirmware('bmx280-reader');
    const board = await sandbox.startBoard(['--name', 'weather', '--firmware', firmware.hex, '--i2c', 'bmp280@0x76']);
    const reading = '/T=(?<t>-?\\d+) P=(?<p>\\d+)/';
    const first = await expectConsole(sandbox, board.name, ['id=0x58', reading]);
    // Bosch's integer compensation, run by the firmware, gives back what the model was set to: 20 °C, 1013.25 hPa.
    assert.ok(Math.abs(Number(first['t']) - 2000) <= 1, `T=${first['t']}`);
    assert.ok(Math.abs(Number(first['p']) - 101_325) <= 2, `P=${first['p']}`);
    const set = await sandbox.cli(['virtual-board', 'set', board.name, 'bmp280.temperature=31.25', 'bmp280.pressure=950.5', '--json']);
    assert.equal(set.exitCode, 0, set.stdout + set.stderr);
    const second = await expectConsole(sandbox, board.name, [reading]);
    assert.ok(Math.abs(Number(second['t']) - 3125) <= 1, `T=${second['t']}`);
    assert.ok(Math.abs(Number(second['p']) - 95_050) <= 2, `P=${second['p']}`);
    const outOfRange = await sandbox.cli(['virtual-board', 'set', board.name, 'bmp280.temperature=120', '--json']);
    assert.equal(outOfRange.exitCode, 2);
    assert.match(parseCliJson(outOfRange.stdout).error?.message ?? '', /temperature/);
  });

  it('a BME280 at 0x77 from a wiring file, with humidity; nothing at the address the firmware asks is a NACK it reports', async () => {
    const firmware = await buildFixtureFirmware('bmx280-reader', { BMX_ADDRESS: '0x77' });
    const wiring = join(dir, 'climate.yml');
    await writeFile(wiring, 'i2c:\n  - kind: bme280\n    address: 0x77\n    values:\n      temperature: -5.5\n      humidity: 80\n');
    const board = await sandbox.startBoard(['--name', 'climate', '--firmware', firmware.hex, '--wiring', wiring]);
    const seen = await expectConsole(sandbox, board.name, ['id=0x60', '/T=(?<t>-?\\d+) P=(?<p>\\d+) H=(?<h>\\d+)/']);
    assert.ok(Math.abs(Number(seen['t']) + 550) <= 1, `T=${seen['t']}`);
    assert.ok(Math.abs(Number(seen['h']) - 80 * 1024) <= 8, `H=${seen['h']}`);
    await sandbox.stopAll();
    const missing = await sandbox.startBoard(['--name', 'nobody', '--firmware', firmware.hex, '--i2c', 'bmp280@0x76']);
    await expectConsole(sandbox, missing.name, ['error: no ack from 0x77']);
  });

  const parts = [
    { kind: '24c02', addressBytes: 1, page: 8, how: 'flag' },
    { kind: '24c256', addressBytes: 2, page: 64, how: 'wiring file' },
  ] as const;
  for (const part of parts) {
    it(`a ${part.kind} (${part.addressBytes}-byte addresses, ${part.page}-byte pages, wired by ${part.how}): page writes with polling, a sequential read, kept across a restart`, async () => {
      const firmware = await buildFixtureFirmware('eeprom-rw', {
        EEPROM_ADDRESS_BYTES: part.addressBytes,
        EEPROM_PAGE: part.page,
        EEPROM_DEVICE: '0x50',
      });
      const file = join(dir, `${part.kind}.bin`);
      const wiring = join(dir, `${part.kind}.yml`);
      await writeFile(wiring, `i2c:\n  - kind: ${part.kind}\n    address: 0x50\n    name: settings\n    file: ${part.kind}.bin\n`);
      const wire = part.how === 'flag' ? ['--i2c', `${part.kind}@0x50:${file}`] : ['--wiring', wiring];
      const start = async (): Promise<string> =>
        (await sandbox.startBoard(['--name', `ee-${part.kind}`, '--firmware', firmware.hex, ...wire])).name;

      const first = await expectConsole(sandbox, await start(), ['/boots=(?<boots>\\d+)/', '/polls=(?<polls>\\d+)/', 'verify ok', 'done']);
      // Acknowledge polling found the part busy for its write cycle: 5 ms is many address attempts at 100 kHz.
      assert.ok(Number(first['polls']) > 5, `polls=${first['polls']}`);
      await sandbox.stopAll();
      const second = await expectConsole(sandbox, await start(), ['/boots=(?<boots>\\d+)/', 'verify ok', 'done']);
      assert.ok(
        Number(second['boots']) > Number(first['boots']),
        `the count went on across the restart: ${first['boots']} then ${second['boots']}`,
      );
      await sandbox.stopAll();
      const cells = await readFile(file);
      assert.equal(cells.length, part.kind === '24c02' ? 256 : 32768);
      const boots = Number(second['boots']);
      assert.equal(cells.readUInt16LE(0), boots + 1, 'the counter the last run wrote');
      const start40 = 2 * part.page - 3;
      assert.deepEqual(cells.subarray(start40, start40 + 40), eepromPattern(boots), 'the pattern, across the page boundary');
    });
  }

  it('an SSD1306 shows what the firmware drew: the PNG screenshot matches the picture pixel for pixel', async () => {
    const firmware = await buildFixtureFirmware('ssd1306-demo');
    const board = await sandbox.startBoard(['--name', 'oled', '--firmware', firmware.hex, '--i2c', 'ssd1306@0x3c']);
    await expectConsole(sandbox, board.name, ['BOOT ssd1306-demo', 'drawn']);
    const out = join(dir, 'oled.png');
    const shot = await sandbox.cli(['virtual-board', 'screenshot', board.name, '--out', out, '--json']);
    assert.equal(shot.exitCode, 0, shot.stdout + shot.stderr);
    const png = PNG.sync.read(await readFile(out));
    assert.equal(png.width, 128);
    assert.equal(png.height, 64);
    const expected = demoPicture();
    let wrong = 0;
    for (let y = 0; y < 64; y += 1) {
      for (let x = 0; x < 128; x += 1) {
        const lit = (png.data[(y * 128 + x) * 4] ?? 0) > 127;
        if (lit !== expected[y]?.[x]) wrong += 1;
      }
    }
    assert.equal(wrong, 0, `${wrong} pixels differ from the documented picture`);
    const noDisplay = await sandbox.startBoard(['--name', 'plain']);
    const refused = await sandbox.cli(['virtual-board', 'screenshot', noDisplay.name, '--out', join(dir, 'none.png'), '--json']);
    assert.equal(refused.exitCode, 2);
    assert.match(parseCliJson(refused.stdout).error?.message ?? '', /has no display wired/);
  });
});
