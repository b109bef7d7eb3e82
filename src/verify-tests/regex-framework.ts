import { BoardlineError } from '../errors.js';
import type { FrameworkEvent, FrameworkParser, ResultStatus, TestResultEvent } from './framework.js';

export interface RegexFrameworkPatterns {
  /** A test's result line: named groups `name` and `status` (required), `file`, `line`, `message`, `suite`, `time` (ms). */
  result: string;
  /** The end of the run; named groups `tests` and `failed` (together), `skipped`, `status` are optional. */
  end: string;
  /** A test's start line, with the named group `name`. */
  start?: string;
}

/*
 * Status words, read case-insensitively. A word outside this list is read as a failure, with the
 * word kept in the message: a status the job did not foresee must never count as a pass, and
 * failing the run shows the user the word to add or to match differently.
 */
const statusWords: Readonly<Record<string, ResultStatus>> = {
  pass: 'passed',
  passed: 'passed',
  ok: 'passed',
  fail: 'failed',
  failed: 'failed',
  error: 'failed',
  skip: 'skipped',
  skipped: 'skipped',
  ignore: 'skipped',
  ignored: 'skipped',
  timeout: 'timed-out',
  'timed out': 'timed-out',
};

const regexLiteral = /^\/(.*)\/([dgimsuvy]*)$/s;

/**
 * The `regex` framework: the job's own patterns for output no built-in parser reads. A pattern is
 * written as `/body/flags` or as the bare body; either way it is a regular expression, since only
 * its named groups carry a result.
 */
export function createRegexParser(
  patterns: RegexFrameworkPatterns,
  inputNames: string | Readonly<Record<'result' | 'end' | 'start', string>> = 'patterns',
): FrameworkParser {
  // Each pattern's errors name the input it came from (verify-tests' result-pattern, end-pattern, start-pattern).
  const input = (role: 'result' | 'end' | 'start'): string => (typeof inputNames === 'string' ? inputNames : inputNames[role]);
  const result = compile(patterns.result, 'result', input('result'));
  requireGroups(result, ['name', 'status'], 'result', input('result'));
  const end = compile(patterns.end, 'end', input('end'));
  const endGroups = groupNames(end.regex);
  const hasCounts = ['tests', 'failed', 'skipped'].some((group) => endGroups.has(group));
  if (hasCounts) requireGroups(end, ['tests', 'failed'], 'end', input('end'), 'it names a count, so it needs both');
  let start: Compiled | undefined;
  if (patterns.start !== undefined && patterns.start !== '') {
    start = compile(patterns.start, 'start', input('start'));
    requireGroups(start, ['name'], 'start', input('start'));
  }
  return new RegexParser(result.regex, end.regex, start?.regex, hasCounts);
}

interface Compiled {
  source: string;
  regex: RegExp;
}

function compile(source: string, role: string, input: string): Compiled {
  const literal = regexLiteral.exec(source);
  const body = literal === null ? source : (literal[1] ?? '');
  // 'g' and 'y' would make matching stateful between lines; matching is per line, so drop them.
  const flags = literal === null ? '' : (literal[2] ?? '').replace(/[gy]/g, '');
  if (body === '') {
    throw new BoardlineError('usage', `Input "${input}" has an empty ${role} pattern`, {
      hint: `Fix: give the ${role} pattern as a regular expression, e.g. ${example(role)}`,
    });
  }
  try {
    return { source, regex: new RegExp(body, flags) };
  } catch (error) {
    throw new BoardlineError('usage', `Input "${input}" has an invalid ${role} pattern ${source}: ${(error as Error).message}`, {
      hint: `Fix: correct the regular expression, e.g. ${example(role)}`,
    });
  }
}

function example(role: string): string {
  if (role === 'result') return '/^(?<name>\\w+): (?<status>PASS|FAIL)$/';
  if (role === 'end') return '/^(?<tests>\\d+) tests, (?<failed>\\d+) failed$/';
  return '/^RUN (?<name>\\w+)$/';
}

