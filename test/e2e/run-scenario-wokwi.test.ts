import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { stringify } from 'yaml';
import { buildFixtureFirmware } from '../harness/firmware.js';
import { componentProject, gitlabCiLocal, jobLogs, selfComponent } from '../harness/gitlab-ci-local.js';
import { casesOf, readJUnit } from '../harness/junit-xml.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, repoRoot, runBundledCli } from '../harness/run-cli.js';

/**
 * The Wokwi project in test/fixtures/wokwi/button-led, as its owner has it: diagram.json, the
 * automation scenario and wokwi.toml, with the firmware the toml names built into build/ (the
 * echo shell of test/fixtures/firmware/scenario-shell.c, whose button lights the LED).
 */
async function wokwiProject(): Promise<{ dir: string; files: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-wokwi-'));
  await cp(join(repoRoot, 'test', 'fixtures', 'wokwi', 'button-led'), dir, { recursive: true });
  const firmware = await buildFixtureFirmware('scenario-shell');
  await mkdir(join(dir, 'build'), { recursive: true });
  const hex = await readFile(firmware.hex, 'utf8');
  await writeFile(join(dir, 'build', 'scenario-shell.hex'), hex);
  await cp(firmware.elf, join(dir, 'build', 'scenario-shell.elf'));
  const files: Record<string, string> = { 'build/scenario-shell.hex': hex };
  for (const name of ['diagram.json', 'scenario.yaml', 'wokwi.toml']) files[name] = await readFile(join(dir, name), 'utf8');
  return { dir, files };
}

