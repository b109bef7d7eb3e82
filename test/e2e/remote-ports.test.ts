import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, realpath, writeFile } from 'node:fs/promises';
import { connect, createServer, type Server } from 'node:net';
import { createServer as createTlsServer } from 'node:tls';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { buildBannerFirmware, type BuiltFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson } from '../harness/run-cli.js';
import type { ProcessRun } from '../harness/run-process.js';
import { freePort, startSer2net, type Ser2net } from '../harness/ser2net.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

const run = promisify(execFile);

/** A server on loopback that accepts and then does what the test says: nothing, or talk nonsense. */
async function fakeServer(
  onConnection: (socket: import('node:net').Socket) => void,
): Promise<{ url: (scheme: string) => string; close: () => Promise<void> }> {
  const server: Server = createServer(onConnection);
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => sockets.add(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: (scheme) => `${scheme}://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The CLI failed with a port error (exit 3) whose message and hint say what they must. */
function assertPortError(run: ProcessRun, message: RegExp, hint: RegExp): void {
  assert.equal(run.exitCode, 3, run.stdout + run.stderr);
  const error = parseCliJson(run.stdout).error;
  assert.match(error?.message ?? '', message);
  assert.match(error?.hint ?? '', hint);
}

/** A CA, a server certificate for 127.0.0.1 signed by it, and a second CA that signed nothing. */
async function certificates(): Promise<{
  dir: string;
  ca: string;
  otherCa: string;
  key: string;
  cert: string;
  clientKey: string;
  clientCert: string;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-tls-'));
  const at = (name: string): string => join(dir, name);
  const openssl = (...args: string[]): Promise<unknown> => run('openssl', args);
  for (const name of ['ca', 'other-ca']) {
    await openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      at(`${name}.key`),
      '-out',
      at(`${name}.pem`),
      '-days',
      '2',
      '-subj',
      `/CN=Boardline test ${name}`,
    );
  }
  /** A key and a certificate for `subject`, signed by the test CA. */
  const signed = async (name: string, subject: string, extensions: string[] = []): Promise<void> => {
    await openssl('req', '-newkey', 'rsa:2048', '-nodes', '-keyout', at(`${name}.key`), '-out', at(`${name}.csr`), '-subj', subject);
    const ca = ['-CA', at('ca.pem'), '-CAkey', at('ca.key'), '-CAcreateserial'];
    await openssl('x509', '-req', '-in', at(`${name}.csr`), ...ca, '-out', at(`${name}.pem`), '-days', '2', ...extensions);
  };
  await writeFile(at('ext.cnf'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\n');
  await signed('server', '/CN=127.0.0.1', ['-extfile', at('ext.cnf')]);
  await signed('client', '/CN=runner');
  return {
    dir,
    ca: at('ca.pem'),
    otherCa: at('other-ca.pem'),
    key: at('server.key'),
    cert: at('server.pem'),
    clientKey: at('client.key'),
    clientCert: at('client.pem'),
  };
}

describe('boards on another machine: rfc2217:// and tcp:// through a real ser2net', () => {
  let sandbox: BoardlineSandbox;
  let big: BuiltFirmware;
  let blink: BuiltFirmware;
  let servers: Ser2net[] = [];
  const serve = async (...args: Parameters<typeof startSer2net>): Promise<Ser2net> => {
    const server = await startSer2net(...args);
    servers.push(server);
    return server;
  };
  before(async () => {
    sandbox = await boardlineSandbox();
    [big, blink] = await Promise.all([buildBannerFirmware('remote', 'c0ffee1', 24_000), buildBannerFirmware('blink', '3f2a91c')]);
  });
  afterEach(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    servers = [];
    await sandbox.stopAll();
  });
  after(async () => {
    await sandbox.stopAll();
  });

  it('flashes 24 KB over rfc2217:// through the bundled action, verified; verify-banner and monitor then see the new banner', async () => {
    const board = await sandbox.startBoard(['--name', 'lab-uno', '--firmware', blink.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217' }]);
    const url = ser2net.urls[0] ?? '';
    const flash = await runBundledAction('flash-serial', {
      inputs: { port: url, firmware: big.hex, fqbn: 'arduino:avr:uno' },
      env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
      timeoutMs: 180_000,
    });
    assert.equal(flash.exitCode, 0, flash.stdout + flash.stderr);
    assert.equal(flash.outputs['port'], url);
    assert.equal(flash.outputs['backend'], 'stk500v1');
    assert.equal(flash.outputs['board-state'], 'verified');
    assert.ok(Number(flash.outputs['bytes']) >= 24_000);
    // ser2net serving a pty cannot move DTR: said as a warning, and the board was reset by ser2net opening its port.
    assert.match(flash.stdout, /::warning::.*does not acknowledge SET-CONTROL/);

    const verify = await sandbox.cli(['verify-banner', '--port', url, '--expect', big.banner, '--timeout', '30s', '--json']);
    assert.equal(verify.exitCode, 0, verify.stderr);
    assert.equal(parseCliJson(verify.stdout).outputs?.['result'], 'pass');

    const monitor = await sandbox.cli(['monitor', '--port', url, '--duration', '4s'], { timeoutMs: 30_000 });
    assert.equal(monitor.exitCode, 0, monitor.stderr);
    assert.ok(monitor.stdout.includes(big.banner), monitor.stdout);
  });

  it('flashes over tcp:// (raw) through the CLI, verified, and verify-banner sees it', async () => {
    const board = await sandbox.startBoard(['--name', 'raw-uno', '--firmware', blink.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'tcp' }]);
    const url = ser2net.urls[0] ?? '';
    const flash = await sandbox.cli(['flash-serial', '--port', url, '--firmware', big.hex, '--fqbn', 'arduino:avr:uno', '--json'], {
      timeoutMs: 180_000,
    });
    assert.equal(flash.exitCode, 0, flash.stderr);
    assert.equal(parseCliJson(flash.stdout).outputs?.['board-state'], 'verified');
    assert.match(flash.stderr, /tcp:\/\/127\.0\.0\.1:\d+ has no modem control lines/);
    const verify = await sandbox.cli(['verify-banner', '--port', url, '--expect', big.banner, '--timeout', '30s']);
    assert.equal(verify.exitCode, 0, verify.stderr);
  });

  it('sets the baud rate remotely: a Duemilanove at 57600 through a ser2net configured for 115200', async () => {
    const board = await sandbox.startBoard(['--name', 'lab-due', '--board', 'duemilanove', '--firmware', blink.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217', baud: 115200 }]);
    const url = ser2net.urls[0] ?? '';
    // While a client holds the port at 57600, the pty ser2net opened is at 57600, not its configured 115200.
    // That pty is the one the board's link points at now: once a client has it, the link moves on to a standby pty.
    const served = await realpath(board.port);
    const holder = sandbox.start(['monitor', '--port', url, '--baud', '57600', '--duration', '3s'], { timeoutMs: 30_000 });
    await holder.waitForOutput(/Connected to/, 20_000);
    const { stdout: speed } = await run('stty', ['-F', served, 'speed']);
    assert.equal(speed.trim(), '57600');
    assert.equal((await holder.done).exitCode, 0);

    const flash = await sandbox.cli(['flash-serial', '--port', url, '--firmware', big.hex, '--fqbn', 'arduino:avr:diecimila', '--json'], {
      timeoutMs: 180_000,
    });
    assert.equal(flash.exitCode, 0, flash.stderr);
    assert.equal(parseCliJson(flash.stdout).outputs?.['board-state'], 'verified');
    const verify = await sandbox.cli(['verify-banner', '--port', url, '--expect', big.banner, '--timeout', '30s']);
    assert.equal(verify.exitCode, 0, verify.stderr);
  });

  it('reports a ser2net stopped mid-flash as the port going away, naming what was written', async () => {
    const board = await sandbox.startBoard(['--name', 'dropped', '--firmware', blink.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217' }]);
    const flash = sandbox.start(
      ['flash-serial', '--port', ser2net.urls[0] ?? '', '--firmware', big.hex, '--fqbn', 'arduino:avr:uno', '--json'],
      {
        timeoutMs: 120_000,
      },
    );
    await flash.waitForOutput(/Writing 30%/, 60_000);
    await ser2net.stop();
    const result = await flash.done;
    assert.equal(result.exitCode, 3, result.stderr);
    const json = parseCliJson(result.stdout);
    assert.match(json.error?.message ?? '', /went away: the connection to rfc2217:\/\/127\.0\.0\.1:\d+ was closed/);
    assert.match(
      json.error?.message ?? '',
      /the board is half-flashed \(\d+ of \d+ pages written; pages 0x0–0x[0-9a-f]+; page 0x[0-9a-f]+ may be erased or half-written\)/,
    );
    assert.match(json.error?.hint ?? '', /check that ser2net still runs on 127\.0\.0\.1/);
    assert.equal(json.outputs?.['board-state'] ?? 'partial', 'partial');
  });

  it('waits while another job holds the remote port, then runs', async () => {
    const board = await sandbox.startBoard(['--name', 'shared', '--firmware', big.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217' }]);
    const url = ser2net.urls[0] ?? '';
    const first = sandbox.start(['monitor', '--port', url, '--duration', '4s'], { timeoutMs: 30_000 });
    await first.waitForOutput(/Connected to/, 20_000);
    // The second job runs on "another machine": a lock directory of its own, so only ser2net can turn it away.
    const otherMachine = await mkdtemp(join(tmpdir(), 'boardline-locks-'));
    const second = await sandbox.cli(
      ['verify-banner', '--port', url, '--expect', big.banner, '--timeout', '30s', '--lock-timeout', '60s'],
      {
        env: { ...sandbox.env, BOARDLINE_LOCK_DIR: otherMachine },
        timeoutMs: 90_000,
      },
    );
    assert.equal((await first.done).exitCode, 0);
    assert.equal(second.exitCode, 0, second.stderr);
    assert.match(second.stderr, /is busy: the server serves one client at a time and said "Port already in use"; waiting up to 1m/);

    const impatient = sandbox.start(['monitor', '--port', url, '--duration', '3s'], { timeoutMs: 30_000 });
    await impatient.waitForOutput(/Connected to/, 20_000);
    const refused = await sandbox.cli(['verify-banner', '--port', url, '--expect', big.banner, '--lock-timeout', '1s', '--json'], {
      env: { ...sandbox.env, BOARDLINE_LOCK_DIR: otherMachine },
    });
    assert.equal(refused.exitCode, 3);
    assert.match(parseCliJson(refused.stdout).error?.message ?? '', /is busy: .*Port already in use"; waited 1/);
    await impatient.done;
  });

  it('fails clearly, within its deadlines, when nothing listens, nothing answers, or the server is not Telnet', async () => {
    const nothing = await sandbox.cli(['verify-banner', '--port', `rfc2217://127.0.0.1:${await freePort()}`, '--expect', 'x', '--json']);
    assertPortError(nothing, /^Nothing is listening at 127\.0\.0\.1:\d+ .*connection refused/, /start ser2net/);

    const silent = await fakeServer(() => undefined);
    const garbage = await fakeServer((socket) => socket.write('SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n'));
    try {
      const started = performance.now();
      const hang = await sandbox.cli([
        'flash-serial',
        '--port',
        silent.url('rfc2217'),
        '--firmware',
        big.hex,
        '--fqbn',
        'arduino:avr:uno',
        '--json',
      ]);
      assert.equal(hang.exitCode, 4, hang.stderr);
      assert.match(parseCliJson(hang.stdout).error?.message ?? '', /did not negotiate RFC 2217 within 5000 ms/);
      // The 5 s negotiation deadline ended it, not the 5 min flash timeout (with room for a loaded machine).
      assert.ok(performance.now() - started < 90_000, 'the deadline, not the whole flash timeout');
      const nonsense = await sandbox.cli(['verify-banner', '--port', garbage.url('rfc2217'), '--expect', 'x', '--json']);
      assert.equal(nonsense.exitCode, 4);
      assert.match(parseCliJson(nonsense.stdout).error?.message ?? '', /did not negotiate RFC 2217 .*; it sent "SSH-2\.0-OpenSSH/);
      assert.match(parseCliJson(nonsense.stdout).error?.hint ?? '', /not an RFC 2217 server/);
    } finally {
      await Promise.all([silent.close(), garbage.close()]);
    }

    const malformed = await sandbox.cli(['verify-banner', '--port', 'rfc2217://lab-pi', '--expect', 'x', '--json']);
    assert.equal(malformed.exitCode, 2);
    assert.match(
      parseCliJson(malformed.stdout).error?.message ?? '',
      /^Input "port" has a malformed network port "rfc2217:\/\/lab-pi": the TCP port is missing/,
    );
  });

  it('speaks RFC 2217 inside TLS, and refuses a certificate its CA did not sign', async () => {
    const tls = await certificates();
    const board = await sandbox.startBoard(['--name', 'secure', '--firmware', big.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217-tls', tls: { key: tls.key, cert: tls.cert } }]);
    const url = ser2net.urls[0] ?? '';
    const good = await sandbox.cli(['verify-banner', '--port', url, '--tls-ca', tls.ca, '--expect', big.banner, '--timeout', '30s']);
    assert.equal(good.exitCode, 0, good.stderr);

    const wrong = await sandbox.cli(['verify-banner', '--port', url, '--tls-ca', tls.otherCa, '--expect', big.banner, '--json']);
    assertPortError(
      wrong,
      /^TLS to 127\.0\.0\.1:\d+ failed: the server's certificate was not accepted: .*\(UNABLE_TO_VERIFY_LEAF_SIGNATURE\)/,
      /give tls-ca the CA certificate/,
    );

    const misplaced = await sandbox.cli([
      'verify-banner',
      '--port',
      url.replace('rfc2217s', 'rfc2217'),
      '--tls-ca',
      tls.ca,
      '--expect',
      'x',
      '--json',
    ]);
    assert.equal(misplaced.exitCode, 2);
    assert.match(parseCliJson(misplaced.stdout).error?.message ?? '', /^Input "tls-ca" is for rfc2217s:\/\/ ports/);
  });

  it('logs in with a client certificate where the TLS end demands one', async () => {
    const tls = await certificates();
    const board = await sandbox.startBoard(['--name', 'mutual', '--firmware', big.hex]);
    const ser2net = await serve([{ device: board.port, kind: 'rfc2217' }]);
    // A TLS terminator in front of ser2net (as stunnel would be) that admits only certificates the lab's CA signed.
    const [key, cert, ca] = await Promise.all([readFile(tls.key), readFile(tls.cert), readFile(tls.ca)]);
    const sockets = new Set<import('node:net').Socket>();
    const terminator = createTlsServer({ key, cert, ca, requestCert: true, rejectUnauthorized: true }, (client) => {
      const upstream = connect(ser2net.ports[0] ?? 0, '127.0.0.1');
      for (const socket of [client, upstream]) {
        sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => (client.destroy(), upstream.destroy()));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => terminator.listen(0, '127.0.0.1', resolve));
    const address = terminator.address();
    const url = `rfc2217s://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
    try {
      const admitted = await sandbox.cli([
        'verify-banner',
        '--port',
        url,
        '--tls-ca',
        tls.ca,
        '--tls-cert',
        tls.clientCert,
        '--tls-key',
        tls.clientKey,
        '--expect',
        big.banner,
        '--timeout',
        '30s',
      ]);
      assert.equal(admitted.exitCode, 0, admitted.stderr);

      const anonymous = await sandbox.cli(['verify-banner', '--port', url, '--tls-ca', tls.ca, '--expect', big.banner, '--json']);
      assertPortError(
        anonymous,
        /^TLS to 127\.0\.0\.1:\d+ failed: the server refused this client's certificate: .*\(ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED\)/,
        /give tls-cert and tls-key a client certificate/,
      );

      const halfPair = await sandbox.cli(['verify-banner', '--port', url, '--tls-cert', tls.clientCert, '--expect', 'x', '--json']);
      assert.equal(halfPair.exitCode, 2);
      assert.match(parseCliJson(halfPair.stdout).error?.message ?? '', /^Inputs "tls-cert" and "tls-key" go together/);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => terminator.close(resolve));
    }
  });
});
