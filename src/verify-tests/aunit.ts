import { isTimedOutResultLine, parseArduinoResult } from './arduino-results.js';
import type { FrameworkEvent, FrameworkParser } from './framework.js';
import { withoutFinalPeriod } from './line-fields.js';

/*
 * AUnit (bxparks) at its default verbosity:
 *   TestRunner started on N test(s).
 *   FILE:LINE: Assertion failed: (1) == (2).           an assertion, before its test's result
 *   FILE:LINE: Assertion failed: Test NAME is not passed.   a meta assertion
 *   FILE:LINE: Status failed.                          failTestNow(), skipTestNow(), expireTestNow()
 *   Test NAME passed.|failed.|skipped.|timed out.
 *   TestRunner duration: 0.050 seconds.
 *   TestRunner summary: P passed, F failed, S skipped, T timed out, out of N test(s).
 * With more verbosity, "Assertion passed" and "Status passed" lines too: the test's own output.
 * FILE is __FILE__, a full path on the build machine (with a drive letter on Windows): it ends at
 * the first ":LINE: ".
 */
const runnerStart = /^TestRunner started on (\d+) test\(s\)\.$/;
const duration = /^TestRunner duration: \d+\.\d+ seconds\.$/;
const summary = /^TestRunner summary: (\d+) passed, (\d+) failed, (\d+) skipped, (\d+) timed out, out of (\d+) test\(s\)\.$/;
const assertion = /^(.+?):(\d+): Assertion (passed|failed): (.+)$/;
const status = /^(.+?):(\d+): Status (passed|failed|skipped|timed out)\.$/;

/** Whether the line is one only AUnit prints: distinctive enough for auto detection. */
export function isAUnitLine(line: string): boolean {
  return (
    runnerStart.test(line) ||
    duration.test(line) ||
    summary.test(line) ||
    isTimedOutResultLine(line) ||
    assertion.test(line) ||
    status.test(line)
  );
}

export class AUnitParser implements FrameworkParser {
  readonly framework = 'aunit' as const;
  readonly announcesStart = false;
  readonly endsWith = 'summary' as const;

  parse(line: string): FrameworkEvent | undefined {
    const start = runnerStart.exec(line);
    if (start !== null) return { kind: 'run-start', expected: Number(start[1]) };
    const counts = summary.exec(line);
    if (counts !== null) {
      const [, passed, failed, skipped, timedOut, tests] = counts.map(Number);
      return {
        kind: 'summary',
        tests: tests ?? 0,
        failed: failed ?? 0,
        skipped: skipped ?? 0,
        passed: passed ?? 0,
        timedOut: timedOut ?? 0,
      };
    }
    if (duration.test(line)) return { kind: 'note', text: line };
    const failure = assertion.exec(line);
    if (failure !== null) {
      const [, file = '', lineNumber = '0', outcome, text = ''] = failure;
      if (outcome === 'passed') return { kind: 'output', text: line };
      return { kind: 'assertion', message: withoutFinalPeriod(text), file, line: Number(lineNumber) };
    }
    // A status line ("Status skipped.") is the reason its test ends as it does.
    const ending = status.exec(line);
    if (ending !== null) {
      const [, file = '', lineNumber = '0', outcome = ''] = ending;
      if (outcome === 'passed') return { kind: 'output', text: line };
      return { kind: 'assertion', message: `Status ${outcome}`, file, line: Number(lineNumber) };
    }
    return parseArduinoResult(line, true);
  }
}
