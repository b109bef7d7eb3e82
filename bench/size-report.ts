/**
 * size-report benchmark: what posting the comment adds to a job. Run: npm run bench:size-report.
 * Target (issue): < 1 s. The bundled CLI runs the report against a local stand-in of GitLab's API
 * whose merge request already holds 150 notes (so finding ours takes two pages), with and without
 * the comment, side by side; the difference is the comment's cost.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFakeGitlabApi } from '../test/harness/fake-gitlab-api.js';
import { runBundledCli } from '../test/harness/run-cli.js';

const api = await startFakeGitlabApi({ privateToken: 'glpat-bench', jobToken: 'job-bench' });
try {
  const report = [{ sketch: 'blink', fqbn: 'arduino:avr:uno', program: { used: 1024, maximum: 32256 }, ram: { used: 200, maximum: 2048 } }];
  api.addArtifact({
    projectId: '42',
    ref: 'main',
    job: 'boardline-compile-sketch',
    path: 'build/sizes.json',
    text: JSON.stringify(report),
    sha: 'a'.repeat(40),
  });
  api.seedNotes('42', 3, 150);
  const workspace = await mkdtemp(join(tmpdir(), 'boardline-bench-size-report-'));
  await mkdir(join(workspace, 'build'), { recursive: true });
  await writeFile(join(workspace, 'build', 'sizes.json'), JSON.stringify(report));
  const env = {
    ...process.env,
    GITHUB_ACTIONS: '',
    GITLAB_CI: 'true',
    CI_API_V4_URL: api.url,
    CI_PROJECT_ID: '42',
    CI_COMMIT_SHA: 'b'.repeat(40),
    CI_COMMIT_REF_NAME: 'feature',
    CI_MERGE_REQUEST_IID: '3',
    CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
  };
  const timed = async (comment: boolean): Promise<number> => {
    const started = performance.now();
    const run = await runBundledCli(['size-report', '--token', 'glpat-bench', comment ? '--comment' : '--no-comment'], {
      env,
      cwd: workspace,
    });
    if (run.exitCode !== 0) throw new Error(`size-report failed: ${run.stderr}`);
    return performance.now() - started;
  };
  const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const withComment: number[] = [];
  const without: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    without.push(await timed(false));
    withComment.push(await timed(true));
  }
  const added = median(withComment) - median(without);
  console.log(
    `size-report step, median of 5: ${median(withComment).toFixed(0)} ms with the comment (150 notes to page through, then an update) vs ${median(without).toFixed(0)} ms without: the comment adds ${added > 0 ? `${added.toFixed(0)} ms` : `nothing measurable (${added.toFixed(0)} ms: the runs' noise)`} (target < 1000 ms)`,
  );
} finally {
  await api.close();
}
