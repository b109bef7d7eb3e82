import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Debian's docker client (20.10), which builds with BuildKit without the buildx plugin. */
export const dockerPath = `/usr/bin:${process.env['PATH'] ?? ''}`;

export interface TestRegistry {
  /** host:port, on loopback, which the daemon reaches over plain HTTP. */
  host: string;
  username: string;
  password: string;
  /** GET a manifest through the registry API with the given Accept types. */
  manifest(repository: string, reference: string, accept: string): Promise<{ contentType: string; body: unknown }>;
  blob(repository: string, digest: string): Promise<unknown>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address !== null ? address.port : 0));
    });
  });
}

/**
 * A real registry (Debian's docker-registry, the CNCF distribution) on a loopback port, demanding
 * htpasswd (bcrypt) logins, with its storage in a temporary directory.
 */
export async function startTestRegistry(): Promise<TestRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-registry-'));
  const port = await freePort();
  const username = 'boardline';
  const password = 'S3cret-pa55word!';
  const { stdout: htpasswd } = await run('htpasswd', ['-Bbn', username, password]);
  await writeFile(join(dir, 'htpasswd'), htpasswd);
  await writeFile(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: { level: warn }',
      `storage: { filesystem: { rootdirectory: ${join(dir, 'data')} }, delete: { enabled: true } }`,
      `http: { addr: 127.0.0.1:${port}, secret: boardline-test }`,
      `auth: { htpasswd: { realm: boardline, path: ${join(dir, 'htpasswd')} } }`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn('docker-registry', ['serve', join(dir, 'config.yml')], { stdio: 'ignore' });
  const host = `127.0.0.1:${port}`;
  const authorization = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
  // Ready when it answers an authenticated /v2/; a registry that never does fails here, not later.
  for (let waited = 0; ; waited += 100) {
    const ok = await fetch(`http://${host}/v2/`, { headers: { authorization } }).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) break;
    const exited = child.exitCode !== null || child.signalCode !== null;
    if (exited || waited > 60_000) throw new Error(`docker-registry did not answer on ${host} ${exited ? '(it exited)' : 'within 60 s'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const get = async (path: string, accept: string): Promise<Response> => {
    const response = await fetch(`http://${host}/v2/${path}`, { headers: { authorization, accept } });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status} ${await response.text()}`);
    return response;
  };
  return {
    host,
    username,
    password,
    manifest: async (repository, reference, accept) => {
      const response = await get(`${repository}/manifests/${reference}`, accept);
      return { contentType: response.headers.get('content-type') ?? '', body: await response.json() };
    },
    blob: async (repository, digest) => (await get(`${repository}/blobs/${digest}`, '*/*')).json(),
    stop: async () => {
      child.kill();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
