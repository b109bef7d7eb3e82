import type { EventEmitter } from 'node:events';
import { type ExpectProgress } from './expect-matcher.js';
import { type LineSplitterOptions } from './line-splitter.js';
import type { Pattern } from './patterns.js';
import type { Transcript } from './transcript.js';
export type ConsoleOutcome = {
    status: 'pass';
    progress: ExpectProgress;
    elapsedMs: number;
} | {
    status: 'fail-pattern';
    progress: ExpectProgress;
    elapsedMs: number;
    pattern: Pattern;
    line: string;
} | {
    status: 'timeout';
    progress: ExpectProgress;
    elapsedMs: number;
} | {
    status: 'port-lost';
    progress: ExpectProgress;
    elapsedMs: number;
    reason: string;
} | {
    status: 'cancelled';
    progress: ExpectProgress;
    elapsedMs: number;
};
export interface ConsoleExpectOptions extends LineSplitterOptions {
    expect: readonly Pattern[];
    failOn: readonly Pattern[];
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
 * Listens to a console until every expected pattern has appeared in order, a fail-on pattern
 * appears, the wall-clock deadline passes, the port goes away, or the signal aborts — whichever
 * comes first. Lines are matched as they complete; text that ends without a line ending (a prompt,
 * a banner printed with print() rather than println()) is matched once the board falls quiet.
 */
export declare function expectOnConsole(source: ConsoleSource, options: ConsoleExpectOptions): Promise<ConsoleOutcome>;
