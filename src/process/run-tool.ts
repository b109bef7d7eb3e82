import { execa } from 'execa';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';

export interface ToolRun {
  /** null when the tool was stopped by a signal (the job's cancellation). */
  exitCode: number | null;
  /** Everything it printed, stdout and stderr interleaved by line. */
  output: string;
  stdout: string;
  stderr: string;
  /** Its last 20 non-empty lines. */
  lastLines: string[];
}

export interface ToolOptions {
  timeoutMs: number;
  /** How to get the tool when it is not installed: "apt-get install avrdude". */
  installHint: string;
  /** Variables added to the environment the tool inherits (arduino-cli's directories, DOCKER_CONFIG). */
  env?: Readonly<Record<string, string>>;
  /** Keep the output out of the log (a tool that answers in JSON). */
  quiet?: boolean;
  /** Text for the tool's standard input; without it the tool reads nothing. */
  input?: string;
  /** Text that must never reach the log, the result or an error (a password): shown as ***. */
  secrets?: readonly string[];
  /** Do not stop the tool when the job is cancelled: it is undoing what was started. */
  ignoreCancel?: boolean;
  /**
   * Run it in a process group of its own and stop the whole group on cancellation: for tools
   * whose children would go on writing after the tool itself was stopped (fakeroot's shell,
   * mmdebstrap's package scripts).
   */
  processGroup?: boolean;
}

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret !== '').reduce((result, secret) => result.replaceAll(secret, '***'), text);
}

function meaningfulLines(text: string): string[] {
  return text.split(/\r?\n|\r/).filter((line) => line.trim() !== '');
}

/**
 * The one way Boardline runs an external tool (avrdude, arduino-cli, docker, git): an argument
 * array through execa, never a shell; output streamed into the log line by line; a deadline and
 * the job's cancellation; secrets removed from everything it returns.
 */
export async function runTool(command: string, args: readonly string[], io: Io, options: ToolOptions): Promise<ToolRun> {
  const secrets = options.secrets ?? [];
  const subprocess = execa(command, args, {
    ...(options.env === undefined ? {} : { env: options.env }),
    ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
    all: true,
    reject: false,
    ...(options.ignoreCancel === true || options.processGroup === true ? {} : { cancelSignal: io.signal }),
    ...(options.processGroup === true ? { detached: true } : {}),
    timeout: options.timeoutMs,
    stripFinalNewline: false,
  });
  const stopGroup = (): void => {
    if (subprocess.pid === undefined) return;
    try {
      process.kill(-subprocess.pid, 'SIGTERM');
    } catch {
      // The group is gone already.
    }
  };
  if (options.processGroup === true && options.ignoreCancel !== true) {
    if (io.signal.aborted) stopGroup();
    else io.signal.addEventListener('abort', stopGroup, { once: true });
    void subprocess.finally(() => io.signal.removeEventListener('abort', stopGroup)).catch(() => undefined);
  }
  if (options.quiet !== true) {
    let pending = '';
    subprocess.all.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n|\r/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') io.info(`  ${redact(line, secrets)}`);
    });
    subprocess.all.on('end', () => {
      if (pending.trim() !== '') io.info(`  ${redact(pending, secrets)}`);
    });
  }
  const result = await subprocess;
  const output = redact(result.all, secrets);
  if (result.failed && result.exitCode === undefined) {
    const code = (result.cause as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') {
      // The machine lacks the tool, not the job its inputs: every command run here is a fixed name
      // or one Boardline installed, never a path the user typed.
      throw new BoardlineError('not-available', `${command} is not installed (not found on PATH)`, {
        hint: `Fix: ${options.installHint}`,
        cause: result.cause,
      });
    }
    if (result.timedOut) {
      throw new BoardlineError('timeout', `${command} did not finish within ${Math.round(options.timeoutMs / 1000)} s and was stopped`, {
        details: meaningfulLines(output).slice(-20).join('\n'),
      });
    }
    if (!result.isCanceled && !io.signal.aborted)
      throw new BoardlineError('failed', `${command} could not run: ${result.shortMessage}`, { cause: result.cause });
  }
  return {
    exitCode: result.exitCode ?? null,
    output,
    stdout: redact(result.stdout, secrets),
    stderr: redact(result.stderr, secrets),
    lastLines: meaningfulLines(output).slice(-20),
  };
}
