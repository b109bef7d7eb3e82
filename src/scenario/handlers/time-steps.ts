import { setTimeout as sleep } from 'node:timers/promises';
import { resetBoard } from '../../serial/reset-board.js';
import { formatDuration } from '../../spec/duration.js';
import { sendControl } from '../../virtual/control.js';
import { awaitEmulated } from '../../virtual/pins/emulated-clock.js';
import { remainingMs, wallLimit, type StepContext, type StepHandler } from '../step-context.js';
import type { DelayStep, ResetStep } from '../steps.js';

/** Resets the board the way the run was told to (through its control channel when it is virtual). */
export async function resetTarget(context: Pick<StepContext, 'target' | 'io'>): Promise<void> {
  const { target, io } = context;
  if (target.console !== undefined) {
    await resetBoard(target.resolved, target.console.port, target.resetMode, io);
  } else if (target.virtual !== undefined) {
    await sendControl(target.virtual.control, 'reset');
    io.info(`Reset virtual board ${target.virtual.name} through its control channel`);
  } else {
    throw new Error('A real board is reset through its open console');
  }
}

export const runReset: StepHandler<ResetStep> = async (_step, context) => {
  await resetTarget(context);
  return { status: 'pass', message: 'reset' };
};

/** On a virtual board the pause is the board's emulated time, as Wokwi's delay is; on a real one, the wall clock's. */
export const runDelay: StepHandler<DelayStep> = async (step, context) => {
  const virtual = context.target.virtual;
  // An AVR board reports its emulated time; an ESP's ROM-loader model keeps none.
  const startUs = virtual === undefined ? undefined : (await sendControl(virtual.control, 'status'))['nowUs'];
  if (virtual === undefined || typeof startUs !== 'number') {
    // The step's (or the run's) limit holds here too: a pause longer than the time left is cut there.
    const ms = Math.min(step.ms, remainingMs(context));
    await sleep(ms, undefined, { signal: context.io.signal }).catch(() => undefined);
    if (context.io.signal.aborted) return { status: 'cancelled', message: 'cancelled during the delay' };
    if (ms < step.ms)
      return { status: 'timeout', message: `waited ${formatDuration(ms)} of ${formatDuration(step.ms)} when the time ran out` };
    return { status: 'pass', message: `waited ${formatDuration(step.ms)}` };
  }
  await awaitEmulated(virtual.control, startUs, startUs + step.ms * 1000, { signal: context.io.signal, ...wallLimit(context) });
  return { status: 'pass', message: `waited ${formatDuration(step.ms)} of emulated time` };
};
