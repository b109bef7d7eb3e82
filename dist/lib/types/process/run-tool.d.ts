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
export declare function redact(text: string, secrets: readonly string[]): string;
/**
 * The one way Boardline runs an external tool (avrdude, arduino-cli, docker, git): an argument
 * array through execa, never a shell; output streamed into the log line by line; a deadline and
 * the job's cancellation; secrets removed from everything it returns.
 */
export declare function runTool(command: string, args: readonly string[], io: Io, options: ToolOptions): Promise<ToolRun>;
