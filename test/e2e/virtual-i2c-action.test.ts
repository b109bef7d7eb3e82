import assert from 'node:assert/strict';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { runBundledAction } from '../harness/run-action.js';
import { runBundledCli } from '../harness/run-cli.js';
import { runProcess } from '../harness/run-process.js';
import { freeBusNumber } from '../harness/virtual-i2c-bus.js';

/**
 * The virtual-i2c action as the runner runs it: the main step starts the bus for the steps after
 * it, and the post step (runs.post, with the state the main step saved) stops it when the job ends.
 */
describe('virtual-i2c action', () => {
  let stateDir = '';
  const env = (): Record<string, string> => ({ BOARDLINE_STATE_DIR: stateDir });
  const statusOf = async (): Promise<unknown[]> => {
    const status = await runBundledCli(['virtual-i2c', 'status', '--json'], { env: { ...process.env, ...env() } });
    return (JSON.parse(status.stdout) as { outputs: { buses: unknown[] } }).outputs.buses;
  };

  before(async () => {
    stateDir = await mkdtemp(join(tmpdir(), 'boardline-state-'));
  });
  after(async () => {
    // A bus a failed assertion left running: stopped by the CLI, as the post step would have.
    for (const bus of (await statusOf()) as { name: string }[]) {
      await runBundledCli(['virtual-i2c', 'stop', bus.name], { env: { ...process.env, ...env() } });
    }
    await rm(stateDir, { recursive: true, force: true });
  });

  it('starts a bus the later steps use, and its post step stops it when the job ends', async () => {
    const bus = await freeBusNumber();
    const start = await runBundledAction('virtual-i2c', { inputs: { bus: String(bus), i2c: 'bmp280@0x76' }, env: env() });
    assert.equal(start.exitCode, 0, start.stdout + start.stderr);
    const device = `/dev/i2c-${String(bus)}`;
    assert.equal(start.outputs['name'], `i2c-${String(bus)}`);
    assert.equal(start.outputs['device'], device);
    assert.equal(start.outputs['docker-args'], `--mount type=bind,source=${device},target=${device}`);
    assert.match(
      start.outputs['docker-args-arm'] ?? '',
      /linux-arm\/libboardline-i2c\.so,target=\/usr\/lib\/boardline\/libboardline-i2c\.so,readonly/,
    );
    assert.match(start.summary, new RegExp(`Virtual I2C bus \`i2c-${String(bus)}\``));

    // A later step of the job: Debian's i2cget reads the BMP280's chip id through the FUSE file.
    const read = await runProcess('i2cget', ['-y', String(bus), '0x76', '0xd0'], { timeoutMs: 30_000, what: 'i2cget' });
    assert.equal(read.stdout.trim(), '0x58', read.stderr);

    const post = await runBundledAction('virtual-i2c', { post: start.state, env: env() });
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.match(post.stdout, new RegExp(`Stopped virtual I2C bus i2c-${String(bus)} after [1-9]\\d* transactions`));
    assert.deepEqual(await statusOf(), []);
    await assert.rejects(stat(device), /ENOENT/, 'the FUSE file is unmounted and gone');
  });

  it('a post step after the job stopped the bus itself says so and passes', async () => {
    const bus = await freeBusNumber();
    const start = await runBundledAction('virtual-i2c', { inputs: { name: 'early', bus: String(bus), mode: 'preload' }, env: env() });
    assert.equal(start.exitCode, 0, start.stdout + start.stderr);
    const stop = await runBundledCli(['virtual-i2c', 'stop', 'early'], { env: { ...process.env, ...env() } });
    assert.equal(stop.exitCode, 0, stop.stderr);
    const post = await runBundledAction('virtual-i2c', { post: start.state, env: env() });
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /Virtual I2C bus early was stopped already/);
  });

  it('a main step that failed on its input started nothing, and its post step has nothing to do', async () => {
    const start = await runBundledAction('virtual-i2c', { inputs: { i2c: 'thermometer@0x48' }, env: env() });
    assert.equal(start.exitCode, 1);
    assert.match(start.stdout, /::error::.*thermometer/);
    const post = await runBundledAction('virtual-i2c', { post: start.state, env: env() });
    assert.equal(post.exitCode, 0, post.stdout + post.stderr);
    assert.match(post.stdout, /virtual-i2c started nothing to put away/);
    assert.deepEqual(await statusOf(), []);
  });
});
