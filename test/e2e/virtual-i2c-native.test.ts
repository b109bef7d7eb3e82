/**
 * virtual-i2c's native front ends (src/native/virtual-i2c), driven by Debian's i2c-tools and
 * python3-smbus2 exactly as a user's program would, against the real bus daemon
 * (`boardline virtual-i2c start`, run from source under BOARDLINE_TEST_CLI=source) and its device
 * models: a BMP280 at 0x76, a 24C02 at 0x50 and an SSD1306 at 0x3c. The LD_PRELOAD shim (no root,
 * bus 1) and the FUSE file (root, at a free /dev/i2c-N high up). i2c-tools and python3-smbus2 are
 * required test tools: their absence fails, never skips.
 */
import assert from 'node:assert/strict';
import { chmod, copyFile, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it, type TestContext } from 'node:test';
import { runBundledCli } from '../harness/run-cli.js';
import { startProcess, type ProcessRun, type RunningProcess, type StartOptions } from '../harness/run-process.js';
import {
  childPids,
  freeBusNumber,
  mounted,
  processExited,
  startVirtualI2c,
  virtualI2cCli,
  type VirtualI2cBus,
} from '../harness/virtual-i2c-bus.js';

const native = resolve('dist/native/linux-x64');
const fuseBinary = join(native, 'boardline-i2c-fuse');
/** Debian's python3, where python3-smbus2 is installed (not a pyenv one earlier in PATH). */
const python = '/usr/bin/python3';
const isRoot = process.getuid?.() === 0;

/**
 * What the 24C02 holds at start (its device file): erased (0xff) but for a row at 0x60 — an SMBus
 * block (count 4, then 1 2 3 4) and "Boardline" — and a pattern at 0x80… that the concurrency
 * programs read back.
 */
function eepromImage(): Buffer {
  const image = Buffer.alloc(256, 0xff);
  image.set([4, 1, 2, 3, 4, ...Buffer.from('Boardline')], 0x60);
  for (let cell = 0x80; cell < 0x100; cell++) image[cell] = (cell * 7) & 0xff;
  return image;
}

/** Python helpers every program below starts with: the bus from argv[1] (a number or a path), errno names, ACK polling. */
const prelude = `
import errno, sys, time, threading
from smbus2 import SMBus, i2c_msg
target = sys.argv[1]
def open_bus():
    return SMBus(int(target) if target.isdigit() else target)
bus = open_bus()
def code(action):
    try:
        action()
        return 'ok'
    except OSError as e:
        return errno.errorcode[e.errno]
def settled(bus=bus):
    # ACK polling, as an EEPROM driver waits out the write cycle: the 24C02 NACKs its address until done.
    deadline = time.monotonic() + 5
    nacks = 0
    while code(lambda: bus.write_quick(0x50)) == 'ENXIO':
        nacks += 1
        if time.monotonic() > deadline:
            raise TimeoutError('the 24C02 never acknowledged again')
    return nacks
`;

/** smbus2 with each SMBus size the models answer; prints one line per check. */
const checks = `${prelude}
print('id', hex(bus.read_byte_data(0x76, 0xd0)))
bus.write_byte_data(0x76, 0xf4, 0x24)  # ctrl_meas, sleep mode: it keeps what was written
print('byte', hex(bus.read_byte_data(0x76, 0xf4)))
print('word', hex(bus.read_word_data(0x76, 0x88)))  # dig_T1
print('i2cblock', bus.read_i2c_block_data(0x76, 0x88, 6))
print('block', bus.read_block_data(0x50, 0x60))  # I2C_M_RECV_LEN: the count, then that many bytes
bus.write_byte(0x50, 0x65)  # send byte: the word address alone sets the EEPROM's counter
print('receive', chr(bus.read_byte(0x50)) + chr(bus.read_byte(0x50)))  # current address reads
bus.write_word_data(0x50, 0x20, 0x1234)
settled()
print('eeprom-word', hex(bus.read_word_data(0x50, 0x20)))
bus.write_i2c_block_data(0x50, 0x40, [9, 8, 7, 6, 5])
settled()
print('eeprom-i2cblock', bus.read_i2c_block_data(0x50, 0x40, 5))
bus.write_byte_data(0x3c, 0x00, 0xae)  # SSD1306 command: display off; its status byte says so
print('ssd1306-off', hex(bus.read_byte(0x3c)))
bus.write_byte_data(0x3c, 0x00, 0xaf)
print('ssd1306-on', hex(bus.read_byte(0x3c)))
print('absent', code(lambda: bus.read_byte_data(0x51, 0)))
msgs = [i2c_msg.write(0x50, [0x60])] + [i2c_msg.read(0x50, 1) for _ in range(41)]
print('rdwr42', code(lambda: bus.i2c_rdwr(*msgs)), list(msgs[1]), list(msgs[2]), list(msgs[6]))
print('rdwr43', code(lambda: bus.i2c_rdwr(*(msgs + [i2c_msg.read(0x50, 1)]))))
print('rdwr8193', code(lambda: bus.i2c_rdwr(i2c_msg.read(0x50, 8193))))
bus.close()
`;

