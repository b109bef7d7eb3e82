import type { EventEmitter } from 'node:events';
import { type LineSplitterOptions } from './line-splitter.js';
import type { Transcript } from './transcript.js';
/**
 * What reads a console's lines and decides when it has seen enough: an expected pattern, a
 * pattern that must not appear, a test framework's run. `D` is its decision.
 */
export interface LineConsumer<D> {
    /**
     * Whether the consumer reads only whole lines. A test framework's lines always end; text fed
     * before its end (the board paused mid-line, as a loaded machine makes it) would be read as a
     * line of its own, and the rest as another. Such a consumer is never fed an unfinished line.
     */
    readonly wholeLines?: boolean;
    /**
     * Whether the lines this consumer reads stay for the next one when it ends without deciding
     * (a pattern that must not appear looks at lines a later expected pattern may still want).
     * Otherwise every line it has been fed is used up.
     */
    readonly keepsLines?: boolean;
    /**
     * Takes one line (or the part of it not yet consumed, from `offset`) seen `atMs` after the feed
     * began. Returns a decision when the line decides the outcome, and how far the line has been consumed.
     */
    feed(line: string, atMs: number, offset: number): {
        decision: D | undefined;
        consumed: number;
    };
    /**
     * When (ms since the feed began) the consumer decides by itself if no line comes first — a test
     * that has run too long, a quiet window that has passed — or undefined for never. Asked again after every line.
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
export interface ConsoleFeedOptions extends LineSplitterOptions {
    transcript: Transcript;
    /** Called with every complete line, e.g. to echo the console into the job log. */
    onLine?: (line: string) => void;
    /** How long a line without an ending must stay quiet before it is matched as it is. */
    partialLineQuietMs?: number;
}
export interface WatchLimits {
    timeoutMs: number;
    signal: AbortSignal;
}
/** A readable console: a SerialPort, or any emitter of the same events. */
export type ConsoleSource = Pick<EventEmitter, 'on' | 'off'>;
/**
 * A board's console, listened to from the moment it is opened until it is closed, so no line is
 * lost between one consumer and the next: lines that arrive while nothing watches wait in order
 * for the next watch. Lines are fed as they complete; text that ends without a line ending (a
 * prompt, a banner printed with print() rather than println()) is fed once the board falls quiet,
 * and what of it was consumed is not fed again when its line ends. A consumer that decides on a
 * line leaves the rest of that line to the next one (two patterns may match one line).
 */
export declare class ConsoleFeed {
    private readonly source;
    private readonly options;
    private readonly started;
    private readonly splitter;
    private readonly quietMs;
    /** Complete lines not yet used up, oldest first; `headOffset` of the first is consumed. */
    private readonly lines;
    private headOffset;
    /** How much of the unfinished line a decision has already consumed. */
    private partialConsumed;
    private quietTimer;
    private active;
    private lost;
    private closed;
    constructor(source: ConsoleSource, options: ConsoleFeedOptions);
    /** Milliseconds since the feed began: the clock every line and decision is stamped with. */
    elapsed(): number;
    /** Why the console gave out, once it has. */
    get lostReason(): string | undefined;
    /**
     * Feeds lines to `consumer` — first those waiting, then new ones — until it decides, `timeoutMs`
     * passes, the port goes away, or the signal aborts. One watch at a time.
     */
    watch<D>(consumer: LineConsumer<D>, limits: WatchLimits): Promise<WatchOutcome<D>>;
    /** Stops listening; the unfinished line, if any, goes into the transcript. */
    close(): void;
    /** Ends a watch that no line decided; what it read is used up unless it keeps lines. */
    private end;
    /** Drops the first `count` buffered lines (the offset into the first belongs to it). */
    private dropLines;
    /** Feeds the active watch every buffered line it has not seen; true when one decided. */
    private pump;
    /** Feeds the unfinished line to the active watch; true when that decided the outcome. */
    private matchPartial;
    private armQuiet;
    private readonly onData;
    private readonly onClose;
    private readonly onError;
}
