import assert from 'node:assert/strict';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { buildBannerFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { runBundledCli } from '../harness/run-cli.js';

describe('virtual-board action', () => {
  const name = `gh${process.pid}`;
  let stateDir = '';
  after(async () => {
    if (stateDir !== '')
      await runBundledCli(['virtual-board', 'stop', '--name', name], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
  });

  it('starts a board that outlives its step: later steps flash and verify it, and it stops on request', async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'boardline-state-'));
    const env = { BOARDLINE_STATE_DIR: stateDir };
    const firmware = await buildBannerFirmware('blink', 'feed123');

    const start = await runBundledAction('virtual-board', { inputs: { name }, env });
    assert.equal(start.exitCode, 0, start.stdout + start.stderr);
    assert.equal(start.outputs['name'], name);
    assert.match(start.outputs['port'] ?? '', new RegExp(`${name}/tty$`));
    assert.match(start.summary, new RegExp(`Virtual board \`${name}\``));

    // The step has ended; the board is still there for the next steps of the job.
    const flash = await runBundledAction('flash-serial', { inputs: { port: name, firmware: firmware.hex }, env });
    assert.equal(flash.exitCode, 0, flash.stdout + flash.stderr);
    assert.equal(flash.outputs['verified'], 'true');
    const verify = await runBundledAction('verify-banner', { inputs: { port: start.outputs['port'] ?? '', expect: firmware.banner }, env });
    assert.equal(verify.exitCode, 0, verify.stdout + verify.stderr);
    assert.equal(verify.outputs['result'], 'pass');

    const stop = await runBundledCli(['virtual-board', 'stop', '--name', name], { env: { ...process.env, ...env } });
    assert.equal(stop.exitCode, 0, stop.stderr);
    const status = await runBundledCli(['virtual-board', 'status', '--json'], { env: { ...process.env, ...env } });
    assert.deepEqual((JSON.parse(status.stdout) as { outputs: { boards: unknown[] } }).outputs.boards, []);
  });

  it('fails in the step, naming the input, for a board name it cannot use', async () => {
    const run = await runBundledAction('virtual-board', { inputs: { name: 'no such/name' } });
    assert.equal(run.exitCode, 1);
    assert.match(run.stdout, /::error::Input "name": "no such\/name" is not a usable virtual board name/);
  });
});
