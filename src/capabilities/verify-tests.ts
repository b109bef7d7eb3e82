import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderVerifyTestsSummary } from '../report/verify-tests-summary.js';
import { writeOut } from '../files/write-out.js';
import { readConsole } from '../serial/console-session.js';
import type { WatchOutcome } from '../serial/console-watch.js';
import { failOnPatterns } from '../serial/crash-patterns.js';
import { portInputs } from '../serial/port-inputs.js';
import { portLostHint, portWentAway } from '../serial/port-loss.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import { findSource } from '../verify-tests/find-source.js';
import { createParser, type FrameworkParser } from '../verify-tests/framework.js';
import { renderTestsJUnit, where } from '../verify-tests/junit-report.js';
import { createRegexParser } from '../verify-tests/regex-framework.js';
import { TestRun, type RunDecision, type TestCase } from '../verify-tests/test-run.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const verifyTestsSpec = defineCapability({
  name: 'verify-tests',
  title: 'Boardline: verify on-target unit tests',
  description:
    "Reset the board and read its own unit tests' run from the console (Unity, AUnit, ArduinoUnit, Zephyr's ztest or your patterns): one JUnit test case per test, hung and crashed tests named.",
  action: { icon: 'check-square', color: 'green' },
  inputs: {
    ...portInputs,
    framework: {
      kind: 'choice',
      choices: ['auto', 'unity', 'aunit', 'arduinounit', 'ztest', 'regex'],
      default: 'auto',
      description:
        'The test framework the firmware prints: auto recognises Unity, AUnit, ArduinoUnit and ztest from their lines; regex takes result-pattern and end-pattern.',
    },
    'result-pattern': {
      kind: 'string',
      description:
        'framework regex: a /regex/ for a result line, with named groups name and status (pass, fail, skip, timeout) and optionally file, line, message, suite, time (ms).',
    },
    'end-pattern': {
      kind: 'string',
      description:
        'framework regex: a /regex/ for the end of the run, optionally with named groups tests, failed and skipped (checked against the results seen).',
    },
    'start-pattern': {
      kind: 'string',
      description: 'framework regex: a /regex/ for a test starting, with a named group name (so a hung test is named).',
    },
    'test-timeout': {
      kind: 'duration',
      default: '60s',
      description: 'How long one test may run (from the result before it) before it fails as hung.',
    },
    timeout: { kind: 'duration', default: '10m', description: 'Wall-clock deadline for the whole run.' },
    'fail-on': {
      kind: 'list',
      split: 'lines',
      description:
        'Extra patterns that mean a crash, one per line, added to the built-in crash patterns: the running test fails as crashed.',
    },
    'crash-patterns': {
      kind: 'boolean',
      default: 'true',
      description: 'Treat the built-in crash patterns (ESP8266/ESP32 exceptions, Guru Meditation, stack dumps, abort()) as a crash.',
    },
    'source-dir': {
      kind: 'path',
      default: '.',
      description: "Where the tests' source files are searched by name, for annotations at a failure's FILE:LINE.",
    },
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Console baud rate.' },
    encoding: {
      kind: 'choice',
      choices: ['utf8', 'latin1'],
      default: 'utf8',
      description: 'How console bytes become text; invalid UTF-8 (noise at a wrong baud rate) becomes U+FFFD.',
    },
    'strip-ansi': { kind: 'boolean', default: 'true', description: 'Remove ANSI colour and cursor sequences before reading lines.' },
    junit: { kind: 'path', description: 'Write the JUnit XML report to this path; by default beside the transcript.' },
    transcript: { kind: 'path', description: 'Write the console transcript to this path; by default under the runner temp directory.' },
  },
  outputs: {
    result: 'pass, fail, hung, crashed, incomplete, timeout, port-lost or cancelled.',
    tests: 'How many test results were seen.',
    passed: 'How many passed.',
    failed: 'How many failed (hung and crashed included).',
    skipped: 'How many were skipped or ignored.',
    junit: 'Path of the JUnit XML report.',
    transcript: 'Path of the console transcript.',
  },
});

export type VerifyTestsOptions = InputValues<typeof verifyTestsSpec.inputs>;

function parserFor(options: VerifyTestsOptions): FrameworkParser | undefined {
  if (options.framework === 'auto') return undefined;
  if (options.framework !== 'regex') {
    for (const input of ['result-pattern', 'end-pattern', 'start-pattern'] as const) {
      if (options[input] !== undefined)
        throw new BoardlineError('usage', `Input "${input}" is for framework regex, and framework is ${options.framework}`, {
          hint: 'Fix: set framework to regex, or drop the pattern',
        });
    }
    return createParser(options.framework);
  }
  if (options['result-pattern'] === undefined || options['end-pattern'] === undefined) {
    const missing = options['result-pattern'] === undefined ? 'result-pattern' : 'end-pattern';
    throw new BoardlineError('usage', `Input "${missing}" is required with framework regex`, {
      hint: 'Fix: give result-pattern (named groups name and status) and end-pattern (the line that ends the run)',
    });
  }
  return createRegexParser(
    {
      result: options['result-pattern'],
      end: options['end-pattern'],
      ...(options['start-pattern'] === undefined ? {} : { start: options['start-pattern'] }),
    },
    { result: 'result-pattern', end: 'end-pattern', start: 'start-pattern' },
  );
}

