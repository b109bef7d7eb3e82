import { sendControl } from '../control.js';
import { awaitEmulated, boardNowUs } from './emulated-clock.js';
import type { PinTrace } from './pin-trace.js';

export interface CollectOptions {
  /** Reset the board as the window opens, so the window starts at its boot. */
  reset: boolean;
  signal: AbortSignal;
  /** Told when the window opens, with the board's emulated time then. */
  onStart?: (startUs: number) => void;
  /** Wall-clock limit (performance.now() ms); by default the window's allowance. */
  wallDeadline?: number;
}

export interface CollectedTraces {
  startUs: number;
  endUs: number;
  traces: PinTrace[];
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
  await awaitEmulated(control, startUs, endUs, {
    signal: options.signal,
    ...(options.wallDeadline === undefined ? {} : { wallDeadline: options.wallDeadline }),
  });
  const reply = await sendControl(control, 'history', { pins, startUs, endUs }, 30_000);
  return { startUs, endUs, traces: reply['traces'] as PinTrace[] };
}
