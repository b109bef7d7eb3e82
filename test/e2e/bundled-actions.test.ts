import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runBundledAction } from '../harness/run-action.js';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One input per action that its validation refuses, and what the refusal says. */
const badInputs: Record<string, [Record<string, string>, RegExp]> = {
  'setup-arduino-cli': [{ version: 'one' }, /^Input "version" is not a version: "one"/],
  'compile-sketch': [{ fqbn: 'arduino:avr:uno', warnings: 'loud' }, /^Input "warnings" must be one of none, default, more, all/],
  'buildx-armv7': [{ platforms: 'linux/armv7' }, /^Input "platforms" has an invalid platform "linux\/armv7"/],
  'flash-serial': [{ firmware: 'blink.hex', retries: 'many' }, /^Input "retries" must be a whole number/],
  'verify-banner': [{}, /^Input "expect" is required by verify-banner/],
  'verify-pins': [{ port: 'uno0' }, /^Input "expect" is required by verify-pins/],
  'run-scenario': [{ scenario: 'missing.yml' }, /^Input "scenario": cannot read missing\.yml: ENOENT/],
  'verify-tests': [{ framework: 'regex' }, /^Input "result-pattern" is required with framework regex/],
  'virtual-i2c': [{ mode: 'kernel' }, /^Input "mode" must be one of auto, fuse, preload, cuse/],
  'size-report': [{ 'fail-on-increase': 'flash lots' }, /^Input "fail-on-increase"/],
  'sd-image': [{ compress: 'gzip' }, /^Input "compress" must be one of xz, zstd, none/],
};

describe('bundled actions under the runner contract', () => {
  for (const using of ['node24', 'node20']) {
    for (const [name, [inputs, message]] of Object.entries(badInputs)) {
      it(`${name} starts under ${using} and refuses a bad input by name, with a failure summary`, async () => {
        const run = await runBundledAction(name, { using, inputs });
        assert.equal(run.exitCode, 1, run.stdout + run.stderr);
        assert.equal(run.annotations.length, 1);
        const error = run.annotations[0];
        assert.ok(error);
        assert.equal(error.command, 'error');
        assert.match(error.message, message);
        assert.deepEqual(run.outputs, {});
        assert.match(run.summary, new RegExp(`### ❌ ${name} failed`));
        assert.equal(run.stderr, '');
      });
    }
  }

  it('reports a bad input by name, with the fix, before doing anything', async () => {
    const run = await runBundledAction('flash-serial', { inputs: { firmware: 'blink.hex', verify: 'yes' } });
    assert.equal(run.exitCode, 1);
    assert.equal(run.annotations[0]?.message, 'Input "verify" must be true or false, got "yes". Fix: set verify to true or false');
  });

  it('reports a missing required input', async () => {
    const run = await runBundledAction('verify-banner', {});
    assert.equal(run.exitCode, 1);
    assert.match(run.annotations[0]?.message ?? '', /^Input "expect" is required by verify-banner/);
  });

  it('masks a secret input before anything can print it', async () => {
    const password = 'hunter2-registry-token';
    const run = await runBundledAction('buildx-armv7', { inputs: { password, username: 'ci' } });
    const masks = run.commands.filter((command) => command.command === 'add-mask');
    assert.deepEqual(
      masks.map((command) => command.message),
      [password],
    );
    assert.equal(run.stdout.indexOf(password), run.stdout.indexOf(`::add-mask::${password}`) + '::add-mask::'.length);
    assert.equal(run.stdout.split(password).length, 2, 'the password appears only in the add-mask command');
  });

  for (const name of ['flash-serial', 'verify-banner']) {
    it(`${name} lists the ports present when its port cannot be resolved`, async () => {
      const firmware = join(await mkdtemp(join(tmpdir(), 'boardline-fw-')), 'blink.hex');
      await writeFile(firmware, ':020000000C945E\n:00000001FF\n');
      const required = name === 'flash-serial' ? { firmware } : { expect: 'BOOT' };
      const run = await runBundledAction(name, { inputs: { port: '/dev/ttyBOARDLINE-missing', ...required } });
      assert.equal(run.exitCode, 1);
      assert.equal(
        run.annotations[0]?.message,
        'Port /dev/ttyBOARDLINE-missing does not exist. Fix: check the board is plugged in, or set port to one of the ports listed',
      );
      assert.match(run.stdout, /^(Serial ports present:\nPORT\s+DEVICE$|No serial ports are present on this machine\.$)/m);
      assert.match(run.summary, /```\n(Serial ports present:|No serial ports are present)/);
    });
  }
});