const expectedChecks = [
  'id 0x58',
  'byte 0x24',
  'word 0x6b70',
  'i2cblock [112, 107, 67, 103, 24, 252]', // dig_T1 27504, dig_T2 26435, dig_T3 -1000
  'block [1, 2, 3, 4]',
  'receive Bo',
  'eeprom-word 0x1234',
  'eeprom-i2cblock [9, 8, 7, 6, 5]',
  'ssd1306-off 0x40',
  'ssd1306-on 0x0',
  'absent ENXIO',
  'rdwr42 ok [4] [1] [66]',
  'rdwr43 EINVAL',
  'rdwr8193 EINVAL',
];

/**
 * Reads the BMP280's chip id in a loop until an error, printing "start" once, then "error NAME",
 * then "then NAME" for one more call on the same open file.
 */
const loop = `${prelude}
bus.read_byte_data(0x76, 0xd0)
print('start', flush=True)
while True:
    first = code(lambda: bus.read_byte_data(0x76, 0xd0))
    if first != 'ok':
        break
print('error', first, flush=True)
print('then', code(lambda: bus.read_byte_data(0x76, 0xd0)), flush=True)
`;

/** Two programs hammering the bus at once, each on its own device: every answer must be its own. */
const hammer = `${prelude}
device = sys.argv[2]
for i in range(300):
    if device == 'bmp280':
        bus.write_byte_data(0x76, 0xf4, (i << 2) & 0xfc)  # sleep mode, oversampling codes
        assert bus.read_byte_data(0x76, 0xf4) == (i << 2) & 0xfc, i
    else:
        cell = 0x80 + i % 128
        assert bus.read_byte_data(0x50, cell) == (cell * 7) & 0xff, i
print('done', device)
`;

/** Four threads, each with its own open file and register, at once: every answer must be its own. */
const threads = `${prelude}
failures = []
def ctrl_meas(bus, i):
    bus.write_byte_data(0x76, 0xf4, (i << 2) & 0xfc)
    return bus.read_byte_data(0x76, 0xf4) == (i << 2) & 0xfc
def config(bus, i):
    bus.write_byte_data(0x76, 0xf5, i & 0xfc)
    return bus.read_byte_data(0x76, 0xf5) == i & 0xfc
def eeprom_byte(bus, i):
    cell = 0x80 + i % 128
    return bus.read_byte_data(0x50, cell) == (cell * 7) & 0xff
def eeprom_block(bus, i):
    cell = 0x80 + (i * 8) % 120
    return bus.read_i2c_block_data(0x50, cell, 8) == [(c * 7) & 0xff for c in range(cell, cell + 8)]
def work(check):
    bus = open_bus()
    for i in range(200):
        if not check(bus, i):
            failures.append((check.__name__, i))
    bus.close()
workers = [threading.Thread(target=work, args=(check,)) for check in (ctrl_meas, config, eeprom_byte, eeprom_block)]
for worker in workers: worker.start()
for worker in workers: worker.join()
print('failures', failures)
`;

