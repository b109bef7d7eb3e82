import assert from 'node:assert/strict';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import type { SizeEntry } from '../../src/report/size-table.js';
import { startFakeCacheService, type FakeCacheService } from '../harness/fake-cache-service.js';
import { startFakeGithubApi, type FakeGithubApi } from '../harness/fake-github-api.js';
import { startFakeGitlabApi, type FakeGitlabApi } from '../harness/fake-gitlab-api.js';
import { componentProject, gitlabCiLocal, selfComponent } from '../harness/gitlab-ci-local.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, runBundledCli } from '../harness/run-cli.js';

const repository = 'acme/firmware';

/** A sizes.json as compile-sketch writes it: one sketch on two boards. */
function sizes(unoFlash: number, nanoRam: number): SizeEntry[] {
  return [
    { sketch: 'blink', fqbn: 'arduino:avr:uno', program: { used: unoFlash, maximum: 32256 }, ram: { used: 200, maximum: 2048 } },
    { sketch: 'blink', fqbn: 'arduino:avr:nano', program: { used: 900, maximum: 30720 }, ram: { used: nanoRam, maximum: 2048 } },
  ];
}

async function workspaceWith(report: SizeEntry[]): Promise<string> {
  const workspace = await mkdtemp(join(tmpdir(), 'boardline-size-report-'));
  await mkdir(join(workspace, 'build'), { recursive: true });
  await writeFile(join(workspace, 'build', 'sizes.json'), JSON.stringify(report));
  return workspace;
}

describe('size-report on GitHub: the base build from the Actions cache, one comment kept up to date', () => {
  let api: FakeGithubApi;
  let cache: FakeCacheService;
  let events: string;
  before(async () => {
    api = await startFakeGithubApi({ token: 'ghs_secret_token' });
    cache = await startFakeCacheService();
    events = await mkdtemp(join(tmpdir(), 'boardline-events-'));
  });
  after(async () => {
    await api.close();
    await cache.close();
  });

  async function run(options: {
    report: SizeEntry[];
    sha: string;
    pr?: { number: number; baseSha: string };
    inputs?: Record<string, string>;
  }) {
    const event = join(events, `${options.sha}.json`);
    await writeFile(
      event,
      JSON.stringify(
        options.pr === undefined
          ? { ref: 'refs/heads/main' }
          : {
              pull_request: {
                number: options.pr.number,
                base: { sha: options.pr.baseSha, ref: 'main', repo: { full_name: repository } },
                head: { ref: 'feature', repo: { full_name: repository } },
              },
            },
      ),
    );
    return runBundledAction('size-report', {
      workspace: await workspaceWith(options.report),
      inputs: { token: 'ghs_secret_token', ...options.inputs },
      env: {
        ...cache.env,
        GITHUB_REPOSITORY: repository,
        GITHUB_API_URL: api.url,
        GITHUB_SHA: options.sha,
        GITHUB_REF: options.pr === undefined ? 'refs/heads/main' : `refs/pull/${options.pr.number}/merge`,
        ...(options.pr === undefined ? {} : { GITHUB_HEAD_REF: 'feature' }),
        GITHUB_EVENT_PATH: event,
      },
    });
  }

  it('a push saves its sizes; a pull request compares against its base commit and comments once, then updates that comment', async () => {
    const push = await run({ report: sizes(1000, 200), sha: 'a'.repeat(40) });
    assert.equal(push.exitCode, 0, push.stdout + push.stderr);
    assert.equal(push.outputs['comment'], 'skipped');
    assert.ok(cache.entries().has(`boardline-sizes-main-${'a'.repeat(40)}`), [...cache.entries().keys()].join(', '));

    const first = await run({ report: sizes(1100, 200), sha: 'b'.repeat(40), pr: { number: 7, baseSha: 'a'.repeat(40) } });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(first.outputs['comment'], 'created');
    assert.equal(first.outputs['base'], 'a'.repeat(40));
    assert.match(first.summary, /\+100/);
    const comments = api.comments(repository, 7);
    assert.equal(comments.length, 1);
    assert.match(comments[0]?.body ?? '', /boardline:size-report/);
    assert.match(comments[0]?.body ?? '', /arduino:avr:uno[\s\S]*\+100/);

    const second = await run({ report: sizes(1050, 260), sha: 'c'.repeat(40), pr: { number: 7, baseSha: 'a'.repeat(40) } });
    assert.equal(second.outputs['comment'], 'updated');
    assert.equal(api.comments(repository, 7).length, 1, 'the same comment, updated in place');
    assert.match(api.comments(repository, 7)[0]?.body ?? '', /\+50/);

    const other = await run({ report: sizes(990, 200), sha: 'd'.repeat(40), pr: { number: 8, baseSha: 'a'.repeat(40) } });
    assert.equal(other.outputs['comment'], 'created');
    assert.equal(api.comments(repository, 8).length, 1);
    assert.equal(api.comments(repository, 7).length, 1);
  });

  it('falls back to the newest report of the base branch, and says which commit it compared against', async () => {
    const pr = await run({ report: sizes(1000, 200), sha: 'e'.repeat(40), pr: { number: 9, baseSha: 'f'.repeat(40) } });
    assert.equal(pr.exitCode, 0, pr.stdout + pr.stderr);
    assert.equal(pr.outputs['base'], 'a'.repeat(40));
    assert.match(api.comments(repository, 9)[0]?.body ?? '', /newest/);
  });

  it('a token that may not comment (a fork) is a warning, not a failure; fail-on-increase fails after commenting', async () => {
    api.failPath(`/repos/${repository}/issues/10/comments`, 403, 'Resource not accessible by integration');
    const fork = await run({ report: sizes(1000, 200), sha: '1'.repeat(40), pr: { number: 10, baseSha: 'a'.repeat(40) } });
    assert.equal(fork.exitCode, 0, fork.stdout + fork.stderr);
    assert.equal(fork.outputs['comment'], 'not-permitted');
    assert.ok(fork.annotations.some((annotation) => annotation.command === 'warning' && /pull-requests: write/.test(annotation.message)));
    // The runner is told to mask it (::add-mask::); nothing else may carry it.
    const log = (fork.stdout + fork.stderr).replace(/^::add-mask::.*$/gm, '');
    assert.doesNotMatch(log, /ghs_secret_token/);

    const gate = await run({
      report: sizes(1300, 200),
      sha: '2'.repeat(40),
      pr: { number: 11, baseSha: 'a'.repeat(40) },
      inputs: { 'fail-on-increase': 'flash 10%' },
    });
    assert.equal(gate.exitCode, 1, gate.stdout + gate.stderr);
    assert.match(gate.annotations[0]?.message ?? '', /flash grew by 300 bytes/);
    assert.equal(api.comments(repository, 11).length, 1, 'the comment was posted before the gate failed');
  });
});

