import { spawn } from 'node:child_process';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';

export interface ToolRun {
  exitCode: number | null;
  /** Everything it printed, stdout and stderr interleaved by line. */
  output: string;
  stdout: string;
  stderr: string;
  lastLines: string[];
}

/**
 * Runs an external tool (avrdude, arduino-cli) from an argument array — never through a shell —
 * streaming its output into the log line by line, within a deadline and the job's cancellation.
 */
export async function runTool(
  command: string,
  args: readonly string[],
  io: Io,
  options: {
    timeoutMs: number;
    installHint: string;
    env?: Readonly<Record<string, string>>;
    /** Keep the output out of the log (a tool that answers in JSON). */
    quiet?: boolean;
  },
): Promise<ToolRun> {
  // Extra variables are added to the environment the tool inherits (arduino-cli's directories).
  const env = options.env === undefined ? undefined : { ...process.env, ...options.env };
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  let output = '';
  const streams = { stdout: '', stderr: '' };
  const lines: string[] = [];
  const onChunk = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    streams[stream] += text;
    for (const line of text.split(/\r?\n|\r/)) {
      if (line.trim() === '') continue;
      if (options.quiet !== true) io.info(`  ${line}`);
      lines.push(line);
      if (lines.length > 20) lines.shift();
    }
  };
  child.stdout.on('data', onChunk('stdout'));
  child.stderr.on('data', onChunk('stderr'));
  const kill = (): void => {
    child.kill('SIGTERM');
  };
  const timer = setTimeout(kill, options.timeoutMs);
  io.signal.addEventListener('abort', kill, { once: true });
  try {
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      child.once('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ENOENT') {
          reject(
            new BoardlineError('usage', `${command} is not installed (not found on PATH)`, {
              hint: `Fix: ${options.installHint}`,
              cause: error,
            }),
          );
        } else reject(error);
      });
      child.once('close', (code, signal) => resolve(signal === null ? code : null));
    });
    if (exitCode === null && !io.signal.aborted) {
      throw new BoardlineError('timeout', `${command} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
        details: lines.join('\n'),
      });
    }
    return { exitCode, output, ...streams, lastLines: lines };
  } finally {
    clearTimeout(timer);
    io.signal.removeEventListener('abort', kill);
  }
}
