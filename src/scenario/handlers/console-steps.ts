import type { LineConsumer, WatchOutcome } from '../../serial/console-feed.js';
import { ExpectMatcher, type MatchDecision } from '../../serial/expect-matcher.js';
import { compilePattern, type Pattern } from '../../serial/patterns.js';
import { writeWithDeadline } from '../../serial/port-write.js';
import type { Transcript } from '../../serial/transcript.js';
import { formatDuration } from '../../spec/duration.js';
import { remainingMs, type StepContext, type StepHandler, type StepReport } from '../step-context.js';
import type { ExpectNotStep, ExpectStep, SendStep } from '../steps.js';
import { isRegexPattern } from '../variables.js';

function consoleOf(context: StepContext, where: string): NonNullable<StepContext['target']['console']> {
  const console = context.target.console;
  if (console === undefined) throw new Error(`${where}: the scenario runner opened no console for a console step`);
  return console;
}

/** The pattern a step names, with the variables captured so far filled in. */
function stepPattern(source: string, step: { where: string }, context: StepContext): Pattern {
  return compilePattern(context.fill(source, step.where, isRegexPattern(source)), step.where);
}

function lastLine(transcript: Transcript): string {
  const last = transcript.lastLines(1)[0];
  return last === undefined ? 'nothing was printed' : `the last line was "${last}"`;
}

/** A watch that did not decide, as a step report. */
function consoleGaveOut(
  outcome: Exclude<WatchOutcome<unknown>, { status: 'decided' }>,
  waitingFor: string,
  timedOut: string,
  transcript: Transcript,
): StepReport {
  switch (outcome.status) {
    case 'timeout':
      return { status: 'timeout', message: `${timedOut}; ${lastLine(transcript)}` };
    case 'port-lost':
      return {
        status: 'port-lost',
        message: `the port went away (${outcome.reason}) while waiting for ${waitingFor}`,
        detail: { reason: outcome.reason },
      };
    case 'cancelled':
      return { status: 'cancelled', message: `cancelled while waiting for ${waitingFor}` };
  }
}

function crashed(decision: { pattern: Pattern; line: string }): StepReport {
  return {
    status: 'fail-pattern',
    message: `"${decision.line}" matched fail-on ${decision.pattern.source}`,
    detail: { pattern: decision.pattern, line: decision.line },
  };
}

export const runSend: StepHandler<SendStep> = async (step, context) => {
  const console = consoleOf(context, step.where);
  const bytes = 'text' in step.data ? Buffer.from(context.fill(step.data.text, step.where, false), 'utf8') : Buffer.from(step.data.bytes);
  if (console.feed.lostReason !== undefined) {
    return { status: 'port-lost', message: `the port went away (${console.feed.lostReason}) before ${bytes.length} bytes could be sent` };
  }
  await writeWithDeadline(console.port, console.resolved.path, bytes, Math.max(1, remainingMs(context)));
  return { status: 'pass', message: `sent ${bytes.length} byte${bytes.length === 1 ? '' : 's'}` };
};

export const runExpect: StepHandler<ExpectStep> = async (step, context) => {
  const console = consoleOf(context, step.where);
  const pattern = stepPattern(step.pattern, step, context);
  const matcher = new ExpectMatcher([pattern], context.failOn);
  const consumer: LineConsumer<MatchDecision> = {
    wholeLines: step.wholeLines === true,
    feed: (line, atMs, offset) => matcher.feed(line, atMs, offset),
  };
  const limitMs = remainingMs(context);
  const outcome = await console.feed.watch(consumer, { timeoutMs: limitMs, signal: context.io.signal });
  if (outcome.status !== 'decided') {
    return consoleGaveOut(
      outcome,
      pattern.source,
      `${pattern.source} did not appear within ${formatDuration(limitMs)}`,
      console.transcript,
    );
  }
  if (outcome.decision.status === 'fail-pattern') return crashed(outcome.decision);
  const match = matcher.progress.matches[0];
  return {
    status: 'pass',
    message: `matched "${match?.line ?? ''}"`,
    captured: matcher.progress.groups,
    detail: { line: match?.line ?? '', atMs: match?.atMs ?? outcome.elapsedMs },
  };
};

type QuietDecision = MatchDecision | { status: 'quiet' };

export const runExpectNot: StepHandler<ExpectNotStep> = async (step, context) => {
  const console = consoleOf(context, step.where);
  const pattern = stepPattern(step.pattern, step, context);
  // The same matching as expect's: the pattern found is the failure here, a crash line is one anyway.
  const matcher = new ExpectMatcher([pattern], context.failOn);
  const until = console.feed.elapsed() + step.forMs;
  const consumer: LineConsumer<QuietDecision> = {
    // The lines it looks at may still be wanted by a later expect.
    keepsLines: true,
    feed: (line, atMs, offset) => ({ decision: matcher.feed(line, atMs, offset).decision, consumed: offset }),
    deadlineMs: () => until,
    expire: () => ({ status: 'quiet' }),
  };
  const outcome = await console.feed.watch(consumer, { timeoutMs: remainingMs(context), signal: context.io.signal });
  if (outcome.status !== 'decided') {
    const waitingFor = `${formatDuration(step.forMs)} without ${pattern.source}`;
    return consoleGaveOut(outcome, waitingFor, `the time ran out before ${waitingFor} had passed`, console.transcript);
  }
  const decision = outcome.decision;
  if (decision.status === 'fail-pattern') return crashed(decision);
  if (decision.status === 'pass') {
    const seen = matcher.progress.matches[0]?.line ?? '';
    return { status: 'fail', message: `"${seen}" matched ${pattern.source}, which must not appear` };
  }
  return { status: 'pass', message: `nothing matched ${pattern.source} for ${formatDuration(step.forMs)}` };
};
