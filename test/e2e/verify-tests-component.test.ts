import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { parse, stringify } from 'yaml';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { componentProject, gitlabCiLocal, selfComponent } from '../harness/gitlab-ci-local.js';
import { casesOf, readJUnit } from '../harness/junit-xml.js';
import { runBundledCli } from '../harness/run-cli.js';

/**
 * Stops the board a pipeline started when the test ends, passed or not: a board left running
 * would emulate on through the tests after it and take their CPU.
 */
function stopBoardAfter(t: TestContext, stateDir: string, name: string): void {
  t.after(async () => {
    await runBundledCli(['virtual-board', 'stop', name], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
  });
}

/**
 * A pipeline of the catalog project's own components: virtual-board starts an Uno with the
 * unit-test firmware (test/fixtures/firmware/unit-tests.c, Unity's format) on the shell runner,
 * verify-tests reads its run in the next stage, and a job after it reads verify-tests' dotenv outputs.
 */
async function unityPipeline(board: string, scenario: string): Promise<string> {
  const firmware = await buildFixtureFirmware('unit-tests', { FRAMEWORK: 'unity', SCENARIO: scenario });
  const pipeline = {
    stages: ['boot', 'test', 'report'],
    include: [
      selfComponent('virtual-board', { name: board, stage: 'boot', firmware: 'firmware/unit-tests.hex', tags: ['shell'] }),
      selfComponent('verify-tests', { port: board, framework: 'unity', 'test-timeout': '30s', timeout: '2m', tags: ['shell'] }),
    ],
    report: {
      stage: 'report',
      when: 'always',
      script: [
        'printf "%s|%s|%s|%s|%s\\n" "$BOARDLINE_RESULT" "$BOARDLINE_TESTS" "$BOARDLINE_PASSED" "$BOARDLINE_FAILED" "$BOARDLINE_SKIPPED" > report.txt',
      ],
      artifacts: { paths: ['report.txt'] },
    },
  };
  return componentProject({ '.gitlab-ci.yml': stringify(pipeline), 'firmware/unit-tests.hex': await readFile(firmware.hex, 'utf8') });
}

/** The verify-tests job as gitlab-ci-local expanded it from the component's template. */
async function expandedJob(dir: string): Promise<{ artifacts?: { when?: string; reports?: { junit?: string } } }> {
  const expanded = parse(await readFile(join(dir, '.gitlab-ci-local', 'expanded-gitlab-ci.yml'), 'utf8')) as Record<string, unknown>;
  return expanded['boardline-verify-tests'] as { artifacts?: { when?: string; reports?: { junit?: string } } };
}

describe('verify-tests GitLab component on a virtual Uno', () => {
  it("reads the board's Unity run; its JUnit report is the job's artifacts:reports:junit and its counts reach a later job", async (t) => {
    const board = `glt${String(process.pid)}`;
    const dir = await unityPipeline(board, 'skip');
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    stopBoardAfter(t, stateDir, board);
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    for (const job of ['boardline-virtual-board', 'boardline-verify-tests', 'report'])
      assert.match(run.stdout, new RegExp(`PASS\\s+${job}\\b`));
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), 'pass|4|3|0|1\n');

    const job = await expandedJob(dir);
    assert.equal(job.artifacts?.reports?.junit, 'boardline/verify-tests.xml');
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-verify-tests', 'boardline');
    const report = readJUnit(await readFile(join(artifacts, 'verify-tests.xml'), 'utf8'));
    assert.deepEqual(
      report.suites.map((suite) => suite.name),
      ['test_math', 'test_io'],
    );
    assert.equal(report.tests, 4);
    assert.equal(report.skipped, 1);
    assert.equal(casesOf(report).find((entry) => entry.name === 'test_led')?.skipped, 'not wired on this board');
    assert.match(await readFile(join(artifacts, 'verify-tests.log'), 'utf8'), /\] BOOT unit-tests\n/);
  });

  it('keeps the JUnit report of a failing run as the job fails, so GitLab shows the failed tests', async (t) => {
    const board = `glf${String(process.pid)}`;
    const dir = await unityPipeline(board, 'fail');
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    stopBoardAfter(t, stateDir, board);
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.notEqual(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /FAIL\s+boardline-verify-tests\b/);
    assert.equal((await expandedJob(dir)).artifacts?.when, 'always');
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-verify-tests', 'boardline');
    const report = readJUnit(await readFile(join(artifacts, 'verify-tests.xml'), 'utf8'));
    assert.equal(report.failures, 2);
    const sub = casesOf(report).find((entry) => entry.name === 'test_sub');
    assert.equal(sub?.failure?.text, 'test/test_math.c:23: Expected 4 Was 5. sum of 2 and 2');
  });
});
