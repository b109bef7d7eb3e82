/**
 * The release notes of one version: its section of CHANGELOG.md (Keep a Changelog), the lines
 * between its `## [X.Y.Z]` heading and the next `## ` heading, without the link references and the
 * blank lines at either end. The release workflow makes the GitHub release's notes with it; the
 * GitLab catalog's release job does the same with awk (components/.gitlab-ci.yml), and a test
 * checks that both give the same text.
 *
 *   tsx scripts/release-notes.ts v1.2.3 [--changelog CHANGELOG.md]   # the notes on stdout
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');

/** A release's version as the changelog writes it: a tag's `v` dropped (v1.2.3 → 1.2.3). */
export function changelogVersion(versionOrTag: string): string {
  const version = versionOrTag.replace(/^v(?=\d)/, '');
  if (!/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.test(version)) {
    throw new Error(`"${versionOrTag}" is not a version: expected X.Y.Z or vX.Y.Z, e.g. 1.2.3 or v1.2.3`);
  }
  return version;
}

/** The versions the changelog has sections for, in its order (Unreleased included). */
export function changelogSections(changelog: string): string[] {
  return [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((match) => match[1] ?? '');
}

/** A link reference definition, `[1.2.3]: https://…`: Keep a Changelog's footer, not part of a section. */
const linkReference = /^\[[^\]]+\]: /;

/** The section of `version` (or tag `vX.Y.Z`), trimmed; an Error that says what to fix when there is none. */
export function releaseNotes(changelog: string, versionOrTag: string): string {
  const version = changelogVersion(versionOrTag);
  const lines = changelog.replaceAll('\r\n', '\n').split('\n');
  const heading = `## [${version}]`;
  const start = lines.findIndex((line) => line.startsWith(heading));
  if (start === -1) {
    const found = changelogSections(changelog);
    throw new Error(
      `CHANGELOG.md has no section for ${version}: no line starts with "${heading}" ` +
        `(its sections: ${found.length === 0 ? 'none' : found.join(', ')}). ` +
        `Fix: move the entries of ## [Unreleased] under a new heading "## [${version}] - YYYY-MM-DD" before tagging.`,
    );
  }
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => line.startsWith('## '));
  const body = (end === -1 ? rest : rest.slice(0, end)).filter((line) => !linkReference.test(line));
  while (body.length > 0 && (body[0] ?? '').trim() === '') body.shift();
  while (body.length > 0 && (body[body.length - 1] ?? '').trim() === '') body.pop();
  if (body.length === 0) {
    throw new Error(`CHANGELOG.md's section for ${version} is empty. Fix: list what changed in ${version} under its heading.`);
  }
  return `${body.join('\n')}\n`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    options: { changelog: { type: 'string', default: join(root, 'CHANGELOG.md') } },
    allowPositionals: true,
  });
  const [version, ...extra] = positionals;
  if (version === undefined || extra.length > 0) {
    throw new Error('Usage: tsx scripts/release-notes.ts <version or tag> [--changelog CHANGELOG.md]');
  }
  process.stdout.write(releaseNotes(await readFile(values.changelog, 'utf8'), version));
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    console.error(`release-notes: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
