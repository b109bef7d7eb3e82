import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderJUnit } from '../report/junit.js';
import { renderVerifyBannerSummary } from '../report/verify-banner-summary.js';
import type { ConsoleOutcome } from '../serial/console-expect.js';
import { writeOut } from '../files/write-out.js';
import type { ExpectProgress } from '../serial/expect-matcher.js';
import { failOnPatterns } from '../serial/crash-patterns.js';
import { compilePatterns, type Pattern } from '../serial/patterns.js';
import { portInputs } from '../serial/port-inputs.js';
import { runSteps, type ScenarioOutcome } from '../scenario/run-steps.js';
import { openTarget } from '../scenario/scenario-target.js';
import type { Scenario } from '../scenario/steps.js';
import { portLostHint, portWentAway } from '../serial/port-loss.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
import type { Transcript } from '../serial/transcript.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const verifyBannerSpec = defineCapability({
  name: 'verify-banner',
  title: 'Boardline: verify banner',
  description: 'Open the serial console, reset the board, and pass when the expected banner appears; fail on crash output or silence.',
  action: { icon: 'check-circle', color: 'green' },
  inputs: {
    ...portInputs,
    expect: {
      kind: 'list',
      split: 'lines',
      required: true,
      description: 'Patterns that must appear, in order; one per line. /regex/flags or literal text; named groups become outputs.',
    },
    'fail-on': {
      kind: 'list',
      split: 'lines',
      description: 'Extra patterns that fail at once, one per line, added to the built-in crash patterns.',
    },
    'crash-patterns': {
      kind: 'boolean',
      default: 'true',
      description: 'Also fail on the built-in crash patterns (ESP8266/ESP32 exceptions, Guru Meditation, stack dumps, abort()).',
    },
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Console baud rate.' },
    timeout: { kind: 'duration', default: '30s', description: 'Wall-clock deadline for all patterns to appear.' },
    encoding: {
      kind: 'choice',
      choices: ['utf8', 'latin1'],
      default: 'utf8',
      description: 'How console bytes become text; invalid UTF-8 (noise at a wrong baud rate) becomes U+FFFD.',
    },
    'strip-ansi': { kind: 'boolean', default: 'true', description: 'Remove ANSI colour and cursor sequences before matching.' },
    junit: { kind: 'path', description: 'Write a JUnit XML report to this path.' },
    transcript: { kind: 'path', description: 'Write the console transcript to this path; by default under the runner temp directory.' },
  },
  outputs: {
    result: 'pass, fail-pattern, timeout, port-lost or cancelled.',
    matched: 'The line that matched the last expected pattern.',
    groups: 'JSON object of the named capture groups.',
    'elapsed-ms': 'Milliseconds from reset to the last match (or to the failure).',
    transcript: 'Path of the console transcript, written on success and failure.',
  },
});

export type VerifyBannerOptions = InputValues<typeof verifyBannerSpec.inputs>;

function failure(
  outcome: Exclude<ConsoleOutcome, { status: 'pass' }>,
  expect: readonly Pattern[],
  resolved: ResolvedPort,
  timeoutMs: number,
): BoardlineError {
  const port = resolved.path;
  const after = formatDuration(outcome.elapsedMs);
  const waitingFor = expect[outcome.progress.matchedCount];
  const position = `expected pattern ${outcome.progress.matchedCount + 1} of ${expect.length}`;
  switch (outcome.status) {
    case 'fail-pattern':
      return new BoardlineError(
        'failed',
        `Crash output on ${port} after ${after}: "${outcome.line}" matched fail-on ${outcome.pattern.source}`,
        {
          hint: 'Fix: the firmware crashed or reported a failure; the transcript has the lines before it',
        },
      );
    case 'timeout':
      return new BoardlineError(
        'timeout',
        `Timed out after ${formatDuration(timeoutMs)} on ${port} waiting for ${position}: ${waitingFor?.source ?? ''}`,
        {
          hint: 'Fix: check that the firmware prints it, that baud matches its Serial.begin(), and that the board was reset; the last lines seen are below',
        },
      );
    case 'port-lost':
      return portWentAway(port, `${outcome.reason}, after ${after} while waiting for ${position}`, portLostHint(resolved));
    case 'cancelled':
      return new BoardlineError('failed', `Cancelled after ${after} while waiting for ${position} on ${port}`);
  }
}

/** verify-banner's patterns as a scenario: one expect step each, in order, the crash patterns failing any. */
function bannerScenario(expect: readonly Pattern[]): Scenario {
  return {
    name: 'verify-banner',
    source: 'input "expect"',
    steps: expect.map((pattern, index) => ({
      kind: 'expect',
      pattern: pattern.source,
      where: `input "expect" line ${index + 1}`,
      line: index + 1,
      name: `expect ${index + 1}: ${pattern.source}`,
    })),
  };
}

