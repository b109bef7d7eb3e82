import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parseIntelHex } from '../../src/flash/intel-hex.js';
import { buildBannerFirmware, type BuiltFirmware } from '../harness/firmware.js';
import { parseCliJson } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

const execFileAsync = promisify(execFile);

/** avrdude, the third-party reference client: as a user would run it against an Uno on USB. */
async function avrdude(port: string, ...operations: string[]): Promise<string> {
  const args = ['-p', 'm328p', '-c', 'arduino', '-P', port, '-b', '115200', ...operations.flatMap((operation) => ['-U', operation])];
  try {
    const { stderr } = await execFileAsync('avrdude', args, { timeout: 120_000 });
    return stderr;
  } catch (error) {
    const failure = error as Error & { stderr?: string };
    throw new Error(`avrdude ${args.join(' ')} failed: ${failure.message}\n${failure.stderr ?? ''}`, { cause: error });
  }
}

describe('virtual board', () => {
  let sandbox: BoardlineSandbox;
  let big: BuiltFirmware;
  let blink: BuiltFirmware;
  let sensor: BuiltFirmware;
  before(async () => {
    sandbox = await boardlineSandbox();
    [big, blink, sensor] = await Promise.all([
      buildBannerFirmware('big', 'abc1234', 24_000),
      buildBannerFirmware('blink', '3f2a91c'),
      buildBannerFirmware('sensor', '0c0ffee'),
    ]);
  });
  // An emulated board busy-waiting takes most of a core: stop each test's boards before the next.
  afterEach(async () => {
    await sandbox.stopAll();
  });

  it('takes a 24 KB firmware from avrdude through the real optiboot, reads it back, and boots it', async () => {
    const board = await sandbox.startBoard(['--name', 'flashme', '--firmware', blink.hex]);
    const written = await avrdude(board.port, `flash:w:${big.hex}:i`);
    assert.match(written, /24\d{3} bytes of flash written/);
    assert.match(written, /24\d{3} bytes of flash verified/);

    const readBack = join(await mkdtemp(join(tmpdir(), 'boardline-readback-')), 'flash.bin');
    await avrdude(board.port, `flash:r:${readBack}:r`);
    const image = parseIntelHex(await readFile(big.hex, 'latin1'), big.hex);
    const flash = await readFile(readBack);
    assert.ok(image.data.length >= 20_000, `the firmware is ${image.data.length} bytes`);
    assert.deepEqual(flash.subarray(image.start, image.start + image.data.length), Buffer.from(image.data));

    const verify = await sandbox.cli(['verify-banner', '--port', 'flashme', '--expect', big.banner, '--timeout', '20s', '--json']);
    assert.equal(verify.exitCode, 0, verify.stdout + verify.stderr);
    assert.equal(parseCliJson(verify.stdout).outputs?.['matched'], big.banner);
  });

  it('replays the banner on reset, and keeps its flash through it', async () => {
    const board = await sandbox.startBoard(['--name', 'resetme', '--firmware', blink.hex]);
    const monitor = sandbox.start(['monitor', '--port', board.port, '--duration', '30s']);
    await monitor.waitForOutput(/BOOT blink 3f2a91c\r\n/, 15_000);
    const reset = await sandbox.cli(['virtual-board', 'reset', '--name', 'resetme']);
    assert.equal(reset.exitCode, 0, reset.stderr);
    await monitor.waitForOutput(/BOOT blink 3f2a91c\r\n[^]*BOOT blink 3f2a91c\r\n/, 15_000);
    monitor.child.kill('SIGTERM');
    assert.equal((await monitor.done).exitCode, 0);
  });

  it('runs two boards with different firmware at the same time', async () => {
    await sandbox.startBoard(['--name', 'left', '--firmware', blink.hex]);
    await sandbox.startBoard(['--name', 'right', '--firmware', sensor.hex]);
    const [left, right] = await Promise.all([
      sandbox.cli(['verify-banner', '--port', 'left', '--expect', blink.banner, '--expect', 'tick 2', '--timeout', '20s']),
      sandbox.cli(['verify-banner', '--port', 'right', '--expect', sensor.banner, '--expect', 'tick 2', '--timeout', '20s']),
    ]);
    assert.equal(left.exitCode, 0, left.stderr);
    assert.equal(right.exitCode, 0, right.stderr);
    const status = JSON.parse((await sandbox.cli(['virtual-board', 'status', '--json'])).stdout) as {
      outputs: { boards: { name: string }[] };
    };
    const names = status.outputs.boards.map((board) => board.name);
    assert.ok(names.includes('left') && names.includes('right'), names.join(','));
  });

  it('keeps its flash in a flash file across stop and start', async () => {
    const flashFile = join(await mkdtemp(join(tmpdir(), 'boardline-flash-')), 'uno.flash');
    const board = await sandbox.startBoard(['--name', 'keeper', '--flash-file', flashFile]);
    await avrdude(board.port, `flash:w:${sensor.hex}:i`);
    assert.equal((await sandbox.cli(['virtual-board', 'stop', '--name', 'keeper'])).exitCode, 0);
    await sandbox.startBoard(['--name', 'keeper', '--flash-file', flashFile]);
    const verify = await sandbox.cli(['verify-banner', '--port', 'keeper', '--expect', sensor.banner, '--timeout', '20s']);
    assert.equal(verify.exitCode, 0, verify.stderr);
  });

  it('refuses bad input with clear errors', async () => {
    const unknown = await sandbox.cli(['virtual-board', 'start', '--board', 'mega', '--json']);
    assert.equal(unknown.exitCode, 2);
    assert.match(
      parseCliJson(unknown.stdout).error?.message ?? '',
      /^Input "board" must be one of uno, nano, duemilanove, esp8266, esp32; got "mega"/,
    );

    const missing = await sandbox.cli(['virtual-board', 'start', '--bootloader', '/nonexistent/optiboot.hex', '--json']);
    assert.equal(missing.exitCode, 2);
    assert.match(parseCliJson(missing.stdout).error?.message ?? '', /^Input "bootloader": cannot read \/nonexistent\/optiboot.hex: ENOENT/);

    const corrupt = join(await mkdtemp(join(tmpdir(), 'boardline-boot-')), 'optiboot.hex');
    const original = await readFile('/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex', 'latin1');
    await writeFile(
      corrupt,
      original.replace(':107E0000112484B714BE81FFFDD085E080938100EA', ':107E0000112484B714BE81FFFDD085E080938100EB'),
    );
    const broken = await sandbox.cli(['virtual-board', 'start', '--bootloader', corrupt, '--json']);
    assert.equal(broken.exitCode, 2);
    assert.match(
      parseCliJson(broken.stdout).error?.message ?? '',
      /optiboot.hex is not valid Intel HEX: line 1: checksum EB should be EA$/,
    );

    await sandbox.startBoard(['--name', 'taken', '--firmware', blink.hex]);
    const taken = await sandbox.cli(['virtual-board', 'start', '--name', 'taken', '--json']);
    assert.equal(taken.exitCode, 2);
    assert.match(
      parseCliJson(taken.stdout).error?.message ?? '',
      /^Input "name": a virtual board named taken is already running \(pid \d+, port .*\/boards\/taken\/tty\)$/,
    );

    const gone = await sandbox.cli(['virtual-board', 'reset', '--name', 'nobody', '--json']);
    assert.equal(gone.exitCode, 3);
    assert.match(parseCliJson(gone.stdout).error?.message ?? '', /^No virtual board named nobody is running$/);
  });
});
