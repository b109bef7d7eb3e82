import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loginToRegistry } from '../../src/docker/registry-login.js';
import { recordingIo } from '../../src/io.js';
import { expectFailure } from '../harness/expect-error.js';

/**
 * A stand-in docker client that records the environment and stdin of `docker login` and answers
 * as docker does (a wrong password: the registry's 401). The login's config handling is what is
 * tested here; the real client and registry are in test/e2e/buildx-armv7.test.ts.
 */
async function fakeDocker(dir: string, accept: boolean): Promise<string> {
  const binary = join(dir, 'docker');
  const answer = accept
    ? 'echo "Login Succeeded"'
    : 'echo "Error response from daemon: login attempt to http://r/v2/ failed with status: 401 Unauthorized" >&2; exit 1';
  await writeFile(
    binary,
    `#!/bin/sh\nprintf '%s\\n' "$DOCKER_CONFIG" "$BUILDX_CONFIG" > "${join(dir, 'env')}"\ncat > "${join(dir, 'stdin')}"\n${answer}\n`,
  );
  await chmod(binary, 0o755);
  return binary;
}

async function places(): Promise<{ tempDir: string; dockerConfigDir: string; buildxConfigDir: string; work: string }> {
  const work = await mkdtemp(join(tmpdir(), 'boardline-login-'));
  const dockerConfigDir = join(work, 'user-docker');
  await mkdir(join(dockerConfigDir, 'cli-plugins'), { recursive: true });
  await mkdir(join(work, 'temp'));
  return { tempDir: join(work, 'temp'), dockerConfigDir, buildxConfigDir: join(dockerConfigDir, 'buildx'), work };
}

describe('registry login', () => {
  it('logs in into a private config that keeps the user’s buildx builders and plugins in reach, and removes it', async () => {
    const where = await places();
    const binary = await fakeDocker(where.work, true);
    const session = await loginToRegistry(
      { binary, env: {}, secrets: [] },
      { registry: 'r', username: 'u', password: 'pa55' },
      where,
      recordingIo(),
    );
    const [config = '', buildx = ''] = (await readFile(join(where.work, 'env'), 'utf8')).trim().split('\n');
    assert.ok(config.startsWith(join(where.tempDir, 'boardline-docker-config-')), config);
    assert.equal(buildx, where.buildxConfigDir);
    assert.equal(await readlink(join(config, 'cli-plugins')), join(where.dockerConfigDir, 'cli-plugins'));
    assert.equal(await readFile(join(where.work, 'stdin'), 'utf8'), 'pa55', 'the password goes on stdin');
    assert.equal(session.client.env['DOCKER_CONFIG'], config);
    await session.logout();
    assert.ok(!existsSync(config));
  });

  it('removes the private config when the login fails or docker cannot run', async () => {
    const where = await places();
    const wrong = await fakeDocker(where.work, false);
    const error = await expectFailure('failed', () =>
      loginToRegistry({ binary: wrong, env: {}, secrets: [] }, { registry: 'r', username: 'u', password: 'pa55' }, where, recordingIo()),
    );
    assert.match(error.message, /Login to r as u failed: .*401 Unauthorized/);
    // A docker this machine lacks is not bad input: installing it fixes the job.
    await expectFailure('not-available', () =>
      loginToRegistry(
        { binary: join(where.work, 'no-docker'), env: {}, secrets: [] },
        { registry: 'r', username: 'u', password: 'pa55' },
        where,
        recordingIo(),
      ),
    );
    assert.deepEqual(await readdir(where.tempDir), [], 'no private config is left behind');
  });
});
