/**
 * What a capability may do to the outside world besides returning its result. Faces supply it:
 * the action maps it onto @actions/core, the CLI onto stderr.
 */
export interface SourceLocation {
    file: string;
    line?: number;
    column?: number;
}
export interface Io {
    info(message: string): void;
    warning(message: string, where?: SourceLocation): void;
    error(message: string, where?: SourceLocation): void;
    debug(message: string): void;
    /**
     * Where a face can show progress in place (a bar in an interactive terminal). Without it,
     * capabilities log progress as lines.
     */
    progress?: (label: string, done: number, total: number) => void;
    /** Cancellation: the job was cancelled or the user pressed Ctrl-C. */
    signal: AbortSignal;
}
/** An Io that records everything; used by the core's own tests and by callers that want silence. */
export interface RecordedIo extends Io {
    lines: {
        level: 'info' | 'warning' | 'error' | 'debug';
        message: string;
    }[];
}
export declare function recordingIo(signal?: AbortSignal): RecordedIo;
