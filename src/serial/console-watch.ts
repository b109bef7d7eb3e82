import type { EventEmitter } from 'node:events';
import { LineSplitter, type LineSplitterOptions } from './line-splitter.js';
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
  feed(line: string, atMs: number, offset: number): { decision: D | undefined; consumed: number };
  /**
   * When (ms since the start) the consumer decides by itself if no line comes first — a test that
   * has run too long — or undefined for never. Asked again after every line.
   */
  deadlineMs?(): number | undefined;
  /** Its decision at that deadline. */
  expire?(atMs: number): D;
}

/** How a watch ends: the consumer decided, or the console gave out first. */
export type WatchOutcome<D> =
  | { status: 'decided'; decision: D; elapsedMs: number }
  | { status: 'timeout'; elapsedMs: number }
  | { status: 'port-lost'; elapsedMs: number; reason: string }
  | { status: 'cancelled'; elapsedMs: number };

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
export function watchConsole<D>(source: ConsoleSource, consumer: LineConsumer<D>, options: ConsoleWatchOptions): Promise<WatchOutcome<D>> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const splitter = new LineSplitter(options);
  const quietMs = options.partialLineQuietMs ?? 50;
  // How much of the current unfinished line a quiet-time match has already consumed.
  let partialConsumed = 0;

  return new Promise<WatchOutcome<D>>((resolve) => {
    let quietTimer: NodeJS.Timeout | undefined;
    let consumerTimer: NodeJS.Timeout | undefined;
    const finish = (outcome: WatchOutcome<D>): void => {
      clearTimeout(deadline);
      clearTimeout(quietTimer);
      clearTimeout(consumerTimer);
      source.off('data', onData);
      source.off('close', onClose);
      source.off('error', onError);
      options.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const decide = (text: string, offset: number): number | undefined => {
      const { decision, consumed } = consumer.feed(text, elapsed(), offset);
      if (decision === undefined) return consumed;
      finish({ status: 'decided', decision, elapsedMs: elapsed() });
      return undefined;
    };
    /** The consumer's own deadline, armed again after each line (it may have moved). */
    const armConsumer = (): void => {
      clearTimeout(consumerTimer);
      const at = consumer.deadlineMs?.();
      if (at === undefined || consumer.expire === undefined) return;
      const expire = consumer.expire.bind(consumer);
      consumerTimer = setTimeout(
        () => {
          if (!flushPartial()) finish({ status: 'decided', decision: expire(elapsed()), elapsedMs: elapsed() });
        },
        Math.max(0, at - elapsed()),
      );
    };
    /** Feeds the unfinished line; true when that decided the outcome (it is then in the transcript). */
    const matchPartial = (): boolean => {
      if (consumer.wholeLines === true) return false;
      const partial = splitter.partial;
      if (partial.length <= partialConsumed) return false;
      const consumed = decide(partial, partialConsumed);
      if (consumed === undefined) {
        options.transcript.add(elapsed(), partial);
        return true;
      }
      partialConsumed = consumed;
      return false;
    };
    const onData = (chunk: Buffer): void => {
      for (const line of splitter.push(chunk)) {
        options.transcript.add(elapsed(), line);
        options.onLine?.(line);
        const offset = partialConsumed;
        partialConsumed = 0;
        if (decide(line, offset) === undefined) return;
      }
      armConsumer();
      clearTimeout(quietTimer);
      if (splitter.partial.length > partialConsumed) quietTimer = setTimeout(matchPartial, quietMs);
    };
    /** At the end, the unfinished line is fed one last time and kept in the transcript. */
    const flushPartial = (): boolean => {
      if (matchPartial()) return true;
      if (splitter.partial !== '') options.transcript.add(elapsed(), splitter.partial);
      return false;
    };
    const onClose = (error?: Error | null): void => {
      if (flushPartial()) return;
      finish({ status: 'port-lost', elapsedMs: elapsed(), reason: error?.message ?? 'the port was closed' });
    };
    const onError = (error: Error): void => onClose(error);
    const onAbort = (): void => finish({ status: 'cancelled', elapsedMs: elapsed() });
    const deadline = setTimeout(() => {
      if (!flushPartial()) finish({ status: 'timeout', elapsedMs: elapsed() });
    }, options.timeoutMs);

    source.on('data', onData);
    source.on('close', onClose);
    source.on('error', onError);
    armConsumer();
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
  });
}
