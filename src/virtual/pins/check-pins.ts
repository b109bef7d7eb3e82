import { BoardlineError } from '../../errors.js';
import { collectTraces } from './collect-traces.js';
import { evaluatePinAssertions, type PinAssertionResult } from './evaluate-pin-assertions.js';
import { pinsOf, windowOf, type PinAssertion } from './pin-assertions.js';
import type { PinTrace } from './pin-trace.js';

/** What a board's pins did over a window, and how each assertion fared. */
export interface PinCheck {
  results: PinAssertionResult[];
  traces: PinTrace[];
  windowUs: number;
}

export interface PinCheckOptions {
  /** The window; by default the longest "for"/"within" of the assertions, else 5 s. */
  windowUs?: number | undefined;
  reset: boolean;
  signal: AbortSignal;
  wallDeadline?: number;
  /** Told as the window opens: the pins watched and the window's length. */
  onStart?: (pins: readonly string[], windowUs: number) => void;
}

/** The window when neither the check nor its assertions give one. */
export const defaultWindowUs = 5_000_000;

/** The window a check watches: the one asked for, else what its assertions need. */
export function checkWindowUs(assertions: readonly PinAssertion[], windowUs: number | undefined): number {
  return windowUs ?? windowOf(assertions) ?? defaultWindowUs;
}

/**
 * The one way Boardline measures pins (verify-pins, a scenario's check-pins): the pins the
 * assertions name watched over a window of the board's emulated time, and each assertion judged
 * against what they did.
 */
export async function checkPins(control: string, assertions: readonly PinAssertion[], options: PinCheckOptions): Promise<PinCheck> {
  const windowUs = checkWindowUs(assertions, options.windowUs);
  if (windowUs <= 0) throw new BoardlineError('usage', 'The pin window must be longer than 0', { hint: 'Fix: give e.g. 5s' });
  const pins = pinsOf(assertions);
  const collected = await collectTraces(control, pins, windowUs, {
    reset: options.reset,
    signal: options.signal,
    ...(options.wallDeadline === undefined ? {} : { wallDeadline: options.wallDeadline }),
    onStart: () => options.onStart?.(pins, windowUs),
  });
  const traces = new Map(collected.traces.map((trace) => [trace.pin, trace]));
  return { results: evaluatePinAssertions(assertions, traces), traces: collected.traces, windowUs };
}
