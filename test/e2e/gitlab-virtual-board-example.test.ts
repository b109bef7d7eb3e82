import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startArduinoMirror, type ArduinoMirror } from '../harness/arduino-mirror.js';
import { exampleProject, gitlabCiLocal } from '../harness/gitlab-ci-local.js';
import { runBundledCli } from '../harness/run-cli.js';

const run = promisify(execFile);

/**
 * examples/gitlab/virtual-board.yml as a user's project runs it, every job for real: compile-sketch
 * installs arduino-cli and compiles examples/sketches/uno-banner with avr-gcc, virtual-board
 * starts a virtual Uno, flash-serial flashes it through its optiboot, verify-banner waits for the
 * banner with the commit's short SHA, and the .post job stops the board.
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

  it('compiles, starts the virtual Uno, flashes it, verifies the banner and the blink, then stops the board', async () => {
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

    // stop-virtual-board ran: no board is left in the state directory.
    const status = await runBundledCli(['virtual-board', 'status', '--json'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    assert.deepEqual((JSON.parse(status.stdout) as { outputs: { boards: unknown[] } }).outputs.boards, []);
  });
});
