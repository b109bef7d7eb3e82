import type { IncomingMessage, ServerResponse } from 'node:http';
import { startRecordingServer, type RecordedRequest } from './recording-http-server.js';

export type { RecordedRequest } from './recording-http-server.js';

export interface StoredComment {
  id: number;
  body: string;
  user: string;
}

export interface FakeGithubApi {
  /** The API root, as apiUrl. */
  url: string;
  requests: RecordedRequest[];
  /** The comments of one issue or pull request, oldest first. */
  comments(repository: string, issueNumber: number): StoredComment[];
  /** Adds comments someone else wrote; `body` gives each one's text from its index. */
  seedComments(repository: string, issueNumber: number, count: number, body?: (index: number) => string): void;
  /** Answers every request whose path starts with `pathPrefix` with this status and GitHub-style error body. */
  failPath(pathPrefix: string, status: number, message?: string): void;
  close(): Promise<void>;
}

const defaultMessages: Readonly<Record<number, string>> = {
  401: 'Bad credentials',
  403: 'Resource not accessible by integration',
  404: 'Not Found',
};

/**
 * A local stand-in for the part of GitHub's REST API that issue comments use: list (paginated with
 * per_page, page and a Link header), create and edit, behind a bearer token, with faults per path.
 */
export async function startFakeGithubApi(options: { token: string }): Promise<FakeGithubApi> {
  const issues = new Map<string, StoredComment[]>();
  const faults: { prefix: string; status: number; message: string }[] = [];
  let nextId = 1_000_001;

  const thread = (repository: string, issueNumber: number): StoredComment[] => {
    const key = `${repository.toLowerCase()}#${issueNumber}`;
    const existing = issues.get(key);
    if (existing !== undefined) return existing;
    const created: StoredComment[] = [];
    issues.set(key, created);
    return created;
  };

  let origin = '';
  const shape = (repository: string, issueNumber: number, comment: StoredComment): object => ({
    id: comment.id,
    node_id: `IC_${comment.id}`,
    url: `${origin}/repos/${repository}/issues/comments/${comment.id}`,
    html_url: `https://github.example/${repository}/pull/${issueNumber}#issuecomment-${comment.id}`,
    body: comment.body,
    user: { login: comment.user, type: comment.user.endsWith('[bot]') ? 'Bot' : 'User' },
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2024-01-01T00:00:00Z',
  });

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    response.end(JSON.stringify(body));
  }

  function fail(response: ServerResponse, status: number, message: string): void {
    send(response, status, { message, documentation_url: 'https://docs.github.com/rest', status: String(status) });
  }

  function listPage(url: URL, repository: string, issueNumber: number, response: ServerResponse): void {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 30) || 30, 1), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const all = thread(repository, issueNumber);
    const lastPage = Math.max(Math.ceil(all.length / perPage), 1);
    const link = (target: number, rel: string): string => {
      const address = new URL(url.pathname, origin);
      address.searchParams.set('per_page', String(perPage));
      address.searchParams.set('page', String(target));
      return `<${address.href}>; rel="${rel}"`;
    };
    // GitHub leaves out the relations that do not apply: no prev/first on page 1, no next/last on the last.
    const links = [
      ...(page > 1 ? [link(page - 1, 'prev')] : []),
      ...(page < lastPage ? [link(page + 1, 'next'), link(lastPage, 'last')] : []),
      ...(page > 1 ? [link(1, 'first')] : []),
    ];
    const slice = all.slice((page - 1) * perPage, page * perPage).map((comment) => shape(repository, issueNumber, comment));
    send(response, 200, slice, links.length > 0 ? { Link: links.join(', ') } : {});
  }

  function route(request: IncomingMessage, body: string, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', origin);
    const method = request.method ?? 'GET';
    const fault = faults.find((candidate) => url.pathname.startsWith(candidate.prefix));
    if (fault !== undefined) return fail(response, fault.status, fault.message);
    if (request.headers['user-agent'] === undefined) {
      return fail(response, 403, 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header');
    }
    if (request.headers.authorization !== `Bearer ${options.token}`) return fail(response, 401, 'Bad credentials');

    const list = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(url.pathname);
    const one = /^\/repos\/([^/]+)\/([^/]+)\/issues\/comments\/(\d+)$/.exec(url.pathname);
    if (list !== null) {
      const repository = `${decodeURIComponent(list[1] ?? '')}/${decodeURIComponent(list[2] ?? '')}`;
      const issueNumber = Number(list[3]);
      if (method === 'GET') return listPage(url, repository, issueNumber, response);
      if (method === 'POST') {
        const text = (JSON.parse(body) as { body?: unknown }).body;
        if (typeof text !== 'string') return fail(response, 422, 'Validation Failed');
        const comment = { id: nextId++, body: text, user: 'github-actions[bot]' };
        thread(repository, issueNumber).push(comment);
        return send(response, 201, shape(repository, issueNumber, comment));
      }
    }
    if (one !== null && method === 'PATCH') {
      const id = Number(one[3]);
      const prefix = `${decodeURIComponent(one[1] ?? '')}/${decodeURIComponent(one[2] ?? '')}#`.toLowerCase();
      for (const [key, comments] of issues) {
        const comment = comments.find((candidate) => candidate.id === id);
        if (comment === undefined || !key.startsWith(prefix)) continue;
        const text = (JSON.parse(body) as { body?: unknown }).body;
        if (typeof text !== 'string') return fail(response, 422, 'Validation Failed');
        comment.body = text;
        return send(response, 200, shape(key.slice(0, key.indexOf('#')), Number(key.slice(key.indexOf('#') + 1)), comment));
      }
    }
    fail(response, 404, 'Not Found');
  }

  const server = await startRecordingServer(route);
  origin = server.origin;

  return {
    url: origin,
    requests: server.requests,
    comments: (repository, issueNumber) => [...thread(repository, issueNumber)],
    seedComments(repository, issueNumber, count, body = (index) => `Looks good to me (${index + 1})`) {
      const comments = thread(repository, issueNumber);
      for (let index = 0; index < count; index += 1) comments.push({ id: nextId++, body: body(index), user: 'reviewer' });
    },
    failPath(prefix, status, message) {
      faults.push({ prefix, status, message: message ?? defaultMessages[status] ?? 'Error' });
    },
    close: () => server.close(),
  };
}
