import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { casesOf, readJUnit, type ReadCase, type ReadReport } from '../harness/junit-xml.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, type CliJson } from '../harness/run-cli.js';
import { startSer2net, type Ser2net } from '../harness/ser2net.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

/*
 * verify-tests reading real firmware on emulated Unos: test/fixtures/firmware/unit-tests.c prints
 * one run in a framework's format (FRAMEWORK) for one case a run can be in (SCENARIO). Every run
 * has the same four tests in two suites — add and sub in math, led and button in io — named as
 * each framework names them; the firmware's header says what each scenario prints.
 */

type Framework = 'unity' | 'aunit' | 'arduinounit' | 'ztest';
type Scenario = 'pass' | 'fail' | 'skip' | 'hang' | 'reboot' | 'lost' | 'noise' | 'crash';

const frameworks: readonly Framework[] = ['unity', 'aunit', 'arduinounit', 'ztest'];

interface Expected {
  /** add, sub, led, button as the framework names them. */
  names: readonly [string, string, string, string];
  /** The JUnit suite of math's and io's tests: per file for Unity, per suite for ztest, one for the Arduino frameworks. */
  suites: readonly [string, string];
  /** test_sub's and test_button's failures: where the assertion is and what the report says. */
  failures: readonly [{ at: string; message: RegExp }, { at: string; message: RegExp }];
}

const expected: Readonly<Record<Framework, Expected>> = {
  unity: {
    names: ['test_add', 'test_sub', 'test_led', 'test_button'],
    suites: ['test_math', 'test_io'],
    // Both detail separators: ". " up to Unity 2.6, ":" from 2.7; the whole text is the message.
    failures: [
      { at: 'test/test_math.c:23', message: /^Expected 4 Was 5\. sum of 2 and 2$/ },
      { at: 'test/test_io.c:21', message: /^Expected 1 Was 0:button released$/ },
    ],
  },
  aunit: {
    names: ['math_add', 'math_sub', 'io_led', 'io_button'],
    suites: ['tests', 'tests'],
    failures: [
      { at: 'unit-tests.ino:23', message: /\(4\) == \(5\)/ },
      { at: 'unit-tests.ino:21', message: /\(digitalRead\(2\)\) == \(1\)/ },
    ],
  },
  arduinounit: {
    names: ['add', 'sub', 'led', 'button'],
    suites: ['tests', 'tests'],
    failures: [
      { at: 'unit-tests.ino:23', message: /\(sum=5\) == \(4=4\)/ },
      { at: 'unit-tests.ino:21', message: /\(digitalRead\(2\)=0\) == \(HIGH=1\)/ },
    ],
  },
  ztest: {
    names: ['test_add', 'test_sub', 'test_led', 'test_button'],
    suites: ['math', 'io'],
    failures: [
      { at: 'test/test_math.c:23', message: /sum == 4 is false/ },
      { at: 'test/test_io.c:21', message: /button pressed is false/ },
    ],
  },
};

/** What one verify-tests run left: its exit, the --json answer, the JUnit report and the transcript. */
interface TestsRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  json: CliJson;
  outputs: Record<string, unknown>;
  xml: string;
  junit: ReadReport;
  transcript: string;
}

function caseNamed(report: ReadReport, name: string): ReadCase & { suite: string } {
  const found = casesOf(report).find((entry) => entry.name === name);
  assert.ok(
    found !== undefined,
    `no testcase ${name} in the report: ${casesOf(report)
      .map((entry) => entry.name)
      .join(', ')}`,
  );
  return found;
}

/** The failed case a report of a broken run ends with, so it never reads as all passed. */
function runCase(report: ReadReport): (ReadCase & { suite: string }) | undefined {
  return casesOf(report).find((entry) => entry.suite === 'verify-tests' && entry.name === 'the test run');
}

function counts(run: TestsRun): { tests: unknown; passed: unknown; failed: unknown; skipped: unknown } {
  const { tests, passed, failed, skipped } = run.outputs;
  return { tests, passed, failed, skipped };
}

