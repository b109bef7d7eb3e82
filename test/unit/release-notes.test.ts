import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { changelogSections, changelogVersion, releaseNotes } from '../../scripts/release-notes.js';
import { repoRoot } from '../harness/run-cli.js';
import { sampleChangelog, sampleNotes123 } from '../harness/sample-changelog.js';

const run = promisify(execFile);

/** What the notes of 1.2.3 are: its section, ending in one line break. */
const notes123 = `${sampleNotes123}\n`;

describe('release notes from CHANGELOG.md', () => {
  it("takes the version's section: after its heading, up to the next, without link references or blank lines at either end", () => {
    assert.equal(releaseNotes(sampleChangelog, '1.2.3'), notes123);
  });

  it('takes a tag (v1.2.3) as its version', () => {
    assert.equal(releaseNotes(sampleChangelog, 'v1.2.3'), notes123);
    assert.equal(changelogVersion('v1.2.3-rc.1'), '1.2.3-rc.1');
  });

  it('tells a version apart from those that start like it, and from its pre-releases', () => {
    assert.equal(releaseNotes(sampleChangelog, '1.2.30'), '- Thirty.\n');
    assert.equal(releaseNotes(sampleChangelog, 'v1.2.3-rc.1'), '- A release candidate.\n');
  });

  it('reads a changelog with Windows line ends', () => {
    assert.equal(releaseNotes(sampleChangelog.replaceAll('\n', '\r\n'), '1.2.3'), notes123);
  });

  it('fails clearly when the changelog has no section for the version, naming it, the sections there are, and the fix', () => {
    assert.throws(
      () => releaseNotes(sampleChangelog, 'v2.0.0'),
      (error: Error) => {
        assert.equal(
          error.message,
          'CHANGELOG.md has no section for 2.0.0: no line starts with "## [2.0.0]" (its sections: Unreleased, 1.2.30, 1.2.3-rc.1, 1.2.3). ' +
            'Fix: move the entries of ## [Unreleased] under a new heading "## [2.0.0] - YYYY-MM-DD" before tagging.',
        );
        return true;
      },
    );
    assert.throws(() => releaseNotes('# Changelog\n', '1.0.0'), /no section for 1\.0\.0: .*\(its sections: none\)/);
  });

  it('fails on an empty section, and on something that is not a version', () => {
    assert.throws(() => releaseNotes('## [1.0.0] - 2026-01-01\n\n[1.0.0]: https://example.com\n', '1.0.0'), /section for 1\.0\.0 is empty/);
    assert.throws(() => releaseNotes(sampleChangelog, 'main'), /"main" is not a version: expected X\.Y\.Z or vX\.Y\.Z/);
    assert.throws(() => releaseNotes(sampleChangelog, 'v1.2'), /"v1\.2" is not a version/);
  });

  it("the repository's CHANGELOG.md has an Unreleased section and one for package.json's version", async () => {
    const changelog = await readFile(join(repoRoot, 'CHANGELOG.md'), 'utf8');
    const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    assert.equal(changelogSections(changelog)[0], 'Unreleased');
    assert.ok(changelogSections(changelog).includes(version), `CHANGELOG.md has a section for ${version}`);
    assert.match(releaseNotes(changelog, `v${version}`), /\S/);
  });

  it('as a script: the notes on stdout; exit 1 and the reason on stderr, nothing on stdout, when there is no section', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-release-notes-'));
    const changelog = join(dir, 'CHANGELOG.md');
    await writeFile(changelog, sampleChangelog);
    const script = ['--import', 'tsx', join(repoRoot, 'scripts', 'release-notes.ts')];
    const ok = await run(process.execPath, [...script, 'v1.2.3', '--changelog', changelog], { cwd: repoRoot });
    assert.equal(ok.stdout, notes123);
    await assert.rejects(run(process.execPath, [...script, 'v9.9.9', '--changelog', changelog], { cwd: repoRoot }), (error: unknown) => {
      const failure = error as { code: number; stdout: string; stderr: string };
      assert.equal(failure.code, 1);
      assert.equal(failure.stdout, '');
      assert.match(failure.stderr, /^release-notes: CHANGELOG\.md has no section for 9\.9\.9: /);
      return true;
    });
  });
});
