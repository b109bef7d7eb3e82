import type { StepHandler } from '../step-context.js';
import type { ScenarioStep, StepKind } from '../steps.js';
import { runCheckPins, runDrive, runScreenshot, runWaitPin } from './board-steps.js';
import { runExpect, runExpectNot, runSend } from './console-steps.js';
import { runDelay, runReset } from './time-steps.js';

type Handlers = { [K in StepKind]: StepHandler<Extract<ScenarioStep, { kind: K }>> };

/** Each kind of step and what runs it. */
const handlers: Handlers = {
  send: runSend,
  expect: runExpect,
  'expect-not': runExpectNot,
  drive: runDrive,
  'wait-pin': runWaitPin,
  'check-pins': runCheckPins,
  screenshot: runScreenshot,
  reset: runReset,
  delay: runDelay,
};

export function handlerFor<S extends ScenarioStep>(step: S): StepHandler<S> {
  return handlers[step.kind] as unknown as StepHandler<S>;
}
