import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';

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

export { redact } from '../process/run-tool.js';

/**
 * Runs docker through the one tool runner, with the client's environment and secrets, streaming
 * its output into the log unless `quiet`. `ignoreCancel` is for the steps that undo a change after
 * the job was cancelled (a rollback must not be cancelled itself).
 */
export async function runDocker(
  client: DockerClient,
  args: readonly string[],
  io: Io,
  options: { quiet?: boolean; input?: string; timeoutMs?: number; env?: Record<string, string>; ignoreCancel?: boolean } = {},
): Promise<DockerRun> {
  const run = await runTool(client.binary, args, io, {
    env: { ...client.env, ...options.env },
    timeoutMs: options.timeoutMs ?? 60 * 60_000,
    installHint: 'install Docker (Debian: apt-get install docker.io) or run on a runner that has it',
    secrets: client.secrets,
    ...(options.quiet === undefined ? {} : { quiet: options.quiet }),
    ...(options.input === undefined ? {} : { input: options.input }),
    ...(options.ignoreCancel === undefined ? {} : { ignoreCancel: options.ignoreCancel }),
  });
  return { exitCode: run.exitCode ?? 1, stdout: run.stdout, stderr: run.stderr, output: run.output };
}

/** The last meaningful lines of a failed docker run, for an error's message and details. */
export function lastLines(run: DockerRun, count = 12): string[] {
  return run.output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(-count);
}

/** What to do when the daemon did not answer, from what the client said: the socket's permissions, or the daemon itself. */
export function daemonAccessHint(said: string): string {
  return /permission denied/i.test(said)
    ? 'Fix: give the runner user access to the Docker socket (the docker group)'
    : 'Fix: start the Docker daemon (dockerd) or point DOCKER_HOST at a running one';
}