/**
 * Holds one open bus across a \`virtual-i2c set\`: reads the BMP280's trimming, measures (forced
 * mode, temperature ×16, pressure skipped) and decodes the temperature with Bosch's integer
 * compensation as a driver does; waits for a line on stdin, then measures again on the same fd.
 */
const heldAcrossSet = `${prelude}
def u16(b, i): return b[i] | b[i + 1] << 8
def s16(b, i): return u16(b, i) - 65536 if u16(b, i) > 32767 else u16(b, i)
trim = bus.read_i2c_block_data(0x76, 0x88, 6)
T1, T2, T3 = u16(trim, 0), s16(trim, 2), s16(trim, 4)
def measure():
    bus.write_byte_data(0x76, 0xf4, 0xa1)
    deadline = time.monotonic() + 5
    while bus.read_byte_data(0x76, 0xf3) & 0x08:  # status.measuring
        if time.monotonic() > deadline: raise TimeoutError('the measurement never finished')
    d = bus.read_i2c_block_data(0x76, 0xfa, 3)
    adc = d[0] << 12 | d[1] << 4 | d[2] >> 4
    var1 = (((adc >> 3) - (T1 << 1)) * T2) >> 11
    var2 = (((((adc >> 4) - T1) * ((adc >> 4) - T1)) >> 12) * T3) >> 14
    t_fine = var1 + var2
    return adc, ((t_fine * 5 + 128) >> 8) / 100
print('before', *measure(), flush=True)
sys.stdin.readline()
print('after', *measure(), flush=True)
`;

/**
 * A page write that wraps in its page, a read at once (NACKed during the write cycle), ACK polling,
 * then the read-back. A read that came too late (this program descheduled for the 5 ms) is no
 * NACK: the write is tried again, a few times.
 */
const pageWrite = `${prelude}
for attempt in range(10):
    bus.i2c_rdwr(i2c_msg.write(0x50, [0x1c] + list(range(0xa0, 0xa8))))
    during = code(lambda: bus.read_byte_data(0x50, 0x1c))
    if during != 'ok':
        break
print('during', during)
print('polled', settled() >= 0)
print('readback', bus.read_i2c_block_data(0x50, 0x18, 8))
`;

/** The i2c-tools checks for bus N, as one shell script (run with the shim's environment, or on the FUSE file). */
function toolsScript(bus: number): string {
  return `set -e
echo '# detect'; i2cdetect -y ${bus}
echo '# set-get'; i2cset -y ${bus} 0x76 0xf4 0x54; i2cget -y ${bus} 0x76 0xf4
echo '# block'; i2cget -y ${bus} 0x50 0x60 s
echo '# transfer'; i2ctransfer -y ${bus} w1@0x76 0xd0 r1 w1@0x50 0x65 r4
echo '# dump'; i2cdump -y ${bus} 0x50 b | sed -n 8p
echo '# absent'; if i2cget -y ${bus} 0x51 0x00 2>&1; then exit 1; fi
echo '# funcs'; i2cdetect -F ${bus} | grep -c yes
`;
}

/** The i2cdetect grid with the SSD1306 at 0x3c, the 24C02 at 0x50 and the BMP280 at 0x76 only. */
const detectGrid = [
  '     0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f',
  '00:                         -- -- -- -- -- -- -- -- ',
  ...['10', '20'].map((row) => `${row}: ${'-- '.repeat(16)}`),
  `30: ${'-- '.repeat(12)}3c ${'-- '.repeat(3)}`,
  `40: ${'-- '.repeat(16)}`,
  `50: 50 ${'-- '.repeat(15)}`,
  `60: ${'-- '.repeat(16)}`,
  '70: -- -- -- -- -- -- 76 --                         ',
].join('\n');

