import { BoardlineError } from '../errors.js';
import { ForgeApiError, withoutToken } from './forge-api-error.js';
import { containsMarker, withMarker } from './comment-marker.js';

/** PRIVATE-TOKEN for personal, project and group access tokens; JOB-TOKEN for CI_JOB_TOKEN. */
export type GitlabTokenKind = 'private' | 'job';

/** A failure GitLab's API answered, with its HTTP status so a caller can choose to warn instead. */
export class GitlabApiError extends ForgeApiError {
  constructor(
    status: number,
    readonly tokenKind: GitlabTokenKind,
    message: string,
    hint: string,
  ) {
    super(status, message, hint);
  }
}

/**
 * The token may not do this: a 403, or a 401 for a job token (GitLab ignores a job token on the
 * endpoints it does not open to one, notes among them). A 401 for an access token means it is
 * invalid, which should fail rather than warn.
 */
export function isGitlabPermissionError(error: unknown): error is GitlabApiError {
  return error instanceof GitlabApiError && (error.status === 403 || (error.status === 401 && error.tokenKind === 'job'));
}

export function gitlabAuthHeader(token: string, kind: GitlabTokenKind): Record<string, string> {
  return kind === 'job' ? { 'JOB-TOKEN': token } : { 'PRIVATE-TOKEN': token };
}

/**
 * The :id of a project path: a numeric id or a path such as group/sub/project, which GitLab wants
 * URL-encoded. A path that already is (group%2Fproject) is left alone rather than encoded twice.
 */
export function projectSegment(projectId: string | number): string {
  const id = String(projectId);
  return /%[0-9a-f]{2}/i.test(id) ? id : encodeURIComponent(id);
}

/** GitLab's error text: `{"message": "..."}`, `{"message": {"note": ["..."]}}` or OAuth's `{"error_description": "..."}`. */
export async function gitlabErrorMessage(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const parsed = JSON.parse(text) as { message?: unknown; error?: unknown; error_description?: unknown };
    const message = parsed.message ?? parsed.error_description ?? parsed.error;
    // GitLab puts the status in its messages ("401 Unauthorized"); the explanations add it once.
    if (typeof message === 'string') return message.replace(new RegExp(`^${response.status}\\s+`), '');
    if (message !== undefined) return JSON.stringify(message);
  } catch {
    // Not JSON (a proxy's error page): the status text says enough.
  }
  return response.statusText;
}

