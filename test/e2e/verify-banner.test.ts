import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { FakeBoard } from '../harness/fake-board.js';
import { buildBannerFirmware, type BuiltFirmware } from '../harness/firmware.js';
import { startQemuUno, type QemuUno } from '../harness/qemu-uno.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, runBundledCli, startBundledCli } from '../harness/run-cli.js';

/** The line verify-banner logs once it listens on a pty (which has no modem lines to reset with). */
const listening = /no modem control lines/;
const bannerPattern = '/BOOT (?<app>\\w+) (?<version>[0-9a-f]{7})/';

describe('verify-banner with real firmware on an emulated Uno (qemu-system-avr)', () => {
  let firmware: BuiltFirmware;
  const unos: QemuUno[] = [];
  /** A fresh Uno running the firmware, paused until the code under test listens. */
  const freshUno = async (): Promise<QemuUno> => {
    const uno = await startQemuUno(firmware.elf);
    unos.push(uno);
    return uno;
  };
  before(async () => {
    firmware = await buildBannerFirmware('blink', '3f2a91c');
  });
  after(async () => {
    await Promise.all(unos.map((uno) => uno.close()));
  });

  it('passes through the bundled action when the firmware prints its banner', async () => {
    const uno = await freshUno();
    const run = await runBundledAction('verify-banner', {
      inputs: { port: uno.port, expect: `${bannerPattern}\ntick 2`, timeout: '20s', junit: 'reports/verify-banner.xml' },
      whileRunning: async (step) => {
        await step.waitForOutput(listening);
        await uno.resume();
      },
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['result'], 'pass');
    assert.deepEqual(JSON.parse(run.outputs['groups'] ?? ''), { app: 'blink', version: '3f2a91c' });
    assert.equal(run.outputs['matched'], 'tick 2');
    assert.match(run.outputs['elapsed-ms'] ?? '', /^\d+$/);
    const transcriptPath = run.outputs['transcript'] ?? '';
    assert.ok(transcriptPath.startsWith(run.runnerTemp), 'the transcript goes under RUNNER_TEMP by default');
    assert.match(await readFile(transcriptPath, 'utf8'), /^\[ +\d+\.\d{3}s\] BOOT blink 3f2a91c\n\[ +\d+\.\d{3}s\] tick 1\n/);
    assert.match(run.summary, /### ✅ verify-banner passed on `\/dev\/pts\/\d+`/);
    assert.match(run.summary, /\| 1 \| `\/BOOT \(\?<app>\\w\+\) \(\?<version>\[0-9a-f\]\{7\}\)\/` \| ✅ `BOOT blink 3f2a91c` \|/);
    assert.match(run.summary, /Captured: app = `blink`, version = `3f2a91c`/);
    const junit = await readFile(join(run.workspace, 'reports', 'verify-banner.xml'), 'utf8');
    assert.match(junit, /<testsuites name="verify-banner" tests="2" failures="0" errors="0" skipped="0"/);
    assert.match(run.stdout, /│ BOOT blink 3f2a91c/);
    assert.equal(run.annotations.length, 1, 'only the warning that a pty cannot be reset');
    assert.equal(run.annotations[0]?.command, 'warning');
  });

  it('passes through the bundled CLI, and fails it when the banner is not this build', async () => {
    const uno = await freshUno();
    const verify = startBundledCli(['verify-banner', '--port', uno.port, '--expect', 'BOOT blink 3f2a91c', '--timeout', '20s', '--json']);
    await verify.waitForOutput(listening);
    await uno.resume();
    const run = await verify.done;
    assert.equal(run.exitCode, 0, run.stderr);
    assert.equal(parseCliJson(run.stdout).outputs?.['matched'], 'BOOT blink 3f2a91c');

    const stale = await freshUno();
    const wrong = startBundledCli(['verify-banner', '--port', stale.port, '--expect', 'BOOT blink 9e8d7c6', '--timeout', '2s', '--json']);
    await wrong.waitForOutput(listening);
    await stale.resume();
    const failed = await wrong.done;
    assert.equal(failed.exitCode, 4);
    const result = parseCliJson(failed.stdout);
    assert.match(result.error?.message ?? '', /waiting for expected pattern 1 of 1: BOOT blink 9e8d7c6$/);
    assert.match(await readFile(String(result.outputs?.['transcript']), 'utf8'), /\] BOOT blink 3f2a91c\n/);
  });
});

describe('verify-banner against a console on a real pty', () => {
  it('matches lines split across reads, with garbage, ANSI colours and no final newline', async () => {
    await FakeBoard.use(async (board) => {
      const verify = startBundledCli([
        'verify-banner',
        '--port',
        board.port,
        '--expect',
        bannerPattern,
        '--expect',
        '/ready in (?<ms>\\d+) ms$/',
        '--timeout',
        '10s',
        '--json',
      ]);
      await verify.waitForOutput(listening);
      await board.write('\xff\xfe\x00garbage at the wrong baud\r\n');
      await board.writeInPieces('\x1b[32mBOOT sen', 3, 5);
      await board.writeInPieces('sor 0c0ffee\x1b[0m\r\nready in 42 ms', 4, 5);
      const run = await verify.done;
      assert.equal(run.exitCode, 0, run.stderr);
      assert.deepEqual(parseCliJson(run.stdout).outputs?.['groups'], { app: 'sensor', version: '0c0ffee', ms: '42' });
    });
  });

  it('fails at once on crash output, exit code 1, transcript kept', async () => {
    await FakeBoard.use(async (board) => {
      const verify = startBundledCli([
        'verify-banner',
        '--port',
        board.port,
        '--expect',
        'BOOT',
        '--expect',
        'ready',
        '--timeout',
        '20s',
        '--json',
      ]);
      await verify.waitForOutput(listening);
      await board.write("BOOT blink 3f2a91c\r\nGuru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.\r\n");
      const run = await verify.done;
      // Exit 1 (fail-on), not 4: the crash ended the wait, not the 20 s deadline.
      assert.equal(run.exitCode, 1);
      const result = parseCliJson(run.stdout);
      assert.equal(result.error?.kind, 'failed');
      assert.match(
        result.error.message,
        /^Crash output on \/dev\/pts\/\d+ after .*: "Guru Meditation Error: .*" matched fail-on ESP32 panic/,
      );
      assert.equal(result.outputs?.['result'], 'fail-pattern');
      assert.match(await readFile(String(result.outputs['transcript']), 'utf8'), /BOOT blink 3f2a91c\n.*Guru Meditation/);
    });
  });

  it('adds fail-on patterns, and can leave the built-in ones out', async () => {
    await FakeBoard.use(async (board) => {
      const verify = startBundledCli([
        'verify-banner',
        '--port',
        board.port,
        '--expect',
        'done',
        '--fail-on',
        '/^ERR \\d+/',
        '--no-crash-patterns',
        '--json',
      ]);
      await verify.waitForOutput(listening);
      await board.write('abort() called by design\r\nERR 7 sensor missing\r\n');
      const run = await verify.done;
      assert.equal(run.exitCode, 1);
      assert.match(parseCliJson(run.stdout).error?.message ?? '', /"ERR 7 sensor missing" matched fail-on \/\^ERR \\d\+\//);
    });
  });

  it('times out on a silent board, exit code 4, saying what it waited for', async () => {
    await FakeBoard.use(async (board) => {
      const started = Date.now();
      const run = await runBundledCli(['verify-banner', '--port', board.port, '--expect', 'BOOT', '--timeout', '1500ms', '--json']);
      const took = Date.now() - started;
      assert.equal(run.exitCode, 4);
      assert.ok(took >= 1500, `took ${took} ms`);
      const result = parseCliJson(run.stdout);
      assert.match(result.error?.message ?? '', /^Timed out after 1.5s on \/dev\/pts\/\d+ waiting for expected pattern 1 of 1: BOOT$/);
      assert.match(result.error?.details ?? '', /Last lines seen on \/dev\/pts\/\d+:\n\(nothing\)\nTranscript: /);
      assert.ok(existsSync(String(result.outputs?.['transcript'])));
    });
  });

  it('reports a port that goes away mid-read, exit code 3, transcript kept', async () => {
    await FakeBoard.use(async (board) => {
      const verify = startBundledCli(['verify-banner', '--port', board.port, '--expect', 'never', '--timeout', '20s', '--json']);
      await verify.waitForOutput(listening);
      await board.write('BOOT blink 3f2a91c\r\n');
      // Unplugged once the line is in: the job log echoes each line as the transcript takes it.
      await verify.waitForOutput(/│ BOOT blink 3f2a91c/);
      await board.unplug();
      const run = await verify.done;
      // Exit 3 (port lost), not 4: the unplugging ended the wait, not the 20 s deadline.
      assert.equal(run.exitCode, 3, run.stdout + run.stderr);
      const result = parseCliJson(run.stdout);
      assert.match(result.error?.message ?? '', /^Port \/dev\/pts\/\d+ went away: .*, after .* while waiting for expected pattern 1 of 1/);
      assert.equal(result.outputs?.['result'], 'port-lost');
      assert.match(await readFile(String(result.outputs['transcript']), 'utf8'), /BOOT blink 3f2a91c/);
    });
  });

  it('refuses an invalid regex (exit 2) and an unknown port (exit 3) before listening', async () => {
    const invalid = await runBundledCli(['verify-banner', '--port', '/dev/null', '--expect', '/BOOT (/', '--json']);
    assert.equal(invalid.exitCode, 2);
    assert.match(parseCliJson(invalid.stdout).error?.message ?? '', /^Input "expect" has an invalid regular expression \/BOOT \(\/: /);
    const unknown = await runBundledCli(['verify-banner', '--port', '/dev/ttyBOARDLINE9', '--expect', 'BOOT', '--json']);
    assert.equal(unknown.exitCode, 3);
    assert.match(parseCliJson(unknown.stdout).error?.details ?? '', /^(Serial ports present:|No serial ports are present)/);
  });

  it('makes a second job on the same board wait for the lock, then run', async () => {
    await FakeBoard.use(async (board) => {
      const first = startBundledCli(['verify-banner', '--port', board.port, '--expect', 'first job', '--timeout', '20s']);
      await first.waitForOutput(listening);
      const second = startBundledCli([
        'verify-banner',
        '--port',
        board.port,
        '--expect',
        'second job',
        '--timeout',
        '20s',
        '--lock-timeout',
        '20s',
      ]);
      await second.waitForOutput(new RegExp(`is locked by pid ${first.child.pid ?? 0} \\(.*verify-banner.*\\) since`));
      assert.doesNotMatch(second.stderr, listening, 'the second job does not touch the port while the first holds it');
      await board.write('first job\r\n');
      assert.equal((await first.done).exitCode, 0);
      await second.waitForOutput(listening);
      await board.write('second job\r\n');
      const run = await second.done;
      assert.equal(run.exitCode, 0, run.stderr);
      assert.match(run.stdout, /^Banner verified on \/dev\/pts\/\d+ in .*: second job$/m);
    });
  });

  it('gives up on a port another live process holds, naming it, exit code 3', async () => {
    const board = await FakeBoard.connect();
    const holder = startBundledCli(['verify-banner', '--port', board.port, '--expect', 'never', '--timeout', '20s']);
    try {
      await holder.waitForOutput(listening);
      const run = await runBundledCli(['verify-banner', '--port', board.port, '--expect', 'BOOT', '--lock-timeout', '500ms', '--json']);
      assert.equal(run.exitCode, 3);
      const error = parseCliJson(run.stdout).error;
      assert.match(
        error?.message ?? '',
        new RegExp(
          `^Port /dev/pts/\\d+ is busy: locked by pid ${holder.child.pid ?? 0} \\(.*verify-banner.*\\) since \\d\\d:\\d\\d:\\d\\d; waited`,
        ),
      );
    } finally {
      holder.child.kill('SIGTERM');
      await holder.done;
      await board.close();
    }
  });

  it('recovers the lock of a job that died', async () => {
    const board = await FakeBoard.connect();
    const device = (await runBundledCli(['verify-banner', '--port', board.port, '--expect', 'x', '--timeout', '1ms', '--json'])).stdout;
    const path = /on (\/dev\/pts\/\d+)/.exec(device)?.[1] ?? '';
    const lockFile = `/var/lock/LCK..${path.slice('/dev/'.length).replace('/', '_')}`;
    try {
      await writeFile(lockFile, `${String(2 ** 22 + 12345).padStart(10)}\n`);
      const verify = startBundledCli(['verify-banner', '--port', board.port, '--expect', 'BOOT', '--timeout', '10s']);
      await verify.waitForOutput(listening);
      await board.write('BOOT\r\n');
      const run = await verify.done;
      assert.equal(run.exitCode, 0, run.stderr);
      assert.match(run.stderr, /Removed a stale lock \/var\/lock\/LCK\.\.pts_\d+ left by pid 4206649, which is gone/);
    } finally {
      await unlink(lockFile).catch(() => undefined);
      await board.close();
    }
  });

  it('stays bounded through a flood, then still finds the banner', async () => {
    await FakeBoard.use(async (board) => {
      const verify = startBundledCli(
        ['verify-banner', '--port', board.port, '--expect', 'BOOT after flood', '--timeout', '60s', '--json'],
        { timeoutMs: 90_000 },
      );
      await verify.waitForOutput(listening);
      await board.flood(16 * 1024 * 1024);
      await board.write('BOOT after flood\r\n');
      const run = await verify.done;
      assert.equal(run.exitCode, 0, run.stderr);
      const transcriptPath = String(parseCliJson(run.stdout).outputs?.['transcript']);
      const transcript = await readFile(transcriptPath, 'utf8');
      assert.ok(transcript.length < 1024 * 1024, `transcript is ${transcript.length} characters`);
      assert.match(transcript, /\[ boardline: \d+ lines \(\d+ characters\) left out here to keep the transcript bounded \]/);
      assert.match(transcript, /BOOT after flood\n$/);
      assert.match(run.stderr, /│ … \(further console output is in the transcript\)/);
    });
  });
});
