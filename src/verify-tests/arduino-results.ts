import type { FrameworkEvent, ResultStatus } from './framework.js';

// "Test NAME passed." — AUnit prints ArduinoUnit's result line word for word, and adds "timed out."
// (ArduinoUnit has no timeouts). NAME is whatever the test was named: AUnit joins a suite and a
// test with "_", ArduinoUnit takes any string, spaces included, so NAME runs up to the last status.
// ArduinoUnit's "Test summary: …" starts alike but ends in "test(s).", never in a status.
const sharedResult = /^Test (.+) (passed|failed|skipped)\.$/;
const timedOutResult = /^Test (.+) timed out\.$/;

const statuses: Readonly<Record<string, ResultStatus>> = { passed: 'passed', failed: 'failed', skipped: 'skipped' };

export function isSharedArduinoResultLine(line: string): boolean {
  return sharedResult.test(line);
}

export function isTimedOutResultLine(line: string): boolean {
  return timedOutResult.test(line);
}

/** The result line both frameworks print; `withTimeout` also reads AUnit's "Test NAME timed out.". */
export function parseArduinoResult(line: string, withTimeout: boolean): FrameworkEvent | undefined {
  if (withTimeout) {
    const timedOut = timedOutResult.exec(line);
    if (timedOut !== null) return { kind: 'test-result', name: timedOut[1] ?? '', status: 'timed-out' };
  }
  const result = sharedResult.exec(line);
  if (result === null) return undefined;
  return { kind: 'test-result', name: result[1] ?? '', status: statuses[result[2] ?? ''] ?? 'failed' };
}
