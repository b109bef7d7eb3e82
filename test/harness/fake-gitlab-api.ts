import type { IncomingMessage, ServerResponse } from 'node:http';
import { startRecordingServer, type RecordedRequest } from './recording-http-server.js';

export interface StoredNote {
  id: number;
  body: string;
  system: boolean;
  createdAt: string;
}

export interface FakeGitlabApi {
  /** The API root, as apiUrl: http://127.0.0.1:PORT/api/v4. */
  url: string;
  requests: RecordedRequest[];
  /** The notes of one merge request, oldest first. `projectId` as the test named it (id or path). */
  notes(projectId: string, mergeRequestIid: number): StoredNote[];
  seedNotes(projectId: string, mergeRequestIid: number, count: number, note?: (index: number) => { body: string; system?: boolean }): void;
  /** One file in the artifacts of `job` in a new successful pipeline of `ref` built from `sha`. */
  addArtifact(artifact: { projectId: string; ref: string; job: string; path: string; text: string; sha: string }): void;
  /** Answers every request whose path (below /api/v4) starts with `pathPrefix` with this status and a GitLab-style body. */
  failPath(pathPrefix: string, status: number, message?: string): void;
  close(): Promise<void>;
}

interface Pipeline {
  id: number;
  projectId: string;
  ref: string;
  sha: string;
  artifacts: Map<string, Map<string, string>>;
}

const root = '/api/v4';

/**
 * A local stand-in for the part of GitLab's REST API that merge request notes and job artifacts
 * use: notes listed newest first unless sort=asc, paginated with X-Page, X-Next-Page and X-Total;
 * raw artifact files from a ref's latest successful pipeline; and the pipeline list. A
 * PRIVATE-TOKEN reaches everything, a JOB-TOKEN only artifacts, as on GitLab.
 */