function checkTools(run: ProcessRun): void {
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  const sections = Object.fromEntries(
    run.stdout
      .split(/^# /m)
      .slice(1)
      .map((section) => [section.slice(0, section.indexOf('\n')), section.slice(section.indexOf('\n') + 1).trimEnd()]),
  );
  assert.deepEqual(sections, {
    detect: detectGrid.trimEnd(),
    'set-get': '0x54',
    block: '0x01 0x02 0x03 0x04', // SMBus block read: I2C_M_RECV_LEN
    transfer: '0x58\n0x42 0x6f 0x61 0x72', // the chip id, then "Boar" from the EEPROM, in one transfer
    dump: '60: 04 01 02 03 04 42 6f 61 72 64 6c 69 6e 65 ff ff    ?????Boardline..',
    absent: 'Error: Read failed', // ENXIO from the absent address
    funcs: '15', // every functionality but 10-bit addresses and SMBus host notify
  });
}

/** Runs to completion; stdin is closed at once (and a program that exits first is no EPIPE). */
async function runProcess(file: string, args: readonly string[], options: StartOptions): Promise<ProcessRun> {
  const program = startProcess(file, args, options);
  program.child.stdin.on('error', () => undefined);
  program.child.stdin.end();
  return program.done;
}

async function python3(script: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessRun> {
  return runProcess(python, ['-c', script, ...args], { env, timeoutMs: 60_000, what: `python3 ${args.join(' ')}` });
}

function assertChecks(run: ProcessRun): void {
  assert.equal(run.exitCode, 0, run.stdout + run.stderr);
  assert.deepEqual(run.stdout.trim().split('\n'), expectedChecks);
}

async function stopProcess(program: RunningProcess): Promise<void> {
  if (program.child.exitCode !== null || program.child.signalCode !== null) return;
  program.child.kill('SIGTERM');
  await program.done.catch(() => undefined);
}

let dir = '';
let stateDir = '';
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'boardline-i2c-native-'));
  await chmod(dir, 0o755); // another user reaches the script and the binary copy in here
  stateDir = join(dir, 'state');
});
after(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

let buses = 0;

/** A real bus with the three models, the 24C02 from a fresh copy of its image; stopped after the test. */
async function startBus(
  t: TestContext,
  mode: 'fuse' | 'preload',
  options: { name?: string; bus?: number; eeprom?: string } = {},
): Promise<VirtualI2cBus & { eeprom: string }> {
  buses += 1;
  const eeprom = options.eeprom ?? join(dir, `eeprom-${buses}.bin`);
  if (options.eeprom === undefined) await writeFile(eeprom, eepromImage());
  const bus = options.bus ?? (mode === 'fuse' ? await freeBusNumber() : 1);
  const started = await startVirtualI2c(t, {
    stateDir,
    name: options.name ?? `native-${buses}`,
    bus,
    devices: ['bmp280@0x76', `24c02@0x50:${eeprom}`, 'ssd1306@0x3c'],
    mode,
  });
  assert.equal(started.device, mode === 'fuse' ? `/dev/i2c-${bus}` : '');
  return { ...started, eeprom };
}

async function trace(bus: VirtualI2cBus): Promise<string> {
  const run = await runBundledCli(['virtual-i2c', 'trace', bus.name, '--recent'], {
    env: { ...process.env, BOARDLINE_STATE_DIR: bus.stateDir },
  });
  assert.equal(run.exitCode, 0, run.stderr);
  return run.stdout;
}

/** The `run` process's pid as `status --json` gives it. */
async function daemonPid(bus: VirtualI2cBus): Promise<number> {
  const status = await virtualI2cCli(bus.stateDir, ['virtual-i2c', 'status', bus.name]);
  const [entry] = (status.outputs?.['buses'] ?? []) as { pid: number }[];
  assert.ok(entry, JSON.stringify(status));
  return entry.pid;
}

async function stopBus(bus: VirtualI2cBus): Promise<void> {
  const stopped = await virtualI2cCli(bus.stateDir, ['virtual-i2c', 'stop', bus.name]);
  assert.equal(stopped.ok, true, JSON.stringify(stopped));
}

describe('virtual-i2c through the preload shim (LD_PRELOAD, no root)', () => {
  const shimEnv = (bus: VirtualI2cBus): NodeJS.ProcessEnv => ({ ...process.env, ...bus.env });

  it('serves i2cdetect, i2cget, i2cset, i2ctransfer and i2cdump on /dev/i2c-1', async (t) => {
    const bus = await startBus(t, 'preload');
    checkTools(await runProcess('sh', ['-c', toolsScript(1)], { env: shimEnv(bus), timeoutMs: 60_000, what: 'i2c-tools' }));
  });

  it('serves smbus2: every SMBus size the models answer, ENXIO for an absent address, the 42-message and 8192-byte limits', async (t) => {
    const bus = await startBus(t, 'preload');
    const run = await python3(checks, ['1'], shimEnv(bus));
    assertChecks(run);
    assert.match(await trace(bus), / python3\[\d+\] 0x76 W ACK d0 \| 0x76 R ACK 58 -> ok\n/);
  });

  it('serves two programs at once', async (t) => {
    const bus = await startBus(t, 'preload');
    const runs = await Promise.all(['bmp280', '24c02'].map((device) => python3(hammer, ['1', device], shimEnv(bus))));
    for (const run of runs) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const pids = new Set([...(await trace(bus)).matchAll(/ python3\[(\d+)\] /g)].map((match) => match[1]));
    assert.equal(pids.size, 2);
  });

  it('serves several threads of one program at once', async (t) => {
    const bus = await startBus(t, 'preload');
    const run = await python3(threads, ['1'], shimEnv(bus));
    assert.equal(run.stdout.trim(), 'failures []', run.stdout + run.stderr);
  });

  it('leaves other paths alone', async (t) => {
    const bus = await startBus(t, 'preload');
    const other = await freeBusNumber(); // no /dev/i2c-N here, and not the shim's
    const run = await runProcess('i2cget', ['-y', String(other), '0x50', '0'], { env: shimEnv(bus), timeoutMs: 30_000, what: 'i2cget' });
    assert.notEqual(run.exitCode, 0);
    assert.match(run.stderr, new RegExp(`Could not open file .\\/dev\\/i2c-${other}`));
  });

  it('keeps a program’s open bus across a set: the BMP280’s next measurement decodes to the new temperature', async (t) => {
    const bus = await startBus(t, 'preload');
    const program = startProcess(python, ['-c', heldAcrossSet, '1'], { env: shimEnv(bus), timeoutMs: 60_000, what: 'python3 held' });
    t.after(() => stopProcess(program));
    await program.waitForOutput(/^before .*\n/m, 30_000);
    const set = await virtualI2cCli(bus.stateDir, ['virtual-i2c', 'set', bus.name, 'bmp280.temperature=30']);
    assert.equal(set.ok, true, JSON.stringify(set));
    program.child.stdin.end('go\n');
    const run = await program.done;
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const [before, after] = ['before', 'after'].map((when) => {
      const match = new RegExp(`^${when} (\\d+) (-?[\\d.]+)$`, 'm').exec(run.stdout);
      assert.ok(match, run.stdout);
      return { raw: Number(match[1]), celsius: Number(match[2]) };
    });
    assert.ok(before && after);
    assert.ok(Math.abs(before.celsius - 20) <= 0.01, `before: ${before.celsius} °C`); // the model's default
    assert.ok(Math.abs(after.celsius - 30) <= 0.01, `after: ${after.celsius} °C`);
    assert.notEqual(after.raw, before.raw);
  });

  it('writes a 24C02 page (wrapping in it), NACKs during the write cycle, reads it back, and keeps the file after stop', async (t) => {
    const bus = await startBus(t, 'preload');
    const run = await python3(pageWrite, ['1'], shimEnv(bus));
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    // 0x1c… wraps at the page's end (0x1f) to its start (0x18): a0 a1 a2 a3 at 0x1c, a4…a7 at 0x18.
    assert.deepEqual(run.stdout.trim().split('\n'), ['during ENXIO', 'polled True', 'readback [164, 165, 166, 167, 160, 161, 162, 163]']);
    // On the bus's own clock, the 24C02 NACKed exactly what came within tWR (5 ms) of a page write's STOP.
    let writeAtUs: number | undefined;
    let nacks = 0;
    for (const [, seconds = '', rest = ''] of (await trace(bus)).matchAll(/^ *([\d.]+) python3\[\d+\] (.*)$/gm)) {
      const atUs = Number(seconds) * 1e6;
      if (rest === '0x50 W ACK 1c a0 a1 a2 a3 a4 a5 a6 a7 -> ok') {
        writeAtUs = atUs;
        continue;
      }
      assert.ok(writeAtUs !== undefined, rest);
      const busy = atUs - writeAtUs < 5000;
      assert.equal(rest.startsWith('0x50 W NACK'), busy, `${rest} at ${(atUs - writeAtUs).toFixed(0)} µs after the page write`);
      if (busy) nacks += 1;
    }
    assert.ok(nacks >= 1, 'the read at once was NACKed');
    await stopBus(bus);
    const expected = eepromImage();
    expected.set([0xa4, 0xa5, 0xa6, 0xa7, 0xa0, 0xa1, 0xa2, 0xa3], 0x18);
    assert.deepEqual(await readFile(bus.eeprom), expected);
  });

  it('gives EIO, not a hang, when the bus daemon is killed mid-session; the next start serves again', async (t) => {
    const bus = await startBus(t, 'preload', { name: 'killed-preload' });
    const program = startProcess(python, ['-c', loop, '1'], { env: shimEnv(bus), timeoutMs: 60_000, what: 'python3 loop' });
    t.after(() => stopProcess(program));
    await program.waitForOutput(/^start$/m, 30_000);
    const pid = await daemonPid(bus);
    process.kill(pid, 'SIGKILL');
    const run = await program.done;
    assert.deepEqual(run.stdout.trim().split('\n'), ['start', 'error EIO', 'then EIO'], run.stderr);
    await processExited(pid);
    const again = await startBus(t, 'preload', { name: 'killed-preload', eeprom: bus.eeprom });
    assertChecks(await python3(checks, ['1'], shimEnv(again)));
  });
});

describe('virtual-i2c through the FUSE file', { skip: !isRoot && 'needs root (the non-root refusal is tested below)' }, () => {
  it('serves i2c-tools on /dev/i2c-N', async (t) => {
    const bus = await startBus(t, 'fuse');
    checkTools(await runProcess('sh', ['-c', toolsScript(bus.bus)], { timeoutMs: 60_000, what: 'i2c-tools' }));
  });

  it('serves smbus2 for root and for another user, two programs and several threads at once', async (t) => {
    const bus = await startBus(t, 'fuse');
    assertChecks(await python3(checks, [String(bus.bus)]));
    // Another user: allow_other and mode 0666, as a container's unprivileged program would use it.
    const script = join(dir, 'checks.py');
    await writeFile(script, checks, { mode: 0o644 });
    assertChecks(
      await runProcess('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', python, script, bus.device], {
        timeoutMs: 60_000,
        what: 'python3 as nobody',
      }),
    );
    const runs = await Promise.all(['bmp280', '24c02'].map((device) => python3(hammer, [bus.device, device])));
    for (const run of runs) assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const run = await python3(threads, [bus.device]);
    assert.equal(run.stdout.trim(), 'failures []', run.stdout + run.stderr);
  });

  it('gives EIO when the bus daemon is killed mid-session; the front end unmounts, and the next start serves again', async (t) => {
    const bus = await startBus(t, 'fuse', { name: 'killed-fuse' });
    const program = startProcess(python, ['-c', loop, bus.device], { timeoutMs: 60_000, what: 'python3 loop' });
    t.after(() => stopProcess(program));
    await program.waitForOutput(/^start$/m, 30_000);
    const pid = await daemonPid(bus);
    const [frontEnd] = await childPids(pid);
    assert.ok(frontEnd !== undefined, 'the FUSE front end runs as the daemon’s child');
    process.kill(pid, 'SIGKILL');
    const run = await program.done;
    assert.deepEqual(run.stdout.trim().split('\n'), ['start', 'error EIO', 'then EIO'], run.stderr);
    await processExited(frontEnd); // it exits on its own (4), never waiting for the program
    await processExited(pid);
    assert.equal(await mounted(bus.device), false);
    const again = await startBus(t, 'fuse', { name: 'killed-fuse', bus: bus.bus, eeprom: bus.eeprom });
    assertChecks(await python3(checks, [again.device]));
    await stopBus(again);
    assert.equal(await mounted(again.device), false);
    await assert.rejects(stat(again.device), /ENOENT/, 'no /dev/i2c-N is left to look like a bus');
  });

  it('gives ENOTCONN when the daemon and its front end are killed together; the next start clears the stale mount', async (t) => {
    const bus = await startBus(t, 'fuse', { name: 'stale' });
    const program = startProcess(python, ['-c', loop, bus.device], { timeoutMs: 60_000, what: 'python3 loop' });
    t.after(() => stopProcess(program));
    await program.waitForOutput(/^start$/m, 30_000);
    const pid = await daemonPid(bus);
    const [frontEnd] = await childPids(pid);
    assert.ok(frontEnd !== undefined);
    // The daemon leads its own process group (it is started detached), its front end in it: both go at once.
    process.kill(-pid, 'SIGKILL');
    const run = await program.done;
    // No server is left to answer: the kernel fails the call in flight ECONNABORTED, and every later one ENOTCONN.
    assert.match(run.stdout, /^start\nerror (ECONNABORTED|ENOTCONN)\nthen ENOTCONN\n$/, run.stdout + run.stderr);
    await processExited(frontEnd);
    await processExited(pid);
    await assert.rejects(stat(bus.device), /ENOTCONN/); // the stale mount
    const again = await startBus(t, 'fuse', { name: 'stale', bus: bus.bus, eeprom: bus.eeprom });
    assertChecks(await python3(checks, [again.device]));
    await stopBus(again);
    assert.equal(await mounted(again.device), false);
    await assert.rejects(stat(again.device), /ENOENT/);
  });

  it('stops when its front end is killed, leaving a stale mount the next start clears', async (t) => {
    const bus = await startBus(t, 'fuse', { name: 'front-end-killed' });
    const pid = await daemonPid(bus);
    const [frontEnd] = await childPids(pid);
    assert.ok(frontEnd !== undefined);
    process.kill(frontEnd, 'SIGKILL');
    await processExited(pid); // the daemon sees its front end gone and stops
    await assert.rejects(stat(bus.device), /ENOTCONN/);
    const again = await startBus(t, 'fuse', { name: 'front-end-killed', bus: bus.bus, eeprom: bus.eeprom });
    assertChecks(await python3(checks, [again.device]));
    await stopBus(again);
    assert.equal(await mounted(again.device), false);
    await assert.rejects(stat(again.device), /ENOENT/);
  });

  it('the front end refuses to cover a real character device', async (t) => {
    const bus = await startBus(t, 'preload'); // a real bus socket, that the binary never reaches
    const run = await runProcess(fuseBinary, ['--socket', bus.socket, '--mount', '/dev/null', '--bus', '1'], {
      timeoutMs: 30_000,
      what: 'boardline-i2c-fuse on /dev/null',
    });
    assert.equal(run.exitCode, 2);
    assert.match(run.stderr, /\/dev\/null is a real character device/);
  });
});

it('the FUSE front end, not root, exits 3 naming --mode preload', async (t) => {
  const bus = await startBus(t, 'preload');
  // A copy outside the repository, which another user may not be able to reach.
  const binary = join(dir, 'boardline-i2c-fuse');
  await copyFile(fuseBinary, binary);
  const args = ['--socket', bus.socket, '--mount', join(dir, 'never'), '--bus', '1'];
  const run = isRoot
    ? await runProcess('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', binary, ...args], {
        timeoutMs: 30_000,
        what: 'fuse as nobody',
      })
    : await runProcess(binary, args, { timeoutMs: 30_000, what: 'fuse not root' });
  assert.equal(run.exitCode, 3, run.stderr);
  assert.match(run.stderr, /--mode preload/);
});
