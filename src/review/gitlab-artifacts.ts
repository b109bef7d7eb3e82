import { BoardlineError } from '../errors.js';
import { withoutToken } from './forge-api-error.js';
import { gitlabAuthHeader, gitlabErrorMessage, gitlabFetch, GitlabApiError, projectSegment, type GitlabTokenKind } from './gitlab-notes.js';

export interface TargetBranchReportOptions {
  /** e.g. https://gitlab.example.com/api/v4 (in a job, CI_API_V4_URL). */
  apiUrl: string;
  token: string;
  /** CI_JOB_TOKEN may read artifacts, so 'job' is the usual choice here. */
  tokenKind?: GitlabTokenKind;
  projectId: string | number;
  /** The branch, e.g. CI_MERGE_REQUEST_TARGET_BRANCH_NAME. */
  ref: string;
  /** The job whose artifacts hold the report. */
  job: string;
  /** The file inside the artifacts, e.g. build/sizes.json. */
  path: string;
  fetch?: typeof fetch;
}

export interface TargetBranchReport {
  text: string;
  /** The commit of the branch's latest successful pipeline; undefined when the token may not list pipelines. */
  sha: string | undefined;
}

function explain(status: number, message: string, kind: GitlabTokenKind, what: string): { message: string; hint: string } {
  if (status === 401) {
    return { message: `GitLab rejected the token reading ${what} (401 ${message})`, hint: 'Fix: the token is invalid, expired or revoked' };
  }
  if (status === 403) {
    return {
      message: `The token may not read ${what} (403 ${message})`,
      hint:
        kind === 'job'
          ? "Fix: a CI_JOB_TOKEN from another project must be on this project's job token allowlist (Settings > CI/CD > Job token permissions)"
          : 'Fix: use a token with the read_api scope whose user has the Reporter role or higher in the project',
    };
  }
  return {
    message: `GitLab answered ${status} reading ${what}: ${message}`,
    hint: 'Fix: check the message above; re-run if GitLab had an outage',
  };
}

/**
 * The base build's size report from a branch's latest successful pipeline: one file out of a
 * job's artifacts. Undefined when there is none (no such pipeline, job, file, or the artifacts
 * expired): a merge request without a base build gets a comment without deltas, not a failure.
 */
export async function fetchTargetBranchReport(options: TargetBranchReportOptions): Promise<TargetBranchReport | undefined> {
  const kind = options.tokenKind ?? 'private';
  const api = options.apiUrl.replace(/\/+$/, '');
  const project = `${api}/projects/${projectSegment(options.projectId)}`;
  const doFetch = options.fetch ?? fetch;
  const headers = gitlabAuthHeader(options.token, kind);
  const filePath = options.path
    .replace(/^\.?\/+/, '')
    .split('/')
    .map(encodeURIComponent)
    .join('/');
  const what = `${options.path} of job "${options.job}" on ${options.ref}`;

  // A branch name may hold slashes (feature/x): encoded, it stays one path segment.
  const artifactUrl = `${project}/jobs/artifacts/${encodeURIComponent(options.ref)}/raw/${filePath}?job=${encodeURIComponent(options.job)}`;
  const response = await gitlabFetch(doFetch, api, artifactUrl, { headers });
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) {
    const explained = explain(response.status, await gitlabErrorMessage(response), kind, what);
    const scrub = (value: string): string => withoutToken(value, options.token);
    throw new GitlabApiError(response.status, kind, scrub(explained.message), scrub(explained.hint));
  }
  const text = await response.text();
  return { text, sha: await latestSuccessfulSha(doFetch, api, project, options.ref, headers) };
}

/**
 * The commit the artifacts endpoint drew from: it serves the latest successful pipeline of the ref,
 * which is the newest entry of the pipeline list filtered the same way. Only for the comment's base
 * line, so any refusal (a job token may not list pipelines) leaves it unknown instead of failing.
 */
async function latestSuccessfulSha(
  doFetch: typeof fetch,
  api: string,
  project: string,
  ref: string,
  headers: Record<string, string>,
): Promise<string | undefined> {
  const url = `${project}/pipelines?ref=${encodeURIComponent(ref)}&status=success&order_by=id&sort=desc&per_page=1`;
  let response: Response;
  try {
    response = await gitlabFetch(doFetch, api, url, { headers });
  } catch (error) {
    if (error instanceof BoardlineError) return undefined;
    throw error;
  }
  if (!response.ok) {
    await response.body?.cancel();
    return undefined;
  }
  const pipelines: unknown = await response.json().catch(() => undefined);
  const sha = Array.isArray(pipelines) ? (pipelines[0] as { sha?: unknown } | undefined)?.sha : undefined;
  return typeof sha === 'string' ? sha : undefined;
}
