import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { repoRoot } from '../harness/run-cli.js';

interface Library {
  sdImage: (inputs: Record<string, unknown>) => Promise<{ text: string; outputs: Record<string, unknown> }>;
  loadImageConfig: (options: {
    config?: string;
    overrides?: Record<string, string>;
  }) => Promise<{ name: string; hostname: string; board: { name: string } }>;
  BoardlineError: new (...args: never[]) => Error;
}

describe('the library, as a package user imports it', () => {
  it('is the same from import and require, with the options the CLI takes', async () => {
    const esm = (await import(pathToFileURL(join(repoRoot, 'dist', 'lib', 'index.mjs')).href)) as Library;
    const cjs = createRequire(import.meta.url)(join(repoRoot, 'dist', 'lib', 'index.cjs')) as Library;
    assert.equal(esm.sdImage, cjs.sdImage);
    const defaults = await esm.sdImage({ 'print-defaults': true });
    assert.match(defaults.text, /^board: pi3$/m);
    const config = await esm.loadImageConfig({
      config: join(repoRoot, 'test', 'fixtures', 'sd-image', 'pi3.yml'),
      overrides: { hostname: 'pi-lib' },
    });
    assert.deepEqual([config.name, config.hostname, config.board.name], ['boardline-test', 'pi-lib', 'pi3']);
    await assert.rejects(esm.sdImage({ config: join(repoRoot, 'test', 'fixtures', 'sd-image', 'missing.yml') }), (error: unknown) => {
      assert.ok(error instanceof esm.BoardlineError);
      assert.match(error.message, /^Input "config": .*missing\.yml cannot be read/);
      return true;
    });
  });
});
