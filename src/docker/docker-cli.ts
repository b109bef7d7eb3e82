import { execa } from 'execa';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';

/** The docker client to run and the environment it runs in (a private DOCKER_CONFIG after login). */
export interface DockerClient {
  binary: string;
  env: Record<string, string>;
  /** Text that must never reach a log or an error (the registry password). */
  secrets: string[];
}

export interface DockerRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr interleaved, secrets removed. */
  output: string;
}

export function redact(text: string, secrets: readonly string[]): string {
  return secrets.filter((secret) => secret !== '').reduce((result, secret) => result.replaceAll(secret, '***'), text);
}

/**
 * Runs docker with an argument array through execa (never a shell), streaming its output into
 * the log line by line unless `quiet`, with the job's cancellation and a deadline.
 */
export async function runDocker(
  client: DockerClient,
  args: readonly string[],
  io: Io,
  options: { quiet?: boolean; input?: string; timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<DockerRun> {
  const subprocess = execa(client.binary, args, {
    env: { ...client.env, ...options.env },
    ...(options.input === undefined ? { stdin: 'ignore' as const } : { input: options.input }),
    all: true,
    reject: false,
    cancelSignal: io.signal,
    timeout: options.timeoutMs ?? 60 * 60_000,
    stripFinalNewline: false,
  });
  if (options.quiet !== true) {
    let pending = '';
    subprocess.all.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) if (line.trim() !== '') io.info(`  ${redact(line, client.secrets)}`);
    });
    subprocess.all.on('end', () => {
      if (pending.trim() !== '') io.info(`  ${redact(pending, client.secrets)}`);
    });
  }
  const result = await subprocess;
  if (result.failed && result.exitCode === undefined) {
    const missing = (result.cause as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    throw new BoardlineError(
      missing ? 'usage' : 'failed',
      missing ? `${client.binary} is not installed` : `docker could not run: ${result.shortMessage}`,
      {
        hint: missing ? 'Fix: install Docker (Debian: apt-get install docker.io) or run on a runner that has it' : 'Fix: see the log above',
      },
    );
  }
  return {
    exitCode: result.exitCode ?? 1,
    stdout: redact(result.stdout, client.secrets),
    stderr: redact(result.stderr, client.secrets),
    output: redact(result.all, client.secrets),
  };
}

/** The last meaningful lines of a failed docker run, for an error's message and details. */
export function lastLines(run: DockerRun, count = 12): string[] {
  return run.output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-count);
}
