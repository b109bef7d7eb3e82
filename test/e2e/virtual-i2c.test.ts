import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { access, chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { errno, i2cFlags } from '../../src/virtual/linux-i2c/bus-protocol.js';
import { I2cBusClient } from '../harness/i2c-bus-client.js';
import { parseCliJson, repoRoot, runBundledCli } from '../harness/run-cli.js';

/**
 * This machine's shim and FUSE binary, committed in dist/native like the bundles: a missing one is
 * a failure (run npm run build), never a skip. The FUSE mount needs root, as CI runs.
 */
const native = join(repoRoot, 'dist', 'native', `linux-${process.arch}`);
const shim = join(native, 'libboardline-i2c.so');
for (const file of ['libboardline-i2c.so', 'boardline-i2c-fuse']) {
  await access(join(native, file)).catch(() => {
    throw new Error(`${join(native, file)} is missing: run npm run build`);
  });
}
const asRoot = process.getuid?.() === 0 ? {} : { skip: 'mounting a FUSE file needs root (CI runs as root)' };
/** nobody: an ordinary user, to see what fuse says to one. */
const nobody = { uid: 65534, gid: 65534 };

describe('virtual-i2c from the CLI', () => {
  let directory: string;
  let env: NodeJS.ProcessEnv;

  async function cli(args: readonly string[], options: { asUser?: { uid: number; gid: number } } = {}) {
    const run = await runBundledCli([...args, '--json'], { env, cwd: directory, ...options });
    return { run, json: parseCliJson(run.stdout) };
  }

  async function refused(args: readonly string[], kind: string, message: RegExp, hint?: RegExp, options = {}): Promise<void> {
    const { json } = await cli(args, options);
    assert.equal(json.ok, false, JSON.stringify(json));
    const { error } = json;
    assert.ok(error);
    assert.equal(error.kind, kind, error.message);
    assert.match(error.message, message);
    if (hint !== undefined) assert.match(error.hint ?? '', hint);
  }

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'boardline-virtual-i2c-'));
    // Open to nobody too: the non-root case writes nothing, but reads the state directory.
    await chmod(directory, 0o777);
    env = { ...process.env, BOARDLINE_STATE_DIR: join(directory, 'state') };
  });

  after(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('refuses every bad wiring line, naming the file and line, and a pins: section at its line', async () => {
    const cases: [string, RegExp][] = [
      ['i2c:\n  - kind: bmp280\n    address: 0x50\n', /wiring\.yml line 3: a bmp280 cannot be at 0x50/],
      ['i2c:\n  - kind: lcd\n', /wiring\.yml line 2: .*there is no device kind "lcd"/],
      ['i2c:\n  - address: 0x50\n', /wiring\.yml line 2: an i2c device needs a kind/],
      ['i2c:\n  - kind: 24c02\n  - kind: 24c02\n', /wiring\.yml line 3: 24c02 at 0x50 clashes with 24c02 at 0x50/],
      ['i2c:\n  - kind: bmp280\n    colour: red\n', /wiring\.yml line 3: unknown key "colour"/],
      ['i2c:\n  - kind: bmp280\npins:\n  - pin: 2\n    level: high\n', /wiring\.yml line 3: a virtual I2C bus has no pins/],
      ['pins: []\n', /wiring\.yml line 1: a virtual I2C bus has no pins/],
    ];
    for (const [text, pattern] of cases) {
      await writeFile(join(directory, 'wiring.yml'), text);
      await refused(['virtual-i2c', 'start', '--wiring', 'wiring.yml', '--mode', 'preload'], 'usage', pattern);
    }
    await refused(
      ['virtual-i2c', 'start', '--i2c', 'bmp280@0x99', '--mode', 'preload'],
      'usage',
      /Input "i2c" \(bmp280@0x99\): address 0x99 is out of range/,
    );
  });

  it('refuses a bus number this machine has a real /dev/i2c-N for, naming it', async (t) => {
    if (process.getuid?.() !== 0) return t.skip('making a character device needs root');
    const bus = 97;
    // 89 is the i2c-dev major: the node a real adapter's driver would make.
    await promisify(execFile)('mknod', [`/dev/i2c-${bus}`, 'c', '89', String(bus)]);
    try {
      await refused(
        ['virtual-i2c', 'start', '--bus', String(bus), '--i2c', 'bmp280', '--mode', 'preload'],
        'usage',
        /Input "bus": \/dev\/i2c-97 is a real I2C adapter on this machine/,
        /--bus 98/,
      );
    } finally {
      await rm(`/dev/i2c-${bus}`, { force: true });
    }
  });

  it('refuses fuse to a user who is not root, naming --mode preload; and cuse, which this kernel lacks, naming the others', async () => {
    await refused(
      ['virtual-i2c', 'start', '--i2c', 'bmp280', '--mode', 'fuse'],
      'usage',
      /fuse mounts \/dev\/i2c-N, which needs root/,
      /--mode preload/,
      {
        asUser: nobody,
      },
    );
    await refused(
      ['virtual-i2c', 'start', '--i2c', 'bmp280', '--mode', 'cuse'],
      'not-available',
      /no CUSE \(\/dev\/cuse is absent/,
      /--mode fuse .*--mode preload/,
    );
  });

  it('starts a bus in preload mode, serves it, sets a field, traces, keeps an EEPROM file, and stops', async () => {
    const eeprom = join(directory, 'eeprom.bin');
    const { json: started } = await cli([
      'virtual-i2c',
      'start',
      'envboard',
      '--bus',
      '3',
      '--i2c',
      'bmp280@0x76',
      '--i2c',
      `24c02@0x50:${eeprom}`,
      '--mode',
      'preload',
    ]);
    assert.equal(started.ok, true, JSON.stringify(started));
    const outputs = started.outputs ?? {};
    assert.equal(outputs['device'], '');
    assert.equal(outputs['bus'], 3);
    assert.equal(outputs['preload'], shim);
    const socket = String(outputs['socket']);
    assert.equal(outputs['env'], `LD_PRELOAD=${shim}\nBOARDLINE_I2C_BUSES=3=${socket}`);
    assert.match(
      String(outputs['qemu-env']),
      /^QEMU_SET_ENV=LD_PRELOAD=\S+\/linux-arm\/libboardline-i2c\.so,BOARDLINE_I2C_BUSES=3=\S+bus\.sock$/,
    );
    try {
      const bus = await I2cBusClient.connect(socket, { pid: 4321, program: 'sensor-app', bus: 3 });
      try {
        assert.deepEqual((await bus.readRegister(0x76, 0xd0)).reads, [Uint8Array.of(0x58)]);
        const page = Uint8Array.of(0x10, 0xde, 0xad, 0xbe, 0xef);
        assert.equal((await bus.transfer([{ address: 0x50, flags: 0, length: page.length, data: page }])).status, 0);
        assert.equal((await bus.transfer([{ address: 0x51, flags: i2cFlags.read, length: 1, data: undefined }])).status, errno.ENXIO);

        const { json: set } = await cli(['virtual-i2c', 'set', 'envboard', 'bmp280.temperature=31.5', 'bmp280.pressure=990']);
        assert.equal(set.ok, true, JSON.stringify(set));
        assert.match(String(set.outputs?.['set']), /^bmp280\.temperature = 31\.5 °C\nbmp280\.pressure = 990 hPa$/);
        await refused(['virtual-i2c', 'set', 'envboard', 'bmp280.temperature=200'], 'usage', /200 °C is outside what a bmp280 measures/);
        await refused(['virtual-i2c', 'set', 'envboard', 'lcd.text=hi'], 'usage', /no device named lcd is wired/, /use bmp280, 24c02/);

        const { json: status } = await cli(['virtual-i2c', 'status', 'envboard']);
        const [entry] = status.outputs?.['buses'] as {
          mode: string;
          transactions: number;
          devices: { name: string; fields: Record<string, number> }[];
        }[];
        assert.ok(entry);
        assert.equal(entry.mode, 'preload');
        assert.equal(entry.transactions, 3);
        assert.equal(entry.devices.find((device) => device.name === 'bmp280')?.fields['temperature'], 31.5);

        const { run: trace } = await cli(['virtual-i2c', 'trace', 'envboard', '--recent']);
        const traceText = await runBundledCli(['virtual-i2c', 'trace', 'envboard', '--recent'], { env });
        assert.equal(parseCliJson(trace.stdout).outputs?.['transactions'], 3);
        assert.match(traceText.stdout, / sensor-app\[4321\] 0x76 W ACK d0 \| 0x76 R ACK 58 -> ok\n/);
        assert.match(traceText.stdout, / sensor-app\[4321\] 0x50 W ACK 10 de ad be ef -> ok\n/);
        assert.match(traceText.stdout, / sensor-app\[4321\] 0x51 R NACK -> ENXIO\n/);
      } finally {
        bus.close();
      }
    } finally {
      const { json: stopped } = await cli(['virtual-i2c', 'stop', 'envboard']);
      assert.equal(stopped.ok, true, JSON.stringify(stopped));
    }
    const kept = await readFile(eeprom);
    assert.deepEqual([...kept.subarray(0x10, 0x14)], [0xde, 0xad, 0xbe, 0xef]);
    const none = await runBundledCli(['virtual-i2c', 'status'], { env });
    assert.equal(none.stdout.trim(), 'No virtual I2C buses are running.');
    await refused(['virtual-i2c', 'stop', 'envboard'], 'port', /No virtual I2C bus named envboard is running/);
  });

  it("serves Debian's i2cget through the preload shim and through the FUSE file", asRoot, async () => {
    const { json: started } = await cli(['virtual-i2c', 'start', 'pi', '--bus', '7', '--i2c', 'bmp280@0x77', '--mode', 'fuse']);
    assert.equal(started.ok, true, JSON.stringify(started));
    try {
      assert.equal(started.outputs?.['device'], '/dev/i2c-7');
      const run = promisify(execFile);
      assert.equal((await run('i2cget', ['-y', '7', '0x77', '0xd0'])).stdout.trim(), '0x58');
      const variables: Record<string, string> = {};
      for (const line of String(started.outputs['env']).split('\n')) {
        const at = line.indexOf('=');
        variables[line.slice(0, at)] = line.slice(at + 1);
      }
      const preloaded = await run('i2cget', ['-y', '7', '0x77', '0xd0'], { env: { ...process.env, ...variables } });
      assert.equal(preloaded.stdout.trim(), '0x58');
      const trace = await runBundledCli(['virtual-i2c', 'trace', 'pi', '--recent'], { env });
      assert.match(trace.stdout, / i2cget\[\d+\] 0x77 W ACK d0 \| 0x77 R ACK 58 -> ok\n/);
    } finally {
      await cli(['virtual-i2c', 'stop', 'pi']);
    }
    await assert.rejects(access('/dev/i2c-7'), 'the mount point the front end made is gone');
  });
});
