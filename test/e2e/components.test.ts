import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { parse, stringify } from 'yaml';
import { componentFacts, componentTemplates } from '../../scripts/component-templates.js';
import { buildBannerFirmware, buildFixtureFirmware } from '../harness/firmware.js';
import { componentProject, gitlabCiLocal, jobLogs, selfComponent } from '../harness/gitlab-ci-local.js';
import { repoRoot, runBundledCli } from '../harness/run-cli.js';
import { freeBusNumber } from '../harness/virtual-i2c-bus.js';

const components = [
  'setup-arduino-cli',
  'compile-sketch',
  'size-report',
  'buildx-armv7',
  'flash-serial',
  'verify-banner',
  'verify-pins',
  'run-scenario',
  'verify-tests',
  'deploy-container',
  'sd-image',
  'virtual-board',
  'virtual-i2c',
];

/** The least each component needs to resolve: its required inputs. */
const required: Readonly<Record<string, Record<string, unknown>>> = {
  'buildx-armv7': { 'runner-tags': ['docker'] },
  'flash-serial': { firmware: 'build/arduino.avr.uno', tags: ['pi'] },
  'verify-banner': { expect: 'BOOT', tags: ['pi'] },
  'verify-pins': { port: 'uno0', expect: 'pin 13 toggles', tags: ['shell'] },
  'run-scenario': { scenario: 'scenario.yml', tags: ['shell'] },
  'verify-tests': { tags: ['pi'] },
  'virtual-board': { tags: ['shell'] },
  'virtual-i2c': { tags: ['shell'] },
  'deploy-container': { image: 'registry.example.com/acme/pi-app:1.0.0', tags: ['pi'] },
  'sd-image': { tags: ['image-builder'] },
};

/**
 * Stops the board a test's pipeline started when that test ends, passed or not: a board left
 * running would emulate on through the tests after it and take their CPU.
 */
