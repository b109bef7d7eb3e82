import { writeOut } from '../../files/write-out.js';
import { join } from 'node:path';
import { renderPinTimingSvg } from '../../report/pin-timing-svg.js';
import { formatDuration } from '../../spec/duration.js';
import { sendControl } from '../../virtual/control.js';
import { checkPins } from '../../virtual/pins/check-pins.js';
import { awaitEmulated, boardNowUs } from '../../virtual/pins/emulated-clock.js';
import { parsePinAssertions } from '../../virtual/pins/pin-assertions.js';
import { formatMicroseconds } from '../../virtual/pins/pin-measure.js';
import type { Level, PinTrace } from '../../virtual/pins/pin-trace.js';
import { wallLimit, type StepContext, type StepHandler } from '../step-context.js';
import type { CheckPinsStep, DriveStep, ScreenshotStep, WaitPinStep } from '../steps.js';

function controlOf(context: StepContext, where: string): string {
  const virtual = context.target.virtual;
  // The runner refuses these steps on a real board before anything runs; reaching here is a bug.
  if (virtual === undefined) throw new Error(`${where}: a virtual-board step reached a real board`);
  return virtual.control;
}

const levelName = (level: Level): string => (level === 1 ? 'high' : 'low');

export const runDrive: StepHandler<DriveStep> = async (step, context) => {
  const control = controlOf(context, step.where);
  const done: string[] = [];
  for (const assignment of step.assignments) {
    done.push(String((await sendControl(control, 'set', { assignment }))['set']));
  }
  return { status: 'pass', message: done.join('; ') };
};

/** When, from `startUs`, the trace first shows `level` (its level as the wait began counts). */
function reachedAt(trace: PinTrace, level: Level): number | undefined {
  if (trace.initial === level) return trace.startUs;
  return trace.edges.find((edge) => edge.level === level)?.atUs;
}

export const runWaitPin: StepHandler<WaitPinStep> = async (step, context) => {
  const control = controlOf(context, step.where);
  const startUs = await boardNowUs(control);
  const endUs = startUs + step.withinUs;
  let reached: number | undefined;
  let seen: PinTrace | undefined;
  // One question a look: the pin's history since the wait began also tells the board's time.
  const look = async (): Promise<{ nowUs: number; done: boolean }> => {
    const reply = await sendControl(control, 'history', { pins: [step.pin], startUs, endUs });
    seen = (reply['traces'] as PinTrace[])[0];
    reached = seen === undefined ? undefined : reachedAt(seen, step.level);
    return { nowUs: Number(reply['nowUs']), done: reached !== undefined };
  };
  await awaitEmulated(control, startUs, endUs, { signal: context.io.signal, ...wallLimit(context), look });
  const wanted = levelName(step.level);
  if (reached !== undefined) {
    const after = reached - startUs;
    return {
      status: 'pass',
      message: after === 0 ? `pin ${step.pin} was ${wanted}` : `pin ${step.pin} went ${wanted} after ${formatMicroseconds(after)}`,
      detail: { pin: step.pin, level: step.level, afterUs: after },
    };
  }
  // Not reached: the pin kept the other level all along.
  const was = seen === undefined ? 'not seen' : levelName(seen.initial);
  return {
    status: 'fail',
    message:
      step.withinUs === 0
        ? `pin ${step.pin} was ${was}; expected ${wanted}`
        : `pin ${step.pin} was ${was}; expected ${wanted} within ${formatMicroseconds(step.withinUs)}`,
    detail: { pin: step.pin, level: step.level },
  };
};

export const runCheckPins: StepHandler<CheckPinsStep> = async (step, context) => {
  const control = controlOf(context, step.where);
  const assertions = parsePinAssertions(step.assertions);
  const check = await checkPins(control, assertions, {
    windowUs: step.durationUs,
    reset: step.reset === true,
    signal: context.io.signal,
    ...wallLimit(context),
    onStart: (pins, windowUs) =>
      context.io.info(
        `${step.where}: watching pins ${pins.join(', ')} for ${formatDuration(Math.round(windowUs / 1000))} of emulated time`,
      ),
  });
  const picture = await writeOut(
    step.picture ?? join(context.filesDir, `${context.stamp}-line${step.line}.svg`),
    renderPinTimingSvg(check.traces),
  );
  const failed = check.results.filter((result) => !result.passed);
  const over = `over ${formatDuration(Math.round(check.windowUs / 1000))}`;
  return {
    status: failed.length === 0 ? 'pass' : 'fail',
    message:
      failed.length === 0
        ? `${check.results.length} of ${check.results.length} held ${over}`
        : failed.map((result) => `${result.assertion.source}: ${result.message}`).join('; '),
    files: [{ label: 'timing picture', path: picture }],
    detail: check,
  };
};

export const runScreenshot: StepHandler<ScreenshotStep> = async (step, context) => {
  const control = controlOf(context, step.where);
  const reply = await sendControl(control, 'screenshot', step.device === undefined ? {} : { device: step.device });
  const path = await writeOut(step.path, Buffer.from(String(reply['png']), 'base64'));
  return { status: 'pass', message: `saved ${String(reply['device'])} to ${path}`, files: [{ label: 'display', path }] };
};
