import type { FrameworkEvent, FrameworkParser, TestResultEvent } from './framework.js';
import { suiteOfFile } from './line-fields.js';

/*
 * Unity (ThrowTheSwitch) prints one line per test when it ends, nothing when it starts:
 *   FILE:LINE:NAME:PASS                      LINE is the test function's
 *   FILE:LINE:NAME:FAIL                      TEST_FAIL() without a message
 *   FILE:LINE:NAME:FAIL: Expected 1 Was 2    an assertion; LINE is the failing assertion's
 *   FILE:LINE:NAME:FAIL:message              TEST_FAIL_MESSAGE from 2.7 on (2.6 printed ": message")
 *   FILE:LINE:NAME:IGNORE[: message]
 *   FILE:LINE:NAME:INFO[: message]           TEST_MESSAGE, printed while the test runs
 * Unity adds " (N ms)" to the result line with UNITY_INCLUDE_EXEC_TIME. Inside a failure message
 * the details (user message, Function/Argument details) are joined by ". " up to 2.6 and by
 * UNITY_FAILURE_DETAIL_SEPARATOR (":" by default) from 2.7: the whole text after "FAIL:" is kept as
 * the message, so both read alike. UnityEnd prints a line of dashes, then "N Tests M Failures K
 * Ignored " (with its trailing space), then OK or FAIL (FAILED with UNITY_DIFFERENTIATE_FINAL_FAIL).
 *
 * FILE may hold colons (C:\src\test.c on Windows): it ends at the first ":LINE:" of digits. NAME
 * may hold colons too (a C++ Foo::bar): it ends at the first ":PASS|FAIL|IGNORE|INFO" whose rest is
 * that status's form.
 */
const resultLine = /^(?<file>.+?):(?<line>\d+):(?<name>.+?):(?<status>PASS|FAIL|IGNORE|INFO)(?<rest>(?::.*)?|(?: \(\d+ ms\))?)$/;
const execTime = / \((\d+) ms\)$/;
// Unity's is 23 dashes; any run of three or more is accepted, a lone "-" is not.
const dashes = /^-{3,}\s*$/;
const counts = /^(\d+) Tests (\d+) Failures (\d+) Ignored\s*$/;
const verdict = /^(OK|FAIL|FAILED)\s*$/;

interface UnityLine {
  file: string;
  line: number;
  name: string;
  status: 'PASS' | 'FAIL' | 'IGNORE' | 'INFO';
  /** What followed the status and its ":", without the exec time. */
  text: string | undefined;
  timeMs: number | undefined;
}

function parseResultLine(input: string): UnityLine | undefined {
  const match = resultLine.exec(input);
  const groups = match?.groups;
  if (groups === undefined) return undefined;
  const status = groups.status as UnityLine['status'];
  let rest = groups.rest ?? '';
  // PASS has no message, and INFO is printed mid-test, before Unity measures the time.
  if (rest.startsWith(':') && status === 'PASS') return undefined;
  let timeMs: number | undefined;
  const time = status === 'INFO' ? null : execTime.exec(rest);
  if (time !== null) {
    timeMs = Number.parseInt(time[1] ?? '0', 10);
    rest = rest.slice(0, time.index);
  }
  const text = rest.startsWith(':') ? rest.slice(1).trim() : undefined;
  return { file: groups.file ?? '', line: Number.parseInt(groups.line ?? '0', 10), name: groups.name ?? '', status, text, timeMs };
}

/** Whether the line is a Unity result line: distinctive enough for auto detection. */
export function isUnityLine(line: string): boolean {
  return parseResultLine(line) !== undefined;
}

export class UnityParser implements FrameworkParser {
  readonly framework = 'unity' as const;
  readonly announcesStart = false;
  readonly endsWith = 'run-end' as const;
  /** Where the previous line left the summary: only its exact sequence of lines counts. */
  private summaryStep: 'none' | 'after-dashes' | 'after-counts' = 'none';

  parse(line: string): FrameworkEvent | undefined {
    const step = this.summaryStep;
    this.summaryStep = 'none';
    if (step === 'after-dashes') {
      const summary = counts.exec(line);
      if (summary !== null) {
        this.summaryStep = 'after-counts';
        const [, tests = '0', failed = '0', ignored = '0'] = summary;
        return { kind: 'summary', tests: Number(tests), failed: Number(failed), skipped: Number(ignored) };
      }
    }
    if (step === 'after-counts') {
      const end = verdict.exec(line);
      if (end !== null) return { kind: 'run-end', passed: end[1] === 'OK' };
    }
    if (dashes.test(line)) {
      this.summaryStep = 'after-dashes';
      return { kind: 'note', text: line };
    }
    return this.result(line);
  }

  private result(input: string): FrameworkEvent | undefined {
    const parsed = parseResultLine(input);
    if (parsed === undefined) return undefined;
    const { file, line, name, status, text, timeMs } = parsed;
    if (status === 'INFO') return { kind: 'output', text: text ?? '', name };
    const event: TestResultEvent = {
      kind: 'test-result',
      name,
      status: status === 'PASS' ? 'passed' : status === 'FAIL' ? 'failed' : 'skipped',
      suite: suiteOfFile(file),
      file,
      line,
    };
    if (text !== undefined && text !== '') event.message = text;
    if (timeMs !== undefined) event.timeMs = timeMs;
    return event;
  }
}
