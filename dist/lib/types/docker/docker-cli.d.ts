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
export { redact } from '../process/run-tool.js';
/**
 * Runs docker through the one tool runner, with the client's environment and secrets, streaming
 * its output into the log unless `quiet`. `ignoreCancel` is for the steps that undo a change after
 * the job was cancelled (a rollback must not be cancelled itself).
 */
export declare function runDocker(client: DockerClient, args: readonly string[], io: Io, options?: {
    quiet?: boolean;
    input?: string;
    timeoutMs?: number;
    env?: Record<string, string>;
    ignoreCancel?: boolean;
}): Promise<DockerRun>;
/** The last meaningful lines of a failed docker run, for an error's message and details. */
export declare function lastLines(run: DockerRun, count?: number): string[];
/** What to do when the daemon did not answer, from what the client said: the socket's permissions, or the daemon itself. */
export declare function daemonAccessHint(said: string): string;