export async function startFakeGitlabApi(options: { privateToken: string; jobToken: string }): Promise<FakeGitlabApi> {
  const notes = new Map<string, StoredNote[]>();
  const pipelines: Pipeline[] = [];
  const faults: { prefix: string; status: number; message: string }[] = [];
  let nextId = 5_001;
  let clock = Date.UTC(2024, 0, 1);

  const thread = (projectId: string, iid: number): StoredNote[] => {
    const key = `${projectId}!${iid}`;
    const existing = notes.get(key) ?? [];
    notes.set(key, existing);
    return existing;
  };
  const newNote = (body: string, system: boolean): StoredNote => {
    clock += 1000;
    return { id: nextId++, body, system, createdAt: new Date(clock).toISOString() };
  };
  const shape = (note: StoredNote, iid: number): object => ({
    id: note.id,
    type: null,
    body: note.body,
    author: { id: 1, username: note.system ? 'gitlab' : 'reviewer' },
    created_at: note.createdAt,
    updated_at: note.createdAt,
    system: note.system,
    noteable_type: 'MergeRequest',
    noteable_iid: iid,
  });

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    response.end(JSON.stringify(body));
  }

  function listNotes(url: URL, all: StoredNote[], iid: number, response: ServerResponse): void {
    const perPage = Math.min(Math.max(Number(url.searchParams.get('per_page') ?? 20) || 20, 1), 100);
    const page = Math.max(Number(url.searchParams.get('page') ?? 1) || 1, 1);
    const ordered = url.searchParams.get('sort') === 'asc' ? [...all] : [...all].reverse();
    const totalPages = Math.max(Math.ceil(ordered.length / perPage), 1);
    const headers = {
      'X-Page': String(page),
      'X-Per-Page': String(perPage),
      'X-Next-Page': page < totalPages ? String(page + 1) : '',
      'X-Prev-Page': page > 1 ? String(page - 1) : '',
      'X-Total': String(ordered.length),
      'X-Total-Pages': String(totalPages),
    };
    send(
      response,
      200,
      ordered.slice((page - 1) * perPage, page * perPage).map((note) => shape(note, iid)),
      headers,
    );
  }

  function writeNote(
    method: string,
    body: string,
    all: StoredNote[],
    iid: number,
    noteId: string | undefined,
    response: ServerResponse,
  ): void {
    const text = (JSON.parse(body || '{}') as { body?: unknown }).body;
    if (typeof text !== 'string' || text === '') return send(response, 400, { message: { note: ["can't be blank"] } });
    if (method === 'POST' && noteId === undefined) {
      const note = newNote(text, false);
      all.push(note);
      return send(response, 201, shape(note, iid));
    }
    const note = all.find((candidate) => String(candidate.id) === noteId);
    if (method !== 'PUT' || note === undefined) return send(response, 404, { message: '404 Not found' });
    note.body = text;
    send(response, 200, shape(note, iid));
  }

  function route(request: IncomingMessage, body: string, response: ServerResponse): void {
    const url = new URL(request.url ?? '/', 'http://gitlab.invalid');
    const method = request.method ?? 'GET';
    if (!url.pathname.startsWith(`${root}/`)) return send(response, 404, { error: '404 Not Found' });
    // Split before decoding: an encoded path (group%2Fproject) or branch (feature%2Fx) is one segment.
    const segments = url.pathname
      .slice(root.length + 1)
      .split('/')
      .map(decodeURIComponent);
    const below = `/${segments.join('/')}`;
    const fault = faults.find((candidate) => below.startsWith(candidate.prefix));
    if (fault !== undefined) return send(response, fault.status, { message: fault.message });
    const job = request.headers['job-token'] === options.jobToken;
    if (request.headers['private-token'] !== options.privateToken && !job) return send(response, 401, { message: '401 Unauthorized' });

    const [projects, projectId = '', resource, ...rest] = segments;
    if (projects !== 'projects') return send(response, 404, { error: '404 Not Found' });
    if (resource === 'jobs' && rest[0] === 'artifacts' && rest[2] === 'raw' && method === 'GET') {
      const [, ref, , ...file] = rest;
      const latest = pipelines.filter((pipeline) => pipeline.projectId === projectId && pipeline.ref === ref).at(-1);
      const text = latest?.artifacts.get(url.searchParams.get('job') ?? '')?.get(file.join('/'));
      if (text === undefined) return send(response, 404, { message: '404 Not Found' });
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void response.end(text);
    }
    // GitLab lets a job token reach only a few endpoints; notes and the pipeline list are not among them.
    if (job) return send(response, 401, { message: '401 Unauthorized' });
    if (resource === 'pipelines' && rest.length === 0 && method === 'GET') {
      const ref = url.searchParams.get('ref');
      const matching = pipelines.filter((pipeline) => pipeline.projectId === projectId && (ref === null || pipeline.ref === ref)).reverse();
      const perPage = Number(url.searchParams.get('per_page') ?? 20) || 20;
      const listed = matching.slice(0, perPage).map((pipeline) => ({
        id: pipeline.id,
        project_id: 1,
        sha: pipeline.sha,
        ref: pipeline.ref,
        status: 'success',
        source: 'push',
      }));
      return send(response, 200, listed, { 'X-Total': String(matching.length) });
    }
    if (resource === 'merge_requests' && rest[1] === 'notes' && rest.length <= 3) {
      const iid = Number(rest[0]);
      const all = thread(projectId, iid);
      if (method === 'GET' && rest.length === 2) return listNotes(url, all, iid, response);
      return writeNote(method, body, all, iid, rest[2], response);
    }
    send(response, 404, { message: '404 Not Found' });
  }

  const server = await startRecordingServer(route);
  const origin = server.origin;

  return {
    url: `${origin}${root}`,
    requests: server.requests,
    notes: (projectId, iid) => [...thread(projectId, iid)],
    seedNotes(projectId, iid, count, note = (index) => ({ body: `Please rename this (${index + 1})` })) {
      const all = thread(projectId, iid);
      for (let index = 0; index < count; index += 1) {
        const { body, system = false } = note(index);
        all.push(newNote(body, system));
      }
    },
    addArtifact(artifact) {
      pipelines.push({
        id: pipelines.length + 100,
        projectId: artifact.projectId,
        ref: artifact.ref,
        sha: artifact.sha,
        artifacts: new Map([[artifact.job, new Map([[artifact.path, artifact.text]])]]),
      });
    },
    failPath(prefix, status, message) {
      faults.push({
        prefix,
        status,
        message: message ?? `${status} ${status === 403 ? 'Forbidden' : status === 404 ? 'Not Found' : 'Error'}`,
      });
    },
    close: () => server.close(),
  };
}