/** A virtual ESP runs no code: there is no test run to read. */
function refuseVirtualEsp(resolved: ResolvedPort): void {
  const board = resolved.virtual?.board;
  if (board === 'esp8266' || board === 'esp32') {
    throw new BoardlineError(
      'usage',
      `Input "port": ${resolved.requested} is a virtual ${board}, which runs no firmware, so it prints no tests`,
      {
        hint: 'Fix: run the tests on a virtual AVR board (uno, nano, duemilanove) or on a real ESP',
      },
    );
  }
}

/** The verdict of a run: the framework's, or how the console gave out before it. */
function verdictOf(
  outcome: WatchOutcome<RunDecision>,
  port: string,
  timeoutMs: number,
): RunDecision | { result: 'timeout' | 'port-lost' | 'cancelled'; reason: string } {
  switch (outcome.status) {
    case 'decided':
      return outcome.decision;
    case 'timeout':
      return { result: 'timeout', reason: `the run did not end within ${formatDuration(timeoutMs)} (timeout)` };
    case 'port-lost':
      return { result: 'port-lost', reason: `${port} went away: ${outcome.reason}` };
    case 'cancelled':
      return { result: 'cancelled', reason: `cancelled after ${formatDuration(outcome.elapsedMs)}` };
  }
}

async function annotate(cases: readonly TestCase[], sourceDir: string, io: Io): Promise<void> {
  for (const testCase of cases.filter((entry) => ['failed', 'hung', 'crashed'].includes(entry.status))) {
    const message = `${testCase.suite} ${testCase.name}: ${testCase.message ?? testCase.status}`.trim();
    const file = testCase.file === undefined ? undefined : await findSource(sourceDir, testCase.file, process.cwd());
    if (file === undefined) io.error(message);
    else io.error(message, { file, ...(testCase.line === undefined ? {} : { line: testCase.line }) });
  }
}

export async function verifyTests(options: VerifyTestsOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const parser = parserFor(options);
  const crashPatterns = failOnPatterns(options);
  const run = new TestRun({
    parser,
    create: createParser,
    onRecognised: (framework) => io.info(`Recognised ${framework}'s test output`),
    testTimeoutMs: options['test-timeout'],
    crashPatterns,
  });
  const session = await readConsole(options, run, 'verify-tests', io, context, refuseVirtualEsp);
  const { outcome, resolved, transcript, transcriptPath } = session;
  const verdict = verdictOf(outcome, resolved.path, options.timeout);
  const junitPath = options.junit ?? transcriptPath.replace(/\.log$/, '') + '.xml';
  await writeOut(junitPath, renderTestsJUnit(run.cases, verdict, outcome.elapsedMs));
  const failed = run.count('failed') + run.count('hung') + run.count('crashed');
  const outputs = {
    result: verdict.result,
    tests: run.cases.length,
    passed: run.count('passed'),
    failed,
    skipped: run.count('skipped'),
    junit: junitPath,
    transcript: transcriptPath,
  };
  const summary = renderVerifyTestsSummary({
    port: resolved.path,
    framework: run.framework ?? options.framework,
    result: verdict.result,
    reason: verdict.reason,
    cases: run.cases,
    elapsedMs: outcome.elapsedMs,
    transcriptPath,
    lastLines: transcript.lastLines(15),
  });
  await annotate(run.cases, options['source-dir'], io);
  const counts = `${String(run.cases.length)} tests: ${String(outputs.passed)} passed, ${String(failed)} failed, ${String(outputs.skipped)} skipped`;
  if (verdict.result !== 'pass') {
    const kind = verdict.result === 'timeout' ? 'timeout' : verdict.result === 'port-lost' ? 'port' : 'failed';
    const first = run.cases.find((entry) => ['failed', 'hung', 'crashed'].includes(entry.status));
    const at =
      first === undefined
        ? ''
        : ` (first: ${first.name}${where(first) === '' ? '' : ` at ${where(first)}`}: ${first.message ?? first.status})`;
    const error =
      verdict.result === 'port-lost'
        ? portWentAway(resolved.path, `${verdict.reason}, after ${formatDuration(outcome.elapsedMs)}`, portLostHint(resolved))
        : new BoardlineError(kind, `Tests on ${resolved.path}: ${verdict.result} — ${verdict.reason}; ${counts}${at}`);
    throw new BoardlineError(error.kind, error.message, {
      hint:
        error.hint ??
        (verdict.result === 'incomplete'
          ? 'Fix: lines were lost between the board and this machine (a baud rate the line cannot carry, a noisy cable, a board that prints while resetting); the transcript shows what arrived'
          : 'Fix: the failing tests are listed in the summary and the JUnit report; the transcript has the whole run'),
      details: `Last lines seen on ${resolved.path}:\n${transcript.lastLines(10).join('\n') || '(nothing)'}\nTranscript: ${transcriptPath}`,
      result: { outputs, summary, text: '' },
    });
  }
  return { outputs, summary, text: `Tests passed on ${resolved.path} in ${formatDuration(outcome.elapsedMs)}: ${counts}` };
}
