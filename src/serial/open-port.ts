import { SerialPortStream } from '@serialport/stream';
import { realpath } from 'node:fs/promises';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { formatDuration } from '../spec/duration.js';
import { localBinding } from './local-binding.js';
import { networkBinding, RemotePortBusy } from './network-binding.js';
import { isAbsentDeviceError, PortAbsent } from './port-loss.js';
import type { ResolvedPort } from './resolve-port.js';

/** An open port, local or on another machine: the flashers and the expect engine take either. */
export type OpenSerialPort = SerialPortStream;

/**
 * The most a running virtual board's port may stay missing: its link moves to a fresh pty when the
 * last client closes, which on a starved machine can take a while, but not this long.
 */
const virtualPortSettleMs = 30_000;

/**
 * Opens a serial port, turning the binding's errors into ones that say which port and what to do.
 * A pty (virtual boards, socat pairs) opens like any tty. While `comingBack` says the port is only
 * moving (a virtual board that still runs, between one client's pty and the next), a missing port
 * is tried again; once it says no, the port is absent at once.
 */
export async function openPort(path: string, baudRate: number, comingBack?: () => Promise<boolean>): Promise<OpenSerialPort> {
  const deadline = Date.now() + virtualPortSettleMs;
  for (;;) {
    try {
      if (comingBack === undefined) return await openOnce(path, baudRate);
      // A virtual board's link is followed here, once, so the pty opened is known for certain
      // even if the link moves on to the next client's the moment after.
      const pty = await realpath(path).catch((error: unknown) => {
        throw new PortAbsent(`Cannot open port ${path}: No such file or directory (${(error as NodeJS.ErrnoException).code ?? 'no pty'})`, {
          hint: 'Fix: check the virtual board runs (boardline virtual-board status)',
          cause: error,
        });
      });
      const port = await openOnce(pty, baudRate);
      virtualPtys.set(port, pty);
      return port;
    } catch (error) {
      if (!(error instanceof PortAbsent) || comingBack === undefined || !(await comingBack())) throw error;
      if (Date.now() >= deadline) {
        throw new PortAbsent(
          `${error.message}; the virtual board runs, but its port did not come back within ${formatDuration(virtualPortSettleMs)}`,
          {
            hint: 'Fix: the board is stuck; stop it and start it again (boardline virtual-board stop, start)',
            cause: error,
          },
        );
      }
      await sleep(25);
    }
  }
}

/** The pty each open virtual board port is: a reset asked of the board names it (openedPty). */
const virtualPtys = new WeakMap<object, string>();

/** The pty behind an open virtual board port, which the board knows its client by. */
export function openedPty(port: object): string | undefined {
  return virtualPtys.get(port);
}

/**
 * Whether a virtual board still runs: its control socket takes a connection, or is there but busy.
 * It is withdrawn when the board stops, and refuses once the board's process has died without
 * withdrawing it.
 */
async function virtualBoardRuns(control: string): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const socket = connect(control);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    // Only a socket that is gone (ENOENT) or has no listener (ECONNREFUSED) says the board stopped.
    // A busy one (EAGAIN: its backlog full while many jobs wait for the same board) is still a board.
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code !== 'ENOENT' && error.code !== 'ECONNREFUSED'));
  });
}

async function openOnce(path: string, baudRate: number): Promise<OpenSerialPort> {
  const port = new SerialPortStream({ binding: localBinding(), path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => {
      if (error === null) {
        resolve();
        return;
      }
      if (isAbsentDeviceError(error.message)) {
        reject(
          new PortAbsent(`Cannot open port ${path}: ${error.message}`, {
            hint: 'Fix: check the board is connected and the path is right (boardline ports lists them)',
            cause: error,
          }),
        );
        return;
      }
      const busy = /EBUSY|Resource temporarily unavailable|Cannot lock port/i.test(error.message);
      const denied = /EACCES|Permission denied/i.test(error.message);
      const hint = busy
        ? 'Fix: another program holds the port (a serial monitor, ModemManager, another job); close it'
        : denied
          ? 'Fix: add the runner user to the dialout group (sudo usermod -aG dialout USER) and log in again'
          : 'Fix: check the board is connected and the path is right (boardline ports lists them)';
      reject(new BoardlineError('port', `Cannot open port ${path}: ${error.message}`, { hint, cause: error }));
    });
  });
  return port;
}

export async function closePort(port: OpenSerialPort): Promise<void> {
  if (!port.isOpen) return;
  await new Promise<void>((resolve) => port.close(() => resolve()));
}

export interface OpenResolvedOptions {
  io: Io;
  /** How long a network port's server may turn us away because another client has it. */
  busyTimeoutMs?: number;
}

/**
 * Opens a resolved port; a virtual board's is given time to settle on its next pty while the board runs. A network
 * port whose server serves another client (ser2net's max-connections) is waited for like a
 * locked local port, up to busyTimeoutMs.
 */
export async function openResolvedPort(port: ResolvedPort, baudRate: number, options: OpenResolvedOptions): Promise<OpenSerialPort> {
  const network = port.network;
  if (network === undefined) {
    const virtual = port.virtual;
    return openPort(port.path, baudRate, virtual === undefined ? undefined : () => virtualBoardRuns(virtual.control));
  }
  const binding = networkBinding({ ...network, onWarning: (message) => options.io.warning(message) });
  const started = Date.now();
  let told = false;
  for (;;) {
    const stream = new SerialPortStream({ binding, path: network.address.url, baudRate, autoOpen: false });
    try {
      await new Promise<void>((resolve, reject) => stream.open((error) => (error === null ? resolve() : reject(error))));
      return stream;
    } catch (error) {
      if (!(error instanceof RemotePortBusy)) throw error;
      const waited = Date.now() - started;
      const limit = options.busyTimeoutMs ?? 0;
      if (waited >= limit || options.io.signal.aborted) {
        throw new BoardlineError(
          'port',
          `${error.message}; waited ${formatDuration(waited)}`,
          error.hint === undefined ? {} : { hint: error.hint },
        );
      }
      if (!told) options.io.info(`${error.message}; waiting up to ${formatDuration(limit)}`);
      told = true;
      await sleep(Math.min(500, limit - waited), undefined, { signal: options.io.signal }).catch(() => undefined);
    }
  }
}
