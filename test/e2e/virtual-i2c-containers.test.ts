/**
 * examples/pi-i2c-sensor end to end: the example's image built by buildx-armv7 (the CLI, bundled
 * or from source under BOARDLINE_TEST_CLI=source) for linux/arm/v7 and linux/amd64 and pushed to a
 * real registry, then run with the real Docker daemon against a virtual I2C bus
 * (`boardline virtual-i2c start`) with the arguments its `docker-args` outputs give: the amd64
 * image natively (the bus's FUSE file bound in, as root), the arm/v7 one under qemu-user through
 * binfmt (the arm shim and the bus socket bound in). What `virtual-i2c set` gives the BMP280 must
 * come back from the app's JSON, decoded by its datasheet compensation; Debian's armhf i2c-tools
 * must see the part too. test/docker/testbed.sh starts the daemon and makes the base images.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { dockerPath, startTestRegistry, type TestRegistry } from '../harness/docker-registry.js';
import { removeContainers } from '../harness/pi-app-images.js';
import { parseCliJson, repoRoot, runBundledCli } from '../harness/run-cli.js';
import { startProcess } from '../harness/run-process.js';
import { cleanUpVirtualI2c, envOutput, freeBusNumber, virtualI2cCli, type VirtualI2cBus } from '../harness/virtual-i2c-bus.js';

const execFileAsync = promisify(execFile);
const prefix = `bl-i2c-sensor-${String(process.pid)}`;
const example = join(repoRoot, 'examples', 'pi-i2c-sensor');
const manifestTypes = ['application/vnd.oci.image.index.v1+json', 'application/vnd.docker.distribution.manifest.list.v2+json'].join(',');

const platformTypes = ['application/vnd.oci.image.manifest.v1+json', 'application/vnd.docker.distribution.manifest.v2+json'].join(',');

interface ManifestList {
  manifests: { digest: string; platform: { architecture: string; variant?: string } }[];
}

interface Reading {
  temperature?: number;
  pressure?: number;
  chip_id?: number;
  error?: string;
}

/** Deadlines: two shared cores, and the arm/v7 container's Python runs under QEMU. */
const buildTimeoutMs = 900_000;
const startTimeoutMs = 180_000;

