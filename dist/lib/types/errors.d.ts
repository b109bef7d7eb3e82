import type { CapabilityResult } from './capabilities/result.js';
/**
 * Every failure Boardline reports carries a kind (which decides the CLI's exit code and how a face
 * presents it), a message saying what happened, and a hint saying what to do next.
 */
export type FailureKind = 
/** An input is missing, malformed or contradicts another: the user must change the job. */
'usage'
/** The port could not be resolved, opened or locked. */
 | 'port'
/** A deadline passed before the operation finished. */
 | 'timeout'
/** The operation ran and failed (a board refused, a pattern matched, a build broke). */
 | 'failed'
/**
 * Something the operation needs is not available here: a tool this machine lacks (arduino-cli,
 * avrdude, docker), or a capability this version does not have. Not bad input: the job's inputs
 * may be right, and installing the tool (or running on a machine that has it) fixes it.
 */
 | 'not-available';
export interface BoardlineErrorOptions {
    /** What the capability still reports although it failed: outputs (a transcript path) and a summary. */
    result?: CapabilityResult;
    hint?: string;
    /** Extra text the user needs to act on the error, such as the listing of the ports present. */
    details?: string;
    cause?: unknown;
}
export declare class BoardlineError extends Error {
    readonly kind: FailureKind;
    readonly hint: string | undefined;
    readonly details: string | undefined;
    readonly result: CapabilityResult | undefined;
    constructor(kind: FailureKind, message: string, options?: BoardlineErrorOptions);
}
/** Exit codes of the CLI, one per failure kind; documented in the README. */
export declare const exitCodes: Readonly<Record<FailureKind | 'ok', number>>;
/** Turns anything thrown into a BoardlineError, keeping unknown errors' messages intact. */
export declare function asBoardlineError(error: unknown): BoardlineError;
/** One line for a log or an annotation: the message followed by the hint. */
export declare function describeError(error: BoardlineError): string;
