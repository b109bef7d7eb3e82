import type { FrameworkEvent, FrameworkParser, ResultStatus, TestResultEvent } from './framework.js';
import { millisecondsOf } from './line-fields.js';

/*
 * Zephyr's ztest (subsys/testsuite: tc_util.h, ztest.c, ztest_assert.h), today:
 *   *** Booting Zephyr OS build v3.5.0 ***          the kernel's boot banner
 *   Running TESTSUITE suite
 *   ===================================================================   (67 "=")
 *   START - test_x
 *       Assertion failed at FILE:LINE: FUNC: MESSAGE  (only "…at FILE:LINE" without ZTEST_ASSERT_VERBOSE)
 *    PASS - test_x in 0.012 seconds                  (also FAIL and SKIP), then the "=" line
 *   TESTSUITE suite succeeded                        ("TESTSUITE suite failed." with its period)
 *   ------ TESTSUITE SUMMARY START ------
 *   SUITE PASS - 100.00% [suite]: pass = 1, fail = 0, skip = 0, total = 1 duration = 0.012 seconds
 *    - PASS - [suite.test_x] duration = 0.012 seconds
 *   ------ TESTSUITE SUMMARY END ------
 *   PROJECT EXECUTION SUCCESSFUL                     (or FAILED), after an "=" line
 * Older releases: "Running test suite x", "starting test - test_x", "PASS - test_x" and " PASS -
 * test_x" without a time, "%u.%u seconds" (an unpadded millisecond remainder), "Test suite x
 * succeeded|failed.". START and the result lines need ZTEST_VERBOSE_OUTPUT (the default).
 */
const bootBanner = /^\*{3,} Booting .+ \*{3,}$/;
const suiteStart = /^Running (?:TESTSUITE|test suite) (\S+)$/;
const testStart = /^(?:START|starting test) - (\S+)$/;
// A name never holds "@": TC_ERROR prints "FAIL - func@LINE. …", which is no result.
const result = /^\s*(PASS|FAIL|SKIP) - ([^\s@]+)(?: in (\d+)\.(\d+) seconds)?$/;
const suiteEnd = /^(?:TESTSUITE|Test suite) (\S+) (succeeded|failed\.?)$/;
const runEnd = /^PROJECT EXECUTION (SUCCESSFUL|FAILED)$/;
const separator = /^={20,}$/;
const runId = /^RunID: \S+$/;
const summaryStart = /^------ TESTSUITE SUMMARY START ------$/;
const summaryEnd = /^------ TESTSUITE SUMMARY END ------$/;
const suiteSummary =
  /^SUITE (?:PASS|FAIL|SKIP) -\s+\d+\.\d+% \[(\S+)\]: pass = (\d+), fail = (\d+), skip = (\d+), total = (\d+) duration = \d+\.\d+ seconds$/;
const testSummary =
  /^ - (PASS|FAIL|SKIP|FLAKY) - \[([^.\]\s]+)\.([^\]\s]+)\](?: - \(Failed (\d+) of (\d+) attempts\) -)? duration = (\d+)\.(\d+) seconds$/;
const assertionFailed = /^\s*(Assertion|Assumption) failed at (.+?):(\d+)(?:: (.*))?$/;
const assertionSucceeded = /^\s*(?:Assertion|Assumption) succeeded at .+:\d+ \(.*\)$/;
const unusedMock = /^Test (\S+) failed: (Unused mock (?:parameter|return) values)$/;
const phaseFailure = /^ at (?:setup|before|test|after|teardown|framework) function$/;

const statuses: Readonly<Record<string, ResultStatus>> = { PASS: 'passed', FAIL: 'failed', SKIP: 'skipped', FLAKY: 'failed' };

/** Whether the line is one only ztest prints (today's forms; the older ones are too plain to tell). */
export function isZtestLine(line: string): boolean {
  if (/^Running TESTSUITE \S+$/.test(line) || /^TESTSUITE \S+ (?:succeeded|failed\.)$/.test(line)) return true;
  if (runEnd.test(line) || summaryStart.test(line) || /^\s*Assertion failed at .+:\d+/.test(line)) return true;
  return /^\s*(?:PASS|FAIL|SKIP) - [^\s@]+ in \d+\.\d+ seconds$/.test(line);
}

export class ZtestParser implements FrameworkParser {
  readonly framework = 'ztest' as const;
  readonly announcesStart = true;
  readonly endsWith = 'run-end' as const;
  private runStarted = false;
  private suite: string | undefined;
  private inSummary = false;
  /** "suite.name" of each result seen, so the summary block repeats none of them. */
  private readonly reported = new Set<string>();

