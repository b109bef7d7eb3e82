import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'node:test';
import { parseIntelHex } from '../../src/flash/intel-hex.js';
import { buildBannerFirmware, type BuiltFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, repoRoot } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

describe('flash-serial on virtual Unos running the real optiboot', () => {
  let sandbox: BoardlineSandbox;
  let big: BuiltFirmware;
  let blink: BuiltFirmware;
  let other: BuiltFirmware;
  before(async () => {
    sandbox = await boardlineSandbox();
    [big, blink, other] = await Promise.all([
      buildBannerFirmware('big', 'f1a5e00', 24_000),
      buildBannerFirmware('blink', '3f2a91c'),
      buildBannerFirmware('other', '1111111'),
    ]);
  });
  afterEach(async () => {
    await sandbox.stopAll();
  });

  it('flashes a 24 KB firmware through the bundled action, verified, and the board boots it', async () => {
    const board = await sandbox.startBoard(['--name', 'action', '--firmware', blink.hex]);
    const run = await runBundledAction('flash-serial', {
      inputs: { port: board.name, firmware: big.hex },
      env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
      timeoutMs: 120_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['backend'], 'stk500v1');
    assert.equal(run.outputs['verified'], 'true');
    assert.equal(run.outputs['board-state'], 'verified');
    assert.ok(Number(run.outputs['bytes']) >= 24_000);
    assert.match(run.stdout, /Writing 50% \(\d+\/\d+ bytes, \d+ bytes\/s\)/);
    assert.match(run.summary, /### ✅ flash-serial: Flashed \d+ bytes to .* with stk500v1 in .*, verified/);
    const verify = await sandbox.cli(['verify-banner', '--port', board.name, '--expect', big.banner, '--timeout', '20s']);
    assert.equal(verify.exitCode, 0, verify.stderr);
  });

  it('writes exactly what avrdude writes', async () => {
    // Each board keeps its flash in a file when stopped: the emulated flash itself is compared.
    const dir = await mkdtemp(join(tmpdir(), 'boardline-compare-'));
    const nativeFile = join(dir, 'native.flash');
    const referenceFile = join(dir, 'reference.flash');
    await sandbox.startBoard(['--name', 'native', '--firmware', blink.hex, '--flash-file', nativeFile]);
    const byNative = await sandbox.cli(['flash-serial', '--port', 'native', '--firmware', big.hex], { timeoutMs: 120_000 });
    assert.equal(byNative.exitCode, 0, byNative.stderr);
    await sandbox.stopAll();
    await sandbox.startBoard(['--name', 'reference', '--firmware', blink.hex, '--flash-file', referenceFile]);
    const byAvrdude = await sandbox.cli(
      ['flash-serial', '--port', 'reference', '--firmware', big.hex, '--protocol', 'avrdude', '--fqbn', 'arduino:avr:uno'],
      {
        timeoutMs: 120_000,
      },
    );
    assert.equal(byAvrdude.exitCode, 0, byAvrdude.stderr);
    assert.match(byAvrdude.stdout, /with avrdude in .*, verified/);
    await sandbox.stopAll();
    const [nativeFlash, referenceFlash] = await Promise.all([readFile(nativeFile), readFile(referenceFile)]);
    assert.equal(nativeFlash.length, 32768);
    assert.ok(nativeFlash.equals(referenceFlash), 'the two boards hold the same 32 KiB, bootloader included');
  });

  it('flashes a Duemilanove through the real ATmegaBOOT at 57600 baud, and the board boots it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-atmegaboot-'));
    const flashFile = join(dir, 'due.flash');
    await sandbox.startBoard(['--name', 'due', '--board', 'duemilanove', '--firmware', blink.hex, '--flash-file', flashFile]);
    // The virtual board says what it is: no fqbn needed, and its 2 KiB bootloader is kept clear of.
    const huge = await buildBannerFirmware('huge', '0000000', 31_000);
    const oversize = await sandbox.cli(['flash-serial', '--port', 'due', '--firmware', huge.hex, '--json']);
    assert.equal(oversize.exitCode, 2);
    assert.match(parseCliJson(oversize.stdout).error?.message ?? '', /ATmega328P \(ATmegaBOOT\) has 30720 below its bootloader$/);

    const run = await sandbox.cli(['flash-serial', '--port', 'due', '--firmware', big.hex, '--json'], { timeoutMs: 120_000 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(parseCliJson(run.stdout).outputs?.['verified'], true);
    // ATmegaBOOT leaves for the application after about a second of silence (MAX_TIME_COUNT is
    // F_CPU>>4 loop turns) or its fifth unexpected byte, on silicon as here: a host stalled by a
    // loaded machine, or sync bytes piled up while a starved board was still flashing its LED, meet
    // the old firmware's output. That is what the retry is for, and it must say what the board holds.
    for (const warning of run.stderr.split('\n').filter((line) => /Retrying/.test(line))) {
      assert.match(warning, /nothing was written: the board still holds its previous firmware|the board is half-flashed \(.*\)/);
    }
    const verify = await sandbox.cli(['verify-banner', '--port', 'due', '--expect', big.banner, '--timeout', '20s']);
    assert.equal(verify.exitCode, 0, verify.stderr);
    await sandbox.stopAll();

    const flash = await readFile(flashFile);
    const image = parseIntelHex(await readFile(big.hex, 'latin1'), big.hex);
    assert.ok(flash.subarray(image.start, image.start + image.data.length).equals(Buffer.from(image.data)), 'the image is in flash');
    const bootloader = parseIntelHex(
      await readFile('/usr/share/arduino/hardware/arduino/avr/bootloaders/atmega/ATmegaBOOT_168_atmega328.hex', 'latin1'),
      'ATmegaBOOT',
    );
    assert.equal(bootloader.start, 0x7800);
    assert.ok(flash.subarray(0x7800, 0x7800 + bootloader.data.length).equals(Buffer.from(bootloader.data)), 'the bootloader is intact');
  });

  it('refuses a corrupted HEX and an oversize image before touching the board', async () => {
    const corrupt = join(await mkdtemp(join(tmpdir(), 'boardline-corrupt-')), 'blink.hex');
    const lines = (await readFile(blink.hex, 'latin1')).split('\n');
    lines[3] = (lines[3] ?? '').replace(/([0-9A-F])(\r?)$/, (_match, last: string, end: string) => (last === '0' ? '1' : '0') + end);
    await writeFile(corrupt, lines.join('\n'));
    await sandbox.startBoard(['--name', 'small']);
    const bad = await sandbox.cli(['flash-serial', '--port', 'small', '--firmware', corrupt, '--json']);
    assert.equal(bad.exitCode, 2);
    assert.match(
      parseCliJson(bad.stdout).error?.message ?? '',
      /blink.hex is not valid Intel HEX: line 4: checksum [0-9A-F]{2} should be [0-9A-F]{2}$/,
    );

    const huge = await buildBannerFirmware('huge', '0000000', 32_000);
    const oversize = await sandbox.cli(['flash-serial', '--port', 'small', '--firmware', huge.hex, '--json']);
    assert.equal(oversize.exitCode, 2);
    assert.match(
      parseCliJson(oversize.stdout).error?.message ?? '',
      /needs flash up to \d+ bytes; ATmega328P \(optiboot\) has 32256 below its bootloader$/,
    );
  });

  it('refuses a board whose MCU is not the one asked for, writing nothing', async () => {
    await sandbox.startBoard(['--name', 'wrongmcu', '--firmware', blink.hex]);
    const run = await sandbox.cli([
      'flash-serial',
      '--port',
      'wrongmcu',
      '--firmware',
      other.hex,
      '--fqbn',
      'arduino:avr:diecimila:cpu=atmega168',
      '--baud',
      '115200',
      '--json',
    ]);
    assert.equal(run.exitCode, 1);
    const result = parseCliJson(run.stdout);
    assert.match(result.error?.message ?? '', /signature 1e950f, not 1e9406 \(ATmega168 \(ATmegaBOOT\)\)/);
    assert.equal(result.outputs?.['board-state'], 'untouched');
    const verify = await sandbox.cli(['verify-banner', '--port', 'wrongmcu', '--expect', blink.banner, '--timeout', '20s']);
    assert.equal(verify.exitCode, 0, 'the old firmware still runs');
  });

  it('gives up on a board with no bootloader within the timeout', async () => {
    const dead = join(await mkdtemp(join(tmpdir(), 'boardline-dead-')), 'dead.hex');
    await writeFile(dead, ':027E0000FFCFB2\n:00000001FF\n'); // rjmp . at the boot vector: a bootloader that never answers
    await sandbox.startBoard(['--name', 'mute', '--bootloader', dead]);
    const started = Date.now();
    const run = await sandbox.cli([
      'flash-serial',
      '--port',
      'mute',
      '--firmware',
      blink.hex,
      '--timeout',
      '20s',
      '--retries',
      '0',
      '--json',
    ]);
    // The 20 s deadline ended it, not the 5 min default (with room for a loaded machine's slow start).
    assert.ok(Date.now() - started < 90_000, `took ${String(Date.now() - started)} ms`);
    assert.equal(run.exitCode, 4);
    const result = parseCliJson(run.stdout);
    assert.match(result.error?.message ?? '', /No answer from a bootloader on .* after 8 attempts and two resets; nothing was written/);
    assert.equal(result.outputs?.['board-state'], 'untouched');
  });

  it('reports a board that vanishes mid-flash as half-flashed', async () => {
    const board = await sandbox.startBoard(['--name', 'vanish', '--firmware', blink.hex]);
    const flashing = sandbox.start(['flash-serial', '--port', 'vanish', '--firmware', big.hex, '--json'], { timeoutMs: 60_000 });
    await flashing.waitForOutput(/Writing 20%/, 30_000);
    // Yanked, as a USB cable is: killed at once. A `virtual-board stop` is a process to start, and on a
    // loaded machine the flash had written every page before it arrived.
    process.kill(-board.pid, 'SIGKILL'); // its process group: the board and the socat behind its port
    const run = await flashing.done;
    assert.equal(run.exitCode, 3, run.stdout + run.stderr);
    const result = parseCliJson(run.stdout);
    const message = result.error?.message ?? '';
    const stated =
      /went away.*the board is half-flashed \((\d+) of \d+ pages written; pages 0x0–0x([0-9a-f]+); page 0x([0-9a-f]+) may be erased or half-written\) and its application will not run correctly/.exec(
        message,
      );
    assert.ok(stated, message);
    const [, count, lastByte, inFlight] = stated;
    // The page named as in flight is the one after the last confirmed, which ends where the count says.
    assert.equal(parseInt(lastByte ?? '', 16) + 1, Number(count) * 128);
    assert.equal(parseInt(inFlight ?? '', 16), Number(count) * 128);
    assert.equal(result.outputs?.['bytes'], Number(count) * 128);
    assert.equal(result.outputs['board-state'], 'partial');
  });

  it('serialises eight jobs aimed at one board on its lock, and every one verifies', async () => {
    await sandbox.startBoard(['--name', 'shared', '--firmware', blink.hex]);
    const jobs = await Promise.all(
      Array.from({ length: 8 }, () =>
        sandbox.cli(['flash-serial', '--port', 'shared', '--firmware', blink.hex, '--lock-timeout', '3m', '--json'], {
          timeoutMs: 240_000,
        }),
      ),
    );
    for (const job of jobs) {
      assert.equal(job.exitCode, 0, job.stderr + job.stdout);
      assert.equal(parseCliJson(job.stdout).outputs?.['board-state'], 'verified');
    }
    assert.ok(jobs.filter((job) => /is locked by pid \d+/.test(job.stderr)).length >= 1, 'jobs waited for each other');
  });
});

describe('flash-serial through arduino-cli (a faithful stand-in: arduino-cli cannot be installed here)', () => {
  const fakeDir = join(repoRoot, 'test', 'fixtures', 'arduino-cli');

  it('runs arduino-cli upload with the port, fqbn and input, and streams its output', async () => {
    const log = join(await mkdtemp(join(tmpdir(), 'boardline-cli-')), 'args');
    const firmwareDir = await mkdtemp(join(tmpdir(), 'boardline-build-'));
    await writeFile(join(firmwareDir, 'blink.ino.bin'), Buffer.alloc(1024, 0xe9));
    const run = await runBundledAction('flash-serial', {
      inputs: { port: '/dev/null', firmware: firmwareDir, fqbn: 'esp8266:esp8266:d1', protocol: 'arduino-cli' },
      env: { PATH: `${fakeDir}:${process.env['PATH'] ?? ''}`, FAKE_ARDUINO_CLI_LOG: log },
    });
    assert.equal(run.exitCode, 0, run.stdout);
    assert.deepEqual((await readFile(log, 'utf8')).trim().split('\n'), [
      'upload',
      '-p',
      '/dev/null',
      '--fqbn',
      'esp8266:esp8266:d1',
      '--input-dir',
      firmwareDir,
      '--verify',
    ]);
    assert.equal(run.outputs['backend'], 'arduino-cli');
    assert.match(run.stdout, /Hash of data verified\./);
  });

  it('explains a failed upload', async () => {
    const log = join(await mkdtemp(join(tmpdir(), 'boardline-cli-')), 'args');
    const firmwareDir = await mkdtemp(join(tmpdir(), 'boardline-build-'));
    await writeFile(join(firmwareDir, 'blink.ino.bin'), Buffer.alloc(1024, 0xe9));
    const run = await runBundledAction('flash-serial', {
      inputs: { port: '/dev/null', firmware: firmwareDir, fqbn: 'esp8266:esp8266:d1', protocol: 'arduino-cli' },
      env: { PATH: `${fakeDir}:${process.env['PATH'] ?? ''}`, FAKE_ARDUINO_CLI_LOG: log, FAKE_ARDUINO_CLI_FAIL: '1' },
    });
    assert.equal(run.exitCode, 1);
    assert.match(
      run.annotations[0]?.message ?? '',
      /arduino-cli upload failed \(exit code 1\): Failed uploading: uploading error: exit status 2; the board may be half-flashed/,
    );
    assert.equal(run.outputs['board-state'], 'partial');
  });
});
