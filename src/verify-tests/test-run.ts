import type { LineConsumer } from '../serial/console-watch.js';
import { KeptOutput } from './kept-output.js';
import type { Pattern } from '../serial/patterns.js';
import { frameworksPrinting, type FrameworkEvent, type FrameworkName, type FrameworkParser, type KnownFramework } from './framework.js';

export type CaseStatus = 'passed' | 'failed' | 'skipped' | 'hung' | 'crashed';

/** One test as the run saw it. */
export interface TestCase {
  suite: string;
  name: string;
  status: CaseStatus;
  file?: string;
  line?: number;
  message?: string;
  timeMs?: number;
  /** The lines the test printed (and its framework's INFO lines), for its JUnit system-out; bounded (KeptOutput). */
  output: string[];
}

/** How a run ended, as decided from the console (the whole run's timeout and a lost port are the watch's). */
export interface RunDecision {
  result: 'pass' | 'fail' | 'hung' | 'crashed' | 'incomplete';
  /** Why, in a sentence; empty for a pass. */
  reason: string;
}

export interface TestRunOptions {
  /** A parser for the framework asked for, or undefined for auto (the first distinctive line decides). */
  parser: FrameworkParser | undefined;
  /** Makes the parser of a framework auto detection found. */
  create: (framework: KnownFramework) => FrameworkParser;
  /** Told which framework auto detection settled on. */
  onRecognised?: (framework: KnownFramework) => void;
  testTimeoutMs: number;
  /** Lines that mean the firmware crashed (the built-in crash patterns and fail-on). */
  crashPatterns: readonly Pattern[];
}

/**
 * Reads a test framework's run from console lines: results become test cases, a failure's
 * assertion lines are kept for it, lines between results are the output of the test that printed
 * them. The run is decided only by the framework's real end (its anchored summary, or the line
 * after it), whose counts are checked against the results seen; or by a test that runs past
 * `testTimeoutMs` (hung), a crash pattern, or the framework starting over (a reboot: crashed).
 */
export class TestRun implements LineConsumer<RunDecision> {
  readonly wholeLines = true;
  readonly cases: TestCase[] = [];
  /** Tests the framework said it would run (AUnit's runner), for the count of those not run. */
  expected: number | undefined;
  summary: Extract<FrameworkEvent, { kind: 'summary' }> | undefined;
  private parser: FrameworkParser | undefined;
  /** Auto detection's choice is not yet settled (see recognise). */
  private provisional = false;
  private readonly options: TestRunOptions;
  private started = false;
  private running: { name: string; suite?: string | undefined; atMs: number } | undefined;
  private lastEventMs = 0;
  private pendingOutput = new KeptOutput();
  private pendingAssertions: Extract<FrameworkEvent, { kind: 'assertion' }>[] = [];
  private currentSuite = '';

  constructor(options: TestRunOptions) {
    this.options = options;
    this.parser = options.parser;
  }

  get framework(): FrameworkName | undefined {
    return this.parser?.framework;
  }

  count(status: CaseStatus): number {
    return this.cases.filter((entry) => entry.status === status).length;
  }

  feed(line: string, atMs: number, offset: number): { decision: RunDecision | undefined; consumed: number } {
    const text = line.slice(offset);
    const consumed = line.length;
    const crash = this.options.crashPatterns.find((pattern) => pattern.regex.test(text));
    if (crash !== undefined) return { decision: this.crashed(`"${text}" matched ${crash.source}`, atMs), consumed };
    this.recognise(text);
    const event = this.parser?.parse(text);
    if (event === undefined) {
      // Blank lines around a framework's own lines are layout, not what the test printed.
      if (text.trim() !== '') this.pendingOutput.push(text);
      return { decision: undefined, consumed };
    }
    this.lastEventMs = atMs;
    return { decision: this.take(event, atMs), consumed };
  }

  /**
   * framework: auto. A line only one framework prints settles it; "Test NAME passed." (AUnit and
   * ArduinoUnit both print it) is read as ArduinoUnit's until a line of AUnit's own comes — both
   * parsers make the same event of it, so nothing is lost by the provisional choice.
   */
  private recognise(line: string): void {
    if (this.parser !== undefined && !this.provisional) return;
    const frameworks = frameworksPrinting(line);
    const only = frameworks.length === 1 ? frameworks[0] : undefined;
    if (only !== undefined) {
      if (only !== this.parser?.framework) this.parser = this.options.create(only);
      this.provisional = false;
      this.options.onRecognised?.(only);
    } else if (this.parser === undefined && frameworks.includes('arduinounit')) {
      this.parser = this.options.create('arduinounit');
      this.provisional = true;
    }
  }

  deadlineMs(): number {
    return this.lastEventMs + this.options.testTimeoutMs;
  }

  expire(atMs: number): RunDecision {
    const limit = `${String(Math.round(this.options.testTimeoutMs / 1000))} s`;
    const running = this.running;
    if (running !== undefined) {
      this.record({ name: running.name, suite: running.suite, status: 'hung', message: `did not finish within ${limit}` }, atMs);
      return { result: 'hung', reason: `test ${running.name} did not finish within ${limit} (test-timeout)${this.notRun()}` };
    }
    const last = this.cases.at(-1);
    const after = last === undefined ? 'before the first result' : `after ${last.name}`;
    // Unity and ArduinoUnit announce no start: the hung test is the one after the last result.
    this.record({ name: `(the test ${after})`, status: 'hung', message: `no result within ${limit}` }, atMs);
    return { result: 'hung', reason: `no test result within ${limit} ${after} (test-timeout)${this.notRun()}` };
  }