describe('examples/pi-i2c-sensor in containers on a virtual I2C bus', () => {
  let registry: TestRegistry | undefined;
  let bus: VirtualI2cBus | undefined;
  let dockerConfig = '';
  let stateDir = '';
  /**
   * The multi-platform image buildx-armv7 pushed is run by its tag with --platform, as the example
   * pipelines run it (the daemon's image store cannot hold one digest for two platforms); each
   * platform's own manifest digest, to check that a container runs exactly that image.
   */
  const platformDigests: Record<'amd64' | 'arm', string> = { amd64: '', arm: '' };
  /** The bus's outputs: the docker run arguments for each kind of container, and its number. */
  let outputs: Record<string, unknown> = {};
  let busNumber = 0;
  let tag = '';

  /** Debian's docker client, logged in to the test registry through a private config. */
  async function docker(...args: string[]): Promise<string> {
    const env = { ...process.env, PATH: dockerPath, DOCKER_CONFIG: dockerConfig, DOCKER_CLI_EXPERIMENTAL: 'enabled' };
    try {
      const { stdout } = await execFileAsync('/usr/bin/docker', args, { env, maxBuffer: 16 * 1024 * 1024 });
      return stdout;
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      throw new Error(`docker ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? String(error)}`, { cause: error });
    }
  }

  /** A text output of the bus ('' when absent). */
  function text(name: string): string {
    const value = outputs[name];
    return typeof value === 'string' ? value : '';
  }

  /** A docker-args output as the argument list it stands for: one line, split on spaces. */
  function dockerArgs(name: 'docker-args' | 'docker-args-arm'): string[] {
    const line = outputs[name];
    assert.equal(typeof line, 'string', `virtual-i2c start gives ${name}: ${JSON.stringify(outputs)}`);
    return String(line)
      .split(' ')
      .filter((arg) => arg !== '');
  }

  /**
   * Pushes the testbed's Debian bookworm base (python3, python3-smbus2, i2c-tools; one local tag per
   * architecture) into the registry as one multi-platform image, as a mirror of debian:bookworm-slim
   * would hold it: the example's BASE names it, and each platform's build picks its own.
   */
  async function pushBase(): Promise<string> {
    const host = registry?.host ?? '';
    const repository = `${host}/boardline-test/python-i2c`;
    const digests: string[] = [];
    for (const arch of ['amd64', 'armv7']) {
      await docker('image', 'inspect', `boardline-test/python-i2c:${arch}`).catch((error: unknown) => {
        throw new Error(`No base image boardline-test/python-i2c:${arch}: run test/docker/testbed.sh as root first (${String(error)})`);
      });
      await docker('tag', `boardline-test/python-i2c:${arch}`, `${repository}:bookworm-${arch}`);
      const pushed = await docker('push', `${repository}:bookworm-${arch}`);
      const digest = /digest: (sha256:[0-9a-f]{64})/.exec(pushed)?.[1];
      assert.ok(digest !== undefined, pushed);
      digests.push(`${repository}@${digest}`);
      await docker('rmi', `${repository}:bookworm-${arch}`);
    }
    await docker('manifest', 'create', '--insecure', '--amend', `${repository}:bookworm`, ...digests);
    await docker('manifest', 'push', '--insecure', '--purge', `${repository}:bookworm`);
    return `${repository}:bookworm`;
  }

  /** The address of a container's published port 6769, once the container runs. */
  async function publishedPort(name: string): Promise<string> {
    const line = (await docker('port', name, '6769/tcp')).split('\n')[0] ?? '';
    assert.match(line, /^127\.0\.0\.1:\d+$/, `docker port ${name}: ${line}`);
    return line;
  }

  /** Starts the app's container, detached, on a loopback port; removed after the tests. */
  async function runApp(name: string, platform: string, args: readonly string[]): Promise<string> {
    await docker(
      'run',
      '--detach',
      '--name',
      name,
      '--platform',
      platform,
      '--publish',
      '127.0.0.1::6769',
      '--env',
      `I2C_BUS=${String(busNumber)}`,
      ...args,
      tag,
    );
    return waitForApp(name);
  }

  /**
   * The container runs that platform's image of the list buildx-armv7 pushed: its image id is the
   * config digest of the platform's manifest in the registry.
   */
  async function assertRuns(name: string, platform: 'amd64' | 'arm'): Promise<void> {
    const id = (await docker('container', 'inspect', '--format', '{{.Image}}', name)).trim();
    const { body } = await (registry as TestRegistry).manifest('boardline/pi-i2c-sensor', platformDigests[platform], platformTypes);
    assert.equal(id, (body as { config: { digest: string } }).config.digest, `${name} runs the ${platform} image`);
  }

  /** Waits until the app answers on its port (any status), failing at once with its log if its container stops. */
  async function waitForApp(name: string): Promise<string> {
    const address = await publishedPort(name);
    const deadline = Date.now() + startTimeoutMs;
    for (;;) {
      const answered = await fetch(`http://${address}/health`, { signal: AbortSignal.timeout(30_000) }).then(
        () => true,
        () => false,
      );
      if (answered) return address;
      const running = (await docker('container', 'inspect', '--format', '{{.State.Running}}', name)).trim();
      if (running !== 'true' || Date.now() > deadline) {
        const logs = await docker('logs', name).catch((error: unknown) => String(error));
        throw new Error(
          `${name} ${running === 'true' ? `did not answer on ${address} within ${startTimeoutMs} ms` : 'stopped'}; its log:\n${logs}`,
        );
      }
      await sleep(250);
    }
  }

  async function get(address: string, path: string): Promise<{ status: number; body: Reading }> {
    // A reading under QEMU takes a moment; one that never comes is a failure, not a hang.
    const response = await fetch(`http://${address}${path}`, { signal: AbortSignal.timeout(60_000) });
    return { status: response.status, body: (await response.json()) as Reading };
  }

  async function set(temperature: number, pressure: number): Promise<void> {
    const result = await virtualI2cCli(stateDir, [
      'virtual-i2c',
      'set',
      bus?.name ?? '',
      `bmp280.temperature=${String(temperature)}`,
      `bmp280.pressure=${String(pressure)}`,
    ]);
    assert.equal(result.ok, true, JSON.stringify(result));
  }

  /**
   * The app's reading is what was set, as far as the datasheet's integer compensation resolves it:
   * the temperature to its 0.01 °C, the pressure within a few tenths of a pascal (the 20-bit
   * reading's resolution at ×16 oversampling is about 0.16 Pa).
   */
  function assertReading(reading: { status: number; body: Reading }, temperature: number, pressure: number): void {
    assert.equal(reading.status, 200, JSON.stringify(reading.body));
    assert.equal(reading.body.chip_id, 0x58);
    assert.ok(Math.abs((reading.body.temperature ?? NaN) - temperature) < 0.0051, `temperature ${JSON.stringify(reading.body)}`);
    assert.ok(Math.abs((reading.body.pressure ?? NaN) - pressure) < 0.005, `pressure ${JSON.stringify(reading.body)}`);
  }

  before(
    async () => {
      dockerConfig = await mkdtemp(join(tmpdir(), 'boardline-i2c-sensor-docker-'));
      stateDir = await mkdtemp(join(tmpdir(), 'boardline-i2c-sensor-state-'));
      await docker('info', '--format', '{{.ServerVersion}}').catch((error: unknown) => {
        throw new Error(`The Docker daemon is not running: run test/docker/testbed.sh as root first (${String(error)})`);
      });
      registry = await startTestRegistry();
      const login = await startProcess('/usr/bin/docker', ['login', registry.host, '--username', registry.username, '--password-stdin'], {
        stdin: registry.password,
        env: { ...process.env, DOCKER_CONFIG: dockerConfig },
        timeoutMs: 60_000,
        what: 'docker login',
      }).done;
      assert.equal(login.exitCode, 0, login.stderr);
      const base = await pushBase();

      // The example as a team builds it, but from the registry's base instead of Docker Hub's.
      tag = `${registry.host}/boardline/pi-i2c-sensor:test`;
      const built = await runBundledCli(
        [
          'buildx-armv7',
          '--context',
          example,
          '--platforms',
          'linux/arm/v7,linux/amd64',
          '--tags',
          tag,
          '--push',
          '--username',
          registry.username,
          '--password',
          registry.password,
          '--build-args',
          `BASE=${base}`,
          '--json',
        ],
        { env: { ...process.env, PATH: dockerPath }, timeoutMs: buildTimeoutMs },
      );
      assert.equal(built.exitCode, 0, `buildx-armv7 failed:\n${built.stdout}\n${built.stderr}`);
      const { body } = await registry.manifest('boardline/pi-i2c-sensor', 'test', manifestTypes);
      const entries = (body as ManifestList).manifests;
      for (const entry of entries) {
        if (entry.platform.architecture === 'amd64') platformDigests.amd64 = entry.digest;
        if (entry.platform.architecture === 'arm' && entry.platform.variant === 'v7') platformDigests.arm = entry.digest;
      }
      assert.ok(
        platformDigests.amd64 !== '' && platformDigests.arm !== '',
        `linux/amd64 and linux/arm/v7 pushed: ${JSON.stringify(entries)}`,
      );
      assert.match(String(parseCliJson(built.stdout).outputs?.['digest']), /^sha256:[0-9a-f]{64}$/);

      // The bus: fuse mode as root (a FUSE /dev/i2c-N), the preload shim otherwise. Its number
      // is a free one high up, not 1: a FUSE bus mounts the host's /dev/i2c-N, which other suites
      // running at once (or a real adapter) must keep.
      busNumber = await freeBusNumber();
      const name = 'i2c-1';
      const started = await virtualI2cCli(stateDir, ['virtual-i2c', 'start', name, '--bus', String(busNumber), '--i2c', 'bmp280@0x76']);
      assert.equal(started.ok, true, JSON.stringify(started));
      outputs = started.outputs ?? {};
      bus = {
        name,
        stateDir,
        bus: Number(outputs['bus']),
        device: text('device'),
        socket: text('socket'),
        env: envOutput(text('env')),
        pid: Number(outputs['pid']),
      };
    },
    { timeout: buildTimeoutMs + 300_000 },
  );

  after(
    async () => {
      // Each step runs whatever failed before it: nothing the tests started is left behind.
      const steps: (() => Promise<unknown>)[] = [
        () => removeContainers(prefix),
        async () => {
          if (bus !== undefined) await cleanUpVirtualI2c(bus, bus.device === '' ? undefined : bus.device);
        },
        async () => {
          // What the build left in the daemon and the runs pulled: every image of the repository.
          if (tag === '') return;
          const ids = (await docker('images', '--quiet', tag.slice(0, tag.lastIndexOf(':')))).split('\n').filter((id) => id !== '');
          if (ids.length > 0) await docker('rmi', '--force', ...new Set(ids));
        },
        async () => registry?.stop(),
        () => rm(stateDir, { recursive: true, force: true }),
        () => rm(dockerConfig, { recursive: true, force: true }),
      ];
      const failures: unknown[] = [];
      for (const step of steps) await step().catch((error: unknown) => failures.push(error));
      if (failures.length > 0) throw new AggregateError(failures, 'cleaning up after the pi-i2c-sensor tests failed');
    },
    { timeout: 180_000 },
  );

  it('the amd64 image serves what virtual-i2c set gives the BMP280, through the docker-args outputs', { timeout: 600_000 }, async () => {
    // As root the bus is a FUSE file, bound in as it is: nothing in the container changes.
    if (text('mode') === 'fuse') {
      const device = `/dev/i2c-${String(busNumber)}`;
      assert.deepEqual(dockerArgs('docker-args'), ['--mount', `type=bind,source=${device},target=${device}`]);
    }
    const name = `${prefix}-amd64`;
    const address = await runApp(name, 'linux/amd64', dockerArgs('docker-args'));
    await assertRuns(name, 'amd64');
    assert.deepEqual(await get(address, '/health'), { status: 200, body: { status: 'ok' } as Reading });
    await set(23.45, 987.65);
    assertReading(await get(address, '/'), 23.45, 987.65);
    // A reading per request: the next value shows on the next request, the container unchanged.
    await set(-7.5, 1020.31);
    assertReading(await get(address, '/'), -7.5, 1020.31);
  });

  it('the amd64 image answers 503 naming the address when nothing answers there, and keeps running', { timeout: 600_000 }, async () => {
    const name = `${prefix}-absent`;
    const address = await runApp(name, 'linux/amd64', [...dockerArgs('docker-args'), '--env', 'BMP280_ADDRESS=0x77']);
    for (const path of ['/', '/health']) {
      const reading = await get(address, path);
      assert.equal(reading.status, 503);
      assert.match(reading.body.error ?? '', /no device answers at 0x77 on \/dev\/i2c-\d+ \(ENXIO\)/);
    }
    assert.equal((await docker('container', 'inspect', '--format', '{{.State.Running}}', name)).trim(), 'true');
  });

  it(
    'the arm/v7 image under qemu-user serves the same through the shim; armhf i2c-tools see the BMP280',
    { timeout: 900_000 },
    async () => {
      const name = `${prefix}-arm`;
      const address = await runApp(name, 'linux/arm/v7', dockerArgs('docker-args-arm'));
      await assertRuns(name, 'arm');
      assert.equal((await docker('exec', name, 'uname', '-m')).trim(), 'armv7l');
      await set(31.07, 955.5);
      assertReading(await get(address, '/'), 31.07, 955.5);

      const detected = await docker('exec', name, 'i2cdetect', '-y', String(busNumber));
      assert.match(detected, /^70: -- -- -- -- -- -- 76 --/m, detected);
      assert.equal((await docker('exec', name, 'i2cget', '-y', String(busNumber), '0x76', '0xd0')).trim(), '0x58');
    },
  );
});
