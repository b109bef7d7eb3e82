import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { startArduinoMirror, type ArduinoMirror } from '../harness/arduino-mirror.js';
import { exampleProject, gitlabCiLocal } from '../harness/gitlab-ci-local.js';
import { readJUnit } from '../harness/junit-xml.js';
import { repoRoot, runBundledCli } from '../harness/run-cli.js';

const run = promisify(execFile);

/**
 * examples/gitlab/virtual-board.yml as a user's project runs it, every job for real: compile-sketch
 * installs arduino-cli and compiles examples/sketches/uno-banner with avr-gcc, virtual-board
 * starts a virtual Uno, flash-serial flashes it through its optiboot, verify-banner waits for the
 * banner with the commit's short SHA, verify-pins checks the blink; then a second compile-sketch
 * and flash-serial (prefix unit-tests) put examples/sketches/uno-unit-tests on the same board and
 * verify-tests reads its Unity run into a JUnit report, and the .post job stops the board.
 *
 * The one substitution: arduino-cli comes from a local mirror (`--input compile-sketch:base-url`)
 * holding the stand-in arduino-cli, because the real one cannot be downloaded on the test machines.
 * The test's own places (board state, tool cache) are private directories given as variables.
 * The stand-in compiles arduino:avr sketches with the real avr-gcc, which is why the example's
 * sketch is written against avr-libc. Everything else is the example as a newcomer copies it.
 */
