import { spawn } from 'node:child_process';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';

export interface ToolRun {
  exitCode: number | null;
  /** Everything it printed, stdout and stderr interleaved by line. */
  output: string;
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
  options: { timeoutMs: number; installHint: string },
): Promise<ToolRun> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const lines: string[] = [];
  const onChunk = (chunk: Buffer): void => {
    const text = chunk.toString('utf8');
    output += text;
    for (const line of text.split(/\r?\n|\r/)) {
      if (line.trim() === '') continue;
      io.info(`  ${line}`);
      lines.push(line);
      if (lines.length > 20) lines.shift();
    }
  };
  child.stdout.on('data', onChunk);
  child.stderr.on('data', onChunk);
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
    return { exitCode, output, lastLines: lines };
  } finally {
    clearTimeout(timer);
    io.signal.removeEventListener('abort', kill);
  }
}