function explain(run: TestsRun): string {
  return `exit ${String(run.exitCode)}\n${run.stdout}\n${run.stderr}\n${run.xml}`;
}

describe('verify-tests on emulated Unos running unit-test firmware', () => {
  let sandbox: BoardlineSandbox;
  let work: string;
  const built = new Map<string, Promise<string>>();
  let boards = 0;

  /** The firmware's Intel HEX, built once per set of defines. */
  const firmware = (framework: Framework, scenario: Scenario, defines: Record<string, string> = {}): Promise<string> => {
    const all = { FRAMEWORK: framework, SCENARIO: scenario, ...defines };
    const key = JSON.stringify(all);
    let hex = built.get(key);
    if (hex === undefined) {
      hex = buildFixtureFirmware('unit-tests', all).then((result) => result.hex);
      built.set(key, hex);
    }
    return hex;
  };

  /** A virtual Uno running the firmware; its name is the port to give verify-tests. */
  const board = async (
    framework: Framework,
    scenario: Scenario,
    defines: Record<string, string> = {},
  ): Promise<{ name: string; port: string }> => {
    boards += 1;
    const name = `${framework}-${scenario}-${String(boards)}`;
    return sandbox.startBoard(['--name', name, '--firmware', await firmware(framework, scenario, defines)]);
  };

  /** verify-tests --json against a port, with the report and transcript in files of the test's own. */
  const verifyTests = async (port: string, args: readonly string[]): Promise<TestsRun> => {
    const dir = await mkdtemp(join(work, 'run-'));
    const junitPath = join(dir, 'reports', 'unit-tests.xml');
    const transcriptPath = join(dir, 'console.log');
    const run = await sandbox.cli(
      ['verify-tests', '--port', port, '--json', '--junit', junitPath, '--transcript', transcriptPath, ...args],
      {
        timeoutMs: 180_000,
      },
    );
    let json: CliJson;
    try {
      json = parseCliJson(run.stdout);
    } catch (error) {
      throw new Error(`verify-tests printed no JSON (exit ${String(run.exitCode)}):\n${run.stdout}\n${run.stderr}`, { cause: error });
    }
    const xml = await readFile(junitPath, 'utf8').catch(() => '');
    const outputs = json.outputs ?? {};
    assert.equal(outputs['junit'], junitPath);
    assert.equal(outputs['transcript'], transcriptPath);
    return {
      exitCode: run.exitCode,
      stdout: run.stdout,
      stderr: run.stderr,
      json,
      outputs,
      xml,
      junit: xml === '' ? { tests: 0, failures: 0, skipped: 0, suites: [] } : readJUnit(xml),
      transcript: await readFile(transcriptPath, 'utf8').catch(() => ''),
    };
  };

  /** Starts a board with the firmware, runs verify-tests on it, and stops the board again. */
  const runOn = async (
    framework: Framework,
    scenario: Scenario,
    args: readonly string[],
    defines: Record<string, string> = {},
  ): Promise<TestsRun> => {
    const { name } = await board(framework, scenario, defines);
    try {
      return await verifyTests(name, args);
    } finally {
      // An emulated board takes a core's share: stop it before the next test's board starts.
      await sandbox.cli(['virtual-board', 'stop', '--name', name]);
    }
  };

  before(async () => {
    sandbox = await boardlineSandbox();
    work = await mkdtemp(join(tmpdir(), 'boardline-verify-tests-'));
  });
  afterEach(async () => {
    await sandbox.stopAll();
  });
  after(async () => {
    await sandbox.stopAll();
  });

  for (const framework of frameworks) {
    const { names, suites } = expected[framework];

    describe(framework, () => {
      it('recognises the framework by itself and passes a run where every test passes, one testcase per test', async () => {
        const run = await runOn(framework, 'pass', ['--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 0, explain(run));
        assert.equal(run.outputs['result'], 'pass');
        assert.deepEqual(counts(run), { tests: 4, passed: 4, failed: 0, skipped: 0 });
        assert.match(run.stderr, new RegExp(`Recognised ${framework}'s`));
        assert.deepEqual(
          run.junit.suites.map((suite) => [suite.name, suite.cases.map((entry) => [entry.classname, entry.name])]),
          suites[0] === suites[1]
            ? [[suites[0], names.map((name) => [suites[0], name])]]
            : [
                [suites[0], names.slice(0, 2).map((name) => [suites[0], name])],
                [suites[1], names.slice(2).map((name) => [suites[1], name])],
              ],
        );
        assert.equal(run.junit.failures, 0);
        assert.equal(runCase(run.junit), undefined, 'a run that ended on its summary needs no extra case');
        // The test's own lines are its system-out; Unity's INFO line is the test's output too.
        const led = caseNamed(run.junit, names[2]);
        assert.match(led.systemOut ?? '', /led toggled 3 times/);
        if (framework === 'unity') assert.match(led.systemOut ?? '', /LED on pin 13/);
        // What the board printed before the run started (its banner) is no test's output where the
        // framework marks the start (AUnit's runner line, ztest's START); Unity and ArduinoUnit
        // mark none, so lines before the first result are the first test's.
        if (framework === 'aunit' || framework === 'ztest')
          assert.equal(caseNamed(run.junit, names[0]).systemOut, undefined, 'a test that printed nothing has no system-out');
        assert.match(run.transcript, /\] BOOT unit-tests\n/);
      });

      it('fails a run with failing tests, exit 1: each failure with its message and the assertion at FILE:LINE', async () => {
        // Unity with UNITY_INCLUDE_EXEC_TIME: " (N ms)" ends every result line, read as the test's time.
        const defines: Record<string, string> = framework === 'unity' ? { EXEC_TIME: '1' } : {};
        const run = await runOn(framework, 'fail', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s'], defines);
        assert.equal(run.exitCode, 1, explain(run));
        assert.equal(run.outputs['result'], 'fail');
        assert.deepEqual(counts(run), { tests: 4, passed: 2, failed: 2, skipped: 0 });
        assert.equal(run.json.error?.kind, 'failed');
        assert.match(run.json.error.message, new RegExp(`first: ${names[1]} at ${expected[framework].failures[0].at.replace('.', '\\.')}`));
        for (const [index, failure] of [
          [1, expected[framework].failures[0]],
          [3, expected[framework].failures[1]],
        ] as const) {
          const entry = caseNamed(run.junit, names[index]);
          assert.ok(entry.failure !== undefined, `${names[index]} has a <failure>`);
          assert.match(entry.failure.message, failure.message);
          assert.ok(entry.failure.text.startsWith(`${failure.at}: `), `the failure text starts with ${failure.at}: ${entry.failure.text}`);
          assert.equal(entry.failure.type, 'failed');
        }
        assert.equal(caseNamed(run.junit, names[0]).failure, undefined);
        assert.equal(run.junit.failures, 2);
        assert.equal(run.junit.tests, 4);
        assert.equal(runCase(run.junit), undefined, 'the run itself ended properly');
        if (framework === 'unity') {
          assert.equal(caseNamed(run.junit, 'test_add').time, 0.001);
          assert.equal(caseNamed(run.junit, 'test_sub').time, 0.002);
          assert.equal(caseNamed(run.junit, 'test_button').time, 0.004);
        }
        if (framework === 'ztest') assert.equal(caseNamed(run.junit, 'test_led').time, 0.003, 'ztest prints each time');
      });

      it('counts a skipped test as skipped, with its reason, and passes', async () => {
        const run = await runOn(framework, 'skip', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 0, explain(run));
        assert.equal(run.outputs['result'], 'pass');
        assert.deepEqual(counts(run), { tests: 4, passed: 3, failed: 0, skipped: 1 });
        const led = caseNamed(run.junit, names[2]);
        assert.ok(led.skipped !== undefined, `${names[2]} is <skipped>`);
        if (framework === 'unity') assert.equal(led.skipped, 'not wired on this board');
        assert.equal(run.junit.skipped, 1);
      });

      it('fails a test that never finishes as hung within test-timeout, exit 1, naming it as well as the framework allows', async () => {
        const started = Date.now();
        const run = await runOn(framework, 'hang', ['--framework', framework, '--test-timeout', '4s', '--timeout', '120s']);
        assert.equal(run.exitCode, 1, explain(run));
        assert.equal(run.outputs['result'], 'hung');
        assert.ok(Date.now() - started < 100_000, 'ended by the test timeout, not the run timeout');
        assert.deepEqual(counts(run), { tests: 3, passed: 2, failed: 1, skipped: 0 });
        const hungName = framework === 'ztest' ? 'test_led' : `(the test after ${names[1]})`;
        const hung = caseNamed(run.junit, hungName);
        assert.equal(hung.failure?.type, 'hung');
        if (framework === 'ztest') assert.equal(hung.suite, 'io', 'ztest named the suite and the test when it started');
        const message = run.json.error?.message ?? '';
        assert.match(message, framework === 'ztest' ? /test test_led did not finish within 4 s/ : new RegExp(`after ${names[1]}`));
        if (framework === 'aunit')
          assert.match(message, /1 of 4 tests did not run/, "AUnit's runner said how many tests it would run: io_button never ran");
        assert.equal(runCase(run.junit)?.failure?.type, 'hung');
      });

      it('fails a run that crashes, exit 1: the running test is crashed, with the crash line', async () => {
        const run = await runOn(framework, 'crash', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 1, explain(run));
        assert.equal(run.outputs['result'], 'crashed');
        assert.deepEqual(counts(run), { tests: 2, passed: 1, failed: 1, skipped: 0 });
        const crashLine = framework === 'aunit' || framework === 'arduinounit' ? /abort\(\) called/ : /Guru Meditation Error/;
        const crashed = caseNamed(run.junit, framework === 'ztest' ? 'test_sub' : `(the test after ${names[0]})`);
        assert.equal(crashed.failure?.type, 'crashed');
        assert.match(crashed.failure.message, crashLine);
        assert.match(
          crashed.systemOut ?? '',
          /sub: reading through a null pointer/,
          'what the test printed before it crashed is its output',
        );
        assert.equal(runCase(run.junit)?.failure?.type, 'crashed');
        assert.match(run.json.error?.message ?? '', crashLine);
      });

      it('fails a run whose board restarts in the middle, exit 1, never as passed', async () => {
        const run = await runOn(framework, 'reboot', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 1, explain(run));
        // The firmware's banner twice: the board really restarted, and the run started over.
        assert.equal(run.transcript.match(/\] BOOT unit-tests\n/g)?.length, 2, run.transcript);
        // AUnit's runner line and Zephyr's boot banner are the framework's start, seen again; Unity and
        // ArduinoUnit print no start, so the run starting over shows as the first result reported again.
        assert.equal(run.outputs['result'], 'crashed');
        assert.match(run.json.error?.message ?? '', /restarted/);
        assert.match(run.json.error?.message ?? '', new RegExp(`after ${names[1]}`));
        assert.deepEqual(counts(run), { tests: 3, passed: 2, failed: 1, skipped: 0 });
        assert.ok(runCase(run.junit)?.failure !== undefined, 'the report says the run broke');
      });

      it(
        framework === 'ztest'
          ? 'takes a lost result line from the TESTSUITE SUMMARY block, which repeats every result'
          : 'fails a run whose summary counts a result the console never showed as incomplete, exit 1, saying how many are missing',
        async () => {
          const run = await runOn(framework, 'lost', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s']);
          if (framework === 'ztest') {
            assert.equal(run.exitCode, 0, explain(run));
            assert.equal(run.outputs['result'], 'pass');
            assert.deepEqual(counts(run), { tests: 4, passed: 4, failed: 0, skipped: 0 });
            assert.equal(caseNamed(run.junit, 'test_led').suite, 'io');
            return;
          }
          assert.equal(run.exitCode, 1, explain(run));
          assert.equal(run.outputs['result'], 'incomplete');
          assert.deepEqual(counts(run), { tests: 3, passed: 3, failed: 0, skipped: 0 });
          assert.match(run.json.error?.message ?? '', /1 results? (are|is) missing/);
          assert.match(run.json.error?.hint ?? '', /lines were lost/);
          assert.equal(runCase(run.junit)?.failure?.type, 'incomplete');
        },
      );

      it('reads user lines holding the summary words as output, never as the end of the run', async () => {
        const run = await runOn(framework, 'noise', ['--framework', framework, '--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 0, explain(run));
        assert.equal(run.outputs['result'], 'pass');
        assert.deepEqual(counts(run), { tests: 4, passed: 4, failed: 0, skipped: 0 }, 'the run went on to its real summary');
        const sub = caseNamed(run.junit, names[1]);
        assert.match(sub.systemOut ?? '', /12 Tests 0 Failures 0 Ignored \(noise\)/);
        assert.match(sub.systemOut ?? '', /Tests 3 Failures 0 Ignored/);
        assert.match(sub.systemOut ?? '', /PROJECT EXECUTION SUCCESSFUL \(noise\)/);
      });
    });
  }

  describe('auto detection on failing runs', () => {
    for (const framework of frameworks) {
      it(`${framework}: recognised without --framework, every result kept`, async () => {
        const run = await runOn(framework, 'fail', ['--test-timeout', '20s', '--timeout', '90s']);
        assert.equal(run.exitCode, 1, explain(run));
        assert.equal(run.outputs['result'], 'fail');
        assert.deepEqual(counts(run), { tests: 4, passed: 2, failed: 2, skipped: 0 });
        assert.match(run.stderr, new RegExp(`Recognised ${framework}'s`));
      });
    }
  });

  describe('exit codes', () => {
    it('times out a run that outlasts timeout, exit 4, the report saying so', async () => {
      const run = await runOn('unity', 'hang', ['--framework', 'unity', '--test-timeout', '60s', '--timeout', '5s']);
      assert.equal(run.exitCode, 4, explain(run));
      assert.equal(run.outputs['result'], 'timeout');
      assert.equal(run.json.error?.kind, 'timeout');
      assert.deepEqual(counts(run), { tests: 2, passed: 2, failed: 0, skipped: 0 });
      assert.equal(runCase(run.junit)?.failure?.type, 'timeout');
    });

    it('reports a board that goes away mid-run, exit 3', async () => {
      const { name } = await board('unity', 'hang');
      const dir = await mkdtemp(join(work, 'lost-'));
      const verify = sandbox.start(
        ['verify-tests', '--port', name, '--json', '--test-timeout', '60s', '--timeout', '90s', '--transcript', join(dir, 'console.log')],
        { timeoutMs: 120_000 },
      );
      // The job log echoes each line as it arrives: the board is mid-run once test_sub's result is in.
      await verify.waitForOutput(/│ test\/test_math\.c:\d+:test_sub:PASS/, 60_000);
      const stop = await sandbox.cli(['virtual-board', 'stop', '--name', name]);
      assert.equal(stop.exitCode, 0, stop.stderr);
      const run = await verify.done;
      assert.equal(run.exitCode, 3, run.stdout + run.stderr);
      const json = parseCliJson(run.stdout);
      assert.equal(json.outputs?.['result'], 'port-lost');
      assert.equal(json.error?.kind, 'port');
      assert.match(await readFile(join(dir, 'console.log'), 'utf8'), /test_add:PASS/);
    });

    it('refuses patterns for another framework (exit 2) and a virtual ESP32, which runs no firmware (exit 2)', async () => {
      const { name } = await board('unity', 'pass');
      const misplaced = await sandbox.cli([
        'verify-tests',
        '--port',
        name,
        '--framework',
        'unity',
        '--result-pattern',
        '/(?<name>x) (?<status>y)/',
        '--json',
      ]);
      assert.equal(misplaced.exitCode, 2, misplaced.stdout + misplaced.stderr);
      assert.match(parseCliJson(misplaced.stdout).error?.message ?? '', /^Input "result-pattern" is for framework regex/);

      await sandbox.startBoard(['--name', 'esp', '--board', 'esp32']);
      const esp = await sandbox.cli(['verify-tests', '--port', 'esp', '--json', '--timeout', '20s']);
      assert.equal(esp.exitCode, 2, esp.stdout + esp.stderr);
      const error = parseCliJson(esp.stdout).error;
      assert.equal(error?.kind, 'usage');
      assert.match(error.message, /^Input "port": esp is a virtual esp32, which runs no firmware/);
    });
  });

  describe('other faces and ports', () => {
    let servers: Ser2net[] = [];
    afterEach(async () => {
      await Promise.all(servers.map((server) => server.stop()));
      servers = [];
    });

    it('reads a Unity run over rfc2217:// through a real ser2net', async () => {
      const { port: device } = await board('unity', 'fail', { EXEC_TIME: '1' });
      const ser2net = await startSer2net([{ device, kind: 'rfc2217' }]);
      servers.push(ser2net);
      const url = ser2net.urls[0] ?? '';
      const run = await verifyTests(url, ['--framework', 'unity', '--test-timeout', '30s', '--timeout', '120s']);
      assert.equal(run.exitCode, 1, explain(run) + ser2net.log);
      assert.equal(run.outputs['result'], 'fail');
      assert.deepEqual(counts(run), { tests: 4, passed: 2, failed: 2, skipped: 0 });
      const sub = caseNamed(run.junit, 'test_sub');
      assert.equal(sub.failure?.text, 'test/test_math.c:23: Expected 4 Was 5. sum of 2 and 2');
      assert.equal(sub.classname, 'test_math');
    });

    it('runs as the bundled action under the runner contract: outputs, JUnit report, summary and annotations at FILE:LINE', async () => {
      const { name } = await board('unity', 'fail');
      // The tests' sources in the workspace, where annotations find them by name.
      const workspace = await mkdtemp(join(work, 'workspace-'));
      await mkdir(join(workspace, 'test'), { recursive: true });
      await writeFile(join(workspace, 'test', 'test_math.c'), '/* the math tests */\n');
      await writeFile(join(workspace, 'test', 'test_io.c'), '/* the io tests */\n');
      const run = await runBundledAction('verify-tests', {
        inputs: { port: name, framework: 'unity', 'test-timeout': '30s', timeout: '120s', junit: 'reports/unit-tests.xml' },
        env: { BOARDLINE_STATE_DIR: sandbox.stateDir },
        workspace,
        timeoutMs: 180_000,
      });
      assert.equal(run.exitCode, 1, run.stdout + run.stderr);
      assert.equal(run.outputs['result'], 'fail');
      assert.equal(run.outputs['tests'], '4');
      assert.equal(run.outputs['passed'], '2');
      assert.equal(run.outputs['failed'], '2');
      assert.equal(run.outputs['skipped'], '0');
      const report = readJUnit(await readFile(join(workspace, 'reports', 'unit-tests.xml'), 'utf8'));
      assert.deepEqual(
        report.suites.map((suite) => suite.name),
        ['test_math', 'test_io'],
      );
      assert.ok((run.outputs['transcript'] ?? '').startsWith(run.runnerTemp), 'the transcript goes under RUNNER_TEMP by default');
      assert.match(run.summary, /test_sub/);
      assert.match(run.summary, /test_button/);
      const errors = run.annotations.filter((entry) => entry.command === 'error');
      const at = errors.map((entry) => `${entry.properties['file'] ?? ''}:${entry.properties['line'] ?? ''}`);
      assert.ok(at.includes('test/test_math.c:23'), `annotations: ${JSON.stringify(errors)}`);
      assert.ok(at.includes('test/test_io.c:21'), `annotations: ${JSON.stringify(errors)}`);
    });
  });
});
