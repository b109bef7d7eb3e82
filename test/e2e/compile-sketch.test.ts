import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startArduinoMirror, type ArduinoMirror } from '../harness/arduino-mirror.js';
import { startFakeCacheService } from '../harness/fake-cache-service.js';
import { startFakeGithubApi } from '../harness/fake-github-api.js';
import { runBundledAction } from '../harness/run-action.js';
import { bundledCli, parseCliJson, repoRoot, runBundledCli } from '../harness/run-cli.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

const run = promisify(execFile);
const esp8266Index = 'https://arduino.esp8266.com/stable/package_esp8266com_index.json';

interface SizeJson {
  sketch: string;
  fqbn: string;
  program: { used: number; maximum: number | null };
  ram: { used: number; maximum: number | null } | null;
}

/**
 * compile-sketch runs the arduino-cli that setup-arduino-cli installed from a local mirror: the
 * stand-in (test/fixtures/arduino-cli), which compiles arduino:avr sketches with the real avr-gcc
 * and answers esp8266 builds from a fixture, in arduino-cli's JSON format.
 */
describe('compile-sketch', () => {
  let mirror: ArduinoMirror;
  let toolCache: string;
  let job: Record<string, string>;
  let sandbox: BoardlineSandbox;

  async function workspace(): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-workspace-'));
    await cp(join(repoRoot, 'test', 'fixtures', 'sketches'), join(dir, 'sketches'), { recursive: true });
    return dir;
  }

  before(async () => {
    mirror = await startArduinoMirror([{ version: '1.1.1' }]);
    toolCache = await mkdtemp(join(tmpdir(), 'boardline-tool-cache-'));
    const setup = await runBundledAction('setup-arduino-cli', {
      inputs: {
        version: '1.1.1',
        'base-url': mirror.baseUrl,
        platforms: 'arduino:avr@1.8.6, esp8266:esp8266@3.1.2',
        'additional-urls': esp8266Index,
      },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });
    assert.equal(setup.exitCode, 0, setup.stdout);
    // What the runner gives the steps after setup: its PATH addition and exported variables.
    job = { ...setup.env, RUNNER_TOOL_CACHE: toolCache, PATH: `${setup.outputs['path'] ?? ''}:${process.env['PATH'] ?? ''}` };
    sandbox = await boardlineSandbox();
  });
  after(async () => {
    await mirror.close();
  });
  afterEach(async () => {
    await sandbox.stopAll();
  });

  it('compiles for a board through the bundled action: binaries, sizes, the banner, warnings on the sketch’s lines', async () => {
    const dir = await workspace();
    const result = await runBundledAction('compile-sketch', {
      inputs: { sketch: 'sketches/hello', fqbn: 'arduino:avr:uno', banner: 'c0ffee1', warnings: 'all' },
      env: job,
      workspace: dir,
    });
    assert.equal(result.exitCode, 0, result.stdout + result.stderr);
    const artifacts = JSON.parse(result.outputs['artifacts'] ?? '') as Record<string, string[]>;
    assert.deepEqual(artifacts, {
      'arduino:avr:uno': [
        'build/arduino.avr.uno/hello.ino.eep',
        'build/arduino.avr.uno/hello.ino.elf',
        'build/arduino.avr.uno/hello.ino.hex',
      ],
    });
    const hex = await readFile(join(dir, 'build', 'arduino.avr.uno', 'hello.ino.hex'), 'utf8');
    const bytes = Buffer.concat(
      hex
        .split('\n')
        .filter((line) => line.startsWith(':') && line.slice(7, 9) === '00')
        .map((line) => Buffer.from(line.slice(9, -2), 'hex')),
    );
    assert.ok(bytes.includes(Buffer.from('BOOT hello c0ffee1')), 'the banner macro reached the firmware');
    const sizes = JSON.parse(result.outputs['sizes'] ?? '') as SizeJson[];
    assert.equal(sizes.length, 1);
    assert.equal(sizes[0]?.program.maximum, 32256);
    assert.equal(sizes[0].ram?.maximum, 2048);
    assert.ok(sizes[0].program.used > 100);
    assert.deepEqual(JSON.parse(await readFile(join(dir, 'build', 'sizes.json'), 'utf8')), sizes);
    const warning = result.annotations.find((annotation) => annotation.command === 'warning');
    assert.equal(warning?.properties['file'], 'sketches/hello/hello.ino');
    assert.equal(warning.properties['line'], '19');
    assert.match(warning.message, /unused variable .unused_counter. \[-Wunused-variable\] \(arduino:avr:uno\)/);
    assert.match(result.summary, /\| `sketches\/hello` \| `arduino:avr:uno` \| \d+ \(\d+%\) \| \d+ \(\d+%\) \|/);
    assert.equal(result.outputs['report'], 'build/size-report.md');
  });

  it('saves each build’s sizes to the Actions cache, and with comment: true a pull request compares against its base and comments', async () => {
    const cache = await startFakeCacheService();
    const github = await startFakeGithubApi({ token: 'ghs_compile' });
    try {
      const events = await mkdtemp(join(tmpdir(), 'boardline-events-'));
      const pushEvent = join(events, 'push.json');
      const prEvent = join(events, 'pr.json');
      await writeFile(pushEvent, JSON.stringify({ ref: 'refs/heads/main' }));
      await writeFile(
        prEvent,
        JSON.stringify({
          pull_request: {
            number: 4,
            base: { sha: 'a'.repeat(40), ref: 'main', repo: { full_name: 'acme/fw' } },
            head: { ref: 'more', repo: { full_name: 'acme/fw' } },
          },
        }),
      );
      const forge = { ...cache.env, GITHUB_REPOSITORY: 'acme/fw', GITHUB_API_URL: github.url };
      const push = await runBundledAction('compile-sketch', {
        inputs: { sketch: 'sketches/hello', fqbn: 'arduino:avr:uno' },
        env: { ...job, ...forge, GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: pushEvent },
        workspace: await workspace(),
      });
      assert.equal(push.exitCode, 0, push.stdout + push.stderr);
      assert.ok(cache.entries().has(`boardline-sizes-main-${'a'.repeat(40)}`), 'the push saved its sizes');
      const pr = await runBundledAction('compile-sketch', {
        inputs: {
          sketch: 'sketches/hello',
          fqbn: 'arduino:avr:uno',
          banner: 'longer-banner-1234567',
          comment: 'true',
          token: 'ghs_compile',
        },
        env: {
          ...job,
          ...forge,
          GITHUB_SHA: 'b'.repeat(40),
          GITHUB_REF: 'refs/pull/4/merge',
          GITHUB_HEAD_REF: 'more',
          GITHUB_EVENT_PATH: prEvent,
        },
        workspace: await workspace(),
      });
      assert.equal(pr.exitCode, 0, pr.stdout + pr.stderr);
      assert.equal(pr.outputs['comment'], 'created');
      assert.equal(pr.outputs['base'], 'a'.repeat(40));
      const [comment] = github.comments('acme/fw', 4);
      assert.match(comment?.body ?? '', /`arduino:avr:uno`[^\n]*\+\d+/, comment?.body);
      assert.match(pr.summary, /boardline:size-report|arduino:avr:uno/);
    } finally {
      await github.close();
      await cache.close();
    }
  });

  it('fails a broken sketch with the error annotated on its line and the board’s state of the build in the summary', async () => {
    const result = await runBundledAction('compile-sketch', {
      inputs: { sketch: 'sketches/broken', fqbn: 'arduino:avr:uno', warnings: 'all' },
      env: job,
      workspace: await workspace(),
    });
    assert.equal(result.exitCode, 1);
    const error = result.annotations.find((annotation) => annotation.command === 'error' && annotation.properties['file'] !== undefined);
    assert.deepEqual(
      [error?.properties['file'], error?.properties['line'], error?.properties['col']],
      ['sketches/broken/broken.ino', '6', '11'],
    );
    assert.match(error?.message ?? '', /.undeclared_pin. was not declared in this scope/);
    assert.ok(result.annotations.some((annotation) => annotation.command === 'warning' && annotation.properties['line'] === '5'));
    assert.match(
      result.stdout,
      /::error::1 of 1 builds failed, first sketches\/broken for arduino:avr:uno: sketches\/broken\/broken\.ino:6: .undeclared_pin. was not declared/,
    );
    assert.match(result.summary, /\*\*Failed:\*\* `sketches\/broken` for `arduino:avr:uno`/);
  });

  it('compiles every sketch for every board through the CLI, with ESP8266 sizes and deltas against a base report', async () => {
    const dir = await workspace();
    const base: SizeJson[] = [
      { sketch: 'sketches/hello', fqbn: 'arduino:avr:uno', program: { used: 200, maximum: 32256 }, ram: { used: 28, maximum: 2048 } },
      {
        sketch: 'sketches/hello',
        fqbn: 'esp8266:esp8266:d1',
        program: { used: 231916, maximum: 1048576 },
        ram: { used: 28000, maximum: 80192 },
      },
    ];
    await writeFile(join(dir, 'base-sizes.json'), JSON.stringify(base));
    const result = await runBundledCli(
      [
        'compile-sketch',
        '--sketch',
        'sketches/hello,sketches/notes',
        '--fqbn',
        'arduino:avr:uno,esp8266:esp8266:d1',
        '--base-report',
        'base-sizes.json',
        '--json',
      ],
      { env: { ...process.env, ...job }, cwd: dir, timeoutMs: 120_000 },
    );
    assert.equal(result.exitCode, 0, result.stderr);
    const outputs = parseCliJson(result.stdout).outputs ?? {};
    const artifacts = outputs['artifacts'] as Record<string, string[]>;
    assert.deepEqual(Object.keys(artifacts).sort(), [
      'sketches/hello:arduino:avr:uno',
      'sketches/hello:esp8266:esp8266:d1',
      'sketches/notes:arduino:avr:uno',
      'sketches/notes:esp8266:esp8266:d1',
    ]);
    assert.deepEqual(artifacts['sketches/notes:esp8266:esp8266:d1'], [
      'build/notes/esp8266.esp8266.d1/notes.ino.bin',
      'build/notes/esp8266.esp8266.d1/notes.ino.elf',
      'build/notes/esp8266.esp8266.d1/notes.ino.map',
    ]);
    const sizes = outputs['sizes'] as SizeJson[];
    const esp = sizes.find((entry) => entry.sketch === 'sketches/hello' && entry.fqbn === 'esp8266:esp8266:d1');
    assert.deepEqual(esp?.program, { used: 231916, maximum: 1048576 }, 'from the size table the ESP8266 core prints on stderr');
    assert.deepEqual(esp.ram, { used: 28024, maximum: 80192 });
    const report = await readFile(join(dir, 'build', 'size-report.md'), 'utf8');
    const uno = sizes.find((entry) => entry.sketch === 'sketches/hello' && entry.fqbn === 'arduino:avr:uno');
    const delta = (uno?.program.used ?? 0) - 200;
    assert.match(
      report,
      new RegExp(`\\| \`sketches/hello\` \\| \`arduino:avr:uno\` \\| \\d+ \\(\\d+%\\) \\| \\+${delta} \\(\\+[\\d.]+%\\) \\|`),
    );
    assert.match(report, /\| `sketches\/hello` \| `esp8266:esp8266:d1` \| 231916 \(22%\) \| 0 \| 28024 \(35%\) \| \+24 \(\+0\.09%\) \|/);
    assert.match(report, /\| `sketches\/notes` \| `arduino:avr:uno` \| \d+ \(\d+%\) \| new \|/);
  });

  it('summarises diagnostics beyond the ten annotations a step can show', async () => {
    const dir = await workspace();
    await mkdir(join(dir, 'sketches', 'noisy'));
    const unused = Array.from({ length: 13 }, (_, index) => `  int unused_${index} = ${index};`).join('\n');
    await writeFile(join(dir, 'sketches', 'noisy', 'noisy.ino'), `int main() {\n${unused}\n  return 0;\n}\n`);
    const result = await runBundledAction('compile-sketch', {
      inputs: { sketch: 'sketches/noisy', fqbn: 'arduino:avr:uno', warnings: 'all' },
      env: job,
      workspace: dir,
    });
    assert.equal(result.exitCode, 0, result.stdout);
    assert.equal(result.annotations.filter((annotation) => annotation.command === 'warning').length, 10);
    assert.match(
      result.stdout,
      /3 more diagnostics than annotations can show:\nwarning: sketches\/noisy\/noisy\.ino:12: unused variable .unused_10./,
    );
    assert.match(result.summary, /3 further diagnostics are in the log/);
  });

  it('builds, flashes and verifies: setup and compile from a shell, then flash-serial and verify-banner on a virtual Uno', async () => {
    const dir = await workspace();
    const board = await sandbox.startBoard(['--name', 'pipeline']);
    const cli = `node ${bundledCli}`;
    const script = [
      'set -e',
      `eval "$(${cli} setup-arduino-cli --version 1.1.1 --base-url ${mirror.baseUrl} --platforms arduino:avr@1.8.6)"`,
      `${cli} compile-sketch --sketch sketches/hello --fqbn arduino:avr:uno --banner 5eed123`,
      `${cli} flash-serial --port ${board.name} --firmware build/arduino.avr.uno`,
      `${cli} verify-banner --port ${board.name} --expect 'BOOT hello 5eed123' --timeout 20s`,
    ].join('\n');
    const { stdout, stderr } = await run('bash', ['-c', script], {
      cwd: dir,
      env: { ...sandbox.env, BOARDLINE_TOOL_CACHE: toolCache, RUNNER_TOOL_CACHE: '' },
      timeout: 180_000,
    });
    assert.match(stdout, /\| `sketches\/hello` \| `arduino:avr:uno` \|/);
    assert.match(stdout + stderr, /BOOT hello 5eed123/);
  });

  it('names the input that is wrong', async () => {
    const dir = await workspace();
    const cases: [string[], RegExp][] = [
      [['--sketch', 'sketches/hello'], /Input "fqbn" is required \(or "profile"\)/],
      [['--fqbn', 'arduino:avr:uno', '--profile', 'uno'], /Inputs "fqbn" and "profile" were both given/],
      [['--fqbn', 'arduino:avr:uno', '--sketch', 'sketches/hello', '--banner', 'has space'], /Input "banner" must be a version-like word/],
      [
        ['--fqbn', 'arduino:avr:uno', '--sketch', 'sketches/hello', '--build-properties', 'novalue'],
        /Input "build-properties" has an entry that is not key=value: "novalue"/,
      ],
      [['--fqbn', 'arduino:avr:uno', '--sketch', 'sketches'], /Input "sketch": sketches is not a sketch/],
      // Each board's directory under output-dir is replaced: a name must never reach outside it.
      [['--fqbn', '../sketches', '--sketch', 'sketches/hello'], /Input "fqbn" has an entry that is not a board name: "\.\.\/sketches"/],
      [['--fqbn', '..:..:..', '--sketch', 'sketches/hello'], /Input "fqbn" has an entry that is not a board name/],
      [['--profile', 'x/../../sketches', '--sketch', 'sketches/hello'], /Input "profile" is not a profile name/],
      [['--fqbn', 'arduino:avr:uno', '--sketch', 'nothing/*'], /Input "sketch": "nothing\/\*" matches no sketch/],
      [
        ['--fqbn', 'arduino:avr:uno', '--sketch', 'sketches/hello', '--base-report', 'sketches/hello/hello.ino'],
        /Input "base-report": sketches\/hello\/hello\.ino is not JSON/,
      ],
    ];
    for (const [args, message] of cases) {
      const result = await runBundledCli(['compile-sketch', ...args], { cwd: dir, env: { ...process.env, ...job } });
      assert.equal(result.exitCode, 2, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, message);
    }
    assert.ok(existsSync(join(dir, 'sketches', 'hello', 'hello.ino')), 'nothing outside output-dir was removed');
    const missing = await runBundledCli(['compile-sketch', '--sketch', 'sketches/hello', '--fqbn', 'arduino:avr:uno'], {
      cwd: dir,
      env: { ...process.env, RUNNER_TOOL_CACHE: await mkdtemp(join(tmpdir(), 'boardline-empty-cache-')) },
    });
    // The machine lacks a tool: not available (69), not bad input.
    assert.equal(missing.exitCode, 69);
    assert.match(
      missing.stderr,
      /arduino-cli is not installed: it is neither on PATH nor in the tool cache\nFix: run setup-arduino-cli first/,
    );
  });
});
