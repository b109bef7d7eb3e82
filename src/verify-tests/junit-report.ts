import { renderJUnitSuites, type JUnitCase, type JUnitSuite } from '../report/junit.js';
import type { RunDecision, TestCase } from './test-run.js';

/** The suites of a run in the order their first test came: a JUnit testsuite each. */
export function suitesOf(cases: readonly TestCase[]): Map<string, TestCase[]> {
  const suites = new Map<string, TestCase[]>();
  for (const testCase of cases) {
    const suite = testCase.suite === '' ? 'tests' : testCase.suite;
    suites.set(suite, [...(suites.get(suite) ?? []), testCase]);
  }
  return suites;
}

export function where(testCase: TestCase): string {
  if (testCase.file === undefined) return '';
  return testCase.line === undefined ? testCase.file : `${testCase.file}:${String(testCase.line)}`;
}

function junitCase(testCase: TestCase, suite: string): JUnitCase {
  const entry: JUnitCase = { name: testCase.name, classname: suite, timeSeconds: (testCase.timeMs ?? 0) / 1000 };
  if (testCase.output.length > 0) entry.systemOut = testCase.output.join('\n');
  if (testCase.status === 'skipped') entry.skipped = testCase.message ?? 'skipped';
  if (testCase.status === 'failed' || testCase.status === 'hung' || testCase.status === 'crashed') {
    const at = where(testCase);
    const message = testCase.message ?? testCase.status;
    entry.failure = { message, type: testCase.status, text: at === '' ? message : `${at}: ${message}` };
  }
  return entry;
}

/**
 * The JUnit report of a run: a testsuite per suite (per source file for Unity), a testcase per
 * test. A run that ended without its framework's verdict (hung, crashed, incomplete, timed out,
 * port lost) says so in one more failed case, so no report of a broken run reads as all passed.
 */
export function renderTestsJUnit(cases: readonly TestCase[], verdict: { result: string; reason: string }, elapsedMs: number): string {
  const suites: JUnitSuite[] = [...suitesOf(cases)].map(([name, members]) => ({
    name,
    timeSeconds: members.reduce((sum, member) => sum + (member.timeMs ?? 0), 0) / 1000,
    cases: members.map((member) => junitCase(member, name)),
  }));
  const judged: RunDecision['result'][] = ['pass', 'fail'];
  if (!(judged as string[]).includes(verdict.result)) {
    suites.push({
      name: 'verify-tests',
      timeSeconds: elapsedMs / 1000,
      cases: [
        {
          name: 'the test run',
          classname: 'verify-tests',
          timeSeconds: elapsedMs / 1000,
          failure: { message: verdict.reason, type: verdict.result, text: verdict.reason },
        },
      ],
    });
  }
  return renderJUnitSuites('verify-tests', suites);
}
