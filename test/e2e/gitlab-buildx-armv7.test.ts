import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { dockerPath } from '../harness/docker-registry.js';
import { componentProject, gitlabCiLocal, selfComponent } from '../harness/gitlab-ci-local.js';
import { repoRoot } from '../harness/run-cli.js';

const run = promisify(execFile);

/**
 * The buildx-armv7 component in a shell job against this machine's Docker daemon (started by
 * test/docker/testbed.sh), as on a shell runner in the docker group: Debian's docker client first
 * on PATH, which builds with the daemon's BuildKit. No registry: the image is loaded and tagged
 * locally, and a later job reads the component's dotenv outputs.
 */
describe('GitLab buildx-armv7 component with a real Docker daemon', () => {
  const image = `boardline-gitlab-test/cross:${String(process.pid)}`;
  before(async () => {
    const info = await run('/usr/bin/docker', ['info', '--format', '{{.ServerVersion}}']).catch((error: unknown) => {
      throw new Error(`The Docker daemon is not running: run test/docker/testbed.sh as root first (${String(error)})`);
    });
    assert.match(info.stdout, /^\d+\./);
  });
  after(async () => {
    await run('/usr/bin/docker', ['image', 'rm', '--force', image]).catch(() => undefined);
  });

  it('cross-compiles the linux/arm/v7 image, loads it as a local image and reports buildkit with no emulated step', async () => {
    const pipeline = {
      stages: ['build', 'report'],
      include: [selfComponent('buildx-armv7', { context: 'cross', tags: image, load: true, 'runner-tags': ['docker'] })],
      report: {
        stage: 'report',
        script: ['printf "%s|%s|%s\\n" "$BOARDLINE_BUILDER" "$BOARDLINE_EMULATED_STEPS" "$BOARDLINE_PLATFORMS" > report.txt'],
        artifacts: { paths: ['report.txt'] },
      },
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    await cp(join(repoRoot, 'test', 'fixtures', 'docker', 'cross'), join(dir, 'cross'), { recursive: true });
    const result = await gitlabCiLocal(dir, [], { env: { PATH: dockerPath }, timeoutMs: 300_000 });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.match(result.stdout, /PASS\s+boardline-buildx-armv7\b/);
    assert.match(result.stdout, /Built linux\/arm\/v7 with buildkit/);

    const dotenv = await readFile(
      join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-buildx-armv7', '.gitlab-ci-reports', 'dotenv', 'boardline.env'),
      'utf8',
    );
    assert.match(dotenv, /^BOARDLINE_BUILDER=buildkit$/m);
    assert.match(dotenv, /^BOARDLINE_EMULATED_STEPS=0$/m);
    // The outputs reach a job of a later stage as variables.
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), 'buildkit|0|["linux/arm/v7"]\n');

    // The image is in the daemon, labelled for the Pi, and its binary was built for 32-bit ARM.
    const { stdout: platform } = await run('/usr/bin/docker', [
      'image',
      'inspect',
      '--format',
      '{{.Os}}/{{.Architecture}}/{{.Variant}}',
      image,
    ]);
    assert.equal(platform.trim(), 'linux/arm/v7');
    const { stdout: uname } = await run('/usr/bin/docker', ['run', '--rm', '--platform', 'linux/arm/v7', image, 'uname', '-m']);
    assert.equal(uname.trim(), 'armv7l');
  });
});
