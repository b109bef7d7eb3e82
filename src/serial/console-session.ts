import { join } from 'node:path';
import { writeOut } from '../files/write-out.js';
import type { Io } from '../io.js';
import { ConsoleFeed, type LineConsumer, type WatchOutcome } from './console-feed.js';
import type { ConsoleEncoding } from './line-splitter.js';
import { closePort, openResolvedPort, type OpenSerialPort } from './open-port.js';
import type { PortTlsFiles } from './port-inputs.js';
import { lockPort } from './port-lock.js';
import { resetBoard } from './reset-board.js';
import type { ResetMode } from './reset.js';
import { resolvePort, type ResolvedPort } from './resolve-port.js';
import { Transcript } from './transcript.js';

/** The inputs of a capability that reads a board's console after resetting it (verify-banner, verify-tests). */
export interface ConsoleSessionSettings extends PortTlsFiles {
  port: string;
  baud: number;
  reset: ResetMode;
  'lock-timeout': number;
  timeout: number;
  encoding: ConsoleEncoding;
  'strip-ansi': boolean;
  transcript?: string | undefined;
}

export interface ConsoleSession<D> {
  outcome: WatchOutcome<D>;
  resolved: ResolvedPort;
  transcript: Transcript;
  transcriptPath: string;
}

/** A board's console held open: listened to from the open on, until `close`. */
export interface OpenConsole {
  resolved: ResolvedPort;
  port: OpenSerialPort;
  feed: ConsoleFeed;
  transcript: Transcript;
  transcriptPath: string;
  /** Stops listening, closes the port, releases the lock and writes the transcript, whatever happened. */
  close(): Promise<void>;
}

/** Console lines echoed into the job log; the rest is in the transcript. */
const echoedLines = 200;

/**
 * Opens a board's console the same way for every capability that reads one: the port resolved and
 * locked, opened, the bytes of the firmware's previous run dropped, and listened to from then on,
 * every line kept in the transcript (and the first ones echoed into the job log). `check` looks
 * at the resolved port before it is locked (a board this capability cannot read).
 */
export async function openConsole(
  settings: ConsoleSessionSettings,
  purpose: string,
  io: Io,
  context: { stateDir: string; lockDir: string; tempDir: string },
  check?: (resolved: ResolvedPort) => void,
): Promise<OpenConsole> {
  const resolved = await resolvePort(settings.port, { stateDir: context.stateDir, tls: settings });
  io.info(`Port ${settings.port} resolved to ${resolved.path}`);
  check?.(resolved);
  const transcriptPath = settings.transcript ?? join(context.tempDir, `${purpose}-${resolved.lockName}-${Date.now()}.log`);
  const transcript = new Transcript();
  const lock = await lockPort(resolved.path, {
    lockDir: context.lockDir,
    lockName: resolved.lockName,
    timeoutMs: settings['lock-timeout'],
    purpose: `boardline ${purpose}`,
    io,
  });
  const writeTranscript = async (): Promise<void> => {
    await writeOut(transcriptPath, transcript.render());
  };
  let port: OpenSerialPort;
  try {
    port = await openResolvedPort(resolved, settings.baud, { io, busyTimeoutMs: settings['lock-timeout'] });
  } catch (error) {
    await lock.release();
    await writeTranscript();
    throw error;
  }
  try {
    // Bytes from before the reset belong to the previous run of the firmware.
    await new Promise<void>((resolve) => port.flush(() => resolve()));
  } catch (error) {
    await closePort(port);
    await lock.release();
    await writeTranscript();
    throw error;
  }
  let echoed = 0;
  const feed = new ConsoleFeed(port, {
    transcript,
    encoding: settings.encoding,
    stripAnsi: settings['strip-ansi'],
    maxLineLength: 16 * 1024,
    onLine: (line) => {
      echoed += 1;
      if (echoed <= echoedLines) io.info(`│ ${line}`);
      else if (echoed === echoedLines + 1) io.info('│ … (further console output is in the transcript)');
    },
  });
  let closed = false;
  return {
    resolved,
    port,
    feed,
    transcript,
    transcriptPath,
    close: async () => {
      if (closed) return;
      closed = true;
      feed.close();
      try {
        await closePort(port);
      } finally {
        await lock.release();
        await writeTranscript();
      }
    },
  };
}

/**
 * One reading of a board's console after a reset: opened as openConsole does, the board reset
 * while already listening (so its first line is never missed), and the lines fed to `consumer`
 * until it decides or the console gives out.
 */
export async function readConsole<D>(
  settings: ConsoleSessionSettings,
  consumer: LineConsumer<D>,
  purpose: string,
  io: Io,
  context: { stateDir: string; lockDir: string; tempDir: string },
  check?: (resolved: ResolvedPort) => void,
): Promise<ConsoleSession<D>> {
  const console = await openConsole(settings, purpose, io, context, check);
  try {
    await resetBoard(console.resolved, console.port, settings.reset, io);
    const outcome = await console.feed.watch(consumer, { timeoutMs: settings.timeout, signal: io.signal });
    return { outcome, resolved: console.resolved, transcript: console.transcript, transcriptPath: console.transcriptPath };
  } finally {
    await console.close();
  }
}
