import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { dockerEnv, removeContainers } from '../harness/pi-app-images.js';
import { parseCliJson, runBundledCli } from '../harness/run-cli.js';
import type { ProcessRun } from '../harness/run-process.js';
import { cleanUpVirtualI2c, freeBusNumber, startVirtualI2c, type VirtualI2cBus } from '../harness/virtual-i2c-bus.js';

const run = promisify(execFile);
const docker = (...args: string[]) => run('/usr/bin/docker', args);
/** Every container these tests make starts with this, so `after` removes them all. */
const prefix = `bl-deploy-i2c-${String(process.pid)}`;
const probeImage = `boardline-test/i2c-probe:${String(process.pid)}`;

/**
 * deploy-container giving a container a virtual I2C bus (devices: virtual-i2c:NAME), with the
 * real Docker daemon: an image of this machine's architecture gets the bus's FUSE file, and
 * busybox's own i2cget reads the emulated BMP280 through it from inside the container.
 */
describe('deploy-container with a virtual I2C bus', () => {
  let stateDir: string;
  let lockDir: string;
  let bus: VirtualI2cBus | undefined;
  let insideBus: number;

  const deploy = (args: readonly string[]): Promise<ProcessRun> =>
    runBundledCli(['deploy-container', ...args, '--json'], {
      env: { ...process.env, ...dockerEnv, BOARDLINE_STATE_DIR: stateDir, BOARDLINE_LOCK_DIR: lockDir },
      timeoutMs: 180_000,
    });
  const probeArgs = (name: string, devices: string): string[] => [
    '--image',
    probeImage,
    '--name',
    name,
    '--pull',
    'never',
    '--publish',
    'none',
    '--health',
    'none',
    '--restart',
    'no',
    '--devices',
    devices,
  ];

  before(async () => {
    await docker('info', '--format', '{{.ServerVersion}}').catch((error: unknown) => {
      throw new Error(`The Docker daemon is not running: run test/docker/testbed.sh as root first (${String(error)})`);
    });
    stateDir = await mkdtemp(join(tmpdir(), 'boardline-state-'));
    lockDir = await mkdtemp(join(tmpdir(), 'boardline-locks-'));
    // busybox-static for amd64 (the testbed's), which has i2cget: a container that only waits.
    const context = await mkdtemp(join(tmpdir(), 'boardline-i2c-probe-'));
    await writeFile(join(context, 'Dockerfile'), 'FROM boardline-test/busybox:amd64\nCMD ["/bin/sleep", "3600"]\n');
    await run('/usr/bin/docker', ['build', '-q', '-t', probeImage, context], { env: { ...process.env, DOCKER_BUILDKIT: '1' } });
    await rm(context, { recursive: true, force: true });
    bus = await startVirtualI2c(undefined, {
      stateDir,
      name: 'sensors',
      bus: await freeBusNumber(),
      devices: ['bmp280@0x76'],
      mode: 'fuse',
    });
    insideBus = 1;
  });
  after(async () => {
    await removeContainers(prefix);
    await docker('image', 'rm', '--force', probeImage).catch(() => undefined);
    if (bus !== undefined) await cleanUpVirtualI2c(bus, bus.device);
    await rm(lockDir, { recursive: true, force: true });
    await rm(stateDir, { recursive: true, force: true });
  });

  it('an amd64 image gets the FUSE file at the path asked for, and reads the BMP280 through it', async () => {
    const name = `${prefix}-fuse`;
    const result = await deploy(probeArgs(name, `virtual-i2c:sensors -> /dev/i2c-${String(insideBus)}`));
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(parseCliJson(result.stdout).outputs?.['result'], 'deployed');
    assert.match(
      result.stderr,
      new RegExp(`Virtual I2C bus virtual-i2c:sensors → /dev/i2c-${String(insideBus)} \\(its FUSE file\\) for the linux/amd64 image`),
    );
    const { stdout } = await docker('exec', name, '/bin/busybox', 'i2cget', '-y', String(insideBus), '0x76', '0xd0');
    assert.equal(stdout.trim(), '0x58', "the BMP280's chip id, read in the container");
    // Nothing else answers: the container sees the bus as it is, not a stand-in.
    await assert.rejects(docker('exec', name, '/bin/busybox', 'i2cget', '-y', String(insideBus), '0x40', '0x00'));
  });

  it('refuses a bus that is not running, naming the running ones, before touching anything', async () => {
    const result = await deploy(probeArgs(`${prefix}-missing`, 'virtual-i2c:nope'));
    assert.equal(result.exitCode, 2, result.stdout + result.stderr);
    const { error } = parseCliJson(result.stdout);
    assert.match(error?.message ?? '', /^Input "devices", line 1: no virtual I2C bus named nope is running \(running: sensors\)$/);
    assert.match(error?.hint ?? '', /boardline virtual-i2c start nope/);
  });

  it('refuses a path inside that is no /dev/i2c-N, and a daemon on another machine', async () => {
    const path = await deploy(probeArgs(`${prefix}-path`, 'virtual-i2c:sensors -> /dev/ttyUSB0'));
    assert.equal(path.exitCode, 2, path.stdout + path.stderr);
    assert.match(parseCliJson(path.stdout).error?.message ?? '', /a virtual I2C bus goes in as \/dev\/i2c-N, not \/dev\/ttyUSB0/);
    const remote = await deploy([...probeArgs(`${prefix}-remote`, 'virtual-i2c:sensors'), '--docker-host', 'tcp://pi.invalid:2376']);
    assert.equal(remote.exitCode, 2, remote.stdout + remote.stderr);
    assert.match(
      parseCliJson(remote.stdout).error?.message ?? '',
      /virtual-i2c:sensors is served on this machine, and the docker daemon is on another one/,
    );
  });
});
