import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import type { Pattern } from '../serial/patterns.js';
import { defaultWindowUs } from '../virtual/pins/check-pins.js';
import { wallAllowanceMs } from '../virtual/pins/emulated-clock.js';
import { handlerFor } from './handlers/index.js';
import { resetTarget } from './handlers/time-steps.js';
import type { ScenarioTarget, StepReport, StepStatus } from './step-context.js';
import type { Scenario, ScenarioStep } from './steps.js';
import { fillVariables } from './variables.js';

export interface StepResult {
  step: ScenarioStep;
  status: StepStatus;
  message: string;
  /** When the step began, ms since the run began, and how long it took. */
  startedMs: number;
  elapsedMs: number;
  files: readonly { label: string; path: string }[];
  detail?: unknown;
  /** The hint of an error the step ended with. */
  hint?: string;
}

/** How a run ended: `pass`, or how its failing step ended. */
export type ScenarioStatus = Exclude<StepStatus, 'skipped'>;

export interface ScenarioOutcome {
  status: ScenarioStatus;
  steps: StepResult[];
  variables: Record<string, string>;
  elapsedMs: number;
  failed?: StepResult;
}

export interface ScenarioRunOptions {
  /** The whole run's wall-clock limit. */
  timeoutMs: number;
  /** Each step's limit unless it has its own; undefined: only the run's limit. */
  stepTimeoutMs?: number | undefined;
  /** Reset the board before the first step (so the scenario sees it boot). */
  resetFirst: boolean;
  failOn: readonly Pattern[];
  filesDir: string;
  stamp: string;
  io: Io;
  /** Fill ${name} in the steps' texts (false: a preset's texts are the user's patterns as written). */
  fillVariables?: boolean;
  /** Told each step's result as it ends. */
  onStep?: (result: StepResult) => void;
}

/**
 * Time a step needs beyond its limit because it waits by design: a pause, a quiet window, or a
 * span of emulated time (which a loaded machine takes longer than the same span of wall time).
 */
function waitsByDesignMs(step: ScenarioStep, virtual: boolean): number {
  switch (step.kind) {
    case 'delay':
      return virtual ? wallAllowanceMs(step.ms * 1000) : step.ms;
    case 'expect-not':
      return step.forMs;
    case 'wait-pin':
      return wallAllowanceMs(step.withinUs);
    case 'check-pins':
      return wallAllowanceMs(step.durationUs ?? defaultWindowUs);
    default:
      return 0;
  }
}

function statusOfError(error: unknown, io: Io): { status: ScenarioStatus; message: string; hint?: string } {
  const message = error instanceof Error ? error.message : String(error);
  if (io.signal.aborted) return { status: 'cancelled', message };
  if (error instanceof BoardlineError) {
    const status = error.kind === 'timeout' ? 'timeout' : error.kind === 'port' ? 'port-lost' : 'fail';
    return error.hint === undefined ? { status, message } : { status, message, hint: error.hint };
  }
  return { status: 'fail', message };
}

/**
 * The one step engine: runs a scenario's steps in order against a board, each within its own limit
 * and the run's, carrying the groups expect steps capture to later steps, and stopping at the first
 * step that does not pass (the rest are reported as skipped). verify-banner and verify-pins are
 * scenarios run by it; run-scenario runs the user's.
 */
export async function runSteps(scenario: Scenario, target: ScenarioTarget, options: ScenarioRunOptions): Promise<ScenarioOutcome> {
  const { io } = options;
  const runStart = performance.now();
  const runDeadline = runStart + options.timeoutMs;
  const since = (): number => Math.round(performance.now() - runStart);
  const variables: Record<string, string> = {};
  const results: StepResult[] = [];
  if (options.resetFirst) await resetTarget({ target, io });
  let failed: StepResult | undefined;
  for (const step of scenario.steps) {
    if (failed !== undefined) {
      results.push({ step, status: 'skipped', message: 'an earlier step did not pass', startedMs: since(), elapsedMs: 0, files: [] });
      continue;
    }
    const started = performance.now();
    const limit = step.timeoutMs ?? options.stepTimeoutMs;
    const stepDeadline = limit === undefined ? Infinity : started + limit + waitsByDesignMs(step, target.virtual !== undefined);
    const deadline = Math.min(runDeadline, stepDeadline);
    let report: StepReport & { hint?: string };
    try {
      report = await handlerFor(step)(step, {
        target,
        io,
        deadline,
        variables,
        fill: (text, where, inRegex) => (options.fillVariables === false ? text : fillVariables(text, variables, where, inRegex)),
        failOn: options.failOn,
        filesDir: options.filesDir,
        stamp: options.stamp,
      });
    } catch (error) {
      report = statusOfError(error, io);
    }
    // A step cut short by the run's limit rather than its own says so.
    if (report.status === 'timeout' && deadline === runDeadline && stepDeadline > runDeadline) {
      report = { ...report, message: `${report.message} (the run's timeout of ${Math.round(options.timeoutMs / 1000)} s ran out)` };
    }
    Object.assign(variables, report.captured ?? {});
    const result: StepResult = {
      step,
      status: report.status,
      message: report.message,
      startedMs: Math.round(started - runStart),
      elapsedMs: Math.round(performance.now() - started),
      files: report.files ?? [],
      ...(report.detail === undefined ? {} : { detail: report.detail }),
      ...(report.hint === undefined ? {} : { hint: report.hint }),
    };
    results.push(result);
    options.onStep?.(result);
    if (result.status !== 'pass') failed = result;
  }
  const status: ScenarioStatus = failed === undefined ? 'pass' : (failed.status as ScenarioStatus);
  return { status, steps: results, variables, elapsedMs: since(), ...(failed === undefined ? {} : { failed }) };
}
