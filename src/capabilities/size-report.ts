import { readFile } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { parseSizeReport } from '../report/size-table.js';
import { publishSizeReport, type PublishedSizeReport } from '../review/publish-size-report.js';
import { parseThresholds } from '../review/size-deltas.js';
import { defineCapability, type InputSpec, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult, OutputValue } from './result.js';

/** The inputs compile-sketch shares when it posts the report itself (comment: true). */
export const sizeReportInputs = {
  token: {
    kind: 'secret',
    service: 'code-host',
    description:
      "Token to comment with. GitHub: the job's own token (github.token), with pull-requests: write. GitLab: a project access token with the api scope (CI_JOB_TOKEN cannot write notes; it still reads the base report).",
  },
  'fail-on-increase': {
    kind: 'list',
    split: 'lines-and-commas',
    description: 'Fail when a board grows by more: flash 1%, flash 512 (bytes), ram 64 bytes, ram 2%.',
  },
  'comment-key': {
    kind: 'string',
    description: 'Tells the comments of several workflows or jobs apart; by default one comment per pull request.',
  },
  'base-job': {
    kind: 'string',
    default: 'boardline-compile-sketch',
    description: "GitLab: the job of the target branch's pipeline whose artifacts hold its sizes.json.",
  },
  'base-path': {
    kind: 'string',
    default: 'build/sizes.json',
    description: "GitLab: the path of sizes.json in that job's artifacts.",
  },
} as const satisfies Record<string, InputSpec>;

export const sizeReportSpec = defineCapability({
  name: 'size-report',
  title: 'Boardline: size report',
  description:
    'Post the size deltas against the base build as one comment on the pull or merge request, kept up to date on every push; optionally a gate on growth.',
  action: { icon: 'bar-chart-2', color: 'blue' },
  inputs: {
    report: { kind: 'path', default: 'build/sizes.json', description: "This build's sizes.json (compile-sketch writes it to output-dir)." },
    'base-report': {
      kind: 'path',
      description:
        "The base build's sizes.json; by default found: the base commit's from the Actions cache, or the target branch's pipeline artifacts on GitLab.",
    },
    ...sizeReportInputs,
    comment: { kind: 'boolean', default: 'true', description: 'Post the comment (false: only the job summary and the gate).' },
  },
  outputs: {
    comment: 'created, updated, skipped (no pull or merge request) or not-permitted (a token that may not write, as on a fork).',
    'comment-url': 'Where the comment is.',
    base: 'The commit compared against, or empty when no base build was found.',
    deltas: 'JSON list of the deltas per sketch and board, biggest first.',
    breaches: 'How many fail-on-increase thresholds were passed.',
  },
});

export type SizeReportOptions = InputValues<typeof sizeReportSpec.inputs>;

/** A published report's outputs, as size-report and compile-sketch (comment: true) both give them. */
export function sizeReportOutputs(published: PublishedSizeReport): Record<string, OutputValue> {
  return {
    comment: published.comment,
    'comment-url': published.commentUrl,
    base: published.base?.sha ?? '',
    deltas: published.deltas as unknown as OutputValue,
    breaches: published.breaches.length,
  };
}

/** The gate: thresholds passed fail the step, after the comment was posted, with `result` still reported. */
export function checkGate(published: PublishedSizeReport, result: CapabilityResult): CapabilityResult {
  if (published.breaches.length === 0) return result;
  throw new BoardlineError('failed', published.breaches.map((breach) => breach.message).join('; '), {
    hint: 'Fix: shrink the change, or raise fail-on-increase if the growth is wanted',
    result,
  });
}

export async function sizeReport(options: SizeReportOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const thresholds = parseThresholds(options['fail-on-increase']);
  const text = await readFile(options.report, 'utf8').catch(() => {
    throw new BoardlineError('usage', `Input "report": ${options.report} cannot be read`, {
      hint: 'Fix: run compile-sketch first (it writes sizes.json to its output-dir), or point report at it',
    });
  });
  const published = await publishSizeReport({
    current: parseSizeReport(text, options.report, 'report'),
    baseReport: options['base-report'],
    review: context.review ?? { forge: 'none' },
    jobCache: context.jobCache,
    token: options.token,
    key: options['comment-key'],
    thresholds,
    comment: options.comment,
    baseJob: options['base-job'],
    basePath: options['base-path'],
    io,
  });
  return checkGate(published, { outputs: sizeReportOutputs(published), summary: published.body, text: published.body });
}