/** The engine's run, said as verify-banner has always said it: how far the expected sequence came, and how it ended. */
function bannerOutcome(run: ScenarioOutcome): ConsoleOutcome {
  const matches: ExpectProgress['matches'] = [];
  for (const step of run.steps) {
    if (step.status === 'pass') matches.push(step.detail as { line: string; atMs: number });
  }
  const progress: ExpectProgress = { matchedCount: matches.length, matches, groups: run.variables };
  const elapsedMs = run.failed === undefined ? (matches[matches.length - 1]?.atMs ?? run.elapsedMs) : run.elapsedMs;
  const detail = run.failed?.detail as { pattern?: Pattern; line?: string; reason?: string } | undefined;
  switch (run.status) {
    case 'pass':
      return { status: 'pass', progress, elapsedMs };
    case 'fail-pattern':
      return { status: 'fail-pattern', progress, elapsedMs, pattern: detail?.pattern as Pattern, line: detail?.line ?? '' };
    case 'port-lost':
      return { status: 'port-lost', progress, elapsedMs, reason: detail?.reason ?? run.failed?.message ?? '' };
    case 'cancelled':
      return { status: 'cancelled', progress, elapsedMs };
    default:
      return { status: 'timeout', progress, elapsedMs };
  }
}

export async function verifyBanner(options: VerifyBannerOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const expect = compilePatterns(options.expect, 'expect');
  const failOn = failOnPatterns(options);
  const scenario = bannerScenario(expect);
  const opened = await openTarget(scenario, options, 'verify-banner', io, context);
  let run: ScenarioOutcome;
  try {
    run = await runSteps(scenario, opened.target, {
      timeoutMs: options.timeout,
      resetFirst: options.reset !== 'none',
      failOn,
      fillVariables: false,
      filesDir: context.tempDir,
      stamp: `verify-banner-${Date.now()}`,
      io,
    });
  } finally {
    await opened.close();
  }
  const console = opened.target.console;
  if (console === undefined) throw new Error('verify-banner runs with its console open');
  const { resolved, transcript, transcriptPath } = console;
  const outcome = bannerOutcome(run);

  const summary = renderVerifyBannerSummary({ port: resolved.path, expect, outcome, transcript, transcriptPath });
  if (options.junit !== undefined) {
    await writeOut(options.junit, renderJUnit(junitSuite(expect, outcome, resolved, transcript)));
  }
  const matches = outcome.progress.matches;
  const outputs = {
    result: outcome.status,
    matched: matches[matches.length - 1]?.line ?? '',
    groups: outcome.progress.groups,
    'elapsed-ms': outcome.elapsedMs,
    transcript: transcriptPath,
  };
  if (outcome.status !== 'pass') {
    const error = failure(outcome, expect, resolved, options.timeout);
    throw new BoardlineError(error.kind, error.message, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      details: `Last lines seen on ${resolved.path}:\n${transcript.lastLines(10).join('\n') || '(nothing)'}\nTranscript: ${transcriptPath}`,
      result: { outputs, summary, text: '' },
    });
  }
  return {
    outputs,
    summary,
    text: `Banner verified on ${resolved.path} in ${formatDuration(outcome.elapsedMs)}: ${outputs.matched}`,
  };
}

function junitSuite(
  expect: readonly Pattern[],
  outcome: ConsoleOutcome,
  resolved: ResolvedPort,
  transcript: Transcript,
): Parameters<typeof renderJUnit>[0] {
  const port = resolved.path;
  const matches = outcome.progress.matches;
  return {
    name: 'verify-banner',
    timeSeconds: outcome.elapsedMs / 1000,
    systemOut: transcript.render(),
    cases: expect.map((pattern, index) => {
      const match = matches[index];
      const previous = index === 0 ? 0 : (matches[index - 1]?.atMs ?? 0);
      const base = { name: `expect ${index + 1}: ${pattern.source}`, classname: `verify-banner.${port}` };
      if (match !== undefined) return { ...base, timeSeconds: (match.atMs - previous) / 1000 };
      if (index > matches.length) return { ...base, timeSeconds: 0, skipped: 'an earlier expected pattern did not appear' };
      const error = outcome.status === 'pass' ? undefined : failure(outcome, expect, resolved, outcome.elapsedMs);
      return {
        ...base,
        timeSeconds: (outcome.elapsedMs - previous) / 1000,
        failure: { message: error?.message ?? '', type: outcome.status, text: transcript.lastLines(20).join('\n') },
      };
    }),
  };
}
