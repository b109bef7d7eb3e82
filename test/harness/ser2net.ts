import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** One ser2net connection: a device served on a loopback port by one accepter. */
export interface Ser2netExport {
  device: string;
  /** telnet(rfc2217) or raw tcp; tls adds ssl(key=…,cert=…) under the telnet filter. */
  kind: 'rfc2217' | 'tcp' | 'rfc2217-tls';
  /** The line settings ser2net opens the device with. */
  baud?: number;
  tls?: { key: string; cert: string; clientCa?: string };
}

export interface Ser2net {
  /** The port each export listens on, in the order given. */
  ports: number[];
  urls: string[];
  config: string;
  readonly log: string;
  stop(): Promise<void>;
}

/** A free TCP port on loopback (asked of the kernel, then released for ser2net to take). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port from the kernel');
  return address.port;
}

/** Whether something listens on a loopback port, read from /proc/net/tcp (a probe connection would open the device). */
async function listening(port: number): Promise<boolean> {
  const table = await readFile('/proc/net/tcp', 'utf8');
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  return table.split('\n').some((line) => {
    const fields = line.trim().split(/\s+/);
    return fields[1]?.endsWith(`:${hex}`) === true && fields[3] === '0A';
  });
}

function accepter(item: Ser2netExport, port: number): string {
  // nodelay: ser2net leaves Nagle on, which holds every short answer for the client's delayed ACK.
  const tcp = `tcp(nodelay),127.0.0.1,${port}`;
  if (item.kind === 'tcp') return tcp;
  if (item.kind === 'rfc2217') return `telnet(rfc2217),${tcp}`;
  const tls = item.tls;
  if (tls === undefined) throw new Error('an rfc2217-tls export needs its key and certificate');
  const client = tls.clientCa === undefined ? '' : `,CA=${tls.clientCa},clientauth`;
  return `telnet(rfc2217),ssl(key=${tls.key},cert=${tls.cert}${client}),${tcp}`;
}

/**
 * Starts Debian's ser2net (4.3) in the foreground on loopback with a configuration of the test's
 * own: one client at a time, no kicking the current one, no character delay — the settings
 * `boardline ports --ser2net` writes.
 */
export async function startSer2net(exports: readonly Ser2netExport[], ports?: readonly number[]): Promise<Ser2net> {
  const chosen = ports === undefined ? await Promise.all(exports.map(() => freePort())) : [...ports];
  const config = exports
    .map((item, index) =>
      [
        `connection: &port${index}`,
        `  accepter: ${accepter(item, chosen[index] ?? 0)}`,
        `  connector: serialdev,${item.device},${item.baud ?? 115200}n81,local`,
        '  options:',
        '    max-connections: 1',
        '    kickolduser: false',
        '    chardelay: false',
      ].join('\n'),
    )
    .join('\n');
  const running = await runSer2net(`${config}\n`, chosen);
  const scheme = (item: Ser2netExport): string => (item.kind === 'tcp' ? 'tcp' : item.kind === 'rfc2217' ? 'rfc2217' : 'rfc2217s');
  // Object.assign keeps the live log getter a spread would freeze.
  return Object.assign(running, { urls: exports.map((item, index) => `${scheme(item)}://127.0.0.1:${chosen[index] ?? 0}`) });
}

/** Runs ser2net on a configuration as given, until it listens on every one of `ports`. */
export async function runSer2net(config: string, ports: readonly number[]): Promise<Omit<Ser2net, 'urls'>> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-ser2net-'));
  const chosen = ports;
  const file = join(dir, 'ser2net.yaml');
  await writeFile(file, config);
  let log = '';
  let child: ChildProcess;
  try {
    child = spawn('ser2net', ['-n', '-d', '-c', file, '-P', join(dir, 'ser2net.pid')], { stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`ser2net cannot start (apt-get install ser2net): ${(error as Error).message}`, { cause: error });
  }
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (log += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let failed: Error | undefined;
  child.once('error', (error) => (failed = new Error(`ser2net cannot start (apt-get install ser2net): ${error.message}`)));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, sleep(5000).then(() => child.kill('SIGKILL'))]);
  };
  for (let waited = 0; ; waited += 25) {
    if (failed !== undefined) throw failed;
    const up = await Promise.all(chosen.map((port) => listening(port)));
    if (up.every(Boolean)) break;
    if (child.exitCode !== null || waited > 60_000) {
      await stop();
      throw new Error(`ser2net did not listen on ${chosen.join(', ')}:\n${log}\n${config}`);
    }
    await sleep(25);
  }
  return {
    ports: [...chosen],
    config,
    get log() {
      return log;
    },
    stop,
  };
}
