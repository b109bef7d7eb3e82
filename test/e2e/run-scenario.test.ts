import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { casesOf, readJUnit } from '../harness/junit-xml.js';
import { openPtyPair } from '../harness/pty-pair.js';
import { parseCliJson, type CliJson } from '../harness/run-cli.js';
import type { ProcessRun } from '../harness/run-process.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

/** Every step type, passing on the echo shell (test/fixtures/firmware/scenario-shell.c). */
const everyStep = `name: shell
steps:
  - expect: /ready v(?<version>\\S+)/
  - send: "echo hello \${version}\\n"
  - expect: hello 1.4.2
    timeout: 5s
  - send: [0x73, 0x65, 0x74, 0x20, 0x32, 0x35, 10]
  - expect: ok 25
  - press: 2
  - wait-pin: { pin: 13, level: high, within: 200ms }
  - expect: button pressed
  - release: 2
  - wait-pin: { pin: 13, level: low, within: 200ms }
  - pin: { A0: 2.5V }
  - send: "adc\\n"
  - expect: /a0=(?<adc>\\d+)/
  - send: "blink 10\\n"
  - expect: blinking 10
  - check-pins: "pin 9 toggles with a period of 20 ms ± 5 % for 500 ms"
  - expect-not: ERROR
    for: 300ms
  - send: prompt\\n
  - expect: "> "
  - reset
  - expect: ready
  - delay: 200ms
`;

function outputsOf(run: ProcessRun): NonNullable<CliJson['outputs']> {
  return parseCliJson(run.stdout).outputs ?? {};
}

