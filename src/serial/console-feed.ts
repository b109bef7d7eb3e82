import type { EventEmitter } from 'node:events';
import { LineSplitter, type LineSplitterOptions } from './line-splitter.js';
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
  feed(line: string, atMs: number, offset: number): { decision: D | undefined; consumed: number };
  /**
   * When (ms since the feed began) the consumer decides by itself if no line comes first — a test
   * that has run too long, a quiet window that has passed — or undefined for never. Asked again after every line.
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

interface SeenLine {
  text: string;
  atMs: number;
}

interface ActiveWatch {
  consumer: LineConsumer<unknown>;
  /** The next buffered line to feed it. */
  index: number;
  finish: (outcome: WatchOutcome<unknown>) => void;
  armConsumer: () => void;
}

/**
 * A board's console, listened to from the moment it is opened until it is closed, so no line is
 * lost between one consumer and the next: lines that arrive while nothing watches wait in order
 * for the next watch. Lines are fed as they complete; text that ends without a line ending (a
 * prompt, a banner printed with print() rather than println()) is fed once the board falls quiet,
 * and what of it was consumed is not fed again when its line ends. A consumer that decides on a
 * line leaves the rest of that line to the next one (two patterns may match one line).
 */
export class ConsoleFeed {
  private readonly started = performance.now();
  private readonly splitter: LineSplitter;
  private readonly quietMs: number;
  /** Complete lines not yet used up, oldest first; `headOffset` of the first is consumed. */
  private readonly lines: SeenLine[] = [];
  private headOffset = 0;
  /** How much of the unfinished line a decision has already consumed. */
  private partialConsumed = 0;
  private quietTimer: NodeJS.Timeout | undefined;
  private active: ActiveWatch | undefined;
  private lost: string | undefined;
  private closed = false;

  constructor(
    private readonly source: ConsoleSource,
    private readonly options: ConsoleFeedOptions,
  ) {
    this.splitter = new LineSplitter(options);
    this.quietMs = options.partialLineQuietMs ?? 50;
    source.on('data', this.onData);
    source.on('close', this.onClose);
    source.on('error', this.onError);
  }

  /** Milliseconds since the feed began: the clock every line and decision is stamped with. */
  elapsed(): number {
    return Math.round(performance.now() - this.started);
  }

  /** Why the console gave out, once it has. */
  get lostReason(): string | undefined {
    return this.lost;
  }

  /**
   * Feeds lines to `consumer` — first those waiting, then new ones — until it decides, `timeoutMs`
   * passes, the port goes away, or the signal aborts. One watch at a time.
   */
  watch<D>(consumer: LineConsumer<D>, limits: WatchLimits): Promise<WatchOutcome<D>> {
    if (this.active !== undefined) throw new Error('ConsoleFeed: one watch at a time');
    return new Promise<WatchOutcome<D>>((resolve) => {
      let consumerTimer: NodeJS.Timeout | undefined;
      const finish = (outcome: WatchOutcome<unknown>): void => {
        clearTimeout(deadline);
        clearTimeout(consumerTimer);
        limits.signal.removeEventListener('abort', onAbort);
        this.active = undefined;
        resolve(outcome as WatchOutcome<D>);
      };
      const watch: ActiveWatch = {
        consumer: consumer,
        index: 0,
        finish,
        armConsumer: () => {
          clearTimeout(consumerTimer);
          const at = consumer.deadlineMs?.();
          if (at === undefined || consumer.expire === undefined) return;
          const expire = consumer.expire.bind(consumer);
          consumerTimer = setTimeout(
            () => {
              if (!this.matchPartial()) this.end(watch, { status: 'decided', decision: expire(this.elapsed()), elapsedMs: this.elapsed() });
            },
            Math.max(0, at - this.elapsed()),
          );
        },
      };
      const onAbort = (): void => this.end(watch, { status: 'cancelled', elapsedMs: this.elapsed() });
      const deadline = setTimeout(() => {
        if (!this.matchPartial()) this.end(watch, { status: 'timeout', elapsedMs: this.elapsed() });
      }, limits.timeoutMs);
      this.active = watch;
      if (limits.signal.aborted) return onAbort();
      limits.signal.addEventListener('abort', onAbort, { once: true });
      if (this.pump()) return;
      if (this.lost !== undefined) {
        if (!this.matchPartial()) this.end(watch, { status: 'port-lost', elapsedMs: this.elapsed(), reason: this.lost });
        return;
      }
      watch.armConsumer();
      if (this.splitter.partial.length > this.partialConsumed) this.armQuiet();
    });
  }