async function stateDirFor(t: TestContext): Promise<string> {
  const stateDir = await mkdtemp(join(tmpdir(), 'boardline-wokwi-state-'));
  // The run stops the board it started; a board still listed afterwards is a leak the test reports.
  t.after(async () => {
    const left = await runBundledCli(['virtual-board', 'status', '--json'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    const boards = (parseCliJson(left.stdout).outputs?.['boards'] ?? []) as { name: string }[];
    for (const board of boards)
      await runBundledCli(['virtual-board', 'stop', board.name], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    assert.deepEqual(boards, [], 'run-scenario left a virtual board running');
  });
  return stateDir;
}

describe('a Wokwi project run locally by run-scenario: no token, no cloud', () => {
  it('runs the project unchanged through the bundled action: a board wired as diagram.json says, firmware from wokwi.toml, stopped after', async (t) => {
    const project = await wokwiProject();
    const stateDir = await stateDirFor(t);
    const run = await runBundledAction('run-scenario', {
      inputs: { scenario: 'scenario.yaml', diagram: 'diagram.json', junit: 'reports/scenario.xml' },
      env: { BOARDLINE_STATE_DIR: stateDir },
      workspace: project.dir,
      timeoutMs: 180_000,
    });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(run.outputs['result'], 'pass');
    assert.equal(run.outputs['steps'], '11');
    assert.equal(run.outputs['passed'], '11');
    assert.match(run.summary, /### ✅ run-scenario Button, LED and potentiometer: 11 of 11 steps passed/);
    assert.match(run.summary, /\| ✅ \| 15 \| expect-pin led1:A == 1 \| [^|]+ \| pin 13 was high \|/);
    assert.match(run.summary, /\| ✅ \| 29 \| Turn the potentiometer to half way \| [^|]+ \| pin A0 = 2\.5V \|/);
    const report = readJUnit(await readFile(join(project.dir, 'reports', 'scenario.xml'), 'utf8'));
    assert.equal(report.tests, 11);
    assert.equal(casesOf(report)[0]?.name, 'line 7: wait-serial "scenario-shell ready"');
  });

  it('fails an expect-pin the firmware does not meet, naming the step and what the pin was', async (t) => {
    const project = await wokwiProject();
    const stateDir = await stateDirFor(t);
    // The LED's expectation turned round: lit while the button is up.
    const scenario = project.files['scenario.yaml']?.replace(/(pin: A\n\s+value: )1/, '$10') ?? '';
    await writeFile(join(project.dir, 'inverted.yaml'), scenario);
    const run = await runBundledCli(
      ['run-scenario', '--scenario', join(project.dir, 'inverted.yaml'), '--diagram', join(project.dir, 'diagram.json'), '--json'],
      {
        env: { ...process.env, BOARDLINE_STATE_DIR: stateDir },
        timeoutMs: 120_000,
      },
    );
    assert.equal(run.exitCode, 1, run.stdout + run.stderr);
    const json = parseCliJson(run.stdout);
    assert.equal(json.outputs?.['failed-step'], 'line 15: expect-pin led1:A == 0');
    assert.match(json.error?.message ?? '', /pin 13 was high; expected low/);
  });

  it('runs the ELF wokwi.toml names when it names no firmware (as a Wokwi project built by arduino-cli may)', async (t) => {
    const project = await wokwiProject();
    const stateDir = await stateDirFor(t);
    await writeFile(join(project.dir, 'wokwi.toml'), '[wokwi]\nversion = 1\nelf = "build/scenario-shell.elf"\n');
    const run = await runBundledCli(
      ['run-scenario', '--scenario', join(project.dir, 'scenario.yaml'), '--diagram', join(project.dir, 'diagram.json'), '--json'],
      {
        env: { ...process.env, BOARDLINE_STATE_DIR: stateDir },
        timeoutMs: 120_000,
      },
    );
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(parseCliJson(run.stdout).outputs?.['passed'], 11);
  });

  it('names an unsupported part with its line in diagram.json, before any board is started', async (t) => {
    const project = await wokwiProject();
    const stateDir = await stateDirFor(t);
    const diagram = JSON.parse(project.files['diagram.json'] ?? '{}') as { parts: Record<string, unknown>[] };
    diagram.parts.push({ type: 'wokwi-servo', id: 'servo1', top: 0, left: 0, attrs: {} });
    await writeFile(join(project.dir, 'servo.json'), JSON.stringify(diagram, null, 2));
    const run = await runBundledCli(
      ['run-scenario', '--scenario', join(project.dir, 'scenario.yaml'), '--diagram', join(project.dir, 'servo.json'), '--json'],
      {
        env: { ...process.env, BOARDLINE_STATE_DIR: stateDir },
      },
    );
    assert.equal(run.exitCode, 2, run.stdout + run.stderr);
    const lines = JSON.stringify(diagram, null, 2).split('\n');
    const line = lines.findIndex((text) => text.includes('wokwi-servo')) + 1;
    assert.match(parseCliJson(run.stdout).error?.message ?? '', new RegExp(`servo\\.json line ${line}: .*wokwi-servo`));
  });

  it('runs the project through the GitLab component under gitlab-ci-local, its JUnit kept as the job report and its result passed on', async (t) => {
    const project = await wokwiProject();
    const stateDir = await stateDirFor(t);
    const files = Object.fromEntries(Object.entries(project.files).map(([name, text]) => [`wokwi/${name}`, text]));
    const pipeline = {
      stages: ['test', 'report'],
      include: [selfComponent('run-scenario', { scenario: 'wokwi/scenario.yaml', diagram: 'wokwi/diagram.json', tags: ['shell'] })],
      report: {
        stage: 'report',
        script: ['printf "%s|%s|%s\\n" "$BOARDLINE_RESULT" "$BOARDLINE_STEPS" "$BOARDLINE_PASSED" > report.txt'],
        artifacts: { paths: ['report.txt'] },
      },
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline), ...files });
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr + (await jobLogs(dir).catch(() => '')));
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), 'pass|11|11\n');
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-run-scenario', 'boardline');
    assert.equal(readJUnit(await readFile(join(artifacts, 'run-scenario.xml'), 'utf8')).tests, 11);
  });
});
