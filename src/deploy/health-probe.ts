import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';

/** What `health` asks for: an HTTP answer, a TCP listener, the image's own HEALTHCHECK, or nothing. */
export type HealthProbe =
  | { kind: 'http'; host?: string; port: number; path: string; scheme: 'http' | 'https' }
  | { kind: 'tcp'; host?: string; port: number }
  | { kind: 'docker' }
  | { kind: 'none' }
  | { kind: 'auto' };

const healthHint = 'Fix: write http://:6769/health (the Pi’s port 6769), tcp:6769, docker (the image’s HEALTHCHECK), auto or none';

function portOf(text: string, given: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) {
    throw new BoardlineError('usage', `Input "health": "${given}" has no valid port`, { hint: healthHint });
  }
  return port;
}

export function parseHealth(value: string): HealthProbe {
  const given = value.trim();
  if (given === 'none' || given === 'docker' || given === 'auto') return { kind: given };
  const tcp = /^tcp:(?:(.+):)?(\d+)$/.exec(given);
  if (tcp !== null) {
    const probe: HealthProbe = { kind: 'tcp', port: portOf(tcp[2] ?? '', given) };
    if (tcp[1] !== undefined && tcp[1] !== '') probe.host = tcp[1].replace(/^\[(.*)\]$/, '$1');
    return probe;
  }
  // URL cannot parse an empty host (http://:6769/), which means "the docker host": parse it with a stand-in.
  const http = /^(https?):\/\/([^/:]*|\[[^\]]+\]):(\d+)(\/.*)?$/.exec(given);
  if (http !== null) {
    const probe: HealthProbe = {
      kind: 'http',
      scheme: http[1] as 'http' | 'https',
      port: portOf(http[3] ?? '', given),
      path: http[4] ?? '/',
    };
    if (http[2] !== undefined && http[2] !== '') probe.host = http[2].replace(/^\[(.*)\]$/, '$1');
    return probe;
  }
  throw new BoardlineError('usage', `Input "health": "${given}" is not a health check`, { hint: healthHint });
}

export function describeProbe(probe: HealthProbe, host: string): string {
  switch (probe.kind) {
    case 'http':
      return `${probe.scheme}://${probe.host ?? host}:${String(probe.port)}${probe.path}`;
    case 'tcp':
      return `tcp:${probe.host ?? host}:${String(probe.port)}`;
    case 'docker':
      return 'the image’s HEALTHCHECK';
    default:
      return 'none';
  }
}

/** One attempt's verdict: healthy, or why not yet. */
export interface ProbeAnswer {
  healthy: boolean;
  said: string;
  /** No answer within the attempt's deadline (as opposed to a refusal or an error status). */
  timedOut?: boolean;
}

async function httpAttempt(url: string, timeoutMs: number): Promise<ProbeAnswer> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await response.body?.cancel();
    return { healthy: response.status < 400, said: `HTTP ${String(response.status)}` };
  } catch (error) {
    if ((error as Error).name === 'TimeoutError')
      return { healthy: false, said: `no answer within ${String(timeoutMs)} ms`, timedOut: true };
    const cause = (error as { cause?: { code?: string } }).cause;
    return { healthy: false, said: cause?.code ?? (error as Error).message };
  }
}

/**
 * A TCP listener answers when a connection is accepted and stays open for a moment: docker's
 * userland proxy accepts on the published port even while nothing listens in the container, and
 * then closes the connection at once.
 */
async function tcpAttempt(host: string, port: number, timeoutMs: number): Promise<ProbeAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    let settled = false;
    const finish = (answer: ProbeAnswer): void => {
      if (settled) return;
      settled = true;
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => finish({ healthy: false, said: `no answer within ${String(timeoutMs)} ms`, timedOut: true }));
    socket.once('error', (error: NodeJS.ErrnoException) => finish({ healthy: false, said: error.code ?? error.message }));
    socket.once('end', () => finish({ healthy: false, said: 'connection closed at once' }));
    socket.once('close', () => finish({ healthy: false, said: 'connection closed at once' }));
    socket.once('connect', () => {
      void sleep(150).then(() => finish({ healthy: true, said: `accepted on ${String(port)}` }));
    });
  });
}

/** One probe of a network health check, from this machine to the docker host's published port. */
export function probeOnce(probe: HealthProbe & { kind: 'http' | 'tcp' }, dockerHostName: string, timeoutMs: number): Promise<ProbeAnswer> {
  const host = probe.host ?? dockerHostName;
  if (probe.kind === 'tcp') return tcpAttempt(host, probe.port, timeoutMs);
  const bracketed = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return httpAttempt(`${probe.scheme}://${bracketed}:${String(probe.port)}${probe.path}`, timeoutMs);
}
