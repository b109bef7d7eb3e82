import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { esp32Images, esp8266SketchBin, writeEspBuildDirectory } from '../harness/esp-images.js';
import { buildBannerFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson } from '../harness/run-cli.js';
import { startSer2net } from '../harness/ser2net.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';
import { sendControl } from '../../src/virtual/control.js';
import { chipByName } from '../../src/flash/esp/chips.js';
import { RomClient } from '../../src/flash/esp/rom-client.js';
import { syncWithRom } from '../../src/flash/esp/rom-connect.js';
import { romBaudRate } from '../../src/flash/esp/rom-protocol.js';
import { eraseRegion, readFlash } from '../../src/flash/esp/stub-flash.js';
import { stubImageFor } from '../../src/flash/esp/stub-images.js';
import { runStub } from '../../src/flash/esp/stub-loader.js';
import { recordingIo } from '../../src/io.js';
import { closePort, openPort } from '../../src/serial/open-port.js';
import { SerialLink } from '../../src/serial/serial-link.js';
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

  it('flashes an esp32 build directory through the bundled action with the flasher stub, verified by MD5, and the ROM boots it', async () => {
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
    assert.equal(run.outputs['stub'], 'true');
    assert.equal(run.outputs['baud'], '921600');
    assert.match(run.stdout, /Baud rate 921600/);
    assert.match(run.summary, /### ✅ flash-serial: Flashed \d+ bytes to .* with esp-rom in .*, verified/);
    assert.match(run.summary, /Loader: the flasher stub at 921600 baud \(uploaded in [\d.]+ s; esp-flasher-stub v1\.2\.2/);

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

  it('flashes an esp8266 through the bundled action with the flasher stub, verified by MD5 (its ROM has none)', async () => {
    const flashFile = join(dir, 'esp8266-action.flash');
    const board = await sandbox.startBoard(['--name', 'e8266', '--board', 'esp8266', '--flash-file', flashFile]);
    const run = await runBundledAction('flash-serial', {
      inputs: { port: board.name, firmware: join(dir, 'esp8266-build') },
      env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
      timeoutMs: 180_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['chip'], 'ESP8266');
    assert.equal(run.outputs['board-state'], 'verified');
    assert.equal(run.outputs['stub'], 'true');
    assert.equal(run.outputs['baud'], '921600');
    assert.doesNotMatch(run.stdout, /has no MD5/);
    assert.match(run.summary, /Loader: the flasher stub at 921600 baud/);
    await sandbox.stopAll();
    const sketch = await readFile(join(dir, 'esp8266-build', 'Blink.ino.bin'));
    assert.ok(at(await readFile(flashFile), 0, sketch.length).equals(sketch));
  });

  it("leaves the same flash as Espressif's esptool-js writing the same files, both through the flasher stub", async () => {
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
    const loader = new ESPLoader({ transport, baudrate: 921600, romBaudrate: 115200, terminal: quiet });
    try {
      // esptool-js's own default path: its stub uploaded, 921600, 16 KiB compressed blocks, each file's MD5 checked.
      await loader.main('no_reset');
      assert.equal(loader.IS_STUB, true);
      await loader.writeFlash({
        fileArray: files,
        flashMode: 'keep',
        flashFreq: 'keep',
        flashSize: 'keep',
        compress: true,
        eraseAll: false,
        calculateMD5Hash: (image: Uint8Array) => createHash('md5').update(image).digest('hex'),
      });
    } finally {
      await transport.disconnect();
    }
    await sandbox.stopAll();
    const [nativeFlash, referenceFlash] = await Promise.all([readFile(nativeFile), readFile(referenceFile)]);
    assert.equal(nativeFlash.length, flashBytes);
    assert.ok(nativeFlash.equals(referenceFlash), 'both boards hold the same 4 MB');
  });

  for (const [model, build, booted] of [
    ['esp32', 'esp32-build', 'entry 0x400805e4'],
    ['esp8266', 'esp8266-build', 'chksum 0x'],
  ] as const) {
    it(`flashes an ${model} with the flasher stub by default: compressed, at 921600, verified by MD5`, async () => {
      const flashFile = join(dir, `${model}-stub.flash`);
      const name = `stub-${model}`;
      await sandbox.startBoard(['--name', name, '--board', model, '--flash-file', flashFile]);
      const run = await sandbox.cli(['flash-serial', '--port', name, '--firmware', join(dir, build), '--json'], {
        timeoutMs: 120_000,
        env: { ...sandbox.env, BOARDLINE_DEBUG: '1' },
      });
      assert.equal(run.exitCode, 0, run.stdout + run.stderr);
      const outputs = parseCliJson(run.stdout).outputs ?? {};
      assert.equal(outputs['board-state'], 'verified');
      assert.equal(outputs['stub'], true);
      assert.equal(outputs['baud'], 921600);
      assert.match(run.stderr, /Loader: the flasher stub \(uploaded in [\d.]+ s; esp-flasher-stub v1\.2\.2 /);
      assert.match(run.stderr, /Baud rate 921600/);
      // The ESP8266 too: the stub's MD5, not the ROM-only read-back.
      assert.doesNotMatch(run.stderr, /has no MD5/);
      // The wire counted at each baud: the meeting and the upload at the ROM's, the data at 921600.
      assert.match(
        run.stderr,
        /debug: \d+ bytes sent and \d+ received on the wire \(\d+ sent and \d+ received at 115200, \d+ sent and \d+ received at 921600\)/,
      );
      const log = await readFile(join(sandbox.stateDir, 'boards', name, 'board.log'), 'utf8');
      assert.match(log, /MEM_END jumps to 0x[0-9a-f]+: the flasher stub esp-flasher-stub v1\.2\.2/);
      const boot = await sandbox.cli(['verify-banner', '--port', name, '--expect', booted, '--timeout', '20s']);
      assert.equal(boot.exitCode, 0, boot.stdout + boot.stderr);
      await sandbox.stopAll();
      const flash = await readFile(flashFile);
      for (const [file, offset] of model === 'esp32'
        ? ([
            ['Blink.ino.bootloader.bin', 0x1000],
            ['Blink.ino.partitions.bin', 0x8000],
            ['Blink.ino.bin', 0x10000],
          ] as const)
        : ([['Blink.ino.bin', 0]] as const)) {
        const data = await readFile(join(dir, build, file));
        assert.ok(at(flash, offset, data.length).equals(data), `${file} is at 0x${offset.toString(16)}`);
      }
    });
  }

  it('flashes an esp8266 build through the ROM loader alone with stub false, at the ROM baud, verified by reading the flash back', async () => {
    const flashFile = join(dir, 'esp8266.flash');
    await sandbox.startBoard(['--name', 'd1', '--board', 'esp8266', '--flash-file', flashFile]);
    const run = await sandbox.cli(['flash-serial', '--port', 'd1', '--firmware', join(dir, 'esp8266-build'), '--stub', 'false', '--json'], {
      timeoutMs: 240_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['chip'], 'ESP8266');
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], false);
    assert.equal(outputs['baud'], 115200);
    assert.match(run.stderr, /Loader: the ROM loader \(input stub is false\)/);
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
    const run = await sandbox.cli(
      ['flash-serial', '--port', 'noisy', '--firmware', join(dir, 'esp32-build'), '--stub', 'false', '--json'],
      {
        timeoutMs: 120_000,
      },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(parseCliJson(run.stdout).outputs?.['board-state'], 'verified');
    const log = await readFile(join(sandbox.stateDir, 'boards', 'noisy', 'board.log'), 'utf8');
    assert.match(log, /block 0: checksum 0x[0-9a-f]+ does not match its data/);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const bootloader = await readFile(join(dir, 'esp32-build', 'Blink.ino.bootloader.bin'));
    assert.ok(at(flash, 0x1000, bootloader.length).equals(bootloader));
  });

  it('sends a block the flasher stub found corrupted (0xC1) again, and the flash verifies', async () => {
    const flashFile = join(dir, 'noise-stub.flash');
    await sandbox.startBoard(['--name', 'noisy-stub', '--board', 'esp32', '--flash-file', flashFile]);
    const flashing = sandbox.start(['flash-serial', '--port', 'noisy-stub', '--firmware', join(dir, 'esp32-build'), '--json'], {
      timeoutMs: 120_000,
    });
    // The noise once the stub runs, so it hits a flash block rather than the stub's own upload.
    await flashing.waitForOutput(/Loader: the flasher stub/, 60_000);
    await sendControl(join(sandbox.stateDir, 'boards', 'noisy-stub', 'control.sock'), 'corrupt-next-block');
    const run = await flashing.done;
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], true);
    // Resent within the attempt: no retry from sync.
    assert.doesNotMatch(run.stderr, /Attempt 1 failed/);
    const log = await readFile(join(sandbox.stateDir, 'boards', 'noisy-stub', 'board.log'), 'utf8');
    assert.match(log, /stub: FLASH_DEFL_DATA refused \(0xc1\): block \d+: checksum does not match its data/);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    for (const [name, offset] of [
      ['Blink.ino.bootloader.bin', 0x1000],
      ['Blink.ino.partitions.bin', 0x8000],
      ['Blink.ino.bin', 0x10000],
    ] as const) {
      const file = await readFile(join(dir, 'esp32-build', name));
      assert.ok(at(flash, offset, file.length).equals(file), `${name} is at 0x${offset.toString(16)}`);
    }
  });

  it('flashes through the ROM loader when the flasher stub does not start (stub auto), and fails naming the chip with stub true', async () => {
    const flashFile = join(dir, 'refuse-stub.flash');
    await sandbox.startBoard(['--name', 'no-stub', '--board', 'esp32', '--flash-file', flashFile]);
    const control = join(sandbox.stateDir, 'boards', 'no-stub', 'control.sock');
    const firmware = join(dir, 'esp32-build');

    // stub true: the next stub start halts (as on a chip in secure download mode); nothing was written.
    await sendControl(control, 'refuse-stub');
    const required = await sandbox.cli(['flash-serial', '--port', 'no-stub', '--firmware', firmware, '--stub', 'true', '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(required.exitCode, 1, required.stdout + required.stderr);
    const failed = parseCliJson(required.stdout);
    assert.match(failed.error?.message ?? '', /The flasher stub did not greet within 3 s on the ESP32 at /);
    assert.match(failed.error?.hint ?? '', /set stub auto \(or false\) to flash the ESP32 through its ROM loader/);
    assert.equal(failed.outputs?.['board-state'], 'untouched');
    // Not retried: a stub that did not start once is not asked for again.
    assert.doesNotMatch(required.stderr, /Attempt 1 failed/);

    // stub auto: a warning, the board reset into its ROM loader within the same attempt, and the ROM flashes it.
    await sendControl(control, 'refuse-stub');
    const run = await sandbox.cli(['flash-serial', '--port', 'no-stub', '--firmware', firmware, '--json'], { timeoutMs: 120_000 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], false);
    assert.equal(outputs['baud'], 460800);
    assert.match(run.stderr, /The flasher stub did not greet within 3 s on the ESP32 at .*; continuing with the ROM loader/);
    assert.match(run.stderr, /Loader: the ROM loader \(The flasher stub did not greet within 3 s/);
    assert.doesNotMatch(run.stderr, /Attempt 1 failed/);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const application = await readFile(join(firmware, 'Blink.ino.bin'));
    assert.ok(at(flash, 0x10000, application.length).equals(application));
  });

  it('fails an attempt whose write the flasher stub reports failed (0xC4, with the next command), and the retry flashes it', async () => {
    const flashFile = join(dir, 'write-fails.flash');
    await sandbox.startBoard(['--name', 'bad-write', '--board', 'esp8266', '--flash-file', flashFile]);
    await sendControl(join(sandbox.stateDir, 'boards', 'bad-write', 'control.sock'), 'fail-next-write');
    const run = await sandbox.cli(['flash-serial', '--port', 'bad-write', '--firmware', join(dir, 'esp8266-build'), '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], true);
    assert.match(
      run.stderr,
      /Attempt 1 failed \(The flasher stub on .* refused FLASH_DEFL_\w+ .*: SPI flash operation failed \(0xc4\), an error of the block before it .*\); the board is half-flashed .*Retrying from sync/,
    );
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const application = await readFile(join(dir, 'esp8266-build', 'Blink.ino.bin'));
    assert.ok(at(flash, 0, application.length).equals(application));
  });

  it('falls back to 115200 on a line that cannot carry 921600 (max-baud), and fails a baud the input asked for, naming it', async () => {
    const flashFile = join(dir, 'slow-line.flash');
    await sandbox.startBoard(['--name', 'slow-line', '--board', 'esp8266', '--flash-file', flashFile]);
    const control = join(sandbox.stateDir, 'boards', 'slow-line', 'control.sock');
    const firmware = join(dir, 'esp8266-build');
    // A USB bridge that carries at most 460800: above it, nothing crosses the line either way.
    const limited = await sendControl(control, 'max-baud', { baud: 460800 });
    assert.equal(limited['maxBaud'], 460800);

    // The default baud: the stub stops answering at 921600, the board is reset and the stub met again at 115200.
    const run = await sandbox.cli(['flash-serial', '--port', 'slow-line', '--firmware', firmware, '--json'], { timeoutMs: 120_000 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], true);
    assert.equal(outputs['baud'], 115200);
    assert.match(run.stderr, /The flasher stub on .* stopped answering after the change to 921600 baud; continuing at 115200 baud/);
    assert.doesNotMatch(run.stderr, /Attempt 1 failed/);
    const log = await readFile(join(sandbox.stateDir, 'boards', 'slow-line', 'board.log'), 'utf8');
    assert.match(log, /the line carries at most 460800 baud \(max-baud\): nothing crosses it at 921600 baud/);
    // The limit is the hardware's: the resets of that flash kept it.
    assert.equal((await sendControl(control, 'status'))['maxBaud'], 460800);

    // A baud the input asked for is not fallen back from: it fails at once (no retry), naming the input and the fix.
    const asked = await sandbox.cli(['flash-serial', '--port', 'slow-line', '--firmware', firmware, '--baud', '921600', '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(asked.exitCode, 4, asked.stdout + asked.stderr);
    const failed = parseCliJson(asked.stdout);
    assert.match(
      failed.error?.message ?? '',
      /failed: Input "baud": the flasher stub on .* stopped answering after the change to 921600 baud; nothing was written/,
    );
    assert.match(failed.error?.hint ?? '', /set baud to a lower rate \(115200 always works\), or leave it unset/);
    assert.equal(failed.outputs?.['board-state'], 'untouched');
    assert.doesNotMatch(asked.stderr, /Attempt 1 failed/);

    // Without the limit the same board takes 921600 again.
    const lifted = await sendControl(control, 'max-baud');
    assert.equal(lifted['maxBaud'], null);
    const fast = await sandbox.cli(['flash-serial', '--port', 'slow-line', '--firmware', firmware, '--json'], { timeoutMs: 120_000 });
    assert.equal(fast.exitCode, 0, fast.stdout + fast.stderr);
    assert.equal(parseCliJson(fast.stdout).outputs?.['baud'], 921600);

    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const application = await readFile(join(firmware, 'Blink.ino.bin'));
    assert.ok(at(flash, 0, application.length).equals(application));
  });

  it('falls back to 115200 through the ROM loader too (stub false) on a line that carries no more than 115200', async () => {
    const flashFile = join(dir, 'slow-rom.flash');
    await sandbox.startBoard(['--name', 'slow-rom', '--board', 'esp32', '--flash-file', flashFile]);
    await sendControl(join(sandbox.stateDir, 'boards', 'slow-rom', 'control.sock'), 'max-baud', { baud: 115200 });
    const firmware = join(dir, 'esp32-build');
    const run = await sandbox.cli(['flash-serial', '--port', 'slow-rom', '--firmware', firmware, '--stub', 'false', '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['board-state'], 'verified');
    assert.equal(outputs['stub'], false);
    assert.equal(outputs['baud'], 115200);
    assert.match(run.stderr, /The ROM loader on .* stopped answering after the change to 460800 baud; continuing at 115200 baud/);
    assert.doesNotMatch(run.stderr, /Attempt 1 failed/);
    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    const application = await readFile(join(firmware, 'Blink.ino.bin'));
    assert.ok(at(flash, 0x10000, application.length).equals(application));
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

  it('reports a board that vanishes mid-flash as half-flashed, block by block (the ROM loader, stub false)', async () => {
    await sandbox.startBoard(['--name', 'vanish', '--board', 'esp8266']);
    const big = join(dir, 'big8266.bin');
    await writeFile(big, esp8266SketchBin(200_000));
    const flashing = sandbox.start(['flash-serial', '--port', 'vanish', '--firmware', big, '--stub', 'false', '--json'], {
      timeoutMs: 120_000,
    });
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

  it('reports a board that vanishes mid-flash under the flasher stub as half-flashed, naming the files written and the one in flight', async () => {
    const board = await sandbox.startBoard(['--name', 'vanish-stub', '--board', 'esp32']);
    const build = join(dir, 'esp32-big-build');
    // Random bytes do not compress: 1 MB takes about 11 s at 921600, long enough to be cut mid-file.
    await writeEspBuildDirectory(build, 'esp32', 1_000_000);
    const flashing = sandbox.start(['flash-serial', '--port', 'vanish-stub', '--firmware', build, '--json'], { timeoutMs: 120_000 });
    await flashing.waitForOutput(/Writing 20%/, 60_000);
    // Yanked, as a USB cable is: the board's process group (the board and the socat behind its port).
    process.kill(-board.pid, 'SIGKILL');
    const run = await flashing.done;
    assert.equal(run.exitCode, 3, run.stdout + run.stderr);
    const result = parseCliJson(run.stdout);
    const message = result.error?.message ?? '';
    assert.match(
      message,
      /went away.*the board is half-flashed \(\d of \d+ images written; images 0x1000–0x[0-9a-f]+; image 0x10000 may be erased or half-written\)/,
    );
    assert.equal(result.outputs?.['board-state'], 'partial');
  });

  it("keeps the baud of a tcp:// port with the stub, and changes an rfc2217:// port's through SET-BAUDRATE", async () => {
    for (const kind of ['tcp', 'rfc2217'] as const) {
      const name = `remote-${kind}`;
      const board = await sandbox.startBoard(['--name', name, '--board', 'esp32']);
      const ser2net = await startSer2net([{ device: board.port, kind }]);
      try {
        // A serial server has no reset line a virtual board hears: the board is put in its ROM loader by hand.
        await sendControl(join(sandbox.stateDir, 'boards', name, 'control.sock'), 'download');
        const run = await sandbox.cli(
          [
            'flash-serial',
            '--port',
            ser2net.urls[0] ?? '',
            '--fqbn',
            'esp32:esp32:esp32',
            '--firmware',
            join(dir, 'esp32-build'),
            '--reset',
            'none',
            '--json',
          ],
          { timeoutMs: 120_000 },
        );
        assert.equal(run.exitCode, 0, run.stdout + run.stderr);
        const outputs = parseCliJson(run.stdout).outputs ?? {};
        assert.equal(outputs['board-state'], 'verified');
        assert.equal(outputs['stub'], true);
        if (kind === 'tcp') {
          assert.equal(outputs['baud'], 115200);
          assert.match(run.stderr, /A tcp:\/\/ port cannot change the line's baud rate: staying at 115200/);
        } else {
          assert.equal(outputs['baud'], 921600);
          assert.match(run.stderr, /Baud rate 921600, set on the serial server through RFC 2217 SET-BAUDRATE/);
        }
        // The board was not reset afterwards (no reset line through the server): its stub still runs, at the baud the data went at.
        const status = await sendControl(join(sandbox.stateDir, 'boards', name, 'control.sock'), 'status');
        assert.equal(status['loader'], 'stub');
        assert.equal(status['baud'], kind === 'tcp' ? 115200 : 921600);
      } finally {
        await ser2net.stop();
      }
    }
  });

  it("reads and erases flash through the stub's own commands (the library's readFlash and eraseRegion)", async () => {
    const board = await sandbox.startBoard(['--name', 'reader', '--board', 'esp32']);
    const build = join(dir, 'esp32-build');
    const flashed = await sandbox.cli(['flash-serial', '--port', 'reader', '--firmware', build], { timeoutMs: 120_000 });
    assert.equal(flashed.exitCode, 0, flashed.stdout + flashed.stderr);
    const application = new Uint8Array(await readFile(join(build, 'Blink.ino.bin')));
    await sendControl(join(sandbox.stateDir, 'boards', 'reader', 'control.sock'), 'download');
    const serial = await openPort(board.port, romBaudRate);
    try {
      const client = new RomClient(new SerialLink(serial, board.port, 'check the board'), board.port);
      const deadline = Date.now() + 60_000;
      const io = recordingIo();
      const synced = await syncWithRom(client, { resets: ['none'], reset: () => Promise.resolve(), attempts: 3, deadline, io });
      assert.equal(synced.stubRunning, false);
      const esp32 = chipByName('ESP32');
      const image = stubImageFor('ESP32');
      assert.ok(esp32 !== undefined && image !== undefined);
      await runStub(client, esp32, image, deadline);
      assert.equal(client.loader, 'stub');
      let progress = 0;
      const read = await readFlash(client, 0x10000, application.length, (done) => (progress = done), deadline);
      assert.ok(Buffer.from(read).equals(Buffer.from(application)), 'READ_FLASH gives what was written');
      assert.equal(progress, application.length);
      await assert.rejects(eraseRegion(client, 0x10800, 0x1000, deadline), /whole 4 KiB sectors/);
      await eraseRegion(client, 0x10000, 0x2000, deadline);
      const erased = await readFlash(client, 0x10000, 0x3000, () => undefined, deadline);
      assert.ok(
        erased.subarray(0, 0x2000).every((byte) => byte === 0xff),
        'the two sectors are erased',
      );
      assert.ok(Buffer.from(erased.subarray(0x2000)).equals(Buffer.from(application.subarray(0x2000, 0x3000))), 'the third is not');
      // A stub that runs answers SYNC with 0: a client that did not reset the board finds it there.
      client.link.discard();
      const again = await syncWithRom(client, { resets: ['none'], reset: () => Promise.resolve(), attempts: 3, deadline, io });
      assert.equal(again.stubRunning, true);
    } finally {
      await closePort(serial);
    }
  });
});
