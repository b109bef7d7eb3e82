import { BoardlineError } from '../errors.js';
import { ForgeApiError, withoutToken } from './forge-api-error.js';
import { containsMarker, withMarker } from './comment-marker.js';

/** A failure GitHub's API answered, with its HTTP status so a caller can tell a read-only fork token apart. */
export class GithubApiError extends ForgeApiError {
  constructor(
    status: number,
    /** GitHub answers rate limiting with 403 too; that is not a missing permission. */
    readonly rateLimited: boolean,
    message: string,
    hint: string,
  ) {
    super(status, message, hint);
  }
}

/** The token may not write comments: what a pull request from a fork gets, where warning beats failing. */
export function isGithubPermissionError(error: unknown): error is GithubApiError {
  return error instanceof GithubApiError && error.status === 403 && !error.rateLimited;
}

export interface GithubCommentOptions {
  /** https://api.github.com, or https://HOST/api/v3 on GitHub Enterprise Server. */
  apiUrl: string;
  token: string;
  /** owner/name */
  repository: string;
  /** The pull request's number: GitHub keeps a pull request's conversation as issue comments. */
  issueNumber: number;
  body: string;
  marker: string;
  fetch?: typeof fetch;
}

export interface UpsertedComment {
  action: 'created' | 'updated';
  id: number;
  url: string;
}

interface IssueComment {
  id: number;
  html_url: string;
  body?: string | null;
}

const requestTimeoutMs = 30_000;
/** 200 pages of 100: far past any real conversation, but a bound if a server keeps linking "next". */
const maximumPages = 200;

function isIssueComment(value: unknown): value is IssueComment {
  const comment = value as Partial<IssueComment> | null;
  return typeof comment?.id === 'number' && typeof comment.html_url === 'string';
}

/** The rel="next" address of a Link header (`<url>; rel="next", <url>; rel="last"`), as GitHub paginates. */
export function nextPageUrl(link: string | null): string | undefined {
  for (const part of (link ?? '').split(',')) {
    const match = /<([^>]*)>\s*;(.*)$/.exec(part.trim());
    const rel = /rel="?([^";]*)"?/.exec(match?.[2] ?? '')?.[1] ?? '';
    if (match?.[1] !== undefined && rel.split(/\s+/).includes('next')) return match[1];
  }
  return undefined;
}

function explain(status: number, message: string, rateLimited: boolean, target: string): { message: string; hint: string } {
  if (status === 401) {
    return {
      message: `GitHub rejected the token (401 ${message})`,
      hint: 'Fix: the token is invalid, expired or revoked; pass a current one (in a workflow, secrets.GITHUB_TOKEN)',
    };
  }
  if ((status === 403 || status === 429) && rateLimited) {
    return { message: `GitHub's rate limit stopped the comment on ${target} (${status} ${message})`, hint: 'Fix: re-run the job later' };
  }
  if (status === 403) {
    return {
      message: `The token may not comment on ${target} (403 ${message})`,
      hint:
        'Fix: give the job `permissions: pull-requests: write` (or `issues: write`). A pull request from a fork gets a read-only ' +
        'GITHUB_TOKEN whatever the workflow asks: post the comment from a workflow_run workflow, or use pull_request_target with care ' +
        '(it runs with write access, so never build the fork’s code in it)',
    };
  }
  if (status === 404) {
    return {
      message: `GitHub found no pull request ${target} (404 ${message})`,
      hint: 'Fix: check the repository and the number; GitHub also answers 404 when the token cannot see a private repository',
    };
  }
  return {
    message: `GitHub answered ${status} on ${target}: ${message}`,
    hint: 'Fix: check the message above; re-run if GitHub had an outage',
  };
}

/**
 * Posts the comment, or edits the one an earlier run posted (found by its marker), so a pull
 * request carries one size report however many times it is pushed to.
 */
