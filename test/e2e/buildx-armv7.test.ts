import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { dockerPath, startTestRegistry, type TestRegistry } from '../harness/docker-registry.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, repoRoot, runBundledCli } from '../harness/run-cli.js';

const run = promisify(execFile);
const manifestTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
].join(',');

interface ImageManifest {
  config: { digest: string };
  layers: { size: number }[];
}
interface ManifestList {
  manifests: { digest: string; platform: { os: string; architecture: string; variant?: string } }[];
}

/**
 * buildx-armv7 against a real Docker daemon (Debian's docker.io, no buildx plugin: the BuildKit
 * path), a real registry with htpasswd logins, and QEMU's binfmt handlers; test/docker/testbed.sh
 * (run by .ci/run) starts the daemon and makes the base images.
 */
describe('buildx-armv7 with a real Docker daemon and registry', () => {
  let registry: TestRegistry;
  const env = (): Record<string, string> => ({ PATH: dockerPath });
  async function fixture(name: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), `boardline-docker-${name}-`));
    await cp(join(repoRoot, 'test', 'fixtures', 'docker', name), dir, { recursive: true });
    return dir;
  }
  before(async () => {
    const info = await run('/usr/bin/docker', ['info', '--format', '{{.ServerVersion}}']).catch((error: unknown) => {
      throw new Error(`The Docker daemon is not running: run test/docker/testbed.sh as root first (${String(error)})`);
    });
    assert.match(info.stdout, /^\d+\./);
    registry = await startTestRegistry();
  });
  after(async () => {
    await registry.stop();
  });

  it('cross-compiles and pushes a linux/arm/v7 image through the bundled action: arm/v7 in the registry, armv7l when run', async () => {
    const context = await fixture('cross');
    const tag = `${registry.host}/boardline/hello:arm`;
    const result = await runBundledAction('buildx-armv7', {
      inputs: {
        context,
        tags: tag,
        push: 'true',
        username: registry.username,
        password: registry.password,
        labels: 'org.example.team=firmware',
      },
      env: env(),
      timeoutMs: 300_000,
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['builder'], 'buildkit');
    assert.equal(result.outputs['emulated-steps'], '0');
    assert.deepEqual(JSON.parse(result.outputs['images'] ?? ''), [tag]);
    assert.deepEqual(JSON.parse(result.outputs['platforms'] ?? ''), ['linux/arm/v7']);
    assert.match(result.outputs['digest'] ?? '', /^sha256:[0-9a-f]{64}$/);
    assert.match(result.stdout, /No RUN step runs under emulation/);
    assert.match(result.stdout, /Builder: the daemon’s BuildKit/);
    // The password appears only in the command that masks it.
    assert.ok(!result.stdout.replace(`::add-mask::${registry.password}`, '').includes(registry.password));
    assert.ok(!result.stderr.includes(registry.password));

    const { body } = await registry.manifest('boardline/hello', 'arm', manifestTypes);
    const manifest = body as ImageManifest;
    const config = (await registry.blob('boardline/hello', manifest.config.digest)) as {
      architecture: string;
      variant: string;
      config: { Labels: Record<string, string> };
    };
    assert.deepEqual([config.architecture, config.variant], ['arm', 'v7']);
    assert.equal(config.config.Labels['org.example.team'], 'firmware');
    assert.match(config.config.Labels['org.opencontainers.image.created'] ?? '', /^\d{4}-\d\d-\d\dT/);
    const size = JSON.parse(result.outputs['size'] ?? '') as Record<string, number>;
    assert.equal(
      size['linux/arm/v7'],
      manifest.layers.reduce((total, layer) => total + layer.size, 0),
    );
    const { stdout } = await run('/usr/bin/docker', ['run', '--rm', '--platform', 'linux/arm/v7', tag]);
    assert.equal(stdout.trim(), 'hello from armv7l');
  });

  it('pushes linux/amd64 and linux/arm/v7 as one manifest list through the CLI', async () => {
    const context = await fixture('cross');
    const tag = `${registry.host}/boardline/hello:multi`;
    const result = await runBundledCli(
      [
        'buildx-armv7',
        '--context',
        context,
        '--platforms',
        'linux/amd64,linux/arm/v7',
        '--tags',
        tag,
        '--push',
        '--username',
        registry.username,
        '--password',
        registry.password,
        '--json',
      ],
      { env: { ...process.env, ...env() }, timeoutMs: 300_000 },
    );
    assert.equal(result.exitCode, 0, result.stderr);
    const outputs = parseCliJson(result.stdout).outputs ?? {};
    const { contentType, body } = await registry.manifest('boardline/hello', 'multi', manifestTypes);
    assert.match(contentType, /manifest\.list|image\.index/);
    const platforms = (body as ManifestList).manifests
      .map((entry) => [entry.platform.architecture, entry.platform.variant ?? ''].join('/'))
      .sort();
    assert.deepEqual(platforms, ['amd64/', 'arm/v7']);
    assert.deepEqual(Object.keys(outputs['size'] as Record<string, number>).sort(), ['linux/amd64', 'linux/arm/v7']);
    assert.match(String(outputs['digest']), /^sha256:/);
    assert.ok(!result.stderr.includes(registry.password));
  });

  it('counts and reports RUN steps that run under emulation, and still builds', async () => {
    const context = await fixture('emulated');
    const result = await runBundledAction('buildx-armv7', {
      inputs: { context, tags: 'boardline-test/emulated:latest', load: 'true' },
      env: env(),
      timeoutMs: 300_000,
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['emulated-steps'], '2');
    const warning = result.annotations.find((annotation) => annotation.command === 'warning');
    assert.match(warning?.message ?? '', /2 RUN steps will run under QEMU emulation for linux\/arm\/v7 \(.*Dockerfile lines 3, 4\)/);
    assert.match(warning?.message ?? '', /FROM --platform=\$BUILDPLATFORM/);
    assert.match(result.summary, /\| linux\/arm\/v7 \| 2 \|/);
    const { stdout } = await run('/usr/bin/docker', ['run', '--rm', '--platform', 'linux/arm/v7', 'boardline-test/emulated:latest']);
    assert.equal(stdout.trim(), 'armv7l', 'the RUN step really ran under emulation');
  });

  it('sets up QEMU for a foreign architecture only when allowed, and says how otherwise', async () => {
    const context = await fixture('s390x');
    const handler = '/proc/sys/fs/binfmt_misc/qemu-s390x';
    assert.ok(!existsSync(handler), 'testbed.sh leaves s390x without a handler');
    const refused = await runBundledAction('buildx-armv7', {
      inputs: { context, platforms: 'linux/s390x', 'setup-qemu': 'false' },
      env: env(),
    });
    assert.equal(refused.exitCode, 1);
    assert.match(
      refused.stdout,
      /::error::RUN steps for s390x need QEMU emulation, which is not set up, and setup-qemu is false\. Fix: .*update-binfmts --enable qemu-s390x/,
    );
    try {
      const allowed = await runBundledAction('buildx-armv7', {
        inputs: { context, platforms: 'linux/s390x', tags: 'boardline-test/s390x:latest', load: 'true' },
        env: env(),
        timeoutMs: 300_000,
      });
      assert.equal(allowed.exitCode, 0, allowed.stdout);
      assert.match(allowed.stdout, /Setting up QEMU emulation for s390x/);
      assert.equal(allowed.outputs['emulated-steps'], '1');
      const { stdout } = await run('/usr/bin/docker', ['run', '--rm', '--platform', 'linux/s390x', 'boardline-test/s390x:latest']);
      assert.equal(stdout.trim(), 's390x');
    } finally {
      await run('update-binfmts', ['--disable', 'qemu-s390x']);
    }
  });

  it('says clearly what is wrong: missing Dockerfile, bad platform, wrong password, unreachable registry, no daemon', async () => {
    const context = await fixture('cross');
    const cli = (args: string[], extra: Record<string, string> = {}) =>
      runBundledCli(['buildx-armv7', '--context', context, ...args], { env: { ...process.env, ...env(), ...extra }, timeoutMs: 300_000 });

    const missing = await cli(['--file', join(context, 'Nope.Dockerfile')]);
    assert.equal(missing.exitCode, 2);
    assert.match(missing.stderr, /Input "file": the Dockerfile .*Nope\.Dockerfile does not exist/);

    const platform = await cli(['--platforms', 'linux/armv7']);
    assert.equal(platform.exitCode, 2);
    assert.match(platform.stderr, /Input "platforms" has an invalid platform "linux\/armv7": unknown architecture "armv7"/);

    const wrongPassword = 'not-the-Pa55word';
    const denied = await cli([
      '--tags',
      `${registry.host}/boardline/hello:x`,
      '--push',
      '--username',
      registry.username,
      '--password',
      wrongPassword,
    ]);
    assert.equal(denied.exitCode, 1);
    assert.match(denied.stderr, new RegExp(`Login to ${registry.host} as boardline failed: .*401 Unauthorized`));
    assert.match(denied.stderr, /Fix: check username and password/);
    assert.ok(!denied.stderr.includes(wrongPassword) && !denied.stdout.includes(wrongPassword), 'the password is never printed');

    const unreachable = await cli(['--tags', '127.0.0.1:1/boardline/hello:x', '--push']);
    assert.equal(unreachable.exitCode, 1);
    assert.match(unreachable.stderr, /Registry 127\.0\.0\.1:1 is unreachable: .*connection refused/);

    const noDaemon = await cli([], { DOCKER_HOST: 'unix:///nonexistent/docker.sock' });
    assert.equal(noDaemon.exitCode, 1);
    assert.match(noDaemon.stderr, /The Docker daemon is not reachable: .*Cannot connect to the Docker daemon/);
    assert.match(noDaemon.stderr, /Fix: start the Docker daemon/);
  });
});
