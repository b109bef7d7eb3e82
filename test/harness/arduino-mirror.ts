import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from './run-cli.js';

const run = promisify(execFile);

/** The stand-in arduino-cli (test/fixtures/arduino-cli), the executable every mirrored archive holds. */
export const standInCli = join(repoRoot, 'test', 'fixtures', 'arduino-cli', 'arduino-cli');

/** How a mirrored release misbehaves. */
export type ReleaseFault = 'none' | 'checksum-mismatch' | 'missing-checksum' | 'truncated' | 'no-archive';

export interface MirrorRelease {
  version: string;
  fault?: ReleaseFault;
  prerelease?: boolean;
}

export interface ArduinoMirror {
  /** base-url: where archives and checksums files are, laid out as downloads.arduino.cc/arduino-cli. */
  baseUrl: string;
  /** api-url: answers GET /repos/arduino/arduino-cli/releases like GitHub's REST API. */
  apiUrl: string;
  /** Every request path, in order. */
  requests: string[];
  /** Authorization headers the API saw. */
  authorizations: string[];
  /** The API answers this many requests with 403 rate limiting (Retry-After: 0) before answering. */
  rateLimitNext(count: number): void;
  close(): Promise<void>;
}

/** An arduino-cli release archive as the release pipeline packs it: arduino-cli and LICENSE.txt at the root. */
async function packArchive(dir: string, name: string): Promise<Buffer> {
  const stage = await mkdtemp(join(dir, 'stage-'));
  await copyFile(standInCli, join(stage, 'arduino-cli'));
  await writeFile(join(stage, 'LICENSE.txt'), 'GPL-3.0 (fixture)\n');
  const archive = join(dir, name);
  await run('tar', ['-czf', archive, '-C', stage, 'arduino-cli', 'LICENSE.txt']);
  return readFile(archive);
}

/**
 * A local release server for setup-arduino-cli: Linux x64 archives of the stand-in arduino-cli,
 * `<version>-checksums.txt` files in sha256sum's format, and a GitHub-like release list, with
 * per-release faults (a wrong or missing checksum, a download cut short, a missing archive).
 */
export async function startArduinoMirror(releases: readonly MirrorRelease[]): Promise<ArduinoMirror> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-mirror-'));
  const files = new Map<string, { body: Buffer; truncated: boolean }>();
  for (const release of releases) {
    const name = `arduino-cli_${release.version}_Linux_64bit.tar.gz`;
    const archive = await packArchive(dir, name);
    const sums = [name, `arduino-cli_${release.version}_Linux_ARM64.tar.gz`, `arduino-cli_${release.version}_Windows_64bit.zip`].map(
      (file) => {
        const real = createHash('sha256')
          .update(file === name ? archive : Buffer.from(file))
          .digest('hex');
        const sum = file === name && release.fault === 'checksum-mismatch' ? createHash('sha256').update('tampered').digest('hex') : real;
        return release.fault === 'missing-checksum' && file === name ? '' : `${sum}  ${file}\n`;
      },
    );
    files.set(`/arduino-cli/${release.version}-checksums.txt`, { body: Buffer.from(sums.join('')), truncated: false });
    if (release.fault !== 'no-archive') files.set(`/arduino-cli/${name}`, { body: archive, truncated: release.fault === 'truncated' });
  }
  const list = releases.map((release) => ({ tag_name: `v${release.version}`, draft: false, prerelease: release.prerelease === true }));
  const requests: string[] = [];
  const authorizations: string[] = [];
  let rateLimited = 0;

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/';
    requests.push(url);
    if (url.startsWith('/api/repos/arduino/arduino-cli/releases')) {
      authorizations.push(request.headers.authorization ?? '');
      if (rateLimited > 0) {
        rateLimited -= 1;
        response.writeHead(403, { 'retry-after': '0', 'x-ratelimit-remaining': '0', 'content-type': 'application/json' });
        response.end('{"message":"API rate limit exceeded"}');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(list));
      return;
    }
    const file = files.get(url);
    if (file === undefined) {
      response.writeHead(404);
      response.end('Not Found');
      return;
    }
    response.writeHead(200, { 'content-length': String(file.body.length) });
    if (file.truncated) {
      // Half the bytes, then the connection drops: what a broken proxy or network does.
      response.write(file.body.subarray(0, file.body.length >> 1), () => response.destroy());
      return;
    }
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/arduino-cli`,
    apiUrl: `http://127.0.0.1:${port}/api`,
    requests,
    authorizations,
    rateLimitNext: (count) => (rateLimited = count),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
