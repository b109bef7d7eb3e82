import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../../errors.js';
import { formatDuration } from '../../spec/duration.js';
import { sendControl } from '../control.js';

/** The board's emulated time now (µs since it powered on), or at the reset `reset` asks for. */
export async function boardNowUs(control: string, command: 'status' | 'reset' = 'status'): Promise<number> {
  const reply = await sendControl(control, command);
  const nowUs = reply['nowUs'];
  if (typeof nowUs !== 'number')
    throw new BoardlineError('failed', 'The virtual board did not report its emulated time: it is not a wired AVR board');
  return nowUs;
}

/** A board lags wall time only while the host is overloaded; four times the span is far past that. */
export function wallAllowanceMs(spanUs: number): number {
  return (spanUs / 1000) * 4 + 30_000;
}

export interface EmulatedWaitOptions {
  signal: AbortSignal;
  /** Wall-clock limit (ms, performance.now()); by default the span's allowance. */
  wallDeadline?: number;
  /**
   * How to look at the board: its emulated time then, and whether the event waited for has
   * happened (which ends the wait early). By default a look at its clock alone. The first look is
   * at once when the wait is for an event, else once the span should have passed.
   */
  look?: () => Promise<{ nowUs: number; done: boolean }>;
}

/**
 * Waits until a running board's clock reaches `endUs`, however long the host takes to emulate it —
 * a loaded machine makes the wait longer, never the figures wrong. Returns the time reached, or
 * earlier when a look says the event has happened. Fails when the wall-clock limit passes first or
 * the signal aborts.
 */
export async function awaitEmulated(control: string, startUs: number, endUs: number, options: EmulatedWaitOptions): Promise<number> {
  const wallStart = performance.now();
  const wallDeadline = options.wallDeadline ?? wallStart + wallAllowanceMs(endUs - startUs);
  const look = options.look ?? (async () => ({ nowUs: await boardNowUs(control), done: false }));
  // An event may have happened already; a plain span cannot have passed yet.
  let seen = options.look === undefined ? { nowUs: startUs, done: false } : await look();
  for (;;) {
    if (seen.done || seen.nowUs >= endUs) return seen.nowUs;
    if (options.signal.aborted) throw new BoardlineError('failed', 'Cancelled while waiting for the board');
    if (performance.now() > wallDeadline) {
      throw new BoardlineError(
        'timeout',
        `The virtual board emulated only ${formatDuration(Math.round((seen.nowUs - startUs) / 1000))} of ${formatDuration(Math.round((endUs - startUs) / 1000))} in ${formatDuration(Math.round(performance.now() - wallStart))}`,
        {
          hint: 'Fix: the machine is too loaded to run the board; run fewer jobs at once, or give the step more time',
        },
      );
    }
    // The board keeps to the wall clock while the host keeps up: sleep what is left of the span,
    // looking more often while waiting for an event, and no less than a timer's tick.
    await sleep(Math.min(options.look === undefined ? 100 : 5, Math.max(1, (endUs - seen.nowUs) / 1000)));
    seen = await look();
  }
}
