import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { runProcess } from '../harness/run-process.js';
import { repoRoot } from '../harness/run-cli.js';

describe('npm run demo', () => {
  it('builds, flashes and verifies a firmware stamped with this commit on a virtual Uno', async () => {
    const commit = execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
    const run = await runProcess(process.execPath, ['--import', 'tsx', 'scripts/demo.ts'], {
      cwd: repoRoot,
      timeoutMs: 120_000,
      what: 'npm run demo',
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`stamped with commit ${commit}`));
    assert.match(run.stdout, /Flashed \d+ bytes to .* with stk500v1 in .*, verified/);
    assert.match(run.stdout, new RegExp(`Banner verified on .* in .*: BOOT blink ${commit}`));
  });
});
