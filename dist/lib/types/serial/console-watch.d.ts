import type { EventEmitter } from 'node:events';
import { type LineSplitterOptions } from './line-splitter.js';
import type { Transcript } from './transcript.js';
/**
 * What reads a console's lines and decides when it has seen enough: verify-banner's expected
 * patterns, verify-tests' test framework run. `D` is its decision.
 */
export interface LineConsumer<D> {
    /**
     * Whether the consumer reads only whole lines. A test framework's lines always end; text fed
     * before its end (the board paused mid-line, as a loaded machine makes it) would be read as a
     * line of its own, and the rest as another. Such a consumer is never fed an unfinished line.
     */
    readonly wholeLines?: boolean;
    /**
     * Takes one line (or the part of it not yet consumed, from `offset`) seen `atMs` after the start.
     * Returns a decision when the line decides the outcome, and how far the line has been consumed.
     */
    feed(line: string, atMs: number, offset: number): {
        decision: D | undefined;
        consumed: number;
    };
    /**
     * When (ms since the start) the consumer decides by itself if no line comes first — a test that
     * has run too long — or undefined for never. Asked again after every line.
     */
    deadlineMs?(): number | undefined;
    /** Its decision at that deadline. */
    expire?(atMs: number): D;
}
/** How a watch ends: the consumer decided, or the console gave out first. */
export type WatchOutcome<D> = {
    status: 'decided';
    decision: D;
    elapsedMs: number;
} | {
    status: 'timeout';
    elapsedMs: number;
} | {
    status: 'port-lost';
    elapsedMs: number;
    reason: string;
} | {
    status: 'cancelled';
    elapsedMs: number;
};
export interface ConsoleWatchOptions extends LineSplitterOptions {
    timeoutMs: number;
    signal: AbortSignal;
    transcript: Transcript;
    /** Called with every complete line, e.g. to echo the console into the job log. */
    onLine?: (line: string) => void;
    /** How long a line without an ending must stay quiet before it is matched as it is. */
    partialLineQuietMs?: number;
}
/** A readable console: a SerialPort, or any emitter of the same events. */
export type ConsoleSource = Pick<EventEmitter, 'on' | 'off'>;
/**
 * Listens to a console until the consumer decides, the wall-clock deadline passes, the port goes
 * away, or the signal aborts — whichever comes first. Lines are fed as they complete; text that
 * ends without a line ending (a prompt, a banner printed with print() rather than println()) is
 * fed once the board falls quiet, and what of it was consumed is not fed again when its line ends.
 */
export declare function watchConsole<D>(source: ConsoleSource, consumer: LineConsumer<D>, options: ConsoleWatchOptions): Promise<WatchOutcome<D>>;