  private take(event: FrameworkEvent, atMs: number): RunDecision | undefined {
    switch (event.kind) {
      case 'run-start':
        if (this.started) return this.crashed('the test run started again: the board restarted', atMs);
        this.started = true;
        this.expected = event.expected;
        // What came before the run (the firmware's banner) is no test's output.
        this.pendingOutput = new KeptOutput();
        return undefined;
      case 'suite-start':
        if (event.runStart === true) {
          this.started = true;
          this.pendingOutput = new KeptOutput();
        }
        this.currentSuite = event.suite;
        return undefined;
      case 'test-start':
        this.running = { name: event.name, suite: event.suite ?? this.currentSuite, atMs };
        this.pendingOutput = new KeptOutput();
        return undefined;
      case 'assertion':
        this.pendingAssertions.push(event);
        return undefined;
      case 'output':
        this.pendingOutput.push(event.text);
        return undefined;
      case 'note':
        return undefined;
      case 'test-result': {
        // Unity and ArduinoUnit print no start of a run: a result for a test already reported is
        // the run starting over, the board having restarted during the test after the last result.
        const suite = event.suite ?? this.currentSuite;
        if (this.cases.some((seen) => seen.name === event.name && seen.suite === suite)) {
          return this.crashed(`${event.name} reported a second time: the test run started again, the board restarted`, atMs);
        }
        const assertion = this.pendingAssertions[0];
        const status: CaseStatus = event.status === 'timed-out' ? 'hung' : event.status;
        const message = [event.message, ...this.pendingAssertions.map((entry) => entry.message)].filter(Boolean).join('; ');
        this.record(
          {
            name: event.name,
            suite: event.suite,
            status,
            file: event.file ?? assertion?.file,
            line: event.line ?? assertion?.line,
            message: message === '' ? undefined : message,
            timeMs: event.timeMs ?? (this.running?.name === event.name ? atMs - this.running.atMs : undefined),
          },
          atMs,
        );
        return undefined;
      }
      case 'suite-end':
        return undefined;
      case 'summary': {
        // ztest prints one per suite: the run's counts are their sum.
        const before = event.suite === undefined ? undefined : this.summary;
        this.summary = {
          kind: 'summary',
          tests: event.tests + (before?.tests ?? 0),
          failed: event.failed + (before?.failed ?? 0),
          skipped: event.skipped + (before?.skipped ?? 0),
          timedOut: (event.timedOut ?? 0) + (before?.timedOut ?? 0),
        };
        return this.parser?.endsWith === 'summary' ? this.finished(undefined) : undefined;
      }
      case 'run-end':
        return this.finished(event.passed);
    }
  }

  private record(
    entry: Omit<TestCase, 'output' | 'suite' | 'file' | 'line' | 'message' | 'timeMs'> & {
      suite?: string | undefined;
      file?: string | undefined;
      line?: number | undefined;
      message?: string | undefined;
      timeMs?: number | undefined;
    },
    atMs: number,
  ): void {
    const testCase: TestCase = {
      suite: entry.suite ?? this.currentSuite,
      name: entry.name,
      status: entry.status,
      output: this.pendingOutput.lines(),
    };
    if (entry.file !== undefined) testCase.file = entry.file;
    if (entry.line !== undefined) testCase.line = entry.line;
    if (entry.message !== undefined) testCase.message = entry.message;
    if (entry.timeMs !== undefined) testCase.timeMs = entry.timeMs;
    this.cases.push(testCase);
    this.pendingOutput = new KeptOutput();
    this.pendingAssertions = [];
    this.running = undefined;
    this.lastEventMs = atMs;
  }

  private crashed(what: string, atMs: number): RunDecision {
    const victim = this.running?.name ?? (this.cases.length === 0 ? 'the first test' : `the test after ${this.cases.at(-1)?.name ?? ''}`);
    this.record({ name: this.running?.name ?? `(${victim})`, suite: this.running?.suite, status: 'crashed', message: what }, atMs);
    return { result: 'crashed', reason: `${victim} crashed: ${what}${this.notRun()}` };
  }

  /** The run's end: the summary's counts against the results seen, then the verdict. */
  private finished(passed: boolean | undefined): RunDecision {
    const summary = this.summary;
    if (summary !== undefined) {
      const seen = { tests: this.cases.length, failed: this.count('failed') + this.count('hung'), skipped: this.count('skipped') };
      const summed = { tests: summary.tests, failed: summary.failed + (summary.timedOut ?? 0), skipped: summary.skipped };
      if (seen.tests !== summed.tests || seen.failed !== summed.failed || seen.skipped !== summed.skipped) {
        const missing = summed.tests - seen.tests;
        const said = `the summary counts ${String(summed.tests)} tests (${String(summed.failed)} failed, ${String(summed.skipped)} skipped), the console showed ${String(seen.tests)} results (${String(seen.failed)} failed, ${String(seen.skipped)} skipped)`;
        return {
          result: 'incomplete',
          reason: `${said}: ${missing > 0 ? `${String(missing)} results are missing (lines lost on the way)` : 'a line was read as a result that was none, or a result was printed twice'}`,
        };
      }
    }
    const failed = this.count('failed') + this.count('hung');
    if (failed > 0) return { result: 'fail', reason: `${String(failed)} of ${String(this.cases.length)} tests failed` };
    if (passed === false) return { result: 'fail', reason: 'the framework reported the run failed' };
    return { result: 'pass', reason: '' };
  }

  private notRun(): string {
    if (this.expected === undefined) return '';
    const left = this.expected - this.cases.length;
    return left > 0 ? `; ${String(left)} of ${String(this.expected)} tests did not run` : '';
  }
}
