import type { Io } from '../io.js';
import { closePort, openResolvedPort } from '../serial/open-port.js';
import { portLostHint, portWentAway } from '../serial/port-loss.js';
import { portAddressInputs, portInputs } from '../serial/port-inputs.js';
import { resolvePort } from '../serial/resolve-port.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const monitorSpec = defineCapability({
  name: 'monitor',
  title: 'Boardline: serial monitor',
  description: 'Connect the terminal to a serial port: what the board prints goes to standard output, standard input goes to the board.',
  inputs: {
    ...portAddressInputs,
    'lock-timeout': portInputs['lock-timeout'],
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Baud rate.' },
    duration: { kind: 'duration', description: 'Stop after this long; by default run until interrupted.' },
  },
  outputs: {
    port: 'The device path the port resolved to.',
    'bytes-received': 'Bytes read from the board.',
    'bytes-sent': 'Bytes written to the board.',
  },
});

export type MonitorOptions = InputValues<typeof monitorSpec.inputs>;

/** Relays bytes both ways until the duration passes or the signal aborts. */
export async function monitor(options: MonitorOptions, io: Io, streams: FaceContext): Promise<CapabilityResult> {
  const resolved = await resolvePort(options.port, { stateDir: streams.stateDir, tls: options });
  const port = await openResolvedPort(resolved, options.baud, { io, busyTimeoutMs: options['lock-timeout'] });
  io.info(`Connected to ${resolved.path} at ${options.baud} baud${options.duration === undefined ? '; interrupt to stop' : ''}`);
  let received = 0;
  let sent = 0;
  const fromBoard = (chunk: Buffer): void => {
    received += chunk.length;
    streams.output.write(chunk);
  };
  const toBoard = (chunk: Buffer): void => {
    sent += chunk.length;
    port.write(chunk);
  };
  port.on('data', fromBoard);
  streams.input.on('data', toBoard);
  // A write the line refused closes the port too: both are the board gone, said once.
  let lost: (error?: Error | null) => void = () => undefined;
  port.once('close', (error?: Error | null) => lost(error));
  port.on('error', (error) => lost(error));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = options.duration === undefined ? undefined : setTimeout(resolve, options.duration);
      const stop = (): void => {
        clearTimeout(timer);
        resolve();
      };
      if (io.signal.aborted) stop();
      io.signal.addEventListener('abort', stop, { once: true });
      lost = (error) => {
        clearTimeout(timer);
        reject(portWentAway(resolved.path, error?.message ?? 'the board was disconnected', portLostHint(resolved)));
      };
    });
  } finally {
    streams.input.off('data', toBoard);
    port.off('data', fromBoard);
    // What the port says from here on (a write of the last keystrokes refused) is no longer news.
    lost = () => undefined;
    // A port that went away is closed already: its drain would wait for it to open again, forever.
    if (port.isOpen) await new Promise<void>((resolve) => port.drain(() => resolve()));
    await closePort(port);
  }
  return {
    outputs: { port: resolved.path, 'bytes-received': received, 'bytes-sent': sent },
    summary: `Monitored \`${resolved.path}\`: ${received} bytes received, ${sent} sent.`,
    text: `Disconnected from ${resolved.path}: ${received} bytes received, ${sent} sent.`,
  };
}
