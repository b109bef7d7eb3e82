import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { parseSizeReport, type SizeEntry } from '../report/size-table.js';
import type { JobCache } from '../tools/job-cache.js';
import { sizeReportMarker } from './comment-marker.js';
import { isGithubPermissionError, upsertGithubComment } from './github-comments.js';
import { fetchTargetBranchReport } from './gitlab-artifacts.js';
import { isGitlabPermissionError, upsertGitlabNote } from './gitlab-notes.js';
import type { ReviewContext } from './review-context.js';
import {
  checkThresholds,
  computeSizeDeltas,
  renderSizeComment,
  type BaseCommit,
  type SizeDelta,
  type Threshold,
  type ThresholdBreach,
} from './size-deltas.js';

export interface PublishSizeReportOptions {
  current: readonly SizeEntry[];
  /** An explicit base report (a file): it wins over any found. */
  baseReport: string | undefined;
  review: ReviewContext;
  jobCache: JobCache | undefined;
  /** The token given as an input; else the job's own (GitHub's GITHUB_TOKEN). */
  token: string | undefined;
  /** Tells reports of several workflows or jobs apart, each with its own comment. */
  key: string | undefined;
  thresholds: readonly Threshold[];
  comment: boolean;
  /** GitLab: the job of the target branch's pipeline whose artifacts hold its report, and the file's path there. */
  baseJob: string;
  basePath: string;
  io: Io;
}

export interface PublishedSizeReport {
  body: string;
  deltas: SizeDelta[];
  base: BaseCommit | undefined;
  breaches: ThresholdBreach[];
  /** created, updated, skipped (no pull or merge request, or comment: false), not-permitted (a fork's read-only token). */
  comment: 'created' | 'updated' | 'skipped' | 'not-permitted';
  commentUrl: string;
}

/**
 * Where a report goes in and out of the job cache: one relative path (in the job's workspace) for
 * every job, since GitHub's cache service files an entry under the paths exactly as given — a
 * per-job temp directory would make a pull request's job miss what the push's job saved.
 */
const cacheDir = join('.boardline', 'sizes-cache');

/** The Actions-cache key of a branch's report: the branch as its prefix, so the newest of a branch can be restored. */
function cacheKey(ref: string, sha: string): string {
  return `boardline-sizes-${ref}-${sha}`;
}

/** Saves this run's report to the job cache under its commit, for the pull requests that will compare against it. */
export async function saveSizeReport(options: Pick<PublishSizeReportOptions, 'review' | 'jobCache' | 'io' | 'current'>): Promise<void> {
  const { review, jobCache, io } = options;
  if (review.forge !== 'github' || jobCache === undefined || review.sha === '') return;
  const dir = cacheDir;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, 'sizes.json'), `${JSON.stringify(options.current, null, 2)}\n`);
  const key = cacheKey(review.ref, review.sha);
  // A rerun of the same commit finds its entry already there: that is the same report.
  await jobCache.save(dir, key).then(
    () => io.info(`Sizes saved to the job cache as ${key}`),
    (error: unknown) => io.info(`Sizes not saved to the job cache (${(error as Error).message})`),
  );
}

async function readGivenBase(file: string): Promise<SizeEntry[]> {
  const text = await readFile(file, 'utf8').catch(() => {
    throw new BoardlineError('usage', `Input "base-report": ${file} cannot be read`, {
      hint: 'Fix: download the base build’s sizes.json first, or drop base-report to have it found',
    });
  });
  return parseSizeReport(text, file);
}

