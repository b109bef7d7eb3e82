import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for GitHub's cache service (version 2, what hosted runners use), enough for
 * @actions/cache: the three Twirp JSON calls (CreateCacheEntry, FinalizeCacheEntryUpload,
 * GetCacheEntryDownloadURL) and the signed URLs they hand out — an Azure-blob-style single-shot
 * PUT for the upload and a plain GET for the download. Entries match on key and version exactly.
 */
export interface FakeCacheService {
  /** The job environment that points @actions/cache here. */
  env: Record<string, string>;
  /** Finished entries by key: their archive sizes. */
  entries(): Map<string, number>;
  downloads: number;
  close(): Promise<void>;
}

interface Entry {
  key: string;
  version: string;
  body: Buffer | undefined;
  finished: boolean;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function startFakeCacheService(): Promise<FakeCacheService> {
  const entries: Entry[] = [];
  let downloads = 0;
  let base = '';
  const json = (response: ServerResponse, body: unknown): void => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', base);
      const body = await readBody(request);
      const twirp = /^\/twirp\/github\.actions\.results\.api\.v1\.CacheService\/(\w+)$/.exec(url.pathname)?.[1];
      if (twirp !== undefined) {
        if (request.headers.authorization !== 'Bearer fake-runtime-token') {
          response.writeHead(401);
          response.end();
          return;
        }
        const call = JSON.parse(body.toString('utf8')) as { key: string; version: string; restore_keys?: string[] };
        let index = entries.findIndex((entry) => entry.key === call.key && entry.version === call.version);
        // As the service does: no exact hit, then the newest finished entry a restore key prefixes.
        if (twirp === 'GetCacheEntryDownloadURL' && index < 0) {
          for (const prefix of call.restore_keys ?? []) {
            index = entries.findLastIndex((entry) => entry.finished && entry.version === call.version && entry.key.startsWith(prefix));
            if (index >= 0) break;
          }
        }
        if (twirp === 'CreateCacheEntry') {
          if (index >= 0) return json(response, { ok: false, message: 'cache entry already exists' });
          entries.push({ key: call.key, version: call.version, body: undefined, finished: false });
          return json(response, { ok: true, signed_upload_url: `${base}devstoreaccount1/caches/${entries.length - 1}?sig=fake` });
        }
        if (twirp === 'FinalizeCacheEntryUpload') {
          const entry = entries[index];
          if (entry?.body === undefined) return json(response, { ok: false, message: 'nothing was uploaded' });
          entry.finished = true;
          return json(response, { ok: true, entry_id: String(index) });
        }
        if (twirp === 'GetCacheEntryDownloadURL') {
          if (index < 0 || entries[index]?.finished !== true)
            return json(response, { ok: false, signed_download_url: '', matched_key: '' });
          return json(response, {
            ok: true,
            signed_download_url: `${base}downloads/${index}`,
            matched_key: entries[index]?.key ?? call.key,
          });
        }
      }
      const upload = /^\/devstoreaccount1\/caches\/(\d+)$/.exec(url.pathname)?.[1];
      if (request.method === 'PUT' && upload !== undefined) {
        const entry = entries[Number(upload)];
        if (entry !== undefined) entry.body = body;
        response.writeHead(201, {
          etag: '"0x1"',
          'last-modified': new Date().toUTCString(),
          'x-ms-request-id': 'fake',
          'x-ms-version': '2025-01-05',
        });
        response.end();
        return;
      }
      const download = /^\/downloads\/(\d+)$/.exec(url.pathname)?.[1];
      const stored = download === undefined ? undefined : entries[Number(download)]?.body;
      if (request.method === 'GET' && stored !== undefined) {
        downloads += 1;
        response.writeHead(200, { 'content-length': String(stored.length), 'content-type': 'application/octet-stream' });
        response.end(stored);
        return;
      }
      response.writeHead(404);
      response.end();
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    env: { ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: base, ACTIONS_RUNTIME_TOKEN: 'fake-runtime-token' },
    entries: () => new Map(entries.filter((entry) => entry.finished).map((entry) => [entry.key, entry.body?.length ?? 0])),
    get downloads() {
      return downloads;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
