import { type ConsoleSource, type ConsoleWatchOptions, type WatchOutcome } from './console-watch.js';
import { type ExpectProgress, type MatchDecision } from './expect-matcher.js';
import type { Pattern } from './patterns.js';
export type { ConsoleSource } from './console-watch.js';
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
export interface ConsoleExpectOptions extends ConsoleWatchOptions {
    expect: readonly Pattern[];
    failOn: readonly Pattern[];
}
/**
 * Listens to a console until every expected pattern has appeared in order, a fail-on pattern
 * appears, the wall-clock deadline passes, the port goes away, or the signal aborts — whichever
 * comes first (the console side is watchConsole's; the matching is ExpectMatcher's).
 */
export declare function expectOnConsole(source: ConsoleSource, options: ConsoleExpectOptions): Promise<ConsoleOutcome>;
/** A watch with ExpectMatcher as its consumer, said as the expected patterns' outcome. */
export declare function consoleOutcome(outcome: WatchOutcome<MatchDecision>, progress: ExpectProgress): ConsoleOutcome;
