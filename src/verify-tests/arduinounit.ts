import { parseArduinoResult } from './arduino-results.js';
import type { AssertionEvent, FrameworkEvent, FrameworkParser } from './framework.js';

/*
 * ArduinoUnit (mmurdoch) 2.x and 3.x at their default verbosity:
 *   Assertion failed: (a=1) == (b=2), file FILE, line LINE.
 *   Assertion failed: (a=1) == (b=2), file FILE, line LINE [message].   assertEqual(a, b, message)
 *   Assertion failed: test NAME aborted, file ArduinoUnit.cpp, line L.  Test::abort()
 *   Test NAME passed.|failed.|skipped.
 *   Test summary: P passed, F failed, and S skipped, out of N test(s).
 * "Assertion passed: …" appears with more verbosity: the test's own output. It prints nothing when
 * a test starts, and has no timeouts.
 */
const summary = /^Test summary: (\d+) passed, (\d+) failed, and (\d+) skipped, out of (\d+) test\(s\)\.$/;
// The expression comes first and may itself hold commas; ", file " starts the location.
const assertion = /^Assertion (passed|failed): (.*?), file (.+?), line (\d+)(?: \[(.*)\])?\.$/;

/** Whether the line is one only ArduinoUnit prints: distinctive enough for auto detection. */
export function isArduinoUnitLine(line: string): boolean {
  return summary.test(line) || assertion.test(line);
}

export class ArduinoUnitParser implements FrameworkParser {
  readonly framework = 'arduinounit' as const;
  readonly announcesStart = false;
  readonly endsWith = 'summary' as const;

  parse(line: string): FrameworkEvent | undefined {
    const counts = summary.exec(line);
    if (counts !== null) {
      const [, passed, failed, skipped, tests] = counts.map(Number);
      return { kind: 'summary', tests: tests ?? 0, failed: failed ?? 0, skipped: skipped ?? 0, passed: passed ?? 0 };
    }
    const check = assertion.exec(line);
    if (check !== null) {
      const [, outcome, expression = '', file = '', lineNumber = '0', message] = check;
      if (outcome === 'passed') return { kind: 'output', text: line };
      const event: AssertionEvent = { kind: 'assertion', message: expression, file, line: Number(lineNumber) };
      if (message !== undefined) event.message = `${expression} [${message}]`;
      return event;
    }
    return parseArduinoResult(line, false);
  }
}
