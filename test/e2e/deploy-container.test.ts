import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startTestRegistry, type TestRegistry } from '../harness/docker-registry.js';
import { buildBannerFirmware } from '../harness/firmware.js';
import { containersNamed, dockerEnv, piAppCheckout, pushPiApp, pushPiAppWithAction, removeContainers } from '../harness/pi-app-images.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, repoRoot } from '../harness/run-cli.js';
import type { ProcessRun } from '../harness/run-process.js';
import { freePort } from '../harness/ser2net.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

const run = promisify(execFile);
const docker = (...args: string[]) => run('/usr/bin/docker', args);
/** Every container these tests make starts with this, so `after` removes them all. */
const prefix = `bl-deploy-${String(process.pid)}`;

async function httpText(port: number, path: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${String(port)}${path}`, { signal: AbortSignal.timeout(5_000) });
  return (await response.text()).trim();
}

/** The app's answer once it answers: a container started again after a cancelled deploy is not waited for. */
async function httpTextOnceUp(port: number, path: string): Promise<string> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await httpText(port, path);
    } catch (error) {
      if (attempt >= 150) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/** What runs under a deploy's name, and what it left aside: exactly one container, running, is the rule. */
async function deployed(name: string): Promise<{ running: string[]; all: string[]; digest: string }> {
  const views = await containersNamed(name);
  const running = views.filter((view) => view.running);
  return {
    running: running.map((view) => view.name),
    all: views.map((view) => view.name),
    digest: running[0]?.labels['io.boardline.deploy.digest'] ?? '',
  };
}

/**
 * deploy-container against the testbed's real Docker daemon and registry: linux/arm/v7 images
 * built by buildx-armv7 run under QEMU as on a Pi, with a virtual Uno as their serial device.
 */
describe('deploy-container with a real Docker daemon, registry and virtual board', () => {
  let registry: TestRegistry;
  let sandbox: BoardlineSandbox;
  let lockDir: string;
  let commit: string;
  const image = (tag: string): string => `${registry.host}/boardline/pi-app:${tag}`;
  const digests: Record<'v1' | 'v2' | 'v3', string> = { v1: '', v2: '', v3: '' };
  let names = 0;
  const newName = (): string => `${prefix}-${String((names += 1))}`;

  /** The bundled CLI's deploy-container with the sandbox's boards and locks and the registry's login. */
  const deploy = (args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<ProcessRun> =>
    sandbox.cli(['deploy-container', '--username', registry.username, '--password', registry.password, ...args, '--json'], {
      env: { ...sandbox.env, ...dockerEnv, BOARDLINE_LOCK_DIR: lockDir, ...env },
      timeoutMs: 180_000,
    });
  /** The docker client as the stand-in that fails the first call of one command (test/fixtures/docker-failing). */
  const failingDocker = (command: string, name: string): Record<string, string> => ({
    PATH: `${join(repoRoot, 'test', 'fixtures', 'docker-failing')}:${dockerEnv.PATH}`,
    BOARDLINE_TEST_FAIL: command,
    BOARDLINE_TEST_FAIL_MARK: join(lockDir, `fail-${command}-${name}`),
  });
  const startDeploy = (args: readonly string[]) =>
    sandbox.start(['deploy-container', '--username', registry.username, '--password', registry.password, ...args, '--json'], {
      env: { ...sandbox.env, ...dockerEnv, BOARDLINE_LOCK_DIR: lockDir },
      timeoutMs: 180_000,
    });
  const appArgs = (
    name: string,
    port: number,
    extra: readonly string[] = [],
    health: { path?: string; timeout?: string } = {},
  ): string[] => [
    '--name',
    name,
    '--publish',
    `${String(port)}:6769`,
    '--devices',
    'pi-uno -> /dev/ttyUSB0',
    '--health',
    `http://:${String(port)}${health.path ?? '/banner'}`,
    '--health-timeout',
    health.timeout ?? '60s',
    '--stop-timeout',
    '5s',
    ...extra,
  ];

  before(async () => {
    await docker('info', '--format', '{{.ServerVersion}}').catch((error: unknown) => {
      throw new Error(`The Docker daemon is not running: run test/docker/testbed.sh as root first (${String(error)})`);
    });
    registry = await startTestRegistry();
    sandbox = await boardlineSandbox();
    lockDir = await mkdtemp(join(tmpdir(), 'boardline-locks-'));
    const firmware = await buildBannerFirmware('pi-app', '1.0.0');
    await sandbox.startBoard(['--name', 'pi-uno', '--firmware', firmware.hex]);
    const checkout = await piAppCheckout();
    commit = checkout.commit;
    // v1 as a workflow's image job builds it: the bundled buildx-armv7 action.
    digests.v1 = await pushPiAppWithAction(registry, checkout.dir, image('v1'));
    digests.v2 = await pushPiApp(registry, checkout.dir, [image('v2')], ['APP_VERSION=2', 'BROKEN=settings.json is missing']);
    digests.v3 = await pushPiApp(registry, checkout.dir, [image('v3')], ['APP_VERSION=3']);
  });
  // The board serves one client at a time, as a real one does: each test's containers go when it ends.
  afterEach(async () => {
    await removeContainers(prefix);
  });
  after(async () => {
    await sandbox.stopAll();
    await registry.stop();
    await rm(lockDir, { recursive: true, force: true });
  });

  it('deploys the arm/v7 app through the bundled action: it reads the virtual Uno’s banner through the mapped device and serves it', async () => {
    const name = newName();
    const port = await freePort();
    const result = await runBundledAction('deploy-container', {
      inputs: {
        image: `${registry.host}/boardline/pi-app@${digests.v1}`,
        name,
        publish: `${String(port)}:6769`,
        devices: 'pi-uno -> /dev/ttyUSB0',
        health: `http://:${String(port)}/banner`,
        username: registry.username,
        password: registry.password,
      },
      env: { ...dockerEnv, BOARDLINE_STATE_DIR: sandbox.stateDir, BOARDLINE_LOCK_DIR: lockDir },
      timeoutMs: 180_000,
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    assert.equal(result.outputs['result'], 'deployed');
    assert.equal(result.outputs['digest'], digests.v1);
    assert.equal(result.outputs['previous-digest'], '');
    assert.equal(result.outputs['health'], 'HTTP 200');
    assert.equal(await httpText(port, '/banner'), 'BOOT pi-app 1.0.0');
    const { stdout: arch } = await docker('exec', name, 'uname', '-m');
    assert.equal(arch.trim(), 'armv7l', 'the app runs under emulation as it would on a Pi');

    const [inspected] = JSON.parse((await docker('container', 'inspect', name)).stdout) as {
      Id: string;
      Config: { Labels: Record<string, string> };
      HostConfig: { Privileged: boolean; RestartPolicy: { Name: string } };
      Mounts: { Type: string; Source: string; Destination: string }[];
    }[];
    assert.ok(inspected !== undefined);
    assert.equal(inspected.Id, result.outputs['container-id']);
    assert.equal(inspected.HostConfig.Privileged, false);
    assert.equal(inspected.HostConfig.RestartPolicy.Name, 'unless-stopped');
    assert.deepEqual(
      inspected.Mounts.map((mount) => [mount.Type, mount.Source, mount.Destination]),
      [['bind', join(sandbox.stateDir, 'boards', 'pi-uno', 'tty'), '/dev/ttyUSB0']],
      'the virtual board’s stable link is bound, so a restart finds its current pty',
    );
    const labels = inspected.Config.Labels;
    assert.equal(labels['io.boardline.deploy.digest'], digests.v1);
    assert.equal(labels['io.boardline.deploy.previous-digest'], '');
    assert.equal(labels['io.boardline.deploy.commit'], commit);
    assert.equal(labels['io.boardline.deploy.image'], `${registry.host}/boardline/pi-app@${digests.v1}`);
    assert.match(result.summary, new RegExp(`\\| Digest \\| \`${digests.v1}\` \\|`));
    assert.match(result.summary, /\| Devices \| pi-uno → \/dev\/ttyUSB0 \(bound pty\) \|/);
    assert.match(result.summary, new RegExp(`\\| Published ports \\| ${String(port)} → 6769/tcp \\|`));
    assert.match(result.summary, /\| Health \| http:\/\/127\.0\.0\.1:\d+\/banner: HTTP 200 \|/);
    assert.ok(!result.stdout.replace(`::add-mask::${registry.password}`, '').includes(registry.password));
  });

  it('rolls a failing version back with its log, and does nothing for the digest already running', async () => {
    const name = newName();
    const port = await freePort();
    const first = await deploy([...appArgs(name, port), '--image', image('v1')]);
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);

    const broken = await deploy([...appArgs(name, port), '--image', image('v2')]);
    assert.equal(broken.exitCode, 1, broken.stdout + broken.stderr);
    const json = parseCliJson(broken.stdout);
    assert.equal(json.outputs?.['result'], 'rolled-back');
    assert.match(
      json.error?.message ?? '',
      // The exit code is named unless the restart policy already started it again (docker then reports the new run's).
      /The new container exited (with code 1 )?before it was healthy.*; rolled back: the old container [0-9a-f]{12} runs again and passes its health check$/,
    );
    assert.match(json.error?.details ?? '', /Last log lines of the new container:[\s\S]*pi-app 2: cannot start: settings\.json is missing/);
    assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v1 });
    assert.equal(await httpText(port, '/version'), '1', 'v1 serves again');
    assert.equal(await httpText(port, '/banner'), 'BOOT pi-app 1.0.0', 'and has its board again after the restart');

    const again = await deploy([...appArgs(name, port), '--image', image('v1')]);
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    const outputs = parseCliJson(again.stdout).outputs ?? {};
    assert.equal(outputs['result'], 'unchanged');
    assert.equal(outputs['digest'], digests.v1);
    assert.doesNotMatch(again.stderr, /Pulling|Stopped/);

    const update = await deploy([...appArgs(name, port), '--image', image('v3')]);
    assert.equal(update.exitCode, 0, update.stdout + update.stderr);
    const updated = parseCliJson(update.stdout).outputs ?? {};
    assert.deepEqual([updated['result'], updated['digest'], updated['previous-digest']], ['deployed', digests.v3, digests.v1]);
    assert.equal(await httpText(port, '/version'), '3');
    assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v3 });
  });
  it('--follow deploys a newly pushed digest of the tag within its interval, and stops on SIGTERM', async () => {
    const name = newName();
    const port = await freePort();
    const checkout = await piAppCheckout();
    const first = await pushPiApp(registry, checkout.dir, [image('follow')], ['APP_VERSION=10']);
    const follower = startDeploy([...appArgs(name, port), '--image', image('follow'), '--follow', '1s']);
    await follower.waitForOutput(new RegExp(`Deployed .*@${first}`), 120_000);
    assert.equal(await httpText(port, '/version'), '10');
    const second = await pushPiApp(registry, checkout.dir, [image('follow')], ['APP_VERSION=11']);
    await follower.waitForOutput(new RegExp(`Deployed .*@${second}`), 120_000);
    assert.equal(await httpText(port, '/version'), '11');
    follower.child.kill('SIGTERM');
    const ended = await follower.done;
    assert.equal(ended.exitCode, 0, ended.stdout + ended.stderr);
    assert.match(ended.stderr, /Stopped following: 2 deploys, 0 rolled back/);
    const outputs = parseCliJson(ended.stdout).outputs ?? {};
    assert.deepEqual([outputs['digest'], outputs['previous-digest']], [second, first]);
    assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: second });
  });

  for (const step of [
    { when: 'after the pull', line: /Pulled / },
    { when: 'after the old container stopped', line: /Stopped the old container/ },
    { when: 'before the health check passed', line: /Started the new container/ },
  ]) {
    it(`SIGTERM ${step.when} leaves the old container running, and says so`, async () => {
      const name = newName();
      const port = await freePort();
      const first = await deploy([...appArgs(name, port), '--image', image('v1')]);
      assert.equal(first.exitCode, 0, first.stdout + first.stderr);
      // v3 comes up slowly (START_DELAY), so a SIGTERM after its start lands before it is healthy.
      const update = startDeploy([...appArgs(name, port, ['--env', 'START_DELAY=5']), '--image', image('v3')]);
      await update.waitForOutput(step.line, 120_000);
      update.child.kill('SIGTERM');
      const ended = await update.done;
      assert.equal(ended.exitCode, 1, ended.stdout + ended.stderr);
      const error = parseCliJson(ended.stdout).error;
      assert.match(error?.message ?? '', /Cancelled/);
      assert.match(error?.message ?? '', /the old container [0-9a-f]{12} runs(, untouched| again)/);
      assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v1 });
      assert.equal(await httpTextOnceUp(port, '/version'), '1');
    });
  }

  it('serializes two deploys of one name: the second waits for the first, naming it, then deploys', async () => {
    const name = newName();
    const port = await freePort();
    // v1 comes up slowly (START_DELAY): the second deploy surely finds the first one's lock held.
    const one = startDeploy([...appArgs(name, port, ['--env', 'START_DELAY=3']), '--image', image('v1')]);
    await one.waitForOutput(/Pulling /, 60_000);
    const two = startDeploy([...appArgs(name, port), '--image', image('v3')]);
    const [first, second] = await Promise.all([one.done, two.done]);
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
    assert.match(second.stderr, new RegExp(`Container ${name} is locked by pid \\d+ \\(boardline deploy-container .*pi-app:v1\\) since`));
    assert.ok(!second.stderr.includes(registry.password), 'the holder is named by what it does, not its command line');
    assert.equal(parseCliJson(second.stdout).outputs?.['previous-digest'], digests.v1);
    assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v3 });
  });

  it('gives a real tty with --device, and with hotplug the host’s /dev and the major’s cgroup rule (never a console’s), never --privileged', async () => {
    const tty = '/dev/ttyS0';
    const name = newName();
    const port = await freePort();
    const plain = await deploy([
      '--name',
      name,
      '--publish',
      `${String(port)}:6769`,
      '--devices',
      `${tty} -> /dev/ttyUSB0`,
      '--health',
      `http://:${String(port)}/version`,
      '--image',
      image('v1'),
    ]);
    assert.equal(plain.exitCode, 0, plain.stdout + plain.stderr);
    const [config] = JSON.parse((await docker('container', 'inspect', name)).stdout) as {
      HostConfig: { Privileged: boolean; Devices: { PathOnHost: string; PathInContainer: string }[]; DeviceCgroupRules: string[] | null };
    }[];
    assert.ok(config !== undefined);
    assert.equal(config.HostConfig.Privileged, false);
    assert.deepEqual(
      config.HostConfig.Devices.map((device) => [device.PathOnHost, device.PathInContainer]),
      [[tty, '/dev/ttyUSB0']],
    );
    const { stdout: speed } = await docker('exec', name, 'busybox', 'stty', '-F', '/dev/ttyUSB0');
    assert.match(speed, /speed \d+ baud/, 'the tty opens inside');
    await removeContainers(name);

    const refusedHotplug = await deploy(['--name', newName(), '--devices', tty, '--hotplug', '--image', image('v1')]);
    assert.equal(refusedHotplug.exitCode, 2);
    assert.match(parseCliJson(refusedHotplug.stdout).error?.message ?? '', /\/dev\/ttyS0 \(major 4\) cannot be hot-plugged/);

    // No USB adapter is attached here: ttyUSB nodes with no driver behind them stand for the
    // boards (opening one says ENXIO once the cgroup lets it be opened, EPERM when it does not).
    const number = 200 + (process.pid % 50);
    const board = `/dev/ttyUSB${String(number)}`;
    const late = `/dev/ttyUSB${String(number + 1)}`;
    const hot = newName();
    await run('mknod', [board, 'c', '188', String(number)]);
    try {
      const hotplug = await deploy([
        '--name',
        hot,
        '--publish',
        'none',
        '--devices',
        board,
        '--hotplug',
        '--health',
        'none',
        '--image',
        image('v1'),
      ]);
      assert.equal(hotplug.exitCode, 0, hotplug.stdout + hotplug.stderr);
      const [hotConfig] = JSON.parse((await docker('container', 'inspect', hot)).stdout) as {
        HostConfig: { Privileged: boolean; DeviceCgroupRules: string[] | null };
        Mounts: { Source: string; Destination: string }[];
      }[];
      assert.ok(hotConfig !== undefined);
      assert.equal(hotConfig.HostConfig.Privileged, false);
      assert.deepEqual(hotConfig.HostConfig.DeviceCgroupRules, ['c 188:* rmw']);
      assert.ok(hotConfig.Mounts.some((mount) => mount.Source === '/dev' && mount.Destination === '/dev'));
      const openInside = (path: string): Promise<string> =>
        docker('exec', hot, 'busybox', 'stty', '-F', path).then(
          () => 'opened',
          (error: unknown) => String((error as { stderr?: string }).stderr),
        );
      assert.match(await openInside(board), /No such device or address/, 'the cgroup rule lets the board be opened');
      // A node that appears after the container started, as a replugged board's does, is there too.
      await run('mknod', [late, 'c', '188', String(number + 1)]);
      assert.match(await openInside(late), /No such device or address/);
    } finally {
      await rm(board, { force: true });
      await rm(late, { force: true });
    }
  });

  it('says what is wrong before anything changes, and leaves the running container alone: bad image, missing tag, wrong password, absent device, taken port, no daemon, no registry', async () => {
    const name = newName();
    const port = await freePort();
    const live = await deploy([...appArgs(name, port), '--image', image('v1')]);
    assert.equal(live.exitCode, 0, live.stdout + live.stderr);
    const liveId = String(parseCliJson(live.stdout).outputs?.['container-id']);
    const untouched = async (what: string): Promise<void> => {
      const views = await containersNamed(name);
      assert.deepEqual(
        views.map((view) => [view.name, view.running, view.labels['io.boardline.deploy.digest']]),
        [[name, true, digests.v1]],
        what,
      );
      const { stdout } = await docker('container', 'inspect', '--format', '{{.Id}}', name);
      assert.equal(stdout.trim(), liveId, `${what}: the same container`);
    };
    const update = appArgs(name, port);

    const badImage = await deploy([...update, '--image', 'Pi-App:1']);
    assert.equal(badImage.exitCode, 2);
    assert.match(parseCliJson(badImage.stdout).error?.message ?? '', /Input "image": "Pi-App:1" is not an image reference/);

    const missing = await deploy([...update, '--image', image('no-such-tag')]);
    assert.equal(missing.exitCode, 1);
    assert.match(
      parseCliJson(missing.stdout).error?.message ?? '',
      /Input "image": .*pi-app:no-such-tag does not exist in .* \(no manifest for no-such-tag\)/,
    );
    await untouched('missing tag');

    const denied = await sandbox.cli(
      ['deploy-container', ...update, '--image', image('v3'), '--username', registry.username, '--password', 'wrong-Pa55word', '--json'],
      { env: { ...sandbox.env, ...dockerEnv, BOARDLINE_LOCK_DIR: lockDir }, timeoutMs: 60_000 },
    );
    assert.equal(denied.exitCode, 1);
    assert.match(parseCliJson(denied.stdout).error?.message ?? '', /The registry .* refused the login of boardline \(HTTP 401\)/);
    assert.ok(!denied.stdout.includes('wrong-Pa55word') && !denied.stderr.includes('wrong-Pa55word'));
    await untouched('wrong password');

    const absent = await deploy(['--name', name, '--devices', 'usb:1a86:7523 -> /dev/ttyUSB0', '--image', image('v3')]);
    assert.equal(absent.exitCode, 3);
    const absentError = parseCliJson(absent.stdout).error;
    assert.match(absentError?.message ?? '', /Input "devices", line 1: No serial port matches port "usb:1a86:7523"/);
    assert.match(absentError?.details ?? '', /Serial ports present:/);
    await untouched('absent device');

    const injected = await deploy(['--name', name, '--devices', 'pi-uno -> /dev/x,source=/', '--image', image('v3')]);
    assert.equal(injected.exitCode, 2);
    assert.match(parseCliJson(injected.stdout).error?.message ?? '', /the path inside "\/dev\/x,source=\/" is not a device path/);

    const blocker = `${prefix}-blocker`;
    const takenPort = await freePort();
    await docker(
      'run',
      '--detach',
      '--name',
      blocker,
      '--publish',
      `${String(takenPort)}:6769`,
      'boardline-test/busybox:amd64',
      'sleep',
      '600',
    );
    const taken = await deploy([...appArgs(name, takenPort), '--image', image('v3')]);
    assert.equal(taken.exitCode, 2, taken.stdout);
    assert.match(
      parseCliJson(taken.stdout).error?.message ?? '',
      new RegExp(`Input "publish": host port ${String(takenPort)}/tcp is taken by the container ${blocker}`),
    );
    await untouched('taken port');

    // A daemon elsewhere cannot see this machine's boards: they are refused before it is asked.
    const remoteBoard = await deploy([...update, '--image', image('v3'), '--docker-host', 'tcp://127.0.0.1:1']);
    assert.equal(remoteBoard.exitCode, 2);
    assert.match(
      parseCliJson(remoteBoard.stdout).error?.message ?? '',
      /pi-uno cannot be resolved from here: the daemon is on another machine/,
    );
    const noDaemon = await deploy(['--name', name, '--publish', 'none', '--image', image('v3'), '--docker-host', 'tcp://127.0.0.1:1']);
    assert.equal(noDaemon.exitCode, 1);
    assert.match(parseCliJson(noDaemon.stdout).error?.message ?? '', /The Docker daemon at tcp:\/\/127\.0\.0\.1:1 cannot be reached/);

    const closed = `127.0.0.1:${String(await freePort())}`;
    const noRegistry = await sandbox.cli(['deploy-container', ...update, '--image', `${closed}/boardline/pi-app:v1`, '--json'], {
      env: { ...sandbox.env, ...dockerEnv, BOARDLINE_LOCK_DIR: lockDir },
      timeoutMs: 60_000,
    });
    assert.equal(noRegistry.exitCode, 1);
    assert.match(parseCliJson(noRegistry.stdout).error?.message ?? '', new RegExp(`Cannot reach the registry ${closed}: ECONNREFUSED`));
    await untouched('unreachable registry');

    // A health check that never passes rolls the update back to the very same container.
    const unhealthy = await deploy([...appArgs(name, port, [], { path: '/no-such-page', timeout: '15s' }), '--image', image('v3')]);
    assert.equal(unhealthy.exitCode, 4);
    const unhealthyJson = parseCliJson(unhealthy.stdout);
    assert.equal(unhealthyJson.outputs?.['result'], 'rolled-back');
    assert.match(
      unhealthyJson.error?.message ?? '',
      /did not pass http:\/\/127\.0\.0\.1:\d+\/no-such-page within 15s \(last: HTTP 404\); rolled back/,
    );
    assert.match(unhealthyJson.error?.details ?? '', /pi-app 3 starting/);
    await untouched('health never passing');

    // A first deploy that fails is no rollback, and leaves nothing behind.
    await removeContainers(name);
    const first = await deploy([...appArgs(name, port, [], { path: '/no-such-page', timeout: '15s' }), '--image', image('v1')]);
    assert.equal(first.exitCode, 4);
    assert.equal(parseCliJson(first.stdout).outputs?.['result'], 'failed');
    assert.match(parseCliJson(first.stdout).error?.message ?? '', /nothing runs under that name \(this was the first deploy\)/);
    assert.deepEqual(await deployed(name), { running: [], all: [], digest: '' });
  });

  for (const fault of [
    {
      command: 'stop',
      message: /Stopping the old .* failed: .*injected failure of docker stop; the old container [0-9a-f]{12} runs, untouched/,
    },
    {
      command: 'start',
      message:
        /The new container did not start: .*injected failure of docker start; rolled back: the old container [0-9a-f]{12} runs again and passes its health check/,
    },
  ]) {
    it(`a daemon error at docker ${fault.command} is undone: the old container runs, and the error says so`, async () => {
      const name = newName();
      const port = await freePort();
      const first = await deploy([...appArgs(name, port), '--image', image('v1')]);
      assert.equal(first.exitCode, 0, first.stdout + first.stderr);
      const failing = await deploy([...appArgs(name, port), '--image', image('v3')], failingDocker(fault.command, name));
      assert.equal(failing.exitCode, 1, failing.stdout + failing.stderr);
      assert.match(parseCliJson(failing.stdout).error?.message ?? '', fault.message);
      assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v1 });
      assert.equal(await httpTextOnceUp(port, '/version'), '1');
    });
  }

  it('a failure to remove the old container after a healthy deploy is a warning; the next deploy removes it', async () => {
    const name = newName();
    const port = await freePort();
    const first = await deploy([...appArgs(name, port), '--image', image('v1')]);
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    const updated = await deploy([...appArgs(name, port), '--image', image('v3')], failingDocker('rm', name));
    assert.equal(updated.exitCode, 0, updated.stdout + updated.stderr);
    assert.equal(parseCliJson(updated.stdout).outputs?.['result'], 'deployed');
    assert.match(
      updated.stderr,
      /injected failure of docker rm; the old container [0-9a-f]{12} is left stopped, and the next deploy removes it/,
    );
    assert.deepEqual((await deployed(name)).all.sort(), [name, `${name}-replaced`]);
    const again = await deploy([...appArgs(name, port), '--image', image('v3')]);
    assert.equal(parseCliJson(again.stdout).outputs?.['result'], 'unchanged', again.stderr);
    assert.deepEqual(await deployed(name), { running: [name], all: [name], digest: digests.v3 });
  });
});
