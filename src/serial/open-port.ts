import { SerialPortStream } from '@serialport/stream';
import { SerialPort } from 'serialport';
import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { formatDuration } from '../spec/duration.js';
import { networkBinding, RemotePortBusy } from './network-binding.js';
import type { ResolvedPort } from './resolve-port.js';

/** An open port, local or on another machine: the flashers and the expect engine take either. */
export type OpenSerialPort = SerialPortStream;

/** How long a virtual board's port may take to settle on its next pty. */
const virtualPortSettleMs = 3000;

/**
 * Opens a serial port, turning the binding's errors into ones that say which port and what to do.
 * A pty (virtual boards, socat pairs) opens like any tty. `settleMs` keeps trying a port that is
 * missing for that long: a virtual board's port link moves to a fresh pty when its last client
 * closes, and a client that comes in that instant may find it moving.
 */
export async function openPort(path: string, baudRate: number, settleMs = 0): Promise<SerialPort> {
  const deadline = Date.now() + settleMs;
  for (;;) {
    try {
      return await openOnce(path, baudRate);
    } catch (error) {
      const missing = error instanceof BoardlineError && /No such file|ENOENT|EIO|Input\/output error/.test(error.message);
      if (!missing || Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

async function openOnce(path: string, baudRate: number): Promise<SerialPort> {
  const port = new SerialPort({ path, baudRate, autoOpen: false });
  await new Promise<void>((resolve, reject) => {
    port.open((error) => {
      if (error === null) {
        resolve();
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
 * Opens a resolved port; a virtual board's is given time to settle on its next pty. A network
 * port whose server serves another client (ser2net's max-connections) is waited for like a
 * locked local port, up to busyTimeoutMs.
 */
export async function openResolvedPort(port: ResolvedPort, baudRate: number, options: OpenResolvedOptions): Promise<OpenSerialPort> {
  const network = port.network;
  if (network === undefined) return openPort(port.path, baudRate, port.virtual === undefined ? 0 : virtualPortSettleMs);
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