describe('run-scenario on a virtual Uno running real firmware', () => {
  let sandbox: BoardlineSandbox;
  let dir: string;
  let shell: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-scenario-'));
    shell = (await buildFixtureFirmware('scenario-shell')).hex;
  });
  // An emulated board busy-waiting takes most of a core: stop each test's boards before the next.
  afterEach(async () => sandbox.stopAll());
  after(async () => sandbox.stopAll());

  async function scenario(name: string, text: string): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, text);
    return path;
  }

  it('passes every step type, carrying captured groups into later steps, with one JUnit case per step and a timing picture', async () => {
    const board = await sandbox.startBoard(['--name', 'shell', '--firmware', shell]);
    const junit = join(dir, 'every.xml');
    const transcript = join(dir, 'every.log');
    const run = await sandbox.cli(
      [
        'run-scenario',
        '--port',
        board.name,
        '--scenario',
        await scenario('every.yml', everyStep),
        '--junit',
        junit,
        '--transcript',
        transcript,
        '--json',
      ],
      { timeoutMs: 180_000 },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    const outputs = outputsOf(run);
    assert.equal(outputs['result'], 'pass');
    assert.equal(outputs['steps'], 22);
    assert.equal(outputs['passed'], 22);
    assert.equal(outputs['failed-step'], '');
    assert.deepEqual(outputs['variables'], { version: '1.4.2', adc: '512' });
    const pictures = outputs['pictures'] as string[];
    assert.equal(pictures.length, 1);
    assert.match(await readFile(pictures[0] ?? '', 'utf8'), /<svg/);
    const report = readJUnit(await readFile(junit, 'utf8'));
    assert.equal(report.tests, 22);
    assert.equal(report.failures, 0);
    assert.equal(casesOf(report)[2]?.name, 'line 5: expect hello 1.4.2');
    assert.match(await readFile(transcript, 'utf8'), /hello 1\.4\.2\n[\s\S]*a0=512\n[\s\S]*blinking 10/);
  });

  /** Runs a scenario on the board and returns the CLI's exit code, its error message and its outputs. */
  async function failing(
    board: string,
    name: string,
    text: string,
  ): Promise<{ exitCode: number | null; message: string; outputs: Record<string, unknown>; junit: string }> {
    const junit = join(dir, `${name}.xml`);
    const run = await sandbox.cli(
      ['run-scenario', '--port', board, '--scenario', await scenario(`${name}.yml`, text), '--junit', junit, '--json'],
      { timeoutMs: 120_000 },
    );
    const json = parseCliJson(run.stdout);
    return { exitCode: run.exitCode, message: json.error?.message ?? '', outputs: json.outputs ?? {}, junit };
  }

  it('fails each kind of step with what it saw, names the step, and reports the rest as skipped', async () => {
    const board = (await sandbox.startBoard(['--name', 'faults', '--firmware', shell])).name;
    const ready = '  - expect: ready\n';

    const silent = await failing(board, 'silent', `steps:\n${ready}  - expect: nope\n    timeout: 300ms\n  - send: "get\\n"\n`);
    assert.equal(silent.exitCode, 4, silent.message);
    assert.match(
      silent.message,
      /failed at line 3: expect nope \(silent\.yml line 3\): nope did not appear within 300ms; the last line was "scenario-shell ready v1\.4\.2"/,
    );
    const cases = casesOf(readJUnit(await readFile(silent.junit, 'utf8')));
    assert.deepEqual(
      cases.map((entry) => [entry.name, entry.failure === undefined ? (entry.skipped === undefined ? 'pass' : 'skipped') : 'failure']),
      [
        ['line 2: expect ready', 'pass'],
        ['line 3: expect nope', 'failure'],
        ['line 5: send "get\\n"', 'skipped'],
      ],
    );

    const loud = await failing(board, 'loud', `steps:\n${ready}  - send: "bogus\\n"\n  - expect-not: /ERROR/\n    for: 2s\n`);
    assert.equal(loud.exitCode, 1);
    assert.match(loud.message, /"ERROR unknown command: bogus" matched \/ERROR\/, which must not appear/);
    assert.equal(loud.outputs['failed-step'], 'line 4: expect-not /ERROR/');

    const dark = await failing(board, 'dark', `steps:\n${ready}  - wait-pin: { pin: 13, level: high, within: 100ms }\n`);
    assert.equal(dark.exitCode, 1);
    assert.match(dark.message, /pin 13 was low; expected high within 100 ms/);

    const still = await failing(
      board,
      'still',
      `steps:\n${ready}  - check-pins: "pin 9 toggles with a period of 20 ms ± 5 % for 300 ms"\n`,
    );
    assert.equal(still.exitCode, 1);
    assert.match(still.message, /pin 9 toggles with a period of 20 ms ± 5 % for 300 ms: .*pin 9/);

    const crash = await failing(board, 'crash', `steps:\n${ready}  - send: "crash\\n"\n  - expect: never printed\n`);
    assert.equal(crash.exitCode, 1);
    assert.equal(crash.outputs['result'], 'fail-pattern');
    assert.match(crash.message, /Guru Meditation Error: Core 0 panic'ed \(test\)" matched fail-on/);

    const unknown = await failing(board, 'unknown', `steps:\n${ready}  - send: "echo \${missing}\\n"\n`);
    assert.equal(unknown.exitCode, 1);
    assert.match(unknown.message, /unknown\.yml line 3: \$\{missing\} has not been captured by an earlier step/);

    const nobody = await failing(board, 'nobody', `steps:\n${ready}  - set: { bmp280.temperature: 30 }\n`);
    assert.equal(nobody.exitCode, 1);
    assert.match(nobody.message, /line 3: set \{ bmp280\.temperature: 30 \}.*bmp280/);
  });

  it("keeps to the run's timeout and says the run's limit ran out, not the step's", async () => {
    const board = (await sandbox.startBoard(['--name', 'late', '--firmware', shell])).name;
    const path = await scenario('late.yml', 'steps:\n  - expect: ready\n  - expect: never printed\n    timeout: 1m\n');
    const run = await sandbox.cli(['run-scenario', '--port', board, '--scenario', path, '--timeout', '5s', '--json'], {
      timeoutMs: 60_000,
    });
    assert.equal(run.exitCode, 4, run.stdout + run.stderr);
    assert.match(
      parseCliJson(run.stdout).error?.message ?? '',
      /never printed did not appear within .*\(the run's timeout of 5 s ran out\)/,
    );
  });

  it('drives a BMP280 reader through set, and saves an SSD1306 picture with screenshot', async () => {
    const reader = await buildFixtureFirmware('bmx280-reader');
    const weather = await sandbox.startBoard(['--name', 'weather', '--firmware', reader.hex, '--i2c', 'bmp280@0x76']);
    const readings = await scenario(
      'weather.yml',
      'steps:\n  - expect: id=0x58\n  - expect: /T=2000 P=(?<pressure>\\d+)/\n  - set: { bmp280.temperature: 30.5 }\n  - expect: T=3050\n  - set: { bmp280.pressure: 950 }\n  - expect: /P=9(4999|5000)\\b/\n',
    );
    const run = await sandbox.cli(['run-scenario', '--port', weather.name, '--scenario', readings, '--json'], { timeoutMs: 120_000 });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match((outputsOf(run)['variables'] as Record<string, string>)['pressure'] ?? '', /^10132[45]$/);
    await sandbox.stopAll();

    const demo = await buildFixtureFirmware('ssd1306-demo');
    const oled = await sandbox.startBoard(['--name', 'oled', '--firmware', demo.hex, '--i2c', 'ssd1306@0x3c']);
    const png = join(dir, 'display.png');
    const pictures = await scenario('oled.yml', `steps:\n  - delay: 2s\n  - screenshot: ${png}\n`);
    const shot = await sandbox.cli(['run-scenario', '--port', oled.name, '--scenario', pictures, '--json'], { timeoutMs: 120_000 });
    assert.equal(shot.exitCode, 0, shot.stdout + shot.stderr);
    assert.deepEqual(outputsOf(shot)['pictures'], [png]);
    const bytes = await readFile(png);
    assert.deepEqual([...bytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    const reference = join(dir, 'reference.png');
    const saved = await sandbox.cli(['virtual-board', 'screenshot', oled.name, '--out', reference]);
    assert.equal(saved.exitCode, 0, saved.stdout + saved.stderr);
    assert.deepEqual(bytes, await readFile(reference));
  });

  it('runs the console steps on a real port and refuses, before opening it, the steps that need an emulated board, each named by its line', async () => {
    const pty = await openPtyPair();
    try {
      const refused = await sandbox.cli([
        'run-scenario',
        '--port',
        pty.a,
        '--reset',
        'none',
        '--scenario',
        await scenario(
          'real.yml',
          'steps:\n  - send: "ping\\n"\n  - press: 2\n  - wait-pin: { pin: 13, level: high }\n  - check-pins: pin 9 stays low\n  - screenshot: x.png\n  - expect: pong\n',
        ),
        '--json',
      ]);
      assert.equal(refused.exitCode, 2, refused.stdout + refused.stderr);
      const message = parseCliJson(refused.stdout).error?.message ?? '';
      assert.match(message, /real serial port, and a real board's pins cannot be seen/);
      assert.match(
        message,
        /these 4 steps need an emulated board: real\.yml line 3 \(press 2\); real\.yml line 4 \(wait-pin \{ pin: 13, level: high \}\); real\.yml line 5 \(check-pins "?pin 9 stays low"?\); real\.yml line 6 \(screenshot x\.png\)/,
      );

      // The console steps alone run on it: the test plays the board at the other end.
      const { openPort } = await import('../../src/serial/open-port.js');
      const boardEnd = await openPort(pty.b, 115_200);
      boardEnd.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('ping')) boardEnd.write('pong 7\r\n');
      });
      try {
        const run = await sandbox.cli([
          'run-scenario',
          '--port',
          pty.a,
          '--reset',
          'none',
          '--scenario',
          await scenario('console.yml', 'steps:\n  - send: "ping\\n"\n  - expect: /pong (?<n>\\d+)/\n'),
          '--json',
        ]);
        assert.equal(run.exitCode, 0, run.stdout + run.stderr);
        assert.deepEqual(outputsOf(run)['variables'], { n: '7' });

        // A pause on a real board is wall time, and the run's limit cuts it.
        const paused = await sandbox.cli([
          'run-scenario',
          '--port',
          pty.a,
          '--reset',
          'none',
          '--timeout',
          '2s',
          '--scenario',
          await scenario('pause.yml', 'steps:\n  - delay: 10m\n'),
          '--json',
        ]);
        assert.equal(paused.exitCode, 4, paused.stdout + paused.stderr);
        assert.match(
          parseCliJson(paused.stdout).error?.message ?? '',
          /waited [\d.]+m?s of 10m when the time ran out \(the run's timeout of 2 s ran out\)/,
        );
      } finally {
        await new Promise<void>((resolve) => boardEnd.close(() => resolve()));
      }
    } finally {
      await pty.close();
    }
  });

  it('flashes the firmware given onto a virtual board first (through its bootloader), and refuses to flash a real one', async () => {
    const banner = await buildFixtureFirmware('pins-demo');
    const board = await sandbox.startBoard(['--name', 'reflash', '--firmware', banner.hex]);
    const path = await scenario('reflash.yml', 'steps:\n  - expect: scenario-shell ready\n  - send: "get\\n"\n  - expect: value 0\n');
    const run = await sandbox.cli(['run-scenario', '--port', board.name, '--firmware', shell, '--scenario', path, '--json'], {
      timeoutMs: 180_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stderr, /Flashing .*scenario-shell\.hex onto reflash before the scenario/);

    const pty = await openPtyPair();
    try {
      const refused = await sandbox.cli(['run-scenario', '--port', pty.a, '--firmware', shell, '--scenario', path, '--json']);
      assert.equal(refused.exitCode, 2, refused.stdout + refused.stderr);
      assert.match(
        parseCliJson(refused.stdout).error?.message ?? '',
        /Input "firmware": .* is a real board, and run-scenario flashes virtual boards only/,
      );
    } finally {
      await pty.close();
    }
  });

  it('refuses a scenario that cannot be read, naming the line, before the board is touched', async () => {
    const board = (await sandbox.startBoard(['--name', 'strict', '--firmware', shell])).name;
    const cases: [string, RegExp][] = [
      ['steps:\n  - expect: ready\n  - wiggle: 3\n', /bad\.yml line 3: the step says nothing to do/],
      ['steps:\n  - expect: /(unclosed/\n', /bad\.yml line 2: .*invalid regular expression/],
      ['steps:\n  - delay: soon\n', /bad\.yml line 2: delay "soon" is not a duration/],
      ['steps:\n  - press: 22\n', /bad\.yml line 2: .*no pin "22"/],
      ['steps:\n  - expect-not: ERROR\n', /bad\.yml line 2: expect-not needs "for"/],
    ];
    for (const [text, expected] of cases) {
      const run = await sandbox.cli(['run-scenario', '--port', board, '--scenario', await scenario('bad.yml', text), '--json']);
      assert.equal(run.exitCode, 2, run.stdout + run.stderr);
      assert.match(parseCliJson(run.stdout).error?.message ?? '', expected);
    }
    const missing = await sandbox.cli(['run-scenario', '--port', board, '--scenario', join(dir, 'absent.yml'), '--json']);
    assert.equal(missing.exitCode, 2);
    assert.match(parseCliJson(missing.stdout).error?.message ?? '', /Input "scenario": cannot read .*absent\.yml: ENOENT/);
  });
});
