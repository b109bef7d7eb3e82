import { type ConsoleFeedOptions, type ConsoleSource, type LineConsumer, type WatchOutcome } from './console-feed.js';
export type { ConsoleSource, LineConsumer, WatchOutcome } from './console-feed.js';
export interface ConsoleWatchOptions extends ConsoleFeedOptions {
    timeoutMs: number;
    signal: AbortSignal;
}
/**
 * Listens to a console for one consumer until it decides, the wall-clock deadline passes, the port
 * goes away, or the signal aborts — whichever comes first: a ConsoleFeed with a single watch.
 */
export declare function watchConsole<D>(source: ConsoleSource, consumer: LineConsumer<D>, options: ConsoleWatchOptions): Promise<WatchOutcome<D>>;
