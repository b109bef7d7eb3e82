import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { open } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeFor } from '../harness/node-runtimes.js';
import { openPtyPair } from '../harness/pty-pair.js';
import { bundledCli, runBundledCli, startBundledCli } from '../harness/run-cli.js';

describe('bundled CLI', () => {
  it('prints help and version', async () => {
    const help = await runBundledCli(['--help']);
    assert.equal(help.exitCode, 0);
    for (const command of [
      'setup-arduino-cli',
      'compile-sketch',
      'buildx-armv7',
      'flash-serial',
      'verify-banner',
      'verify-tests',
      'verify-pins',
      'run-scenario',
      'ports',
      'monitor',
    ]) {
      assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
    }
    const version = await runBundledCli(['--version']);
    assert.match(version.stdout, /^\d+\.\d+\.\d+\n$/);
    const commandHelp = await runBundledCli(['flash-serial', '--help']);
    assert.match(commandHelp.stdout, /--verify, --no-verify\s+Read the flash back .*\(default: true\)/);
    assert.match(commandHelp.stdout, /--firmware <item>\s+.*\(required; repeat for several\)/);
  });

  it('exits 2 with the fix for usage errors, and says so in JSON when asked', async () => {
    const none = await runBundledCli([]);
    assert.equal(none.exitCode, 2);
    const unknown = await runBundledCli(['flash', '--json']);
    assert.equal(unknown.exitCode, 2);
    assert.deepEqual(JSON.parse(unknown.stdout), {
      ok: false,
      error: {
        kind: 'usage',
        message: 'Unknown command "flash"',
        hint: 'Fix: use one of setup-arduino-cli, compile-sketch, size-report, buildx-armv7, flash-serial, verify-banner, verify-tests, verify-pins, run-scenario, ports, monitor, deploy-container, sd-image, virtual-board, virtual-i2c (boardline --help)',
        details: null,
      },
    });
    const badBaud = await runBundledCli(['verify-banner', '--expect', 'BOOT', '--baud', 'fast']);
    assert.equal(badBaud.exitCode, 2);
    assert.equal(badBaud.stderr, 'error: Input "baud" must be a whole number, got "fast"\nFix: set --baud to a number such as 115200\n');
  });

  it('exits 3 and lists the ports when a port cannot be resolved', async () => {
    const run = await runBundledCli(['verify-banner', '--port', 'usb:2341:0043', '--expect', 'BOOT', '--json']);
    assert.equal(run.exitCode, 3);
    const result = JSON.parse(run.stdout) as { ok: boolean; error: { kind: string; details: string } };
    assert.equal(result.ok, false);
    assert.equal(result.error.kind, 'port');
    assert.match(result.error.details, /^(Serial ports present:|No serial ports are present)/);
  });

  it('ports lists as text and JSON', async () => {
    const text = await runBundledCli(['ports']);
    assert.equal(text.exitCode, 0);
    assert.match(text.stdout, /^(PORT\s+DEVICE|No serial ports are present on this machine\.)$/m);
    const json = await runBundledCli(['ports', '--json']);
    const result = JSON.parse(json.stdout) as { ok: boolean; outputs: { ports: { path: string; links: string[] }[] } };
    assert.equal(result.ok, true);
    assert.ok(Array.isArray(result.outputs.ports));
    for (const port of result.outputs.ports) assert.match(port.path, /^\/dev\//);
  });

  it('monitor reports a board unplugged under it as gone, exit code 3, instead of waiting on forever', async () => {
    const pty = await openPtyPair();
    const monitor = startBundledCli(['monitor', '--port', pty.a, '--json']);
    await monitor.waitForOutput(/Connected to/, 30_000);
    await pty.close(); // both ptys vanish: what a USB cable pulled out does to the tty
    const run = await monitor.done;
    assert.equal(run.exitCode, 3, run.stderr);
    const result = JSON.parse(run.stdout.slice(run.stdout.lastIndexOf('{"ok"'))) as { error: { kind: string; message: string } };
    assert.equal(result.error.kind, 'port');
    assert.match(
      result.error.message,
      /^Port \/dev\/pts\/\d+ went away: the line hung up: the device or the other side of the pty is gone/,
    );
  });

  for (const using of ['node24', 'node20']) {
    it(`monitor exchanges bytes both ways over a real pty with the bundled native binding (${using})`, async () => {
      const pty = await openPtyPair();
      const board = await open(pty.b, 'r+');
      try {
        const child = spawn(nodeFor(using), [bundledCli, 'monitor', '--port', pty.a, '--baud', '115200', '--json'], {
          stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.setEncoding('latin1').on('data', (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
        const exited = new Promise<number | null>((done) => child.on('close', done));
        for (let waited = 0; !stderr.includes('Connected to'); waited += 20) {
          assert.ok(waited < 10_000, `monitor did not connect: ${stderr}`);
          await sleep(20);
        }
        // The board speaks: bytes, including non-UTF-8 ones, reach stdout unchanged.
        await board.write(Buffer.from('BOOT blink 3f2a91c\r\n\xff\x00', 'latin1'));
        for (let waited = 0; !stdout.includes('\xff\x00'); waited += 20) {
          assert.ok(waited < 5000, `board bytes did not arrive: ${JSON.stringify(stdout)}`);
          await sleep(20);
        }
        // The terminal speaks: stdin reaches the board.
        child.stdin.write('reset\n');
        const received = Buffer.alloc(6);
        const { bytesRead } = await board.read(received, 0, 6, null);
        assert.equal(received.subarray(0, bytesRead).toString(), 'reset\n');
        child.kill('SIGTERM');
        assert.equal(await exited, 0, stderr);
        const result = JSON.parse(stdout.slice(stdout.lastIndexOf('{"ok"'))) as { outputs: Record<string, unknown> };
        assert.match(String(result.outputs['port']), /^\/dev\/pts\/\d+$/);
        assert.equal(result.outputs['bytes-received'], 22);
        assert.equal(result.outputs['bytes-sent'], 6);
        assert.ok(stdout.startsWith('BOOT blink 3f2a91c\r\n\xff\x00'));
      } finally {
        await board.close();
        await pty.close();
      }
    });
  }
});
