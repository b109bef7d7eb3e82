import type { Io } from '../io.js';
import type { OpenConsole } from '../serial/console-session.js';
import type { Pattern } from '../serial/patterns.js';
import type { ResetMode } from '../serial/reset.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
import type { ScenarioStep } from './steps.js';

/** How a step ended. A failure other than `fail` says why the step could not finish. */
export type StepStatus = 'pass' | 'fail' | 'fail-pattern' | 'timeout' | 'port-lost' | 'cancelled' | 'skipped';

/** What a step reports: its status, a sentence for a person, and what it measured or captured. */
export interface StepReport {
  status: Exclude<StepStatus, 'skipped'>;
  /** "matched: ready v1.4.2", or for a failure what was seen: "pin 13 was low; expected high within 2 s". */
  message: string;
  /** Named groups an expect captured; they become ${name} for later steps. */
  captured?: Record<string, string>;
  /** Files the step wrote (a screenshot, a timing picture). */
  files?: readonly { label: string; path: string }[];
  /** What the step measured, for outputs and presets (a pin check's results and traces, a match). */
  detail?: unknown;
}

/** The board a scenario runs on: its port, its console when the scenario uses one, its control channel when it is virtual. */
export interface ScenarioTarget {
  resolved: ResolvedPort;
  console?: OpenConsole;
  /** A virtual board's control socket and name. */
  virtual?: { control: string; name: string };
  /** How the board is reset (the port's reset input; `auto` when that was none). */
  resetMode: ResetMode;
}

/** What every step handler is given. */
export interface StepContext {
  target: ScenarioTarget;
  io: Io;
  /** The wall-clock time (ms, performance.now()) the step must end by. */
  deadline: number;
  /** The groups captured by earlier steps, for ${name}. */
  variables: Readonly<Record<string, string>>;
  /**
   * A step's text with the variables filled in (escaped inside a /regex/); a preset whose texts
   * are the user's patterns as written (verify-banner's) takes them unchanged.
   */
  fill(text: string, where: string, inRegex: boolean): string;
  /** Patterns that fail the run whenever they appear on the console. */
  failOn: readonly Pattern[];
  /** Where a step writes files it is not told a path for (timing pictures). */
  filesDir: string;
  /** A prefix unique to this run, for those files. */
  stamp: string;
}

/** Runs one kind of step. A new kind of step is a new handler, registered in handlers/index.ts. */
export type StepHandler<S extends ScenarioStep> = (step: S, context: StepContext) => Promise<StepReport>;

/** The milliseconds left before the step's deadline (never negative). */
export function remainingMs(context: StepContext): number {
  return Math.max(0, Math.round(context.deadline - performance.now()));
}

/** The step's deadline for a wait in emulated time; none (the span's own allowance) when the step has no limit. */
export function wallLimit(context: StepContext): { wallDeadline?: number } {
  return Number.isFinite(context.deadline) ? { wallDeadline: context.deadline } : {};
}