/** The base build's report: the one given, else the base commit's (GitHub's cache) or the target branch's (GitLab's artifacts). */
async function findBase(options: PublishSizeReportOptions): Promise<{ entries: SizeEntry[]; base: BaseCommit } | undefined> {
  const { review, io } = options;
  if (options.baseReport !== undefined) return { entries: await readGivenBase(options.baseReport), base: { how: 'given file' } };
  if (review.forge === 'github' && review.pullRequest !== undefined && options.jobCache !== undefined) {
    const { baseRef, baseSha } = review.pullRequest;
    const dir = cacheDir;
    await rm(dir, { recursive: true, force: true });
    const prefix = cacheKey(baseRef, '');
    const matched = await options.jobCache.restore(dir, cacheKey(baseRef, baseSha), [prefix]).catch((error: unknown) => {
      io.warning(`The job cache could not be read for the base report: ${(error as Error).message}`);
      return undefined;
    });
    if (matched === undefined) return undefined;
    const entries = parseSizeReport(await readFile(join(dir, 'sizes.json'), 'utf8'), `the cached report ${matched}`);
    const sha = matched.slice(prefix.length);
    return { entries, base: { sha, how: sha === baseSha ? 'base commit' : 'newest on the base branch' } };
  }
  if (review.forge === 'gitlab' && review.mergeRequest !== undefined) {
    const token = options.token ?? review.jobToken;
    if (token === undefined) return undefined;
    const found = await fetchTargetBranchReport({
      apiUrl: review.apiUrl,
      token,
      tokenKind: options.token === undefined ? 'job' : 'private',
      projectId: review.projectId,
      ref: review.mergeRequest.targetBranch,
      job: options.baseJob,
      path: options.basePath,
    }).catch((error: unknown) => {
      io.warning(`The target branch's report could not be fetched: ${(error as Error).message}`);
      return undefined;
    });
    if (found === undefined) return undefined;
    return {
      entries: parseSizeReport(found.text, `${options.basePath} of ${review.mergeRequest.targetBranch}`),
      base: { sha: found.sha, how: 'target branch pipeline' },
    };
  }
  return undefined;
}

/** Posts (or updates) the one comment on the pull or merge request; a token that may not write is a warning, not a failure. */
async function postComment(
  options: PublishSizeReportOptions,
  body: string,
  marker: string,
): Promise<Pick<PublishedSizeReport, 'comment' | 'commentUrl'>> {
  const { review, io } = options;
  try {
    if (review.forge === 'github' && review.pullRequest !== undefined) {
      const token = options.token ?? review.token;
      if (token === undefined) {
        io.warning("No token to comment with: give token (the job's GITHUB_TOKEN with pull-requests: write)");
        return { comment: 'skipped', commentUrl: '' };
      }
      const posted = await upsertGithubComment({
        apiUrl: review.apiUrl,
        token,
        repository: review.repository,
        issueNumber: review.pullRequest.number,
        body,
        marker,
      });
      return { comment: posted.action, commentUrl: posted.url };
    }
    if (review.forge === 'gitlab' && review.mergeRequest !== undefined) {
      if (options.token === undefined) {
        io.warning(
          'No token to comment with: CI_JOB_TOKEN cannot write merge request notes; give token (a project access token with the api scope, Reporter or higher)',
        );
        return { comment: 'skipped', commentUrl: '' };
      }
      const posted = await upsertGitlabNote({
        apiUrl: review.apiUrl,
        token: options.token,
        projectId: review.projectId,
        mergeRequestIid: review.mergeRequest.iid,
        body,
        marker,
      });
      return { comment: posted.action, commentUrl: `note ${posted.id} on !${review.mergeRequest.iid}` };
    }
  } catch (error) {
    if (isGithubPermissionError(error) || isGitlabPermissionError(error)) {
      io.warning(`The size report was not posted: ${error.message}. ${error.hint ?? ''}`.trim());
      return { comment: 'not-permitted', commentUrl: '' };
    }
    throw error;
  }
  return { comment: 'skipped', commentUrl: '' };
}

/**
 * What compile-sketch (comment: true) and size-report share: save this run's report for later
 * pull requests, find the base build's, render the delta table, keep one comment up to date on the
 * pull or merge request, and check the fail-on-increase thresholds. No base is no failure.
 */
export async function publishSizeReport(options: PublishSizeReportOptions): Promise<PublishedSizeReport> {
  await saveSizeReport(options);
  const found = await findBase(options);
  if (found === undefined) options.io.info('No base build was found: the report shows sizes without deltas');
  else options.io.info(`Comparing against ${found.base.sha ?? found.base.how} (${found.base.how})`);
  const deltas = computeSizeDeltas(options.current, found?.entries);
  const marker = sizeReportMarker(options.key);
  const body = renderSizeComment({ marker, deltas, base: found?.base });
  const posted = options.comment ? await postComment(options, body, marker) : { comment: 'skipped' as const, commentUrl: '' };
  return { body, deltas, base: found?.base, breaches: checkThresholds(deltas, options.thresholds), ...posted };
}
