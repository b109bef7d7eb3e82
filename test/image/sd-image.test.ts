import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { chown, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { dockerPath } from '../harness/docker-registry.js';
import { piAppCheckout } from '../harness/pi-app-images.js';
import { rootlessBuilder } from '../harness/rootless-builder.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, repoRoot, runBundledCli, startBundledCli, type CliOptions } from '../harness/run-cli.js';
import { imageConfig, sharedCacheDir, sharedRootfs } from '../harness/sd-image-fixture.js';

const run = promisify(execFile);
const appImage = 'boardline-test/sd-pi-app:1';
const fixtures = join(repoRoot, 'test', 'fixtures', 'sd-image');
const mebibyte = 2 ** 20;

interface Component {
  name: string;
  key: string;
  cached: boolean;
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** debugfs reads the root partition inside the image file (at its offset): nothing is mounted. */
async function debugfs(image: string, offset: number, request: string): Promise<string> {
  const { stdout } = await run('debugfs', ['-R', request, `${image}?offset=${String(offset)}`], { maxBuffer: 16 * mebibyte });
  return stdout;
}

async function mtools(tool: 'mdir' | 'mtype', image: string, offset: number, ...args: string[]): Promise<string> {
  const { stdout } = await run(tool, ['-i', `${image}@@${String(offset)}`, ...args]);
  return stdout;
}

describe('sd-image: a Raspberry Pi image built rootlessly and booted under QEMU', () => {
  let builder: { uid: number; gid: number };
  let work: string;
  let cacheDir: string;
  let setupLog: string;

  /** The bundled CLI as the unprivileged builder, with this run's cache (the shared root file system linked in). */
  const sdImage = (args: readonly string[], options: CliOptions = {}): ReturnType<typeof runBundledCli> =>
    runBundledCli(['sd-image', '--cache-dir', cacheDir, ...args, '--json'], {
      asUser: builder,
      cwd: work,
      timeoutMs: 40 * 60_000,
      env: { ...process.env, PATH: dockerPath, HOME: work },
      ...options,
    });

  before(async () => {
    builder = await rootlessBuilder();
    work = await mkdtemp(join(tmpdir(), 'boardline-sd-image-'));
    cacheDir = join(work, 'cache');
    await mkdir(cacheDir);
    await chown(work, builder.uid, builder.gid);
    await chown(cacheDir, builder.uid, builder.gid);
    // The container the image preloads: the deploy tests' pi-app, built by buildx-armv7 for the
    // Pi 3's linux/arm64 and loaded into this machine's Docker.
    const app = await piAppCheckout();
    const built = await runBundledCli(
      [
        'buildx-armv7',
        '--context',
        app.dir,
        '--platforms',
        'linux/arm64',
        '--tags',
        appImage,
        '--load',
        '--build-args',
        'APP_VERSION=sd-1',
      ],
      {
        env: { ...process.env, PATH: dockerPath },
        timeoutMs: 300_000,
      },
    );
    assert.equal(built.exitCode, 0, built.stdout + built.stderr);
    setupLog = await sharedRootfs();
    await symlink(join(sharedCacheDir, 'rootfs'), join(cacheDir, 'rootfs'));
  });

  after(async () => {
    await rm(work, { recursive: true, force: true });
    await run('/usr/bin/docker', ['image', 'rm', '--force', appImage]).catch(() => undefined);
  });

  it('built the root file system without root, in the test setup', async () => {
    assert.match(setupLog, /\[1\/1\] rootfs: (building Debian root file system|cache hit)/);
    const [entry] = await readdir(join(sharedCacheDir, 'rootfs'));
    const tar = await stat(join(sharedCacheDir, 'rootfs', entry ?? '', 'rootfs.tar'));
    assert.equal(tar.uid, builder.uid, 'mmdebstrap ran as the unprivileged builder');
    assert.ok(tar.size > 300 * mebibyte, `a whole Debian system: ${String(tar.size)} bytes`);
  });

  it('builds a Pi 3 image with a user, a key, a hostname and the pi-app; its partitions check out and it boots to its banner', async () => {
    const output = join(work, 'out', 'pi3.img');
    const result = await sdImage(['--config', imageConfig, '--output', output, '--compress', 'none']);
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    const outputs = parseCliJson(result.stdout).outputs ?? {};
    assert.equal(outputs['image'], output);
    assert.equal(outputs['boot-test'], 'passed', result.stderr.slice(-3000));
    const components = outputs['components'] as Component[];
    assert.deepEqual(
      components.map((entry) => [entry.name, entry.cached]),
      [
        ['rootfs', true],
        ['containers', false],
        ['root-partition', false],
        ['boot-partition', false],
      ],
    );
    const image = await stat(output);
    assert.equal(image.uid, builder.uid);
    assert.equal(outputs['size'], image.size);
    assert.equal(outputs['sha256'], await sha256(output), 'the image is as built: the boot test booted a copy-on-write overlay');
    assert.equal(await readFile(`${output}.sha256`, 'utf8'), `${outputs['sha256']}  pi3.img\n`);
    await assert.rejects(stat(`${output}.partial`));

    // The partition table, as sfdisk reads it from the file.
    const { stdout: tableJson } = await run('sfdisk', ['--json', output]);
    const table = (
      JSON.parse(tableJson) as {
        partitiontable: { label: string; id: string; partitions: { start: number; size: number; type: string; bootable?: boolean }[] };
      }
    ).partitiontable;
    assert.equal(table.label, 'dos');
    const [boot, root] = table.partitions;
    assert.ok(boot !== undefined && root !== undefined && table.partitions.length === 2);
    assert.deepEqual([boot.start, boot.size, boot.type, boot.bootable], [8192, (256 * mebibyte) / 512, 'c', true]);
    assert.equal(root.type, '83');
    assert.equal(root.start, boot.start + boot.size);
    assert.equal((root.start + root.size) * 512, image.size);
    const diskId = table.id.replace(/^0x/, '');

    // The boot partition, read with mtools at its offset.
    const bootOffset = boot.start * 512;
    const listing = await mtools('mdir', output, bootOffset, '-b', '::');
    for (const file of [
      'bootcode.bin',
      'start.elf',
      'fixup.dat',
      'start4.elf',
      'vmlinuz',
      'initrd.img',
      'bcm2837-rpi-3-b.dtb',
      'bcm2837-rpi-3-b-plus.dtb',
      'config.txt',
      'cmdline.txt',
    ]) {
      assert.match(listing, new RegExp(`^::/${file.replace('.', '\\.')}$`, 'm'), `${file} on the boot partition`);
    }
    const cmdline = await mtools('mtype', output, bootOffset, '::cmdline.txt');
    assert.match(cmdline, new RegExp(`root=PARTUUID=${diskId}-02 rootfstype=ext4 rootwait`));
    assert.match(cmdline, /console=ttyS1,115200/);
    const configTxt = await mtools('mtype', output, bootOffset, '::config.txt');
    assert.match(configTxt, /^arm_64bit=1$/m);
    assert.match(configTxt, /^kernel=vmlinuz$/m);
    assert.match(configTxt, /^initramfs initrd\.img followkernel$/m);

    // The root partition, read with debugfs at its offset.
    const rootOffset = root.start * 512;
    assert.equal((await debugfs(output, rootOffset, 'cat /etc/hostname')).trim(), 'pi-sd-test');
    assert.match(await debugfs(output, rootOffset, 'cat /etc/fstab'), new RegExp(`PARTUUID=${diskId}-02\\t/\\text4`));
    const key = (await readFile(join(fixtures, 'test-key.pub'), 'utf8')).trim();
    assert.equal((await debugfs(output, rootOffset, 'cat /home/pi/.ssh/authorized_keys')).trim(), key);
    const keyStat = await debugfs(output, rootOffset, 'stat /home/pi/.ssh/authorized_keys');
    assert.match(keyStat, /User:\s+1000\s+Group:\s+1000/);
    assert.match(keyStat, /Mode:\s+0600/);
    const sudo = await debugfs(output, rootOffset, 'stat /usr/bin/sudo');
    assert.match(sudo, /Mode:\s+04755/, 'setuid, as dpkg installed it');
    assert.match(sudo, /User:\s+0\s+Group:\s+0\s/, 'owned by root, without the build being root');
    assert.match(await debugfs(output, rootOffset, 'cat /etc/shadow'), /^pi:!:/m);
    assert.match(await debugfs(output, rootOffset, 'cat /etc/group'), /^dialout:x:20:pi$/m);
    assert.doesNotMatch(await debugfs(output, rootOffset, 'ls -l /etc/ssh'), /ssh_host_/, 'no SSH host keys shared by every Pi');
    assert.match(await debugfs(output, rootOffset, 'stat /var/lib/boardline/images/pi-app.tar'), /Type: regular/);

    // The manifest and the boot transcript.
    const manifest = await readFile(String(outputs['manifest']), 'utf8');
    assert.match(manifest, /^linux-image-6\.1\.0-\d+-arm64\t\S+\tarm64$/m);
    assert.match(manifest, /^docker\.io\t\S+\tarm64$/m);
    assert.match(manifest, /^raspi-firmware\t\S+\tall$/m);
    const transcript = await readFile(String(outputs['transcript']), 'utf8');
    assert.match(transcript, /boardline: SSH host keys made for this Pi/);
    assert.match(transcript, /boardline: root file system grown to/);
    assert.match(transcript, /Boardline image boardline-test 1\.0\.0 is up on pi-sd-test/);
    assert.match(transcript, /boardline: container pi-app started/);
    assert.match(result.stderr, /^\[1\/5\] rootfs: cache hit \w+ \(built /m);

    // Only the hostname changed, through the bundled action as the runner runs it: the root file
    // system, the container images and the boot partition are reused.
    const second = join(work, 'out', 'second.img');
    const again = await runBundledAction('sd-image', {
      inputs: {
        config: imageConfig,
        'cache-dir': cacheDir,
        hostname: 'pi-sd-second',
        output: second,
        compress: 'zstd',
        'boot-test': 'false',
      },
      env: { PATH: dockerPath },
      timeoutMs: 20 * 60_000,
    });
    assert.equal(again.exitCode, 0, again.stdout + again.stderr);
    assert.deepEqual(
      (JSON.parse(again.outputs['components'] ?? '[]') as Component[]).map((entry) => [entry.name, entry.cached]),
      [
        ['rootfs', true],
        ['containers', true],
        ['root-partition', false],
        ['boot-partition', true],
      ],
    );
    assert.match(again.summary, /\| rootfs \| cache hit \|/);
    assert.match(again.summary, /\| root-partition \| built in [\d.]+ s \|/);
    assert.equal(again.outputs['image'], `${second}.zst`);
    assert.equal(again.outputs['boot-test'], 'skipped');
    await run('zstd', ['-d', '-q', '-o', second, `${second}.zst`]);
    assert.equal((await debugfs(second, rootOffset, 'cat /etc/hostname')).trim(), 'pi-sd-second');
    await rm(second);
  });

  it('refuses a size too small (saying the size needed), leaving no image and no cache entry', async () => {
    const output = join(work, 'out', 'small.img');
    const result = await sdImage(['--config', imageConfig, '--size', '600M', '--output', output, '--boot-test', 'false']);
    assert.equal(result.exitCode, 2, result.stdout + result.stderr);
    const { error } = parseCliJson(result.stdout);
    assert.match(
      error?.message ?? '',
      /^size 600M is too small: the image needs at least \d+(\.\d)? GiB \(boot partition 256 MiB from 4 MiB, root file system \d+/,
    );
    assert.match(error?.hint ?? '', /set size to \d+M or more, or size: fit/);
    await assert.rejects(stat(output));
    for (const entry of await readdir(join(cacheDir, 'root-partition'))) {
      assert.doesNotMatch(entry, /partial/, 'no half-built entry is left');
      await stat(join(cacheDir, 'root-partition', entry, 'boardline-component.json'));
    }
  });

  it('an interrupted build leaves no image under the output name and no complete cache entry', async () => {
    const output = join(work, 'out', 'interrupted.img');
    const before = await readdir(join(cacheDir, 'root-partition'));
    const build = startBundledCli(
      ['sd-image', '--config', imageConfig, '--cache-dir', cacheDir, '--hostname', 'pi-sd-interrupted', '--output', output],
      {
        asUser: builder,
        cwd: work,
        timeoutMs: 600_000,
        env: { ...process.env, PATH: dockerPath, HOME: work },
      },
    );
    await build.waitForOutput(/root-partition: building/, 120_000);
    build.child.kill('SIGTERM');
    const ended = await build.done;
    assert.notEqual(ended.exitCode, 0, ended.stderr);
    await assert.rejects(stat(output));
    await assert.rejects(stat(`${output}.partial`));
    assert.deepEqual(await readdir(join(cacheDir, 'root-partition')), before, 'no entry, complete or partial, was added');
  });

  it('an image that does not boot in time is a failed step with the console’s last lines, kept apart from the output name', async () => {
    const output = join(work, 'out', 'unbooted.img');
    const result = await sdImage(['--config', imageConfig, '--output', output, '--boot-timeout', '20s', '--compress', 'none']);
    assert.equal(result.exitCode, 1, result.stdout + result.stderr);
    const { error } = parseCliJson(result.stdout);
    assert.match(
      error?.message ?? '',
      /did not boot to its banner under QEMU: no "Boardline image boardline-test 1\.0\.0 is up" within 20 s\. It is kept as .*unbooted\.img\.failed, not as/,
    );
    assert.match(error?.details ?? '', /Last console lines:\n[\s\S]*\S[\s\S]*Transcript: .*unbooted\.img\.boot\.log/);
    await assert.rejects(stat(output));
    await stat(`${output}.failed`);
  });

  it('says how much space is missing before writing an image that would not fit', async () => {
    const small = join(work, 'small-disk');
    await mkdir(small);
    await run('mount', ['-t', 'tmpfs', '-o', `size=64m,uid=${String(builder.uid)}`, 'tmpfs', small]);
    try {
      const result = await sdImage(['--config', imageConfig, '--output', join(small, 'pi3.img'), '--boot-test', 'false']);
      assert.equal(result.exitCode, 1, result.stdout + result.stderr);
      const { error } = parseCliJson(result.stdout);
      assert.match(
        error?.message ?? '',
        /^Not enough disk space for the image \(1\.\d GiB\): it needs 1\.\d GiB free in .*small-disk, and 64 MiB is free/,
      );
      assert.match(error?.hint ?? '', /point output at a disk with room/);
      assert.deepEqual(await readdir(small), []);
    } finally {
      await run('umount', [small]);
    }
  });

  it('refuses bad configurations by file and line before building anything', async () => {
    const bad = async (lines: readonly string[]): Promise<{ message: string; hint: string }> => {
      const file = join(work, `bad-${String(Date.now())}.yml`);
      await writeFile(file, `${lines.join('\n')}\n`);
      await chown(file, builder.uid, builder.gid);
      const result = await sdImage(['--config', file, '--output', join(work, 'out', 'bad.img')], { timeoutMs: 60_000 });
      assert.equal(result.exitCode, 2, result.stdout + result.stderr);
      const { error } = parseCliJson(result.stdout);
      return { message: error?.message ?? '', hint: error?.hint ?? '' };
    };
    assert.match((await bad(['name: x', 'hostnme: pi'])).message, /bad-\d+\.yml line 2: unknown key "hostnme" in the configuration/);
    const clear = await bad(['user:', '  name: pi', '  password: raspberry']);
    assert.match(clear.message, /line 3: a password in clear text is refused/);
    assert.match(clear.hint, /mkpasswd -m yescrypt/);
    assert.match(
      (await bad(['user:', '  name: pi', '  ssh-authorized-keys: [keys/missing.pub]'])).message,
      /line 3: the key file keys\/missing\.pub does not exist/,
    );
  });
});