describe('size-report on GitLab: the target branch report from its pipeline artifacts, one merge request note', () => {
  let api: FakeGitlabApi;
  before(async () => {
    api = await startFakeGitlabApi({ privateToken: 'glpat-secret', jobToken: 'job-token' });
  });
  after(async () => api.close());

  const env = (sha: string): NodeJS.ProcessEnv => ({
    ...process.env,
    GITHUB_ACTIONS: '',
    GITLAB_CI: 'true',
    CI_API_V4_URL: api.url,
    CI_PROJECT_ID: '42',
    CI_COMMIT_SHA: sha,
    CI_COMMIT_REF_NAME: 'feature',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
    CI_JOB_TOKEN: 'job-token',
  });

  it('fetches the target branch report, creates the note, and updates it on the next push', async () => {
    api.addArtifact({
      projectId: '42',
      ref: 'main',
      job: 'boardline-compile-sketch',
      path: 'build/sizes.json',
      text: JSON.stringify(sizes(1000, 200)),
      sha: '9'.repeat(40),
    });
    const workspace = await workspaceWith(sizes(1024, 210));
    const first = await runBundledCli(['size-report', '--token', 'glpat-secret', '--json'], { env: env('b'.repeat(40)), cwd: workspace });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    const outputs = parseCliJson(first.stdout).outputs ?? {};
    assert.equal(outputs['comment'], 'created');
    assert.equal(outputs['base'], '9'.repeat(40));
    assert.match(api.notes('42', 3)[0]?.body ?? '', /\+24/);
    const second = await runBundledCli(['size-report', '--token', 'glpat-secret', '--json'], {
      env: env('c'.repeat(40)),
      cwd: await workspaceWith(sizes(1010, 200)),
    });
    assert.equal(parseCliJson(second.stdout).outputs?.['comment'], 'updated');
    assert.equal(api.notes('42', 3).filter((note) => !note.system).length, 1);
    assert.match(api.notes('42', 3)[0]?.body ?? '', /\+10/);
  });

  it('without a token that may write notes it warns and still reports; no base found is no failure', async () => {
    const run = await runBundledCli(['size-report', '--json'], {
      env: { ...env('d'.repeat(40)), CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'release' },
      cwd: await workspaceWith(sizes(1000, 200)),
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['comment'], 'skipped');
    assert.equal(outputs['base'], '');
    assert.match(run.stderr, /CI_JOB_TOKEN cannot write merge request notes/);
  });

  it('the component, under gitlab-ci-local: a merge request pipeline on a branch fetches the target branch report and notes it', async () => {
    api.addArtifact({
      projectId: '77',
      ref: 'main',
      job: 'boardline-compile-sketch',
      path: 'build/sizes.json',
      text: JSON.stringify(sizes(2000, 300)),
      sha: '8'.repeat(40),
    });
    const pipeline = {
      stages: ['build', 'test', 'report'],
      include: [selfComponent('size-report', {})],
      sizes: {
        stage: 'build',
        script: [`mkdir -p build && printf '%s' '${JSON.stringify(sizes(2048, 300))}' > build/sizes.json`],
        artifacts: { paths: ['build/'] },
      },
      report: {
        stage: 'report',
        script: ['printf "%s|%s\\n" "$BOARDLINE_COMMENT" "$BOARDLINE_BASE" > report.txt'],
        artifacts: { paths: ['report.txt'] },
      },
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    const run = await gitlabCiLocal(dir, [], {
      variables: {
        // gitlab-ci-local says GITLAB_CI=false and has no API of its own: the stand-in is GitLab here.
        GITLAB_CI: 'true',
        CI_API_V4_URL: api.url,
        CI_PROJECT_ID: '77',
        CI_MERGE_REQUEST_IID: '5',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_JOB_TOKEN: 'job-token',
        BOARDLINE_GITLAB_TOKEN: 'glpat-secret',
      },
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /PASS\s+boardline-size-report\b/);
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), `created|${'8'.repeat(40)}\n`);
    assert.match(api.notes('77', 5)[0]?.body ?? '', /\+48/);
  });
});