export async function upsertGithubComment(options: GithubCommentOptions): Promise<UpsertedComment> {
  const [owner, name, ...rest] = options.repository.split('/');
  if (owner === undefined || owner === '' || name === undefined || name === '' || rest.length > 0) {
    throw new BoardlineError('usage', `"${options.repository}" is not a repository as owner/name`, {
      hint: 'Fix: give the repository as owner/name (in a workflow, github.repository)',
    });
  }
  if (!Number.isInteger(options.issueNumber) || options.issueNumber <= 0) {
    throw new BoardlineError('usage', `"${options.issueNumber}" is not a pull request number`, {
      hint: 'Fix: give the pull request number (in a workflow, github.event.pull_request.number)',
    });
  }
  if (options.token.trim() === '') {
    throw new BoardlineError('usage', 'No token was given to comment on the pull request', {
      hint: 'Fix: pass a token (in a workflow, secrets.GITHUB_TOKEN with permissions: pull-requests: write)',
    });
  }
  const api = options.apiUrl.replace(/\/+$/, '');
  const repo = `${api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(name)}`;
  const target = `${options.repository}#${options.issueNumber}`;
  const doFetch = options.fetch ?? fetch;
  const headers = {
    Authorization: `Bearer ${options.token}`,
    Accept: 'application/vnd.github+json',
    'X-GitHub-Api-Version': '2022-11-28',
    // GitHub refuses requests without a User-Agent.
    'User-Agent': 'boardline',
  };

  async function call(method: string, url: string, body?: string): Promise<Response> {
    let response: Response;
    try {
      response = await doFetch(url, {
        method,
        headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify({ body }) }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new BoardlineError('failed', `Cannot reach GitHub's API at ${api}: ${cause}`, {
        hint: 'Fix: check the API address (GitHub Enterprise Server: https://HOST/api/v3) and the network',
      });
    }
    if (response.ok) return response;
    const text = await response.text();
    let message = response.statusText;
    try {
      const parsed = JSON.parse(text) as { message?: unknown };
      if (typeof parsed.message === 'string') message = parsed.message;
    } catch {
      // Not JSON (a proxy's error page): the status text says enough.
    }
    const rateLimited = response.headers.get('x-ratelimit-remaining') === '0' || /rate limit/i.test(message);
    const explained = explain(response.status, message, rateLimited, target);
    const scrub = (value: string): string => withoutToken(value, options.token);
    throw new GithubApiError(response.status, rateLimited, scrub(explained.message), scrub(explained.hint));
  }

  async function comment(response: Response): Promise<IssueComment> {
    const parsed: unknown = await response.json();
    if (!isIssueComment(parsed)) throw new BoardlineError('failed', `GitHub's answer on ${target} is not a comment`);
    return parsed;
  }

  const body = withMarker(options.body, options.marker);
  let existing: IssueComment | undefined;
  let url: string | undefined = `${repo}/issues/${options.issueNumber}/comments?per_page=100&page=1`;
  for (let page = 0; url !== undefined && existing === undefined && page < maximumPages; page += 1) {
    const response = await call('GET', url);
    const comments: unknown = await response.json();
    // The oldest match is kept, so a race that posted two leaves the first one updated.
    existing = (Array.isArray(comments) ? comments : []).find(
      (candidate): candidate is IssueComment => isIssueComment(candidate) && containsMarker(candidate.body ?? '', options.marker),
    );
    const next = nextPageUrl(response.headers.get('link'));
    // The token goes with every request: follow only links back to the same API.
    const nextUrl = next === undefined ? undefined : new URL(next, `${api}/`);
    url = nextUrl?.origin === new URL(api).origin ? nextUrl.href : undefined;
  }

  if (existing !== undefined) {
    const updated = await comment(await call('PATCH', `${repo}/issues/comments/${existing.id}`, body));
    return { action: 'updated', id: updated.id, url: updated.html_url };
  }
  const created = await comment(await call('POST', `${repo}/issues/${options.issueNumber}/comments`, body));
  return { action: 'created', id: created.id, url: created.html_url };
}