/** The named groups a regular expression has, whether or not a line fills them. */
function groupNames(regex: RegExp): Set<string> {
  // An empty alternative lets any expression match the empty string, which lists every group.
  const groups = new RegExp(`(?:${regex.source})|`, regex.flags).exec('')?.groups ?? {};
  return new Set(Object.keys(groups));
}

function requireGroups(compiled: Compiled, required: readonly string[], role: string, input: string, why?: string): void {
  const names = groupNames(compiled.regex);
  const missing = required.filter((group) => !names.has(group));
  if (missing.length === 0) return;
  const list = missing.map((group) => `"${group}"`).join(' and ');
  const reason = why === undefined ? '' : ` (${why})`;
  throw new BoardlineError(
    'usage',
    `Input "${input}" has ${role === 'end' ? 'an' : 'a'} ${role} pattern ${compiled.source} without the named group${missing.length > 1 ? 's' : ''} ${list}${reason}`,
    { hint: `Fix: name the group${missing.length > 1 ? 's' : ''} with (?<${missing[0] ?? ''}>…), e.g. ${example(role)}` },
  );
}

function integer(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+\s*$/.test(text)) return undefined;
  return Number.parseInt(text, 10);
}

function milliseconds(text: string | undefined): number | undefined {
  if (text === undefined || !/^\s*\d+(?:\.\d+)?\s*$/.test(text)) return undefined;
  return Number.parseFloat(text);
}

function readStatus(word: string): ResultStatus | undefined {
  return statusWords[
    word
      .trim()
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
  ];
}

class RegexParser implements FrameworkParser {
  readonly framework = 'regex' as const;
  readonly announcesStart: boolean;
  readonly endsWith: 'summary' | 'run-end';

  constructor(
    private readonly result: RegExp,
    private readonly end: RegExp,
    private readonly start: RegExp | undefined,
    private readonly endHasCounts: boolean,
  ) {
    this.announcesStart = start !== undefined;
    this.endsWith = endHasCounts ? 'summary' : 'run-end';
  }

  parse(line: string): FrameworkEvent | undefined {
    const result = this.result.exec(line);
    if (result?.groups !== undefined) return this.resultEvent(result.groups);
    const end = this.end.exec(line);
    if (end !== null) return this.endEvent(end.groups ?? {});
    const start = this.start?.exec(line);
    if (start?.groups?.name !== undefined) return { kind: 'test-start', name: start.groups.name };
    return undefined;
  }

  private resultEvent(groups: Record<string, string | undefined>): FrameworkEvent | undefined {
    const { name, status: word, file, line, message, suite, time } = groups;
    if (name === undefined || word === undefined) return undefined;
    const status = readStatus(word);
    const event: TestResultEvent = { kind: 'test-result', name, status: status ?? 'failed' };
    const text = status === undefined ? `unknown status "${word}"${message === undefined ? '' : `: ${message}`}` : message;
    if (text !== undefined && text !== '') event.message = text;
    if (file !== undefined && file !== '') event.file = file;
    const lineNumber = integer(line);
    if (lineNumber !== undefined) event.line = lineNumber;
    if (suite !== undefined && suite !== '') event.suite = suite;
    const timeMs = milliseconds(time);
    if (timeMs !== undefined) event.timeMs = timeMs;
    return event;
  }

  private endEvent(groups: Record<string, string | undefined>): FrameworkEvent {
    if (this.endHasCounts) {
      const tests = integer(groups.tests);
      const failed = integer(groups.failed);
      // A summary whose counts did not take part in this match still ends the run, but counts nothing.
      if (tests !== undefined && failed !== undefined) {
        return { kind: 'summary', tests, failed, skipped: integer(groups.skipped) ?? 0 };
      }
    }
    const word = groups.status;
    // Without a status group the end line reports nothing against the run: the cases decide.
    return { kind: 'run-end', passed: word === undefined || readStatus(word) === 'passed' };
  }
}