  /** Stops listening; the unfinished line, if any, goes into the transcript. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.quietTimer);
    this.source.off('data', this.onData);
    this.source.off('close', this.onClose);
    this.source.off('error', this.onError);
    if (this.active !== undefined) this.end(this.active, { status: 'cancelled', elapsedMs: this.elapsed() });
    if (this.splitter.partial !== '') this.options.transcript.add(this.elapsed(), this.splitter.partial);
  }

  /** Ends a watch that no line decided; what it read is used up unless it keeps lines. */
  private end(watch: ActiveWatch, outcome: WatchOutcome<unknown>): void {
    if (this.active !== watch) return;
    if (watch.consumer.keepsLines !== true) this.dropLines(watch.index);
    watch.finish(outcome);
  }

  /** Drops the first `count` buffered lines (the offset into the first belongs to it). */
  private dropLines(count: number): void {
    if (count === 0) return;
    this.lines.splice(0, count);
    this.headOffset = 0;
  }

  /** Feeds the active watch every buffered line it has not seen; true when one decided. */
  private pump(): boolean {
    const watch = this.active;
    if (watch === undefined) return false;
    while (watch.index < this.lines.length) {
      const line = this.lines[watch.index] as SeenLine;
      const offset = watch.index === 0 ? this.headOffset : 0;
      const { decision, consumed } = watch.consumer.feed(line.text, line.atMs, offset);
      if (decision !== undefined) {
        // The lines before are used up; the rest of the deciding line is the next consumer's.
        this.dropLines(watch.index);
        if (consumed >= line.text.length) this.dropLines(1);
        else this.headOffset = consumed;
        watch.finish({ status: 'decided', decision, elapsedMs: this.elapsed() });
        return true;
      }
      watch.index += 1;
      if (watch.consumer.keepsLines !== true) {
        this.dropLines(watch.index);
        watch.index = 0;
      }
    }
    watch.armConsumer();
    return false;
  }

  /** Feeds the unfinished line to the active watch; true when that decided the outcome. */
  private matchPartial(): boolean {
    const watch = this.active;
    if (watch === undefined || watch.consumer.wholeLines === true) return false;
    const partial = this.splitter.partial;
    if (partial.length <= this.partialConsumed) return false;
    const { decision, consumed } = watch.consumer.feed(partial, this.elapsed(), this.partialConsumed);
    // What a consumer that uses up its lines matched of the line stays consumed when the line ends.
    if (watch.consumer.keepsLines !== true) this.partialConsumed = consumed;
    if (decision === undefined) return false;
    // A decision uses up everything before it, as one on a complete line does.
    this.dropLines(this.lines.length);
    this.partialConsumed = consumed;
    watch.finish({ status: 'decided', decision, elapsedMs: this.elapsed() });
    return true;
  }

  private armQuiet(): void {
    clearTimeout(this.quietTimer);
    this.quietTimer = setTimeout(() => this.matchPartial(), this.quietMs);
  }

  private readonly onData = (chunk: Buffer): void => {
    for (const text of this.splitter.push(chunk)) {
      const atMs = this.elapsed();
      this.options.transcript.add(atMs, text);
      this.options.onLine?.(text);
      // A line whose beginning was consumed while it was unfinished starts there (it is the first
      // waiting: whatever completed before it was used up by the watch that consumed it).
      if (this.partialConsumed > 0 && this.lines.length === 0) this.headOffset = this.partialConsumed;
      this.partialConsumed = 0;
      this.lines.push({ text, atMs });
    }
    this.pump();
    clearTimeout(this.quietTimer);
    if (this.splitter.partial.length > this.partialConsumed) this.armQuiet();
  };

  private readonly onClose = (error?: Error | null): void => {
    if (this.lost !== undefined) return;
    this.lost = error?.message ?? 'the port was closed';
    const watch = this.active;
    if (watch === undefined || this.matchPartial()) return;
    this.end(watch, { status: 'port-lost', elapsedMs: this.elapsed(), reason: this.lost });
  };

  private readonly onError = (error: Error): void => this.onClose(error);
}
