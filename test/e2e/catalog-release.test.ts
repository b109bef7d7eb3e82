import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { releaseNotes } from '../../scripts/release-notes.js';
import { componentProject, gitlabCiLocal, jobLogs } from '../harness/gitlab-ci-local.js';
import { repoRoot } from '../harness/run-cli.js';
import { sampleChangelog } from '../harness/sample-changelog.js';

const run = promisify(execFile);

/**
 * An `npm` first on PATH that knows one published version of boardline, whose package holds this
 * CHANGELOG.md: `npm view boardline@V version` prints V for it and nothing for another version (as
 * the registry's npm does), `npm pack boardline@V` writes boardline-V.tgz. Every call is recorded.
 */
async function fakeNpm(published: string, changelog: string): Promise<{ path: string; calls: () => Promise<string[]> }> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-fake-npm-'));
  await mkdir(join(dir, 'registry', 'package'), { recursive: true });
  await writeFile(join(dir, 'registry', 'package', 'CHANGELOG.md'), changelog);
  const tarball = join(dir, `boardline-${published}.tgz`);
  await run('tar', ['-czf', tarball, '-C', join(dir, 'registry'), 'package']);
  const calls = join(dir, 'calls');
  await mkdir(join(dir, 'bin'));
  await writeFile(
    join(dir, 'bin', 'npm'),
    [
      '#!/bin/sh',
      `printf '%s\\n' "$*" >> '${calls}'`,
      'case "$1" in',
      `  view) if [ "$2" = 'boardline@${published}' ] && [ "$3" = version ]; then echo '${published}'; fi ;;`,
      `  pack) if [ "$3" = 'boardline@${published}' ]; then cp '${tarball}' .; echo 'boardline-${published}.tgz'; else echo "npm error 404 $3" >&2; exit 1; fi ;;`,
      '  *) echo "fake npm: $1 is not faked" >&2; exit 1 ;;',
      'esac',
      '',
    ].join('\n'),
  );
  await chmod(join(dir, 'bin', 'npm'), 0o755);
  return {
    path: `${join(dir, 'bin')}:${process.env['PATH'] ?? ''}`,
    calls: async () => (existsSync(calls) ? (await readFile(calls, 'utf8')).trim().split('\n') : []),
  };
}

/** The catalog project's own pipeline, its release-notes job alone, on a tag. */
async function releaseNotesJob(tag: string, npm: { path: string }): Promise<{ dir: string; exitCode: number | null; logs: string }> {
  const dir = await componentProject({});
  const result = await gitlabCiLocal(dir, ['release-notes'], { variables: { CI_COMMIT_TAG: tag }, env: { PATH: npm.path } });
  return { dir, exitCode: result.exitCode, logs: `${await jobLogs(dir)}\n${result.stdout}\n${result.stderr}` };
}

describe("the GitLab catalog's release", () => {
  it('on a tag that npm has: the release notes are its CHANGELOG section from the published package, as the GitHub release takes it', async () => {
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    const changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8');
    const npm = await fakeNpm(version, changelog);
    const job = await releaseNotesJob(version, npm);
    assert.equal(job.exitCode, 0, job.logs);
    assert.equal(await readFile(join(job.dir, 'release-notes.md'), 'utf8'), releaseNotes(changelog, version));
    assert.deepEqual(await npm.calls(), [`view boardline@${version} version`, `pack --silent boardline@${version}`]);
  });

  it('takes the same section as scripts/release-notes.ts from a changelog with every corner (1.2.3 beside 1.2.30 and 1.2.3-rc.1, link references)', async () => {
    for (const version of ['1.2.3', '1.2.3-rc.1']) {
      const job = await releaseNotesJob(version, await fakeNpm(version, sampleChangelog));
      assert.equal(job.exitCode, 0, job.logs);
      assert.equal(await readFile(join(job.dir, 'release-notes.md'), 'utf8'), releaseNotes(sampleChangelog, version), version);
    }
  });

  it('fails, saying why and what to do, when the tag is not a version of boardline on npm', async () => {
    const npm = await fakeNpm('1.2.3', sampleChangelog);
    const job = await releaseNotesJob('1.2.4', npm);
    assert.notEqual(job.exitCode, 0);
    assert.match(job.logs, /The tag 1\.2\.4 is not a version of boardline on npm \(npm view boardline@1\.2\.4 version printed ""\)/);
    assert.match(job.logs, /Fix: publish boardline 1\.2\.4 first \(push the tag v1\.2\.4 to the Boardline repository/);
    assert.match(job.logs, /FAIL\s+release-notes/);
    assert.deepEqual(await npm.calls(), ['view boardline@1.2.4 version'], 'nothing is fetched');
    assert.equal(existsSync(join(job.dir, 'release-notes.md')), false);
  });

  it("fails when the published package's CHANGELOG.md has no section for the tag", async () => {
    const job = await releaseNotesJob('2.0.0', await fakeNpm('2.0.0', sampleChangelog));
    assert.notEqual(job.exitCode, 0);
    assert.match(job.logs, /The CHANGELOG\.md of boardline 2\.0\.0 has no section "## \[2\.0\.0\]", or an empty one/);
    assert.match(job.logs, /FAIL\s+release-notes/);
  });

  it('the release job waits for every stage, takes only the notes, and makes them the release description', async () => {
    const pipeline = parse(await readFile(join(repoRoot, 'components', '.gitlab-ci.yml'), 'utf8')) as Record<
      string,
      Record<string, unknown>
    >;
    const notes = pipeline['release-notes'];
    const release = pipeline['release'];
    assert.ok(notes !== undefined && release !== undefined);
    assert.equal(notes['stage'], '.pre');
    assert.match(String(notes['image']), /^node:\d+/);
    assert.deepEqual(notes['artifacts'], { paths: ['release-notes.md'] });
    assert.equal(release['stage'], 'release');
    assert.equal(release['needs'], undefined, 'no needs: it runs after every test stage has passed');
    assert.deepEqual(release['dependencies'], ['release-notes']);
    assert.deepEqual(release['rules'], notes['rules']);
    assert.deepEqual(release['release'], {
      tag_name: '$CI_COMMIT_TAG',
      name: 'Boardline CI/CD components $CI_COMMIT_TAG',
      description: './release-notes.md',
    });
  });
});
