import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

interface Measured {
  assertion: string;
  passed: boolean;
  [key: string]: unknown;
}

/** Level changes per VCD identifier, read from the file as a waveform viewer would. */
function vcdChanges(text: string): Map<string, number> {
  const ids = new Map<string, string>();
  for (const match of text.matchAll(/\$var wire 1 (\S+) (\S+) \$end/g)) ids.set(match[1] ?? '', match[2] ?? '');
  const body = text.slice(text.indexOf('$enddefinitions'));
  const afterDump = body.slice(body.indexOf('$end', body.indexOf('$dumpvars')) + 4);
  const counts = new Map<string, number>();
  for (const line of afterDump.split('\n')) {
    const change = /^([01])(\S+)$/.exec(line.trim());
    if (change === null) continue;
    const name = ids.get(change[2] ?? '') ?? '?';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

describe('verify-pins and pin controls on a virtual Uno', () => {
  let sandbox: BoardlineSandbox;
  let blink1Hz: string;
  let blink2Hz: string;
  let dir: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-pins-'));
    const [slow, fast] = await Promise.all([
      buildFixtureFirmware('pins-demo'),
      buildFixtureFirmware('pins-demo', { HALF_PERIOD_US: '250000UL' }),
    ]);
    blink1Hz = slow.hex;
    blink2Hz = fast.hex;
  });
  // An emulated board busy-waiting takes most of a core: stop each test's boards before the next.
  afterEach(async () => sandbox.stopAll());
  after(async () => sandbox.stopAll());

  it('passes a 1 Hz blinker and a 25 % PWM, with measured figures, a JUnit report, a timing picture and a VCD', async () => {
    const board = await sandbox.startBoard(['--name', 'blinky', '--firmware', blink1Hz]);
    const junit = join(dir, 'pins.xml');
    const vcd = join(dir, 'pins.vcd');
    const run = await sandbox.cli(
      [
        'verify-pins',
        '--port',
        board.name,
        '--expect',
        'pin 13 toggles with a period of 1 s ± 5 % for 5 s',
        '--expect',
        'duty cycle of pin 9 is 25 % ± 2 %',
        '--expect',
        'pin 4 stays low',
        '--junit',
        junit,
        '--vcd',
        vcd,
        '--json',
      ],
      { timeoutMs: 120_000 },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = parseCliJson(run.stdout).outputs ?? {};
    assert.equal(outputs['result'], 'pass');
    assert.equal(outputs['passed'], 3);
    const measured = outputs['measured'] as Measured[];
    const blink = measured[0];
    assert.ok(blink !== undefined && Math.abs(Number(blink['period_us']) - 1_000_000) < 10_000, JSON.stringify(blink));
    const duty = measured[1];
    assert.ok(duty !== undefined && Math.abs(Number(duty['duty_percent']) - 25) < 1, JSON.stringify(duty));
    const report = await readFile(junit, 'utf8');
    assert.match(report, /tests="3" failures="0"/);
    const svg = await readFile(String(outputs['picture']), 'utf8');
    assert.match(svg, /^<svg[\s\S]*<\/svg>\s*$/);
    assert.match(svg, />pin 13</);
    const changes = vcdChanges(await readFile(vcd, 'utf8'));
    // 5 s of a 1 Hz blink: about ten changes of pin 13; 977 Hz PWM: about 9 770 of pin 9.
    const pin13 = [...changes].find(([name]) => /13/.test(name))?.[1] ?? 0;
    const pin9 = [...changes].find(([name]) => /(^|[^0-9])9$/.test(name))?.[1] ?? 0;
    assert.ok(pin13 >= 9 && pin13 <= 11, `pin 13 changed ${pin13} times`);
    assert.ok(pin9 > 9000 && pin9 < 10_500, `pin 9 changed ${pin9} times`);
  });

  it('runs as the bundled action under the runner contract: outputs, a summary with the assertions and the timing strip', async () => {
    const board = await sandbox.startBoard(['--name', 'action', '--firmware', blink1Hz]);
    const run = await runBundledAction('verify-pins', {
      inputs: { port: board.name, expect: 'pin 13 toggles with a period of 1 s ± 5 % for 3 s\npin 4 stays low' },
      env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['result'], 'pass');
    assert.equal(run.outputs['passed'], '2');
    assert.match(run.summary, /### ✅ verify-pins: 2 of 2 held on `action` over 3s of emulated time/);
    assert.match(run.summary, /\| ✅ \| pin 13 toggles with a period of 1 s ± 5 % for 3 s \| pin 13: period /);
    assert.match(run.summary, /13 +[▁▔]{60}/);
    assert.match(run.summary, /timing picture: `[^`]+\.svg`/);
  });

  it('fails a 2 Hz blinker against a 1 Hz expectation, saying the period it measured', async () => {
    const board = await sandbox.startBoard(['--name', 'fast', '--firmware', blink2Hz]);
    const junit = join(dir, 'fast.xml');
    const run = await sandbox.cli(
      ['verify-pins', '--port', board.name, '--expect', 'pin 13 toggles with a period of 1 s ± 5 % for 3 s', '--junit', junit, '--json'],
      { timeoutMs: 120_000 },
    );
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const json = parseCliJson(run.stdout);
    assert.match(json.error?.message ?? '', /period 50\d(\.\d+)? ms/);
    assert.equal(json.outputs?.['result'], 'fail');
    assert.match(await readFile(junit, 'utf8'), /failures="1"[\s\S]*<failure message="[^"]*period 50\d/);
  });

  it('counts from the boot with reset: the PWM starts only once optiboot has waited out its second for a programmer', async () => {
    const board = await sandbox.startBoard(['--name', 'boot', '--firmware', blink1Hz]);
    const pass = await sandbox.cli(['verify-pins', '--port', board.name, '--reset', '--expect', 'pin 9 goes high within 2 s', '--json'], {
      timeoutMs: 120_000,
    });
    assert.equal(pass.exitCode, 0, pass.stdout + pass.stderr);
    const measured = (parseCliJson(pass.stdout).outputs?.['measured'] as Measured[])[0];
    // optiboot, reset by its reset line, waits a second (its watchdog) for avrdude before starting the application.
    assert.ok(Number(measured?.['first_high_us']) > 900_000, JSON.stringify(measured));
    const fail = await sandbox.cli(
      ['verify-pins', '--port', board.name, '--reset', '--expect', 'pin 9 goes high within 500 ms', '--json'],
      {
        timeoutMs: 120_000,
      },
    );
    assert.equal(fail.exitCode, 1, fail.stdout + fail.stderr);
    assert.match(parseCliJson(fail.stdout).error?.message ?? '', /pin 9/);
  });

  it('a button pressed and an ADC voltage set through the control channel change what the firmware prints; pins shows the levels', async () => {
    const board = await sandbox.startBoard(['--name', 'button', '--firmware', blink1Hz]);
    const listening = sandbox.cli([
      'verify-banner',
      '--port',
      board.name,
      '--reset',
      'none',
      '--expect',
      'button pressed',
      '--expect',
      '/a0=(?<a0>[1-9][0-9]*)/',
      '--timeout',
      '30s',
      '--json',
    ]);
    // The console must be open before the press, or the line goes by unheard.
    for (let waited = 0; ; waited += 50) {
      const status = await sandbox.cli(['virtual-board', 'status', '--name', board.name, '--json']);
      const boards = parseCliJson(status.stdout).outputs?.['boards'] as { connected: boolean }[] | undefined;
      if (boards?.[0]?.connected === true) break;
      assert.ok(waited < 20_000, 'verify-banner opened the port');
      await sleep(50);
    }
    // The press and the voltage persist across the resets of the open: the firmware reports both once it runs.
    const set = await sandbox.cli(['virtual-board', 'set', board.name, 'pin.2=pressed']);
    assert.equal(set.exitCode, 0, set.stderr);
    const volts = await sandbox.cli(['virtual-board', 'set', board.name, 'pin.A0=2.5V']);
    assert.equal(volts.exitCode, 0, volts.stderr);
    const heard = await listening;
    assert.equal(heard.exitCode, 0, heard.stdout + heard.stderr);
    // 2.5 V against the 5 V reference: half of the ADC's 1024 steps.
    assert.equal((parseCliJson(heard.stdout).outputs?.['groups'] as Record<string, string>)['a0'], '512');
    const pins = await sandbox.cli(['virtual-board', 'pins', board.name, '--json']);
    assert.equal(pins.exitCode, 0, pins.stderr);
    const levels = parseCliJson(pins.stdout).outputs?.['pins'] as { pin: string; level: number; mode: string; driven?: string }[];
    assert.deepEqual(
      levels.find((pin) => pin.pin === '2'),
      { pin: '2', level: 0, mode: 'input-pullup', driven: 'low' },
    );
    assert.equal(levels.find((pin) => pin.pin === '9')?.mode, 'output');
    const released = await sandbox.cli(['virtual-board', 'set', board.name, 'pin.2=released']);
    assert.equal(released.exitCode, 0, released.stderr);
    const after = parseCliJson((await sandbox.cli(['virtual-board', 'pins', board.name, '--json'])).stdout).outputs?.['pins'] as {
      pin: string;
      level: number;
    }[];
    assert.equal(after.find((pin) => pin.pin === '2')?.level, 1, 'the pull-up holds a released button high');
  });

  it('traces pins into a VCD with virtual-board trace', async () => {
    const board = await sandbox.startBoard(['--name', 'tracer', '--firmware', blink2Hz]);
    const out = join(dir, 'trace.vcd');
    const run = await sandbox.cli(['virtual-board', 'trace', board.name, '--pins', '13', '--out', out, '--duration', '2s', '--json'], {
      timeoutMs: 60_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const text = await readFile(out, 'utf8');
    assert.match(text, /\$timescale/);
    const changes = [...vcdChanges(text).values()][0] ?? 0;
    assert.ok(changes >= 7 && changes <= 9, `a 2 Hz blink changes about 8 times in 2 s, saw ${changes}`);
  });

  it('refuses verify-pins on a port that is not a virtual board, and bad assertions and pin values', async () => {
    const real = await sandbox.cli(['verify-pins', '--port', 'tcp://127.0.0.1:9', '--expect', 'pin 13 toggles', '--json']);
    assert.equal(real.exitCode, 2, real.stdout + real.stderr);
    assert.match(parseCliJson(real.stdout).error?.message ?? '', /real serial port.*pins cannot be seen/);
    const board = await sandbox.startBoard(['--name', 'refuse', '--firmware', blink1Hz]);
    const bad = await sandbox.cli(['verify-pins', '--port', board.name, '--expect', 'pin 13 wiggles a lot', '--json']);
    assert.equal(bad.exitCode, 2);
    assert.match(parseCliJson(bad.stdout).error?.message ?? '', /line 1/);
    const noPin = await sandbox.cli(['virtual-board', 'set', board.name, 'pin.22=high', '--json']);
    assert.equal(noPin.exitCode, 2, noPin.stdout);
    assert.match(parseCliJson(noPin.stdout).error?.message ?? '', /no pin "22"/);
    const noDevice = await sandbox.cli(['virtual-board', 'set', board.name, 'bmp280.temperature=20', '--json']);
    assert.equal(noDevice.exitCode, 2);
    assert.match(parseCliJson(noDevice.stdout).error?.message ?? '', /no device named bmp280/);
  });

  it('refuses bad wiring before the board starts, naming the line', async () => {
    const cases: [string, RegExp][] = [
      ['i2c:\n  - kind: bmp999\n', /line 2: there is no device kind "bmp999"/],
      [
        'i2c:\n  - kind: bmp280\n    address: 0x76\n  - kind: bme280\n    address: 0x76\n',
        /line 4: bme280 at 0x76 clashes with bmp280 at 0x76/,
      ],
      ['i2c:\n  - kind: 24c02\n    address: 0x80\n', /line 3: address 0x80 is out of range/],
      ['i2c:\n  - kind: bmp280\n    adress: 0x76\n', /line 3: unknown key "adress"/],
      ['pins:\n  - pin: 22\n    level: high\n', /line 2: the board has no pin "22"/],
    ];
    for (const [text, pattern] of cases) {
      const file = join(dir, 'wiring.yml');
      await writeFile(file, text);
      const run = await sandbox.cli(['virtual-board', 'start', '--name', 'wired', '--wiring', file, '--json']);
      assert.equal(run.exitCode, 2, `${text}: ${run.stdout}${run.stderr}`);
      assert.match(parseCliJson(run.stdout).error?.message ?? '', pattern, text);
    }
    const flag = await sandbox.cli(['virtual-board', 'start', '--name', 'flagged', '--i2c', '24c02@0x50', '--i2c', '24c16@0x50', '--json']);
    assert.equal(flag.exitCode, 2);
    assert.match(parseCliJson(flag.stdout).error?.message ?? '', /--i2c 24c16@0x50: 24c16 at 0x50 clashes with 24c02 at 0x50/);
    const esp = await sandbox.cli(['virtual-board', 'start', '--name', 'espwired', '--board', 'esp32', '--i2c', 'bmp280@0x76', '--json']);
    assert.equal(esp.exitCode, 2);
    assert.match(parseCliJson(esp.stdout).error?.message ?? '', /runs no application code/);
  });
});
