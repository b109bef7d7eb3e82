import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { addUser } from '../../src/image/accounts.js';
import { startContainersScript } from '../../src/image/boot-containers-script.js';
import { cmdlineTxt, configTxt } from '../../src/image/boot-partition.js';
import { sdCardBytes } from '../../src/image/boot-test.js';
import { ComponentCache, keyOf } from '../../src/image/component-cache.js';
import { componentsFor } from '../../src/image/components.js';
import { firstBootScript } from '../../src/image/first-boot.js';
import { loadImageConfig } from '../../src/image/parse-image-config.js';
import { parseDpkgStatus } from '../../src/image/package-manifest.js';
import { diskIdentifier, layoutFor, partUuid } from '../../src/image/partition-table.js';
import { checkEmulation, rootfsInputs, rootfsPackages } from '../../src/image/rootfs.js';
import { wpaPsk } from '../../src/image/wifi.js';
import { expectFailure } from '../harness/expect-error.js';
import { repoRoot } from '../harness/run-cli.js';

const run = promisify(execFile);
const fixtures = join(repoRoot, 'test', 'fixtures', 'sd-image');

async function configFile(lines: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-sd-config-'));
  const path = join(dir, 'image.yml');
  await writeFile(path, `${lines.join('\n')}\n`);
  return path;
}

const keyLine = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG1hZGUtdXAta2V5LWZvci10ZXN0cy1vbmx5LW5vdC1yZWFs test';

