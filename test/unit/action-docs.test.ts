import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { actionReference, withReference } from '../../scripts/action-docs.js';
import { actionCapabilities } from '../../src/capabilities/registry.js';
import { actionName } from '../../src/spec/capability.js';
import { repoRoot } from '../harness/run-cli.js';

describe("action pages' reference", () => {
  it('names every input in each face and every output, from the definition', () => {
    for (const capability of actionCapabilities) {
      const reference = actionReference(capability);
      for (const name of Object.keys(capability.spec.inputs))
        assert.ok(reference.includes(`\`--${name}\``), `${name} of ${capability.spec.name}`);
      for (const name of Object.keys(capability.spec.outputs)) assert.ok(reference.includes(`| \`${name}\` |`), `output ${name}`);
    }
    const compile = actionCapabilities.find((entry) => actionName(entry.spec) === 'compile-sketch');
    assert.ok(compile !== undefined);
    // Where the faces differ, the page says so: a renamed input, a secret that is a variable in GitLab.
    assert.match(actionReference(compile), /\| `arduino-cli-version` +\| \*\*`version`\*\* \(renamed\)/);
    assert.match(actionReference(compile), /variable `BOARDLINE_GITLAB_TOKEN`/);
  });

  it('replaces only the part between the markers, and refuses a page without them', () => {
    const page = '# x\n\nby hand before\n\n<!-- reference:start -->\nold\n<!-- reference:end -->\n\nby hand after\n';
    const next = withReference(page, 'x', 'NEW');
    assert.equal(next, '# x\n\nby hand before\n\n<!-- reference:start -->\n\nNEW\n\n<!-- reference:end -->\n\nby hand after\n');
    assert.equal(withReference(next, 'x', 'NEW'), next, 'a second build changes nothing');
    assert.throws(() => withReference('# x\n', 'x', 'NEW'), /docs\/actions\/x\.md has no <!-- reference:start -->/);
  });

  it('has a page for every action, linked from the docs index', async () => {
    const index = await readFile(join(repoRoot, 'docs', 'README.md'), 'utf8');
    for (const capability of actionCapabilities) {
      const name = actionName(capability.spec);
      const page = await readFile(join(repoRoot, 'docs', 'actions', `${name}.md`), 'utf8');
      assert.ok(page.includes('<!-- reference:start -->'), name);
      assert.ok(index.includes(`(actions/${name}.md)`), `docs/README.md links ${name}`);
    }
  });
});
