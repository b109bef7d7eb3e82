import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { esp32Images, esp8266SketchBin, writeEspBuildDirectory } from '../harness/esp-images.js';
import { buildBannerFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';
import { sendControl } from '../../src/virtual/control.js';
import { ESPLoader, Transport } from 'esptool-js';
import { NodeWebSerialPort } from '../harness/esptool-js-serial.js';

const flashBytes = 4 * 1024 * 1024;

/** The bytes a flash file holds at an offset, to compare with what was written there. */
function at(flash: Buffer, offset: number, length: number): Buffer {
  return flash.subarray(offset, offset + length);
}

describe('flash-serial on virtual ESP boards (the ROM loader, spoken natively)', () => {
  let sandbox: BoardlineSandbox;
  let dir: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-esp-flash-'));
    await writeEspBuildDirectory(join(dir, 'esp32-build'), 'esp32', 120_000);
    await writeEspBuildDirectory(join(dir, 'esp8266-build'), 'esp8266', 8_000);
  });
  afterEach(async () => {
    await sandbox.stopAll();
  });
  after(async () => {
    await sandbox.stopAll();
  });

  it('flashes an esp32 build directory through the bundled action, verified by MD5, and the ROM boots it', async () => {
    const flashFile = join(dir, 'esp32.flash');
    const board = await sandbox.startBoard(['--name', 'e32', '--board', 'esp32', '--flash-file', flashFile]);
    const build = join(dir, 'esp32-build');
    const run = await runBundledAction('flash-serial', {
      inputs: { port: board.name, firmware: build },
      env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
      timeoutMs: 180_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['backend'], 'esp-rom');
    assert.equal(run.outputs['chip'], 'ESP32');
    assert.equal(run.outputs['flash-size'], '4MB');
    assert.match(run.outputs['mac'] ?? '', /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
    assert.equal(run.outputs['board-state'], 'verified');
    assert.match(run.stdout, /Baud rate 460800/);
    assert.match(run.summary, /### ✅ flash-serial: Flashed \d+ bytes to .* with esp-rom in .*, verified/);

    // The ROM boots what was written: its own reading of the bootloader image at 0x1000.
    const boot = await sandbox.cli(['verify-banner', '--port', board.name, '--expect', 'entry 0x400805e4', '--timeout', '20s']);
    assert.equal(boot.exitCode, 0, boot.stdout + boot.stderr);

    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    assert.equal(flash.length, flashBytes);
    for (const [name, offset] of [
      ['Blink.ino.bootloader.bin', 0x1000],
      ['Blink.ino.partitions.bin', 0x8000],
      ['Blink.ino.bin', 0x10000],
    ] as const) {
      const file = await readFile(join(build, name));
      assert.ok(at(flash, offset, file.length).equals(file), `${name} is at 0x${offset.toString(16)}`);
    }
    assert.ok(
      at(flash, 0, 0x1000).every((byte) => byte === 0xff),
      'nothing was written below the bootloader',
    );
  });

  it("leaves the same flash as Espressif's esptool-js writing the same files", async () => {
    const build = join(dir, 'esp32-build');
    const files = await Promise.all(
      (
        [
          ['Blink.ino.bootloader.bin', 0x1000],
          ['Blink.ino.partitions.bin', 0x8000],
          ['Blink.ino.bin', 0x10000],
        ] as const
      ).map(async ([name, address]) => ({ data: new Uint8Array(await readFile(join(build, name))), address })),
    );
    const nativeFile = join(dir, 'native.flash');
    const referenceFile = join(dir, 'esptool-js.flash');
    await sandbox.startBoard(['--name', 'native32', '--board', 'esp32', '--flash-file', nativeFile]);
    const byNative = await sandbox.cli(['flash-serial', '--port', 'native32', '--firmware', build], { timeoutMs: 120_000 });
    assert.equal(byNative.exitCode, 0, byNative.stdout + byNative.stderr);
    const reference = await sandbox.startBoard(['--name', 'js32ref', '--board', 'esp32', '--flash-file', referenceFile]);
    await sendControl(join(sandbox.stateDir, 'boards', reference.name, 'control.sock'), 'download');
    const transport = new Transport(new NodeWebSerialPort(reference.port), false);
    const quiet = { clean: () => undefined, writeLine: () => undefined, write: () => undefined };
    const loader = new ESPLoader({ transport, baudrate: 460800, romBaudrate: 115200, terminal: quiet });
    try {
      await loader.detectChip('no_reset');
      // As in virtual-esp.test.ts: the ROM's block size and its two-word SPI_ATTACH, which esptool-js leaves to its stub.
      loader.FLASH_WRITE_SIZE = 0x400;
      await loader.checkCommand('attach the SPI flash', loader.ESP_SPI_ATTACH, Uint8Array.from(new Array<number>(8).fill(0)));
      await loader.changeBaud();
      await loader.writeFlash({
        fileArray: files,
        flashMode: 'keep',
        flashFreq: 'keep',
        flashSize: 'keep',
        compress: true,
        eraseAll: false,
      });
    } finally {
      await transport.disconnect();
    }
    await sandbox.stopAll();
    const [nativeFlash, referenceFlash] = await Promise.all([readFile(nativeFile), readFile(referenceFile)]);
    assert.equal(nativeFlash.length, flashBytes);
    assert.ok(nativeFlash.equals(referenceFlash), 'both boards hold the same 4 MB');
  });

  it('flashes an esp8266 build through the CLI at the ROM baud, verified by reading the flash back', async () => {
    const flashFile = join(dir, 'esp8266.flash');
    await sandbox.startBoard(['--name', 'd1', '--board', 'esp8266', '--flash-file', flashFile]);
    const run = await sandbox.cli(['flash-serial', '--port', 'd1', '--firmware', join(dir, 'esp8266-build'), '--json'], {
      timeoutMs: 240_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['chip'], 'ESP8266');
    assert.equal(outputs['board-state'], 'verified');
    assert.match(run.stderr + run.stdout, /has no MD5: reading the flash back through the SPI registers/);
    const boot = await sandbox.cli(['verify-banner', '--port', 'd1', '--expect', 'chksum 0x', '--timeout', '20s']);
    assert.equal(boot.exitCode, 0, boot.stdout + boot.stderr);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const file = await readFile(join(dir, 'esp8266-build', 'Blink.ino.bin'));
    assert.ok(at(flash, 0, file.length).equals(file));
  });

  it('sends a block the ROM found corrupted again, and the flash verifies', async () => {
    const flashFile = join(dir, 'noise.flash');
    await sandbox.startBoard(['--name', 'noisy', '--board', 'esp32', '--flash-file', flashFile]);
    // Line noise on demand: the board flips a bit in the next data block it receives.
    await sendControl(join(sandbox.stateDir, 'boards', 'noisy', 'control.sock'), 'corrupt-next-block');
    const run = await sandbox.cli(['flash-serial', '--port', 'noisy', '--firmware', join(dir, 'esp32-build'), '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(parseCliJson(run.stdout).outputs?.['board-state'], 'verified');
    const log = await readFile(join(sandbox.stateDir, 'boards', 'noisy', 'board.log'), 'utf8');
    assert.match(log, /block 0: checksum 0x[0-9a-f]+ does not match its data/);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const bootloader = await readFile(join(dir, 'esp32-build', 'Blink.ino.bootloader.bin'));
    assert.ok(at(flash, 0x1000, bootloader.length).equals(bootloader));
  });

  it('refuses a file that is not an ESP image, one for the other chip and one that does not fit, before touching the board', async () => {
    const flashFile = join(dir, 'refuse.flash');
    await sandbox.startBoard(['--name', 'refuse', '--board', 'esp8266', '--flash-file', flashFile]);
    const blink = await buildBannerFirmware('esp-refuse', 'abc1234');
    const notEsp = join(dir, 'avr.bin');
    await writeFile(notEsp, await readFile(blink.hex));
    const otherChip = join(dir, 'esp32-app.bin');
    await writeFile(otherChip, esp32Images(4000).application);
    const tooBig = join(dir, 'too-big.bin');
    await writeFile(tooBig, esp8266SketchBin(200_000));

    // The first two are refused as the files are read, before any port is opened; the third once
    // the board has said how much flash it has, still before a write.
    const cases: [string[], RegExp, boolean][] = [
      [['--firmware', notEsp], /is not an ESP image: invalid header/, false],
      [['--firmware', otherChip], /is not an ESP8266 image/, false],
      [['--firmware', `${tooBig}@0x3f0000`], /needs flash up to 0x[0-9a-f]+; the board has 4MB/, true],
    ];
    for (const [args, message, metTheBoard] of cases) {
      const run = await sandbox.cli(['flash-serial', '--port', 'refuse', ...args, '--json'], { timeoutMs: 60_000 });
      assert.equal(run.exitCode, 2, run.stdout + run.stderr);
      const result = parseCliJson(run.stdout);
      assert.match(result.error?.message ?? '', message);
      if (metTheBoard) assert.equal(result.outputs?.['board-state'], 'untouched');
      else assert.equal(result.outputs, undefined, 'refused before a port was opened');
    }
    await sandbox.stopAll();
    // The board was met once (the third case): its flash file was saved then, still erased.
    const flash = await readFile(flashFile);
    assert.equal(flash.length, flashBytes);
    assert.ok(flash.every((byte) => byte === 0xff));
  });

  it('gives up within the timeout on a board whose ROM loader never answers, naming the reset and boot-mode checks', async () => {
    // A virtual Uno's optiboot speaks STK500, not SLIP: to an ESP client it is a board that never syncs.
    await sandbox.startBoard(['--name', 'mute']);
    const started = Date.now();
    const run = await sandbox.cli(
      [
        'flash-serial',
        '--port',
        'mute',
        '--protocol',
        'esp-rom',
        '--fqbn',
        'esp32:esp32:esp32',
        '--firmware',
        join(dir, 'esp32-build'),
        '--timeout',
        '20s',
        '--retries',
        '0',
        '--json',
      ],
      { timeoutMs: 120_000 },
    );
    // The 20 s deadline ended it, not the 5 min default (with room for a loaded machine's slow start).
    assert.ok(Date.now() - started < 90_000, `took ${String(Date.now() - started)} ms`);
    assert.equal(run.exitCode, 4, run.stdout + run.stderr);
    const result = parseCliJson(run.stdout);
    assert.match(result.error?.message ?? '', /No answer from an ESP ROM loader on .* after \d+ resets/);
    assert.match(result.error?.hint ?? '', /download mode.*GPIO0/);
    assert.equal(result.outputs?.['board-state'], 'untouched');
  });

  it('reports a board that vanishes mid-flash as half-flashed, block by block', async () => {
    await sandbox.startBoard(['--name', 'vanish', '--board', 'esp8266']);
    const big = join(dir, 'big8266.bin');
    await writeFile(big, esp8266SketchBin(200_000));
    const flashing = sandbox.start(['flash-serial', '--port', 'vanish', '--firmware', big, '--json'], { timeoutMs: 120_000 });
    await flashing.waitForOutput(/Writing 20%/, 60_000);
    await sandbox.cli(['virtual-board', 'stop', '--name', 'vanish']);
    const run = await flashing.done;
    assert.equal(run.exitCode, 3, run.stdout + run.stderr);
    const result = parseCliJson(run.stdout);
    const message = result.error?.message ?? '';
    const stated =
      /went away.*the board is half-flashed \((\d+) of \d+ blocks written; blocks 0x0–0x([0-9a-f]+); block 0x([0-9a-f]+) may be erased or half-written\)/.exec(
        message,
      );
    assert.ok(stated, message);
    const [, count, lastByte, inFlight] = stated;
    assert.equal(parseInt(lastByte ?? '', 16) + 1, Number(count) * 0x400);
    assert.equal(parseInt(inFlight ?? '', 16), Number(count) * 0x400);
    assert.equal(result.outputs?.['board-state'], 'partial');
  });
});