describe('sd-image configuration', () => {
  it('merges the file over the defaults key by key, and the inputs over both', async () => {
    const path = await configFile([
      'name: pi-app',
      'hostname: pi-kitchen',
      'packages: [curl]',
      'user:',
      '  name: pi',
      '  ssh-authorized-keys:',
      `    - ${join(fixtures, 'test-key.pub')}`,
    ]);
    const config = await loadImageConfig({ config: path, overrides: { hostname: 'pi-garage', version: '2.1.0' }, packages: ['htop'] });
    assert.equal(config.name, 'pi-app');
    assert.equal(config.hostname, 'pi-garage', 'the input wins over the file');
    assert.equal(config.version, '2.1.0');
    assert.equal(config.board.name, 'pi3', 'the default board');
    assert.equal(config.release, 'bookworm');
    assert.deepEqual(config.packages, ['curl', 'htop']);
    assert.deepEqual(config.size, { kind: 'fit' });
    assert.equal(config.user?.authorizedKeys.length, 1);
    assert.match(config.user.authorizedKeys[0] ?? '', /^ssh-ed25519 \S+ boardline-test$/);
  });

  it('names the line of an unknown key, and of a bad value', async () => {
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['name: x', 'hostnmae: y']) }),
      /image\.yml line 2: unknown key "hostnmae"/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['name: x', '', 'hostname: -bad-']) }),
      /line 3: "-bad-" is not a host name/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['board: pi1']) }),
      /line 1: unknown board "pi1".*/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['board: pi5']) }),
      /Debian bookworm’s kernel does not support the pi5/,
    );
    await expectFailure('usage', async () => loadImageConfig({ config: await configFile(['size: lots']) }), /line 1: "lots" is not a size/);
    await expectFailure('usage', () => loadImageConfig({ overrides: { board: 'pi9' } }), /^Input "board": unknown board/);
    await expectFailure('usage', async () => loadImageConfig({ config: await configFile(['name: [x']) }), /image\.yml line \d+:/);
  });

  it('refuses a clear-text password, and a password-hash that is not a hash', async () => {
    const clear = await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['user:', '  name: pi', '  password: raspberry']) }),
      /line 3: a password in clear text is refused/,
    );
    assert.match(clear.hint ?? '', /mkpasswd -m yescrypt/);
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['user:', '  name: pi', '  password-hash: raspberry']) }),
      /line 3: password-hash is not a crypt\(3\) hash/,
    );
    const hashed = await loadImageConfig({
      config: await configFile([
        'user:',
        '  name: pi',
        '  password-hash: "$y$j9T$F5Jx5fExrKuPp53xLKQ..1$X3DX6M94c7o.9agCG9G317fhZg9SqC.5i5rd.RhAtQ7"',
      ]),
    });
    assert.match(hashed.user?.passwordHash ?? '', /^\$y\$/);
  });

  it('refuses a missing key file, a private key, and a user who could not log in', async () => {
    const missing = await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['user:', '  name: pi', '  ssh-authorized-keys:', '    - keys/nobody.pub']) }),
      /line 4: the key file keys\/nobody\.pub does not exist/,
    );
    assert.match(missing.hint ?? '', /relative to the configuration file/);
    const dir = await mkdtemp(join(tmpdir(), 'boardline-sd-key-'));
    await writeFile(join(dir, 'id'), '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----\n');
    await writeFile(join(dir, 'image.yml'), 'user:\n  name: pi\n  ssh-authorized-keys: [id]\n');
    await expectFailure('usage', () => loadImageConfig({ config: join(dir, 'image.yml') }), /id is a private key/);
    await expectFailure('usage', async () => loadImageConfig({ config: await configFile(['user:', '  name: pi']) }), /could not log in/);
    const inline = await loadImageConfig({
      config: await configFile(['user:', '  name: pi', '  ssh-authorized-keys:', `    - ${keyLine}`]),
    });
    assert.deepEqual(inline.user?.authorizedKeys, [keyLine]);
  });

  it('takes Wi-Fi as a PSK or a secret variable, never a passphrase in the file', async () => {
    // IEEE 802.11i's own test vector: passphrase "password", SSID "IEEE".
    assert.equal(wpaPsk('password', 'IEEE'), 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e');
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['wifi:', '  ssid: home', '  passphrase: hunter22', '  country: DE']) }),
      /line 3: a Wi-Fi passphrase in clear text is refused/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['wifi:', '  ssid: home', '  psk: hunter22', '  country: DE']) }),
      /psk must be the 64 hex digits/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile(['wifi:', '  ssid: home', '  passphrase-env: WIFI_PASS', '  country: DE']) }),
      /the variable WIFI_PASS is not set/,
    );
    const config = await loadImageConfig({
      config: await configFile(['wifi:', '  ssid: IEEE', '  passphrase-env: WIFI_PASS', '  country: de']),
      env: { WIFI_PASS: 'password' },
    });
    assert.deepEqual(config.wifi, { ssid: 'IEEE', psk: 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e', country: 'DE' });
    assert.ok(rootfsPackages(config).includes('network-manager'));
    assert.match(cmdlineTxt(config, 'abcd0123'), /cfg80211\.ieee80211_regdom=DE/);
  });

  it('checks containers as deploy-container checks them, at their lines', async () => {
    const base = ['containers:', '  - image: boardline-test/pi-app:1'];
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile([...base, '    devices: [usb:1a86:7523]']) }),
      /line 3: usb:1a86:7523 cannot be found before the Pi boots/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile([...base, '    volumes: [/var/run/docker.sock:/var/run/docker.sock]']) }),
      /would give the container the host/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile([...base, '    publish: [http]']) }),
      /line 3: publish: "http" is not host-port:container-port/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile([...base, '    health: sometimes']) }),
      /line 3: health: "sometimes" is not a health check/,
    );
    await expectFailure(
      'usage',
      async () => loadImageConfig({ config: await configFile([...base, '    cmd: x']) }),
      /line 3: unknown key "cmd"/,
    );
    const config = await loadImageConfig({
      config: await configFile([
        ...base,
        '    publish: ["6769:6769"]',
        '    devices: ["/dev/serial/by-id/usb-1a86-if00 -> /dev/ttyUSB0"]',
        '    health: http://:6769/version',
      ]),
    });
    assert.equal(config.containers[0]?.name, 'pi-app', 'named after the image');
    assert.ok(rootfsPackages(config).includes('docker.io'));
  });

  it('keys the root file system on what it is made of, not on the hostname', async () => {
    const one = await loadImageConfig({ overrides: { hostname: 'one' } });
    const two = await loadImageConfig({ overrides: { hostname: 'two' } });
    const other = await loadImageConfig({ packages: ['curl'] });
    assert.equal(keyOf(rootfsInputs(one)), keyOf(rootfsInputs(two)));
    assert.notEqual(keyOf(rootfsInputs(one)), keyOf(rootfsInputs(other)));
    assert.equal(keyOf({ a: 1, b: [2, { c: 3, d: 4 }] }), keyOf({ b: [2, { d: 4, c: 3 }], a: 1 }), 'key order does not matter');
  });
});

