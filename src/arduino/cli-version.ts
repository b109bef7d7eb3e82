import semver from 'semver';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { httpGet } from '../net/http.js';

/** What the `version` input asked for. */
export type VersionRequest = { kind: 'exact'; version: string } | { kind: 'range'; range: string } | { kind: 'latest' };

export function parseVersionRequest(input: string): VersionRequest {
  const text = input.trim();
  if (text === 'latest') return { kind: 'latest' };
  const exact = semver.valid(semver.clean(text) ?? '');
  if (exact !== null) return { kind: 'exact', version: exact };
  if (text !== '' && semver.validRange(text) !== null) return { kind: 'range', range: text };
  throw new BoardlineError('usage', `Input "version" is not a version: "${input}"`, {
    hint: 'Fix: give an exact version (1.1.1), a range (1.x, ^1.1) or latest',
  });
}

/** Whether an installed version answers the request without asking the release server. */
export function highestSatisfying(versions: readonly string[], request: VersionRequest): string | undefined {
  if (request.kind === 'latest') return undefined;
  const range = request.kind === 'exact' ? request.version : request.range;
  return semver.maxSatisfying([...versions], range) ?? undefined;
}

interface ReleaseEntry {
  tag_name?: unknown;
  draft?: unknown;
  prerelease?: unknown;
}

export interface ReleaseListSource {
  /** GitHub's REST API root: https://api.github.com, or a GitHub Enterprise Server's /api/v3. */
  apiUrl: string;
  token: string | undefined;
  timeoutMs: number;
  retries: number;
  backoffMs?: number | undefined;
}

/**
 * The published (non-draft, non-prerelease) arduino-cli versions, from one page of GitHub's
 * releases API: 100 releases reach back years, and one request is all a job spends on it.
 */
export async function listReleasedVersions(source: ReleaseListSource, io: Io): Promise<string[]> {
  const headers: Record<string, string> = { accept: 'application/vnd.github+json', 'user-agent': 'boardline' };
  if (source.token !== undefined) headers.authorization = `Bearer ${source.token}`;
  const response = await httpGet(
    {
      url: `${source.apiUrl.replace(/\/+$/, '')}/repos/arduino/arduino-cli/releases?per_page=100`,
      what: 'the arduino-cli release list',
      headers,
      timeoutMs: source.timeoutMs,
      retries: source.retries,
      retryForbidden: true,
      backoffMs: source.backoffMs,
    },
    io,
  );
  const body: unknown = await response.json().catch(() => undefined);
  if (!Array.isArray(body)) {
    throw new BoardlineError('failed', 'The arduino-cli release list is not what GitHub’s releases API returns (expected a JSON array)');
  }
  const versions: string[] = [];
  for (const entry of body as ReleaseEntry[]) {
    if (entry.draft === true || entry.prerelease === true || typeof entry.tag_name !== 'string') continue;
    const version = semver.valid(semver.clean(entry.tag_name) ?? '');
    if (version !== null && semver.prerelease(version) === null) versions.push(version);
  }
  return versions;
}

/** The newest released version the request allows, or a clear error listing what exists. */
export function pickRelease(released: readonly string[], request: VersionRequest): string {
  const pick = request.kind === 'latest' ? semver.maxSatisfying([...released], '*') : highestSatisfying(released, request);
  if (pick === null || pick === undefined) {
    const asked = request.kind === 'range' ? request.range : request.kind === 'exact' ? request.version : 'latest';
    const newest = semver.rsort([...released]).slice(0, 5);
    throw new BoardlineError('usage', `No arduino-cli release matches version "${asked}"`, {
      hint: `Fix: choose a released version${newest.length > 0 ? ` (newest: ${newest.join(', ')})` : ''}`,
    });
  }
  return pick;
}