  parse(line: string): FrameworkEvent | undefined {
    if (this.inSummary) {
      const event = this.summaryLine(line);
      if (event !== undefined) return event;
    }
    if (bootBanner.test(line)) return this.startRun();
    const suite = suiteStart.exec(line);
    if (suite !== null) {
      this.suite = suite[1] ?? '';
      if (this.runStarted) return { kind: 'suite-start', suite: this.suite };
      this.runStarted = true;
      return { kind: 'suite-start', suite: this.suite, runStart: true };
    }
    const start = testStart.exec(line);
    if (start !== null) {
      const event: Extract<FrameworkEvent, { kind: 'test-start' }> = { kind: 'test-start', name: start[1] ?? '' };
      return this.withSuite(event);
    }
    const end = result.exec(line);
    if (end !== null) {
      const [, status = '', name = '', seconds, fraction] = end;
      const event: TestResultEvent = { kind: 'test-result', name, status: statuses[status] ?? 'failed' };
      if (seconds !== undefined && fraction !== undefined) event.timeMs = millisecondsOf(seconds, fraction);
      return this.recorded(this.withSuite(event));
    }
    const failure = assertionFailed.exec(line);
    if (failure !== null) {
      const [, what = '', file = '', lineNumber = '0', detail] = failure;
      // An assumption skips its test; its text says so, as the reason the test was skipped.
      const message =
        what === 'Assumption' ? `Assumption failed${detail === undefined ? '' : `: ${detail}`}` : (detail ?? 'Assertion failed');
      return { kind: 'assertion', message, file, line: Number(lineNumber) };
    }
    if (assertionSucceeded.test(line)) return { kind: 'output', text: line };
    const mock = unusedMock.exec(line);
    if (mock !== null) return { kind: 'assertion', message: mock[2] ?? '' };
    const suiteDone = suiteEnd.exec(line);
    if (suiteDone !== null) return { kind: 'suite-end', suite: suiteDone[1] ?? '', passed: suiteDone[2] === 'succeeded' };
    if (summaryStart.test(line)) {
      this.inSummary = true;
      return { kind: 'note', text: line };
    }
    const projectEnd = runEnd.exec(line);
    if (projectEnd !== null) {
      this.endRun();
      return { kind: 'run-end', passed: projectEnd[1] === 'SUCCESSFUL' };
    }
    if (separator.test(line) || runId.test(line) || phaseFailure.test(line)) return { kind: 'note', text: line };
    return undefined;
  }

  /** Lines only read inside the TESTSUITE SUMMARY block, where their format is anchored. */
  private summaryLine(line: string): FrameworkEvent | undefined {
    if (summaryEnd.test(line)) {
      this.inSummary = false;
      return { kind: 'note', text: line };
    }
    const counts = suiteSummary.exec(line);
    if (counts !== null) {
      const [, suite = '', passed, failed, skipped, total] = counts;
      return { kind: 'summary', suite, tests: Number(total), failed: Number(failed), skipped: Number(skipped), passed: Number(passed) };
    }
    const test = testSummary.exec(line);
    if (test === null) return undefined;
    const [, status = '', suite = '', name = '', failedRuns, runs, seconds = '0', fraction = '0'] = test;
    // A test whose own result line was seen is only repeated here; one whose line was lost (or
    // never printed, without ZTEST_VERBOSE_OUTPUT) gets its result from the summary.
    if (this.reported.has(`${suite}.${name}`)) return { kind: 'note', text: line };
    const event: TestResultEvent = {
      kind: 'test-result',
      name,
      suite,
      status: statuses[status] ?? 'failed',
      timeMs: millisecondsOf(seconds, fraction),
    };
    if (failedRuns !== undefined && runs !== undefined) event.message = `Flaky: failed ${failedRuns} of ${runs} attempts`;
    return this.recorded(event);
  }

  private startRun(): FrameworkEvent {
    this.endRun();
    this.runStarted = true;
    return { kind: 'run-start' };
  }

  private endRun(): void {
    this.runStarted = false;
    this.suite = undefined;
    this.inSummary = false;
    this.reported.clear();
  }

  private withSuite<T extends { suite?: string }>(event: T): T {
    if (this.suite !== undefined) event.suite = this.suite;
    return event;
  }

  private recorded(event: TestResultEvent): TestResultEvent {
    this.reported.add(`${event.suite ?? ''}.${event.name}`);
    return event;
  }
}