describe('GitLab virtual-board example', () => {
  let mirror: ArduinoMirror;
  let stateDir = '';
  let toolCache = '';
  before(async () => {
    mirror = await startArduinoMirror([{ version: '1.1.1' }]);
    stateDir = await mkdtemp(join(tmpdir(), 'boardline-example-state-'));
    toolCache = await mkdtemp(join(tmpdir(), 'boardline-example-tools-'));
  });
  after(async () => {
    // The example's own stop job should have done this; a failed run must not leave a board behind.
    await runBundledCli(['virtual-board', 'stop', '--name', 'ci-uno'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    await mirror.close();
  });

  it('compiles, starts the virtual Uno, flashes it, verifies the banner and the blink, runs the unit tests, then stops the board', async () => {
    const dir = await exampleProject('virtual-board');
    const result = await gitlabCiLocal(dir, ['--input', `compile-sketch:base-url=${mirror.baseUrl}`], {
      // gitlab-ci-local's CI_PROJECT_DIR is /builds/<project>, a real path on this machine: the
      // component's tool cache there would outlive the test, so it gets a private one.
      variables: { BOARDLINE_STATE_DIR: stateDir, BOARDLINE_TOOL_CACHE: toolCache },
      timeoutMs: 300_000,
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    for (const job of [
      'boardline-compile-sketch',
      'boardline-virtual-board',
      'boardline-flash-serial',
      'boardline-verify-banner',
      'boardline-verify-pins',
      'unit-tests-compile-sketch',
      'unit-tests-flash-serial',
      'boardline-verify-tests',
      'stop-virtual-board',
    ]) {
      assert.match(result.stdout, new RegExp(`PASS\\s+${job}\\b`), job);
    }
    assert.ok(
      mirror.requests.includes('/arduino-cli/arduino-cli_1.1.1_Linux_64bit.tar.gz'),
      `arduino-cli came from the mirror, pinned: no API call (${mirror.requests.join(', ')})\n${result.stdout}`,
    );
    assert.ok(!mirror.requests.some((path) => path.startsWith('/api/')));

    // The firmware the board printed carries this commit's short SHA, from the job variable.
    const { stdout: sha } = await run('git', ['rev-parse', '--short=8', 'HEAD'], { cwd: dir });
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts');
    const transcript = await readFile(join(artifacts, 'boardline-verify-banner', 'boardline', 'verify-banner.log'), 'utf8');
    assert.match(transcript, new RegExp(`BOOT uno-banner ${sha.trim()}\\r?\\n`));
    const junit = await readFile(join(artifacts, 'boardline-verify-banner', 'boardline', 'verify-banner.xml'), 'utf8');
    assert.match(junit, /<testsuite[^>]* failures="0"/);
    const hex = await readFile(join(artifacts, 'boardline-compile-sketch', 'build', 'arduino.avr.uno', 'uno-banner.ino.hex'), 'utf8');
    assert.match(hex, /^:10000000/);
    const pins = await readFile(join(artifacts, 'boardline-verify-pins', 'boardline', 'verify-pins.xml'), 'utf8');
    assert.match(pins, /<testsuite[^>]* tests="1" failures="0"/);

    // The unit-test firmware ran on the board: one testsuite for the sketch's file, a case for
    // each test it runs, in its order, all passed. The names come from the sketch itself, so a
    // test added there is expected here too.
    const sketch = await readFile(join(repoRoot, 'examples', 'sketches', 'uno-unit-tests', 'uno-unit-tests.ino'), 'utf8');
    const names = [...sketch.matchAll(/^\s*RUN_TEST\((\w+)\);/gm)].map((match) => match[1]);
    assert.ok(names.length >= 3, `the sketch runs its tests with RUN_TEST: ${names.join(', ')}`);
    const testsHex = await readFile(
      join(artifacts, 'unit-tests-compile-sketch', 'build', 'unit-tests', 'arduino.avr.uno', 'uno-unit-tests.ino.hex'),
      'utf8',
    );
    assert.match(testsHex, /^:10000000/);
    const testsXml = await readFile(join(artifacts, 'boardline-verify-tests', 'boardline', 'verify-tests.xml'), 'utf8');
    const report = readJUnit(testsXml);
    assert.deepEqual(
      report.suites.map((suite) => ({ name: suite.name, tests: suite.tests, failures: suite.failures, skipped: suite.skipped })),
      [{ name: 'uno-unit-tests', tests: names.length, failures: 0, skipped: 0 }],
      testsXml,
    );
    assert.deepEqual(
      report.suites.flatMap((suite) =>
        suite.cases.map((entry) => ({ name: entry.name, classname: entry.classname, failed: entry.failure !== undefined })),
      ),
      names.map((name) => ({ name, classname: 'uno-unit-tests', failed: false })),
    );
    assert.match(testsXml, new RegExp(`<testsuite name="uno-unit-tests" tests="${String(names.length)}" failures="0"`));
    const testsTranscript = await readFile(join(artifacts, 'boardline-verify-tests', 'boardline', 'verify-tests.log'), 'utf8');
    assert.ok(testsTranscript.includes(`${String(names.length)} Tests 0 Failures 0 Ignored`), testsTranscript);
    assert.doesNotMatch(testsTranscript, /BOOT uno-banner/, 'verify-tests read the unit-test firmware, not the banner one');

    // GitLab shows the run as a test report: the expanded pipeline declares the JUnit file as the
    // job's artifacts:reports:junit, and the stages keep the two firmwares apart on the one board.
    interface ExpandedJob {
      stage?: string;
      artifacts?: { when?: string; reports?: { junit?: string } };
    }
    const expanded = parse(await readFile(join(dir, '.gitlab-ci-local', 'expanded-gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
    const stages = expanded['stages'] as string[];
    const job = (name: string): ExpandedJob => expanded[name] as ExpandedJob;
    const stageOf = (name: string): number => stages.indexOf(job(name).stage ?? '');
    assert.equal(job('boardline-verify-tests').artifacts?.reports?.junit, 'boardline/verify-tests.xml');
    assert.equal(job('boardline-verify-tests').artifacts?.when, 'always', 'a failing run keeps its report too');
    assert.ok(stageOf('boardline-verify-banner') < stageOf('boardline-verify-pins'));
    assert.ok(stageOf('boardline-verify-pins') < stageOf('unit-tests-flash-serial'), 'the unit tests are flashed after the pins check');
    assert.ok(stageOf('unit-tests-flash-serial') < stageOf('boardline-verify-tests'));

    // stop-virtual-board ran: no board is left in the state directory.
    const status = await runBundledCli(['virtual-board', 'status', '--json'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    assert.deepEqual((JSON.parse(status.stdout) as { outputs: { boards: unknown[] } }).outputs.boards, []);
  });
});
