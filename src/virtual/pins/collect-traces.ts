import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../../errors.js';
import { formatDuration } from '../../spec/duration.js';
import { sendControl } from '../control.js';
import type { PinTrace } from './pin-trace.js';

export interface CollectOptions {
  /** Reset the board as the window opens, so the window starts at its boot. */
  reset: boolean;
  signal: AbortSignal;
  /** Told when the window opens, with the board's emulated time then. */
  onStart?: (startUs: number) => void;
}

export interface CollectedTraces {
  startUs: number;
  endUs: number;
  traces: PinTrace[];
}

async function boardNowUs(control: string, command: 'status' | 'reset'): Promise<number> {
  const reply = await sendControl(control, command);
  const nowUs = reply['nowUs'];
  if (typeof nowUs !== 'number')
    throw new BoardlineError('failed', 'The virtual board did not report its emulated time: it is not a wired AVR board');
  return nowUs;
}

/**
 * Watches pins of a running virtual board over a window of its emulated time: the window opens
 * now (or at a reset), and closes when the board's clock has advanced by `windowUs`, however long
 * the host takes to emulate it — a loaded machine makes the wait longer, never the figures wrong.
 */
export async function collectTraces(
  control: string,
  pins: readonly string[],
  windowUs: number,
  options: CollectOptions,
): Promise<CollectedTraces> {
  const startUs = await boardNowUs(control, options.reset ? 'reset' : 'status');
  options.onStart?.(startUs);
  const endUs = startUs + windowUs;
  // A board lags wall time only while the host is overloaded; four times the window is far past that.
  const wallStart = Date.now();
  const wallDeadline = wallStart + (windowUs / 1000) * 4 + 30_000;
  for (let nowUs = startUs; nowUs < endUs; nowUs = await boardNowUs(control, 'status')) {
    if (options.signal.aborted) throw new BoardlineError('failed', 'Cancelled while watching the pins');
    if (Date.now() > wallDeadline) {
      throw new BoardlineError(
        'timeout',
        `The virtual board emulated only ${formatDuration(Math.round((nowUs - startUs) / 1000))} of the ${formatDuration(Math.round(windowUs / 1000))} window in ${formatDuration(Date.now() - wallStart)}`,
        {
          hint: 'Fix: the machine is too loaded to run the board; run fewer jobs at once, or use a shorter window',
        },
      );
    }
    await sleep(Math.min(100, Math.max(5, (endUs - nowUs) / 1000)));
  }
  const reply = await sendControl(control, 'history', { pins, startUs, endUs }, 30_000);
  return { startUs, endUs, traces: reply['traces'] as PinTrace[] };
}