function stopBoardAfter(t: TestContext, stateDir: string, name: string): void {
  t.after(async () => {
    await runBundledCli(['virtual-board', 'stop', name], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
  });
}

describe('GitLab components', () => {
  it('templates are the ones the capability definitions generate (run npm run build after editing them)', async () => {
    const generated = componentTemplates();
    assert.deepEqual([...generated.keys()].sort(), components.map((name) => `${name}.yml`).sort());
    assert.deepEqual((await readdir(join(repoRoot, 'components', 'templates'))).sort(), [...generated.keys()].sort());
    for (const [file, text] of generated) assert.equal(await readFile(join(repoRoot, 'components', 'templates', file), 'utf8'), text, file);
  });

  it("the catalog's README lists every component with the runner tags and resource group its template requires", async () => {
    const readme = await readFile(join(repoRoot, 'components', 'README.md'), 'utf8');
    const rows = new Map(
      [...readme.matchAll(/^\| `([a-z0-9-]+)` +\|(.*)$/gm)].map((row) => [row[1] ?? '', (row[2] ?? '').split('|').map((c) => c.trim())]),
    );
    assert.deepEqual([...rows.keys()].sort(), [...components].sort(), 'one row per component, none missing');
    for (const [file, text] of componentTemplates()) {
      const name = file.replace(/\.yml$/, '');
      const inputs = (parse(text.split('\n---\n')[0] ?? '') as { spec: { inputs: Record<string, { type?: string; default?: unknown }> } })
        .spec.inputs;
      const tags = ['tags', 'runner-tags'].find((input) => inputs[input]?.type === 'array' && inputs[input].default === undefined);
      const [, , tagsCell = '', groupCell = ''] = rows.get(name) ?? [];
      assert.equal(tagsCell === '—' ? undefined : /^`([a-z-]+)`/.exec(tagsCell)?.[1], tags, `${name}: runner tags`);
      assert.equal(groupCell === 'yes', 'resource-group' in inputs, `${name}: resource group`);
    }
  });

  it('no template pastes an input into a script line or uses a global keyword', () => {
    for (const [file, text] of componentTemplates()) {
      const [header = '', body = ''] = text.split('\n---\n');
      assert.match(header, /^spec:\n {2}component: \[version\]\n {2}inputs:\n/m, file);
      const script = body.slice(body.indexOf('  script:'), body.indexOf('  artifacts:'));
      assert.doesNotMatch(script, /\$\[\[/, `${file}: script lines take inputs only through variables`);
      assert.doesNotMatch(script, /`/, `${file}: no backticks in script lines`);
      for (const line of body.split('\n').filter((row) => /^\S/.test(row))) {
        assert.match(line, /^"\$\[\[ inputs\.job-prefix \]\]-/, `${file}: only the job at top level, got ${line}`);
      }
      for (const variable of body.matchAll(/^ {4}(BOARDLINE_INPUT_\w+): (.*)$/gm)) {
        assert.match(variable[2] ?? '', /^\{ value: "\$\[\[ inputs\.[a-z0-9-]+ \]\]", expand: false \}$/, `${file}: ${variable[1] ?? ''}`);
      }
    }
  });

  it('a pipeline including every component at its own commit resolves', async () => {
    const pipeline = {
      stages: ['build', 'deploy', 'test'],
      include: components.map((name) => selfComponent(name, required[name] ?? {})),
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    const run = await gitlabCiLocal(dir, ['--list']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    for (const name of components) assert.match(run.stdout, new RegExp(`^boardline-${name} `, 'm'));
  });

  it("the catalog project's own pipeline tests every component at its commit and releases only on a semver tag", async () => {
    const dir = await componentProject({});
    const run = await gitlabCiLocal(dir, ['--list-all']);
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    for (const name of components) assert.match(run.stdout, new RegExp(`^boardline-${name} `, 'm'));
    assert.match(run.stdout, /^release\s+release\s+never/m);
    assert.match(run.stdout, /^release-notes\s+\.pre\s+never/m);
    const tagged = await gitlabCiLocal(dir, ['--list-all', '--variable', 'CI_COMMIT_TAG=1.2.3']);
    assert.match(tagged.stdout, /^release\s+release\s+on_success/m, tagged.stdout + tagged.stderr);
    // The npm check runs first of all, so a tag whose version is not on npm fails before any test.
    assert.match(tagged.stdout, /^release-notes\s+\.pre\s+on_success/m, tagged.stdout + tagged.stderr);
  });

  it('virtual-board, flash-serial and verify-banner run end to end; outputs reach a later job; JUnit is a report', async (t) => {
    const firmware = await buildBannerFirmware('blink', 'c0ffee1');
    const board = `gl${process.pid}`;
    const pipeline = {
      stages: ['boot', 'deploy', 'test', 'report'],
      include: [
        selfComponent('virtual-board', { name: board, stage: 'boot', tags: ['shell'] }),
        selfComponent('flash-serial', { port: board, firmware: 'firmware/blink.hex', tags: ['shell'] }),
        selfComponent('verify-banner', { port: board, expect: '/BOOT blink (?<version>[0-9a-f]{7})/', tags: ['shell'] }),
      ],
      report: {
        stage: 'report',
        script: ['printf "%s|%s|%s\\n" "$BOARDLINE_RESULT" "$BOARDLINE_GROUPS" "$BOARDLINE_VERIFIED" > report.txt'],
        artifacts: { paths: ['report.txt'] },
      },
    };
    const dir = await componentProject({
      '.gitlab-ci.yml': stringify(pipeline),
      'firmware/blink.hex': await readFile(firmware.hex, 'utf8'),
    });
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    stopBoardAfter(t, stateDir, board);
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    for (const job of ['boardline-virtual-board', 'boardline-flash-serial', 'boardline-verify-banner', 'report']) {
      assert.match(run.stdout, new RegExp(`PASS\\s+${job}\\b`));
    }
    // The dotenv reports of flash-serial and verify-banner, read by a job of a later stage.
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), 'pass|{"version":"c0ffee1"}|true\n');
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-verify-banner');
    const junit = await readFile(join(artifacts, 'boardline', 'verify-banner.xml'), 'utf8');
    assert.match(junit, /<testsuite[^>]* failures="0"/);
    assert.match(await readFile(join(artifacts, 'boardline', 'verify-banner.log'), 'utf8'), /BOOT blink c0ffee1/);
    const expanded = await readFile(join(dir, '.gitlab-ci-local', 'expanded-gitlab-ci.yml'), 'utf8');
    assert.match(expanded, /junit: boardline\/verify-banner\.xml/);
  });

  it('virtual-i2c serves a later job on the same runner through its dotenv outputs, and a job at the end stops it', async (t) => {
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    const bus = await freeBusNumber();
    const name = `gl-i2c-${String(process.pid)}`;
    const stop = ['boardline() { node "$BOARDLINE_CLI" "$@"; }', `boardline virtual-i2c stop ${name}`];
    const pipeline = {
      stages: ['boot', 'test'],
      include: [selfComponent('virtual-i2c', { name, bus, i2c: 'bmp280@0x76', mode: 'preload', stage: 'boot', tags: ['shell'] })],
      read: {
        stage: 'test',
        script: [
          'LD_PRELOAD="$BOARDLINE_PRELOAD" BOARDLINE_I2C_BUSES="$BOARDLINE_BUS=$BOARDLINE_SOCKET" i2cget -y "$BOARDLINE_BUS" 0x76 0xd0 > chip-id.txt',
        ],
        after_script: stop,
        artifacts: { paths: ['chip-id.txt'] },
      },
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    const status = async (): Promise<unknown[]> => {
      const run = await runBundledCli(['virtual-i2c', 'status', '--json'], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
      return (JSON.parse(run.stdout) as { outputs: { buses: unknown[] } }).outputs.buses;
    };
    t.after(async () => {
      if ((await status()).length > 0)
        await runBundledCli(['virtual-i2c', 'stop', name], { env: { ...process.env, BOARDLINE_STATE_DIR: stateDir } });
    });
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.equal(await readFile(join(dir, 'chip-id.txt'), 'utf8'), '0x58\n', "the BMP280's chip id, read through the shim");
    assert.deepEqual(await status(), [], 'the last job stopped the bus');
  });

  it('verify-pins checks a virtual board started by virtual-board: JUnit report, timing picture and outputs as artifacts', async (t) => {
    const firmware = await buildFixtureFirmware('pins-demo');
    const board = `glp${process.pid}`;
    const pipeline = {
      stages: ['boot', 'test', 'report'],
      include: [
        selfComponent('virtual-board', { name: board, stage: 'boot', firmware: 'firmware/pins-demo.hex', tags: ['shell'] }),
        selfComponent('verify-pins', {
          port: board,
          expect: 'pin 13 toggles with a period of 1 s ± 5 % for 3 s\npin 4 stays low',
          tags: ['shell'],
        }),
      ],
      report: {
        stage: 'report',
        script: ['printf "%s|%s\\n" "$BOARDLINE_RESULT" "$BOARDLINE_PASSED" > report.txt'],
        artifacts: { paths: ['report.txt'] },
      },
    };
    const dir = await componentProject({
      '.gitlab-ci.yml': stringify(pipeline),
      'firmware/pins-demo.hex': await readFile(firmware.hex, 'utf8'),
    });
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    stopBoardAfter(t, stateDir, board);
    const run = await gitlabCiLocal(dir, [], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.equal(run.exitCode, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /PASS\s+boardline-verify-pins\b/);
    assert.equal(await readFile(join(dir, 'report.txt'), 'utf8'), 'pass|2\n');
    const artifacts = join(dir, '.gitlab-ci-local', 'artifacts', 'boardline-verify-pins', 'boardline');
    assert.match(await readFile(join(artifacts, 'verify-pins.xml'), 'utf8'), /<testsuite[^>]* tests="2" failures="0"/);
    assert.match(await readFile(join(artifacts, 'verify-pins.svg'), 'utf8'), /^<svg/);
  });

  it('rejects a typed input violation, naming the input', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['flash-serial', { ...required['flash-serial'], retries: 'two' }, /`retries` input: provided value is not a number/],
      [
        'verify-banner',
        { ...required['verify-banner'], encoding: 'utf16' },
        /`encoding` input: `utf16` cannot be used because it is not in the list/,
      ],
      ['verify-banner', { ...required['verify-banner'], timeout: 'soon' }, /`timeout` input: `soon` does not match required regex/],
      ['compile-sketch', { warnings: 'loud' }, /`warnings` input: `loud` cannot be used/],
      [
        'run-scenario',
        { ...required['run-scenario'], 'step-timeout': 'soon' },
        /`step-timeout` input: `soon` does not match required regex/,
      ],
      ['flash-serial', { ...required['flash-serial'], verify: 'yes' }, /`verify` input: provided value is not a boolean/],
    ];
    for (const [name, inputs, error] of cases) {
      const dir = await componentProject({ '.gitlab-ci.yml': stringify({ include: [selfComponent(name, inputs)] }) });
      const run = await gitlabCiLocal(dir, ['--list']);
      assert.equal(run.exitCode, 1, `${name} ${JSON.stringify(inputs)}`);
      assert.match(run.stdout + run.stderr, error);
    }
  });
});

/** Strings a shell would act on if they were ever part of a script. */
function injectionCorpus(marker: string): string[] {
  return [
    `$(touch ${marker}-cmdsubst)`,
    `\`touch ${marker}-backtick\``,
    `a; touch ${marker}-semicolon`,
    `'; touch ${marker}-quote; echo '`,
    `"; touch ${marker}-dquote; echo "`,
    `line one\nline two; touch ${marker}-newline\n`,
    '$HOME ${HOME} $CI_COMMIT_SHA $$ ${IFS}x',
    `a|touch ${marker}-pipe&&touch ${marker}-and&x`,
  ];
}

/**
 * A component's free-text inputs (no type, options or regex for GitLab to refuse a payload by) that
 * reach the job only as their BOARDLINE_INPUT_ variable: where a payload can travel. Inputs also
 * named in `artifacts: paths` (output-dir, junit …) are left out: GitLab's runner takes those paths
 * as data, but gitlab-ci-local copies artifacts with a bash script the path is pasted into.
 */
function freeTextInputs(name: string, template: string): { input: string; variable: string }[] {
  const [header = '', body = ''] = template.split('\n---\n');
  const declared = (parse(header) as { spec: { inputs: Record<string, Record<string, unknown>> } }).spec.inputs;
  const onlyVariable = (input: string): boolean => body.split(`$[[ inputs.${input} ]]`).length === 2;
  const facts = componentFacts(name);
  return facts.inputs
    .filter((entry) => entry.spec.kind !== 'secret')
    .filter((entry) => {
      const spec = declared[entry.name] ?? {};
      return spec['type'] === undefined && spec['options'] === undefined && spec['regex'] === undefined && onlyVariable(entry.name);
    })
    .map((entry) => ({ input: entry.name, variable: entry.variable }));
}

describe('GitLab components with hostile inputs', () => {
  it('an injection corpus passed to every component executes nothing and arrives intact', async () => {
    const markers = await mkdtemp(join(tmpdir(), 'boardline-injection-'));
    const marker = join(markers, 'PWNED');
    const corpus = injectionCorpus(marker);
    const include: Record<string, unknown>[] = [];
    const pipeline: Record<string, unknown> = { stages: ['test'], include };
    /** job → variable → the payload it must hold. */
    const expected = new Map<string, Map<string, string>>();
    for (const [file, template] of componentTemplates()) {
      const name = file.replace(/\.yml$/, '');
      const targets = freeTextInputs(name, template);
      assert.ok(targets.length > 0, name);
      // Every payload through every component: each job gives each free-text input another payload,
      // so a component with as many such inputs as there are payloads needs a single job.
      for (let job = 0; job * targets.length < corpus.length; job += 1) {
        const prefix = `inj${job}`;
        // One stage: a job that fails on its input must not keep the others from running.
        const inputs: Record<string, unknown> = { ...required[name], 'job-prefix': prefix, stage: 'test' };
        const values = new Map<string, string>();
        targets.forEach(({ input, variable }, index) => {
          const payload = corpus[(job * targets.length + index) % corpus.length] ?? '';
          inputs[input] = payload;
          values.set(variable, payload);
        });
        include.push(selfComponent(name, inputs));
        // The component's own script runs unchanged; this job of the same name only adds an
        // after_script that keeps each variable the CLI read, byte for byte.
        const jobName = `${prefix}-${name}`;
        const keep = [...values.keys()].map((variable) => `printf '%s' "$${variable}" > "seen/${jobName}/${variable}"`);
        pipeline[jobName] = { after_script: [`mkdir -p "seen/${jobName}"`, ...keep] };
        expected.set(jobName, values);
      }
    }
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-state-'));
    const run = await gitlabCiLocal(dir, ['--no-artifacts-to-source'], { variables: { BOARDLINE_STATE_DIR: stateDir } });
    assert.deepEqual(await readdir(markers), [], 'no payload ran');
    for (const [job, values] of expected) {
      assert.ok(existsSync(join(dir, 'seen', job)), `${job} ran its after_script\n${run.stdout.slice(-3000)}`);
      for (const [variable, payload] of values) {
        assert.equal(await readFile(join(dir, 'seen', job, variable), 'utf8'), payload, `${job} ${variable}`);
      }
    }
    // The jobs failed on their inputs, naming the input and quoting the payload as it arrived.
    const logs = await jobLogs(dir);
    assert.match(logs, /Input "version" is not a version: "\$\(touch /);
    assert.match(logs, /Input "name": "\$\(touch .*PWNED-cmdsubst\)" is not a usable virtual board name/);
  });

  it('the CLI takes BOARDLINE_INPUT_ values byte for byte and quotes them in its errors', async () => {
    for (const payload of injectionCorpus('/nonexistent/PWNED')) {
      const run = await runBundledCli(['virtual-board', 'start', '--inputs-from-env', '--json'], {
        env: { ...process.env, BOARDLINE_INPUT_NAME: payload },
      });
      assert.equal(run.exitCode, 2);
      const { error } = JSON.parse(run.stdout) as { error: { message: string } };
      assert.equal(error.message, `Input "name": "${payload}" is not a usable virtual board name`);
    }
  });
});
