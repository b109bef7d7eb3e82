import type { Level } from '../virtual/pins/pin-trace.js';

/**
 * One step of a scenario, as parsed: where it was written (for every message about it), how it is
 * named in the summary and JUnit, and its own wall-clock limit when it has one. Texts may hold
 * `${name}` references to groups captured by earlier steps; they are filled in as the step runs.
 */
export interface StepBase {
  /** "scenario.yml line 7". */
  where: string;
  line: number;
  /** What the summary and JUnit call it: `expect /ready v(?<version>\S+)/`. */
  name: string;
  /** The step's own wall-clock limit (ms); otherwise the run's step-timeout applies. */
  timeoutMs?: number;
}

/** Bytes to write to the console: text (escapes already read) or a list of byte values. */
export interface SendStep extends StepBase {
  kind: 'send';
  data: { text: string } | { bytes: readonly number[] };
}

/** A pattern (`/regex/flags` or literal text) that must appear on the console. */
export interface ExpectStep extends StepBase {
  kind: 'expect';
  pattern: string;
  /**
   * Match only lines that have ended. By default an expect also matches text printed without a
   * line ending (a prompt) once the board falls quiet, as Wokwi's wait-serial matches bytes as
   * they arrive.
   */
  wholeLines?: boolean;
}

/** A pattern that must not appear on the console for `forMs`. */
export interface ExpectNotStep extends StepBase {
  kind: 'expect-not';
  pattern: string;
  forMs: number;
}

/**
 * A change to what a virtual board's world shows its firmware, in `virtual-board set`'s words
 * (bmp280.temperature=30, pin.2=pressed, pin.A0=2.5V). `verb` is how the scenario said it.
 */
export interface DriveStep extends StepBase {
  kind: 'drive';
  verb: 'set' | 'press' | 'release' | 'pin' | 'set-control';
  assignments: readonly string[];
}

/** A pin reaching a level within a span of the board's emulated time (0: it is at that level now). */
export interface WaitPinStep extends StepBase {
  kind: 'wait-pin';
  pin: string;
  level: Level;
  withinUs: number;
}

/** verify-pins' assertions over a window of emulated time opening as the step starts. */
export interface CheckPinsStep extends StepBase {
  kind: 'check-pins';
  assertions: readonly string[];
  /** The window; by default the longest "for"/"within" of the assertions, else 5 s. */
  durationUs?: number;
  /** Reset the board as the window opens (verify-pins' `reset`). */
  reset?: boolean;
  /** Where to write the timing picture; by default beside the run's other files. */
  picture?: string;
}

/** The display of a virtual board, saved as a PNG. */
export interface ScreenshotStep extends StepBase {
  kind: 'screenshot';
  path: string;
  device?: string;
}

export interface ResetStep extends StepBase {
  kind: 'reset';
}

/** A pause: in emulated time on a virtual board (as Wokwi's delay is), in wall time on a real one. */
export interface DelayStep extends StepBase {
  kind: 'delay';
  ms: number;
}

export type ScenarioStep =
  SendStep | ExpectStep | ExpectNotStep | DriveStep | WaitPinStep | CheckPinsStep | ScreenshotStep | ResetStep | DelayStep;

export type StepKind = ScenarioStep['kind'];

/** Steps that need an emulated board: a real board's pins and world cannot be reached through its serial port. */
export const virtualOnlyKinds: ReadonlySet<StepKind> = new Set(['drive', 'wait-pin', 'check-pins', 'screenshot']);

/** Steps that read or write the console. */
export const consoleKinds: ReadonlySet<StepKind> = new Set(['send', 'expect', 'expect-not']);

export interface Scenario {
  name: string;
  /** "thermostat.yml", or the Wokwi scenario's file. */
  source: string;
  steps: readonly ScenarioStep[];
  /** Patterns that fail the run whenever they appear on the console (verify-banner's fail-on and crash patterns). */
  failOn?: readonly string[];
}
