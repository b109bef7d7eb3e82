import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';

export interface HttpRequest {
  url: string;
  /** What is being fetched, for messages: "the arduino-cli release list". */
  what: string;
  headers?: Readonly<Record<string, string>>;
  /** Deadline of one attempt. */
  timeoutMs: number;
  /** Further attempts after a retryable failure (429, 5xx, network; 403 too where `retryForbidden`). */
  retries: number;
  /** GitHub's API answers rate limiting with 403 as well as 429. */
  retryForbidden?: boolean;
  /** First back-off delay; doubled each attempt unless the server says Retry-After. */
  backoffMs?: number | undefined;
}

const maximumBackoffMs = 30_000;

function isRetryable(status: number, request: HttpRequest): boolean {
  return status === 429 || status >= 500 || (status === 403 && request.retryForbidden === true);
}

function retryDelay(response: Response | undefined, attempt: number, request: HttpRequest): number {
  const retryAfter = response?.headers.get('retry-after');
  if (retryAfter !== null && retryAfter !== undefined && /^\d+$/.test(retryAfter)) {
    return Math.min(Number(retryAfter) * 1000, maximumBackoffMs);
  }
  return Math.min((request.backoffMs ?? 1000) * 2 ** attempt, maximumBackoffMs);
}

async function sleep(ms: number, signal: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (cause instanceof Error) {
    const code = (cause as NodeJS.ErrnoException).code;
    return code === undefined ? cause.message : `${code} ${cause.message}`.replace(`${code} ${code}`, code);
  }
  return String(cause);
}

/**
 * One GET with a deadline per attempt and retries with back-off on what a busy server or a rate
 * limit answers. Returns the successful response; anything else becomes a BoardlineError naming
 * what was fetched, from where, and what came back.
 */
export async function httpGet(request: HttpRequest, io: Io): Promise<Response> {
  let lastProblem = '';
  // A function, not a property read, so the check is made again each time it is asked.
  const cancelled = (): boolean => io.signal.aborted;
  for (let attempt = 0; attempt <= request.retries; attempt += 1) {
    if (cancelled()) throw new BoardlineError('failed', `Cancelled while fetching ${request.what}`);
    let response: Response | undefined;
    try {
      response = await fetch(request.url, {
        headers: request.headers ?? {},
        signal: AbortSignal.any([io.signal, AbortSignal.timeout(request.timeoutMs)]),
        redirect: 'follow',
      });
    } catch (error) {
      lastProblem = cancelled() ? 'cancelled' : describeNetworkError(error);
    }
    if (response?.ok === true) return response;
    if (response !== undefined) {
      lastProblem = `HTTP ${response.status} ${response.statusText}`.trim();
      await response.body?.cancel();
      if (!isRetryable(response.status, request)) break;
    }
    if (attempt < request.retries && !cancelled()) {
      const delay = retryDelay(response, attempt, request);
      io.info(`${request.what}: ${lastProblem}; retrying in ${(delay / 1000).toFixed(1)} s (${attempt + 1}/${request.retries})`);
      await sleep(delay, io.signal);
    }
  }
  throw new BoardlineError('failed', `Could not fetch ${request.what} from ${request.url}: ${lastProblem}`, {
    hint: /HTTP 404/.test(lastProblem)
      ? 'Fix: check the version (and base-url: the mirror must hold the same files as the release server)'
      : 'Fix: check the network or the mirror (base-url) and retry',
  });
}

/** A downloaded file with the SHA-256 of exactly the bytes written. */
export interface Download {
  path: string;
  bytes: number;
  sha256: string;
}

/**
 * Streams a download to `path`, hashing on the way. A body shorter than its Content-Length (a
 * dropped connection) is an error, not a short file.
 */
export async function downloadFile(request: HttpRequest, path: string, io: Io): Promise<Download> {
  const response = await httpGet(request, io);
  if (response.body === null) throw new BoardlineError('failed', `${request.what}: the server sent no body (${request.url})`);
  const hash = createHash('sha256');
  let bytes = 0;
  const body = Readable.fromWeb(response.body as WebReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  try {
    await pipeline(body, createWriteStream(path));
  } catch (error) {
    throw new BoardlineError('failed', `Download of ${request.what} broke off after ${bytes} bytes: ${describeNetworkError(error)}`, {
      hint: 'Fix: retry; if it keeps failing, check the mirror (base-url) or the network',
      cause: error,
    });
  }
  const expected = response.headers.get('content-length');
  if (expected !== null && Number(expected) !== bytes) {
    throw new BoardlineError('failed', `Download of ${request.what} is truncated: ${bytes} of ${expected} bytes arrived`, {
      hint: 'Fix: retry; if it keeps failing, check the mirror (base-url) or the network',
    });
  }
  return { path, bytes, sha256: hash.digest('hex') };
}