describe('sd-image components', () => {
  it('builds a component with what it depends on, in order', () => {
    assert.deepEqual(componentsFor('boot-partition'), ['rootfs', 'boot-partition']);
    assert.deepEqual(componentsFor('root-partition'), ['rootfs', 'containers', 'root-partition']);
    assert.deepEqual(componentsFor(undefined), ['rootfs', 'containers', 'root-partition', 'boot-partition', 'image']);
  });

  it('keeps no cache entry for an interrupted build, and finds a complete one', async () => {
    const cache = new ComponentCache(await mkdtemp(join(tmpdir(), 'boardline-sd-cache-')));
    await assert.rejects(
      cache.store('rootfs', 'k1', {}, async (dir) => {
        await writeFile(join(dir, 'rootfs.tar'), 'half');
        throw new Error('interrupted');
      }),
      /interrupted/,
    );
    assert.equal(await cache.lookup('rootfs', 'k1'), undefined);
    assert.deepEqual(await readdir(join(cache.dir, 'rootfs')), [], 'the partial directory is gone');
    await cache.store('rootfs', 'k1', { arch: 'arm64' }, (dir) => writeFile(join(dir, 'rootfs.tar'), 'whole'));
    assert.deepEqual((await cache.lookup('rootfs', 'k1'))?.inputs, { arch: 'arm64' });
  });

  it('says how to add a missing binfmt handler for a foreign architecture', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'boardline-binfmt-'));
    const error = await expectFailure(
      'failed',
      () => checkEmulation('arm64', 'x64', empty),
      /this x64 machine cannot run arm64 programs: no binfmt handler qemu-aarch64/,
    );
    assert.match(error.hint ?? '', /apt-get install qemu-user-static binfmt-support && update-binfmts --enable qemu-aarch64/);
    await mkdir(join(empty, 'x'), { recursive: true });
    await writeFile(join(empty, 'qemu-arm'), 'enabled\ninterpreter /usr/libexec/qemu-binfmt/arm-binfmt-P\n');
    await checkEmulation('armhf', 'x64', empty);
    await checkEmulation('arm64', 'arm64', empty);
  });

  it('lays the partitions out at 4 MiB boundaries, named by a stable disk identifier', () => {
    const id = diskIdentifier('pi-app');
    assert.match(id, /^[0-9a-f]{8}$/);
    assert.equal(diskIdentifier('pi-app'), id);
    assert.equal(partUuid(id, 2), `${id}-02`);
    const layout = layoutFor(id, 256 * 2 ** 20, 800 * 2 ** 20);
    assert.deepEqual([layout.boot.offset, layout.root.offset, layout.totalBytes], [4 * 2 ** 20, 260 * 2 ** 20, 1060 * 2 ** 20]);
    assert.equal(sdCardBytes(1060 * 2 ** 20), 2 ** 31);
    assert.equal(sdCardBytes(2 ** 30), 2 ** 30);
  });

  it('adds the user as adduser would: own group, device groups, hash or locked password', () => {
    const accounts = addUser(
      {
        passwd: 'root:x:0:0:root:/root:/bin/bash\n_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n',
        group: 'root:x:0:\nshadow:x:42:\ndialout:x:20:\nsudo:x:27:\ndocker:x:106:\n',
        shadow: 'root:*:19000:0:99999:7:::\n',
        gshadow: 'root:*::\ndialout:*::\n',
      },
      { name: 'pi', authorizedKeys: [keyLine] },
    );
    assert.equal(accounts.uid, 1000);
    assert.match(accounts.files.passwd, /^pi:x:1000:1000:pi:\/home\/pi:\/bin\/bash$/m);
    assert.match(accounts.files.group, /^dialout:x:20:pi$/m);
    assert.match(accounts.files.group, /^docker:x:106:pi$/m);
    assert.match(accounts.files.group, /^pi:x:1000:$/m);
    assert.match(accounts.files.shadow, /^pi:!:\d+:0:99999:7:::$/m, 'locked: it logs in by key');
    assert.equal(accounts.shadowGid, 42);
  });

  it('writes config.txt and cmdline.txt for the board, root by PARTUUID', async () => {
    const config = await loadImageConfig({ overrides: { name: 'pi-app', version: '1.0' } });
    assert.match(configTxt(config), /^arm_64bit=1$/m);
    assert.match(configTxt(config), /^kernel=vmlinuz$/m);
    assert.match(configTxt(config), /^initramfs initrd\.img followkernel$/m);
    assert.match(cmdlineTxt(config, 'abcd0123'), /console=ttyS1,115200 root=PARTUUID=abcd0123-02 rootfstype=ext4 rootwait/);
  });

  it('generates boot scripts the shells accept', async () => {
    const config = await loadImageConfig({
      config: await configFile([
        'containers:',
        '  - image: boardline-test/pi-app:1',
        '    publish: ["6769:6769"]',
        "    env: [MODE=it's]",
        '    health: http://:6769/version',
      ]),
    });
    const dir = await mkdtemp(join(tmpdir(), 'boardline-sd-scripts-'));
    await writeFile(join(dir, 'first-boot'), firstBootScript(config));
    await writeFile(
      join(dir, 'start-containers'),
      startContainersScript([
        {
          container: config.containers[0] ?? assert.fail(),
          tag: 'boardline-test/pi-app:1',
          archive: '/var/lib/boardline/images/pi-app.tar',
          file: '/x',
        },
      ]),
    );
    await run('sh', ['-n', join(dir, 'first-boot')]);
    await run('bash', ['-n', join(dir, 'start-containers')]);
    assert.match(
      startContainersScript([{ container: config.containers[0] ?? assert.fail(), tag: 't:1', archive: '/a.tar', file: '/x' }]),
      /'--env' 'MODE=it'\\''s'/,
    );
    const withDevice = await loadImageConfig({
      config: await configFile([
        'containers:',
        '  - image: boardline-test/pi-app:1',
        '    devices: ["/dev/serial/by-id/usb-1a86-if00 -> /dev/ttyUSB0"]',
      ]),
    });
    const script = startContainersScript([
      { container: withDevice.containers[0] ?? assert.fail(), tag: 't:1', archive: '/a.tar', file: '/x' },
    ]);
    await writeFile(join(dir, 'with-device'), script);
    await run('bash', ['-n', join(dir, 'with-device')]);
    assert.match(
      script,
      /if \[ ! -e '\/dev\/serial\/by-id\/usb-1a86-if00' \]; then echo 'boardline: container pi-app not started: \/dev\/serial\/by-id\/usb-1a86-if00 is not present'/,
    );
    assert.match(script, /'--device' '\/dev\/serial\/by-id\/usb-1a86-if00:\/dev\/ttyUSB0:rwm'/);
  });

  it('reads the installed packages from dpkg’s status file', () => {
    const packages = parseDpkgStatus(
      'Package: a\nStatus: install ok installed\nArchitecture: arm64\nVersion: 1.0\n\nPackage: b\nStatus: deinstall ok config-files\nVersion: 2\n\nPackage: c\nStatus: install ok installed\nArchitecture: all\nVersion: 3~rc1\n',
    );
    assert.deepEqual(packages, [
      { name: 'a', version: '1.0', architecture: 'arm64' },
      { name: 'c', version: '3~rc1', architecture: 'all' },
    ]);
  });
});
