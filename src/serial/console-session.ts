import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Io } from '../io.js';
import { watchConsole, type LineConsumer, type WatchOutcome } from './console-watch.js';
import type { ConsoleEncoding } from './line-splitter.js';
import { closePort, openResolvedPort } from './open-port.js';
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

/** Console lines echoed into the job log; the rest is in the transcript. */
const echoedLines = 200;

/**
 * One reading of a board's console, the same for every capability that reads one: the port
 * resolved and locked, opened, the bytes of the firmware's previous run dropped, the board reset
 * while already listening (so its first line is never missed), the lines fed to `consumer` until
 * it decides or the console gives out, and the transcript written whatever happened. `check`
 * looks at the resolved port before it is locked (a board this capability cannot read).
 */
export async function readConsole<D>(
  settings: ConsoleSessionSettings,
  consumer: LineConsumer<D>,
  purpose: string,
  io: Io,
  context: { stateDir: string; lockDir: string; tempDir: string },
  check?: (resolved: ResolvedPort) => void,
): Promise<ConsoleSession<D>> {
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
  try {
    const port = await openResolvedPort(resolved, settings.baud, { io, busyTimeoutMs: settings['lock-timeout'] });
    try {
      // Bytes from before the reset belong to the previous run of the firmware.
      await new Promise<void>((resolve) => port.flush(() => resolve()));
      let echoed = 0;
      const listening = watchConsole(port, consumer, {
        timeoutMs: settings.timeout,
        signal: io.signal,
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
      await resetBoard(resolved, port, settings.reset, io);
      return { outcome: await listening, resolved, transcript, transcriptPath };
    } finally {
      await closePort(port);
    }
  } finally {
    await lock.release();
    await writeOut(transcriptPath, transcript.render());
  }
}

export async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
}