/** fetch with a deadline, turning an unreachable server into an error that names the API address. */
export async function gitlabFetch(doFetch: typeof fetch, api: string, url: string, init: RequestInit): Promise<Response> {
  try {
    return await doFetch(url, { ...init, signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    throw new BoardlineError('failed', `Cannot reach GitLab's API at ${api}: ${cause}`, {
      hint: 'Fix: check the API address (it ends in /api/v4; in a job, CI_API_V4_URL) and the network',
    });
  }
}

export interface GitlabNoteOptions {
  /** e.g. https://gitlab.example.com/api/v4 (in a job, CI_API_V4_URL). */
  apiUrl: string;
  token: string;
  tokenKind?: GitlabTokenKind;
  /** Numeric id or path (group/project), encoded here if it is not already. */
  projectId: string | number;
  mergeRequestIid: number;
  body: string;
  marker: string;
  fetch?: typeof fetch;
}

export interface UpsertedNote {
  action: 'created' | 'updated';
  id: number;
}

interface Note {
  id: number;
  body?: string | null;
  system?: boolean;
}

const maximumPages = 200;
const jobTokenNote =
  "GitLab's CI_JOB_TOKEN cannot write merge request notes: use a project or personal access token with the api scope, kept in a masked CI/CD variable";

function isNote(value: unknown): value is Note {
  return typeof (value as Partial<Note> | null)?.id === 'number';
}

function explain(status: number, message: string, kind: GitlabTokenKind, target: string): { message: string; hint: string } {
  const jobToken = kind === 'job' ? ` ${jobTokenNote}.` : '';
  if (status === 401) {
    return { message: `GitLab rejected the token (401 ${message})`, hint: `Fix: the token is invalid, expired or revoked.${jobToken}` };
  }
  if (status === 403) {
    return {
      message: `The token may not comment on ${target} (403 ${message})`,
      hint: `Fix: use a token with the api scope whose user has the Reporter role or higher in the project.${jobToken}`,
    };
  }
  if (status === 404) {
    return {
      message: `GitLab found no merge request ${target} (404 ${message})`,
      hint: `Fix: check the project and the merge request IID; GitLab also answers 404 when the token cannot see the project.${jobToken}`,
    };
  }
  return {
    message: `GitLab answered ${status} on ${target}: ${message}`,
    hint: 'Fix: check the message above; re-run if GitLab had an outage',
  };
}

/**
 * Posts the note, or edits the one an earlier pipeline posted (found by its marker), so a merge
 * request carries one size report however many times it is pushed to.
 */
export async function upsertGitlabNote(options: GitlabNoteOptions): Promise<UpsertedNote> {
  if (!Number.isInteger(options.mergeRequestIid) || options.mergeRequestIid <= 0) {
    throw new BoardlineError('usage', `"${options.mergeRequestIid}" is not a merge request IID`, {
      hint: 'Fix: give the merge request IID (in a merge request pipeline, CI_MERGE_REQUEST_IID)',
    });
  }
  if (options.token.trim() === '') {
    throw new BoardlineError('usage', 'No token was given to comment on the merge request', {
      hint: 'Fix: pass a project or personal access token with the api scope, kept in a masked CI/CD variable',
    });
  }
  const kind = options.tokenKind ?? 'private';
  const api = options.apiUrl.replace(/\/+$/, '');
  const notes = `${api}/projects/${projectSegment(options.projectId)}/merge_requests/${options.mergeRequestIid}/notes`;
  const target = `!${options.mergeRequestIid} of ${String(options.projectId)}`;
  const doFetch = options.fetch ?? fetch;
  const headers = { ...gitlabAuthHeader(options.token, kind), Accept: 'application/json' };

  async function call(method: string, url: string, body?: string): Promise<Response> {
    const response = await gitlabFetch(doFetch, api, url, {
      method,
      headers: body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify({ body }) }),
    });
    if (response.ok) return response;
    const explained = explain(response.status, await gitlabErrorMessage(response), kind, target);
    const scrub = (value: string): string => withoutToken(value, options.token);
    throw new GitlabApiError(response.status, kind, scrub(explained.message), scrub(explained.hint));
  }

  async function note(response: Response): Promise<Note> {
    const parsed: unknown = await response.json();
    if (!isNote(parsed)) throw new BoardlineError('failed', `GitLab's answer on ${target} is not a note`);
    return parsed;
  }

  const body = withMarker(options.body, options.marker);
  let existing: Note | undefined;
  // Oldest first (GitLab's default is newest first), so a race that posted two leaves the first one updated.
  let page: string | null = '1';
  for (let count = 0; page !== null && existing === undefined && count < maximumPages; count += 1) {
    const response = await call('GET', `${notes}?per_page=100&page=${encodeURIComponent(page)}&sort=asc&order_by=created_at`);
    const listed: unknown = await response.json();
    const candidates = Array.isArray(listed) ? listed : [];
    // System notes ("added 1 commit") are GitLab's own; a user cannot have put our marker there.
    existing = candidates.find(
      (candidate): candidate is Note =>
        isNote(candidate) && candidate.system !== true && containsMarker(candidate.body ?? '', options.marker),
    );
    // Some endpoints send X-Next-Page on a short last page; an empty page ends the walk regardless.
    const next = response.headers.get('x-next-page');
    page = candidates.length === 0 || next === null || next === '' ? null : next;
  }

  if (existing !== undefined) {
    const updated = await note(await call('PUT', `${notes}/${existing.id}`, body));
    return { action: 'updated', id: updated.id };
  }
  const created = await note(await call('POST', notes, body));
  return { action: 'created', id: created.id };
}
