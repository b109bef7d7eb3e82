import type { EventEmitter } from 'node:events';
import { ExpectMatcher, type ExpectProgress } from './expect-matcher.js';
import { LineSplitter, type LineSplitterOptions } from './line-splitter.js';
import type { Pattern } from './patterns.js';
import type { Transcript } from './transcript.js';

export type ConsoleOutcome =
  | { status: 'pass'; progress: ExpectProgress; elapsedMs: number }
  | { status: 'fail-pattern'; progress: ExpectProgress; elapsedMs: number; pattern: Pattern; line: string }
  | { status: 'timeout'; progress: ExpectProgress; elapsedMs: number }
  | { status: 'port-lost'; progress: ExpectProgress; elapsedMs: number; reason: string }
  | { status: 'cancelled'; progress: ExpectProgress; elapsedMs: number };

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
export function expectOnConsole(source: ConsoleSource, options: ConsoleExpectOptions): Promise<ConsoleOutcome> {
  const started = performance.now();
  const elapsed = (): number => Math.round(performance.now() - started);
  const splitter = new LineSplitter(options);
  const matcher = new ExpectMatcher(options.expect, options.failOn);
  const quietMs = options.partialLineQuietMs ?? 50;
  // How much of the current unfinished line a quiet-time match has already consumed.
  let partialConsumed = 0;

  return new Promise<ConsoleOutcome>((resolve) => {
    let quietTimer: NodeJS.Timeout | undefined;
    const finish = (outcome: ConsoleOutcome): void => {
      clearTimeout(deadline);
      clearTimeout(quietTimer);
      source.off('data', onData);
      source.off('close', onClose);
      source.off('error', onError);
      options.signal.removeEventListener('abort', onAbort);
      resolve(outcome);
    };
    const decide = (text: string, offset: number): number | undefined => {
      const { decision, consumed } = matcher.feed(text, elapsed(), offset);
      if (decision === undefined) return consumed;
      if (decision.status === 'pass') finish({ status: 'pass', progress: matcher.progress, elapsedMs: elapsed() });
      else finish({ ...decision, progress: matcher.progress, elapsedMs: elapsed() });
      return undefined;
    };
    /** Matches the unfinished line; true when that decided the outcome (it is then in the transcript). */
    const matchPartial = (): boolean => {
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
      clearTimeout(quietTimer);
      if (splitter.partial.length > partialConsumed) quietTimer = setTimeout(matchPartial, quietMs);
    };
    /** At the end, the unfinished line is matched one last time and kept in the transcript. */
    const flushPartial = (): boolean => {
      if (matchPartial()) return true;
      if (splitter.partial !== '') options.transcript.add(elapsed(), splitter.partial);
      return false;
    };
    const onClose = (error?: Error | null): void => {
      if (flushPartial()) return;
      finish({ status: 'port-lost', progress: matcher.progress, elapsedMs: elapsed(), reason: error?.message ?? 'the port was closed' });
    };
    const onError = (error: Error): void => onClose(error);
    const onAbort = (): void => finish({ status: 'cancelled', progress: matcher.progress, elapsedMs: elapsed() });
    const deadline = setTimeout(() => {
      if (!flushPartial()) finish({ status: 'timeout', progress: matcher.progress, elapsedMs: elapsed() });
    }, options.timeoutMs);

    source.on('data', onData);
    source.on('close', onClose);
    source.on('error', onError);
    if (options.signal.aborted) onAbort();
    else options.signal.addEventListener('abort', onAbort, { once: true });
  });
}
