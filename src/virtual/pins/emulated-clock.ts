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
   * Asked at each look at the clock with the emulated time then; true ends the wait early
   * (the event waited for has happened).
   */
  until?: (nowUs: number) => Promise<boolean>;
}

/**
 * Waits until a running board's clock reaches `endUs`, however long the host takes to emulate it —
 * a loaded machine makes the wait longer, never the figures wrong. Returns the time reached, or
 * earlier when `until` says so. Fails when the wall-clock limit passes first or the signal aborts.
 */
export async function awaitEmulated(control: string, startUs: number, endUs: number, options: EmulatedWaitOptions): Promise<number> {
  const wallStart = performance.now();
  const wallDeadline = options.wallDeadline ?? wallStart + wallAllowanceMs(endUs - startUs);
  for (let nowUs = await boardNowUs(control); ; nowUs = await boardNowUs(control)) {
    if (options.until !== undefined && (await options.until(nowUs))) return nowUs;
    if (nowUs >= endUs) return nowUs;
    if (options.signal.aborted) throw new BoardlineError('failed', 'Cancelled while waiting for the board');
    if (performance.now() > wallDeadline) {
      throw new BoardlineError(
        'timeout',
        `The virtual board emulated only ${formatDuration(Math.round((nowUs - startUs) / 1000))} of ${formatDuration(Math.round((endUs - startUs) / 1000))} in ${formatDuration(Math.round(performance.now() - wallStart))}`,
        {
          hint: 'Fix: the machine is too loaded to run the board; run fewer jobs at once, or give the step more time',
        },
      );
    }
    // Short looks while little is left, so a step ends close to the moment it waits for.
    await sleep(Math.min(options.until === undefined ? 100 : 10, Math.max(2, (endUs - nowUs) / 1000)));
  }
}
