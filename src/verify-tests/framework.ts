import { AUnitParser, isAUnitLine } from './aunit.js';
import { ArduinoUnitParser, isArduinoUnitLine } from './arduinounit.js';
import { isSharedArduinoResultLine } from './arduino-results.js';
import { UnityParser, isUnityLine } from './unity.js';
import { ZtestParser, isZtestLine } from './ztest.js';

export type FrameworkName = 'unity' | 'aunit' | 'arduinounit' | 'ztest' | 'regex';
export type KnownFramework = Exclude<FrameworkName, 'regex'>;
export type ResultStatus = 'passed' | 'failed' | 'skipped' | 'timed-out';

export type FrameworkEvent =
  /** AUnit's "TestRunner started on N test(s)."; Zephyr's boot banner. Seen again mid-run, the board restarted. */
  | { kind: 'run-start'; expected?: number }
  /** ztest's "Running TESTSUITE x". `runStart` when it is also the first sign of a run (no boot banner was seen). */
  | { kind: 'suite-start'; suite: string; runStart?: boolean }
  /** ztest's "START - test_x" (Unity, AUnit and ArduinoUnit print none). */
  | { kind: 'test-start'; name: string; suite?: string }
  | {
      kind: 'test-result';
      name: string;
      status: ResultStatus;
      suite?: string;
      file?: string;
      line?: number;
      message?: string;
      timeMs?: number;
    }
  /** A failure (or skip) detail printed before the test's result line (AUnit, ArduinoUnit, ztest). */
  | { kind: 'assertion'; message: string; file?: string; line?: number }
  /** A framework line that is the test's own output (Unity's INFO, a passed assertion); `name` when the line names its test. */
  | { kind: 'output'; text: string; name?: string }
  /** A framework line that is neither a result nor a test's output (separators, durations, summary markers): not system-out. */
  | { kind: 'note'; text: string }
  | { kind: 'suite-end'; suite: string; passed: boolean }
  /**
   * The framework's real summary, recognised only on its exact format. ztest prints one per suite
   * (`suite` set) in its TESTSUITE SUMMARY block, before the per-test lines of that block: compare
   * counts with the cases at the run's end, not when the summary arrives.
   */
  | { kind: 'summary'; tests: number; failed: number; skipped: number; passed?: number; timedOut?: number; suite?: string }
  /** Unity's OK/FAIL directly after its summary; ztest's PROJECT EXECUTION line; a regex end line without counts. */
  | { kind: 'run-end'; passed: boolean };

export type TestResultEvent = Extract<FrameworkEvent, { kind: 'test-result' }>;
export type AssertionEvent = Extract<FrameworkEvent, { kind: 'assertion' }>;
export type SummaryEvent = Extract<FrameworkEvent, { kind: 'summary' }>;

export interface FrameworkParser {
  readonly framework: FrameworkName;
  /** Whether the framework announces each test's start (ztest): then a hung test can be named, else only "after NAME". */
  readonly announcesStart: boolean;
  /**
   * Which event ends a run: a run-end always does; a summary does when this is 'summary' (AUnit,
   * ArduinoUnit, a regex end pattern with counts: nothing follows the summary). With 'run-end'
   * (Unity, ztest) the framework prints its verdict after the summary.
   */
  readonly endsWith: 'summary' | 'run-end';
  /** One console line (already without its line ending and colour codes); undefined when it is none of the framework's lines. */
  parse(line: string): FrameworkEvent | undefined;
}

/** A parser for one run of the framework's output; it keeps the state its anchored summary needs. */
export function createParser(framework: KnownFramework): FrameworkParser {
  switch (framework) {
    case 'unity':
      return new UnityParser();
    case 'aunit':
      return new AUnitParser();
    case 'arduinounit':
      return new ArduinoUnitParser();
    case 'ztest':
      return new ZtestParser();
  }
}

const detectors: readonly [KnownFramework, (line: string) => boolean][] = [
  ['unity', isUnityLine],
  ['aunit', isAUnitLine],
  ['arduinounit', isArduinoUnitLine],
  ['ztest', isZtestLine],
];

/**
 * The frameworks that print this line: one for a line distinctive of a framework, several for a
 * line they share, none for anything else.
 *
 * AUnit and ArduinoUnit both print "Test NAME passed.|failed.|skipped." (AUnit copied ArduinoUnit's
 * format), so that line alone is ['aunit', 'arduinounit']. Auto detection should read it as
 * ArduinoUnit unless AUnit's "TestRunner started on N test(s)." came first: AUnit prints that line
 * before any result at its default verbosity, ArduinoUnit prints nothing before its results. Both
 * parsers turn the shared line into the same event, so a provisional choice loses nothing; a later
 * distinctive line (AUnit's runner or assertion lines, "timed out.", ArduinoUnit's "Test summary:")
 * settles it.
 */
export function frameworksPrinting(line: string): KnownFramework[] {
  if (isSharedArduinoResultLine(line)) return ['aunit', 'arduinounit'];
  return detectors.filter(([, detects]) => detects(line)).map(([framework]) => framework);
}

/** framework: auto — the parser whose distinctive line this is, or undefined (a line any framework could print, or none's). */
export function detectFramework(line: string): KnownFramework | undefined {
  const frameworks = frameworksPrinting(line);
  return frameworks.length === 1 ? frameworks[0] : undefined;
}
