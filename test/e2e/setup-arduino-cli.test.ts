import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startArduinoMirror, type ArduinoMirror } from '../harness/arduino-mirror.js';
import { startFakeCacheService } from '../harness/fake-cache-service.js';
import { runBundledAction } from '../harness/run-action.js';
import { parseCliJson, runBundledCli } from '../harness/run-cli.js';

describe('setup-arduino-cli against a local release mirror', () => {
  let mirror: ArduinoMirror;
  before(async () => {
    mirror = await startArduinoMirror([
      { version: '1.0.4' },
      { version: '1.1.1' },
      { version: '1.2.0-rc.1', prerelease: true },
      { version: '1.0.3', fault: 'checksum-mismatch' },
      { version: '1.0.2', fault: 'truncated' },
      { version: '1.0.1', fault: 'missing-checksum' },
    ]);
  });
  after(async () => {
    await mirror.close();
  });
  const mirrorInputs = (): Record<string, string> => ({ 'base-url': mirror.baseUrl, 'api-url': mirror.apiUrl });
  const newToolCache = (): Promise<string> => mkdtemp(join(tmpdir(), 'boardline-tool-cache-'));

  it('installs the newest 1.x release, verified, then serves the second run from the tool cache without a request', async () => {
    const toolCache = await newToolCache();
    const first = await runBundledAction('setup-arduino-cli', {
      inputs: { ...mirrorInputs(), version: '1.x', token: 'ghs_secret_token' },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(first.outputs['version'], '1.1.1', 'the prerelease 1.2.0-rc.1 is not a 1.x release');
    assert.equal(first.outputs['cache-hit'], 'false');
    assert.equal(first.outputs['path'], join(toolCache, 'arduino-cli', '1.1.1', process.arch));
    assert.ok(existsSync(join(toolCache, 'arduino-cli', '1.1.1', `${process.arch}.complete`)));
    assert.ok(existsSync(join(first.outputs['path'] ?? '', 'arduino-cli')));
    assert.match(first.stdout, /SHA-256 verified: [0-9a-f]{64}/);
    assert.deepEqual(mirror.authorizations.at(-1), 'Bearer ghs_secret_token');
    // The one place the token appears is the command that tells the runner to mask it.
    assert.ok(first.stdout.includes('::add-mask::ghs_secret_token'));
    assert.ok(!first.stdout.replace('::add-mask::ghs_secret_token', '').includes('ghs_secret_token'), 'the token is never printed');
    const path = await readFile(join(first.runnerTemp, '..', 'file-commands', 'add_path'), 'utf8');
    assert.equal(path.trim(), first.outputs['path']);

    const requestsBefore = mirror.requests.length;
    const second = await runBundledAction('setup-arduino-cli', {
      inputs: { ...mirrorInputs(), version: '1.x' },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
    assert.equal(second.outputs['version'], '1.1.1');
    assert.equal(second.outputs['cache-hit'], 'true');
    assert.equal(mirror.requests.length, requestsBefore, 'a cached version that satisfies the range needs no request');
  });

  it('installs pinned platforms and libraries once and reuses them, exporting arduino-cli’s directories', async () => {
    const toolCache = await newToolCache();
    const calls = join(await mkdtemp(join(tmpdir(), 'boardline-calls-')), 'calls.jsonl');
    const inputs = {
      ...mirrorInputs(),
      version: '1.1.1',
      platforms: 'arduino:avr@1.8.6\nesp8266:esp8266@3.1.2',
      'additional-urls': 'https://arduino.esp8266.com/stable/package_esp8266com_index.json',
      libraries: 'Adafruit NeoPixel@1.12.0',
    };
    const env = { RUNNER_TOOL_CACHE: toolCache, FAKE_ARDUINO_CLI_CALLS: calls };
    const first = await runBundledAction('setup-arduino-cli', { inputs, env });
    assert.equal(first.exitCode, 0, first.stdout + first.stderr);
    assert.equal(first.outputs['cache-hit'], 'false');
    const dataDir = first.env['ARDUINO_DIRECTORIES_DATA'] ?? '';
    assert.equal(first.outputs['data-dir'], dataDir);
    assert.ok(dataDir.startsWith(join(toolCache, 'arduino-cli-packages')), dataDir);
    assert.ok(existsSync(join(dataDir, 'packages', 'esp8266', 'hardware', 'esp8266', '3.1.2', 'installed.json')));
    assert.ok(existsSync(join(first.env['ARDUINO_DIRECTORIES_USER'] ?? '', 'libraries', 'Adafruit_NeoPixel', 'library.properties')));
    const installs = (await readFile(calls, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { args: string[] }).args);
    assert.deepEqual(installs, [
      ['core', 'update-index', '--additional-urls', 'https://arduino.esp8266.com/stable/package_esp8266com_index.json'],
      ['core', 'install', 'arduino:avr@1.8.6', '--additional-urls', 'https://arduino.esp8266.com/stable/package_esp8266com_index.json'],
      ['core', 'install', 'esp8266:esp8266@3.1.2', '--additional-urls', 'https://arduino.esp8266.com/stable/package_esp8266com_index.json'],
      ['lib', 'update-index'],
      ['lib', 'install', 'Adafruit NeoPixel@1.12.0'],
    ]);

    const second = await runBundledAction('setup-arduino-cli', { inputs, env });
    assert.equal(second.exitCode, 0, second.stdout + second.stderr);
    assert.equal(second.outputs['cache-hit'], 'true');
    assert.equal(second.env['ARDUINO_DIRECTORIES_DATA'], dataDir);
    assert.equal((await readFile(calls, 'utf8')).trim().split('\n').length, installs.length, 'nothing installed twice');

    // Another version of one platform is another cache entry, never the cached one.
    const other = await runBundledAction('setup-arduino-cli', { inputs: { ...inputs, platforms: 'arduino:avr@1.8.5' }, env });
    assert.equal(other.exitCode, 0, other.stdout + other.stderr);
    assert.equal(other.outputs['cache-hit'], 'false');
    assert.notEqual(other.env['ARDUINO_DIRECTORIES_DATA'], dataDir);
  });

  it('keeps pinned platforms in GitHub’s cache service, so a fresh hosted runner restores them instead of installing', async () => {
    const service = await startFakeCacheService();
    try {
      const calls = join(await mkdtemp(join(tmpdir(), 'boardline-calls-')), 'calls.jsonl');
      const inputs = { ...mirrorInputs(), version: '1.1.1', platforms: 'arduino:avr@1.8.6' };
      // A hosted runner's tool cache is at the same path on every machine, and empty on each.
      const toolCache = await newToolCache();
      const run = () =>
        runBundledAction('setup-arduino-cli', {
          inputs,
          env: { ...service.env, RUNNER_TOOL_CACHE: toolCache, FAKE_ARDUINO_CLI_CALLS: calls },
        });
      const first = await run();
      assert.equal(first.exitCode, 0, first.stdout + first.stderr);
      const saved = [...service.entries()];
      assert.equal(saved.length, 1, first.stdout);
      assert.match(saved[0]?.[0] ?? '', /^boardline-arduino-packages-linux-x64-[0-9a-f]{16}$/);
      const installs = (await readFile(calls, 'utf8')).trim().split('\n').length;

      // Another job on a new machine: an empty tool cache, the same cache service.
      await rm(toolCache, { recursive: true });
      await mkdir(toolCache);
      const second = await run();
      assert.equal(second.exitCode, 0, second.stdout + second.stderr);
      assert.match(second.stdout, /Platforms and libraries restored from the job cache/);
      assert.equal(service.downloads, 1);
      assert.equal((await readFile(calls, 'utf8')).trim().split('\n').length, installs, 'nothing installed again');
      const dataDir = second.env['ARDUINO_DIRECTORIES_DATA'] ?? '';
      assert.ok(existsSync(join(dataDir, 'packages', 'arduino', 'hardware', 'avr', '1.8.6', 'installed.json')), dataDir);
      assert.ok(existsSync(`${join(dataDir, '..')}.complete`), 'the restored entry is a finished tool-cache entry');
    } finally {
      await service.close();
    }
  });

  it('refuses a checksum mismatch and leaves nothing in the tool cache', async () => {
    const toolCache = await newToolCache();
    const run = await runBundledAction('setup-arduino-cli', {
      inputs: { ...mirrorInputs(), version: '1.0.3' },
      env: { RUNNER_TOOL_CACHE: toolCache },
    });
    assert.equal(run.exitCode, 1);
    assert.match(
      run.stdout,
      /::error::Checksum mismatch for arduino-cli_1\.0\.3_Linux_64bit\.tar\.gz: expected SHA-256 [0-9a-f]{64}, got [0-9a-f]{64}; not installed/,
    );
    assert.deepEqual(await readdir(toolCache), [], 'no entry, no staging directory');
  });

  it('reports a download cut short, through the CLI, and caches nothing', async () => {
    const toolCache = await newToolCache();
    const run = await runBundledCli(['setup-arduino-cli', '--version', '1.0.2', '--base-url', mirror.baseUrl, '--json'], {
      env: { ...process.env, BOARDLINE_TOOL_CACHE: toolCache, RUNNER_TOOL_CACHE: '' },
    });
    assert.equal(run.exitCode, 1, run.stderr);
    const error = parseCliJson(run.stdout).error;
    assert.match(error?.message ?? '', /arduino-cli_1\.0\.2_Linux_64bit\.tar\.gz (is truncated|broke off)/);
    assert.deepEqual(await readdir(toolCache), []);
  });

  it('refuses an archive its checksums file does not list', async () => {
    const run = await runBundledCli(['setup-arduino-cli', '--version', '1.0.1', '--base-url', mirror.baseUrl], {
      env: { ...process.env, BOARDLINE_TOOL_CACHE: await newToolCache(), RUNNER_TOOL_CACHE: '' },
    });
    assert.equal(run.exitCode, 1);
    assert.match(
      run.stderr,
      /The checksums file of arduino-cli 1\.0\.1 lists no arduino-cli_1\.0\.1_Linux_64bit\.tar\.gz; refusing to install it unverified/,
    );
  });

  it('answers a version that does not exist with a 404 error and a hint, without retrying', async () => {
    const before = mirror.requests.length;
    const run = await runBundledCli(['setup-arduino-cli', '--version', '9.9.9', '--base-url', mirror.baseUrl], {
      env: { ...process.env, BOARDLINE_TOOL_CACHE: await newToolCache(), RUNNER_TOOL_CACHE: '' },
    });
    assert.equal(run.exitCode, 1);
    assert.match(run.stderr, /Could not fetch the checksums of arduino-cli 9\.9\.9 from .*9\.9\.9-checksums\.txt: HTTP 404/);
    assert.match(run.stderr, /Fix: check the version/);
    assert.equal(mirror.requests.length - before, 1, 'a 404 is not retried');
  });

  it('rides out API rate limiting (403 with Retry-After) and names a range nothing matches', async () => {
    mirror.rateLimitNext(2);
    const limited = await runBundledCli(
      ['setup-arduino-cli', '--version', '~1.0', ...['--base-url', mirror.baseUrl, '--api-url', mirror.apiUrl]],
      {
        env: { ...process.env, BOARDLINE_TOOL_CACHE: await newToolCache(), RUNNER_TOOL_CACHE: '' },
      },
    );
    assert.equal(limited.exitCode, 0, limited.stderr);
    assert.match(limited.stderr, /HTTP 403 Forbidden; retrying in 0\.0 s \(1\/4\)/);
    assert.match(limited.stdout, /^export PATH='.*\/arduino-cli\/1\.0\.4\/x64':"\$PATH"$/m);

    const none = await runBundledCli(['setup-arduino-cli', '--version', '2.x', '--base-url', mirror.baseUrl, '--api-url', mirror.apiUrl], {
      env: { ...process.env, BOARDLINE_TOOL_CACHE: await newToolCache(), RUNNER_TOOL_CACHE: '' },
    });
    assert.equal(none.exitCode, 2);
    assert.match(
      none.stderr,
      /No arduino-cli release matches version "2\.x"\nFix: choose a released version \(newest: 1\.1\.1, 1\.0\.4, 1\.0\.3, 1\.0\.2, 1\.0\.1\)/,
    );
  });

  it("sends GitHub's API only the GitHub token: the GitLab token a size report needs never leaves for another host", async () => {
    // What a GitLab compile job has: both secrets set, each as its own CI/CD variable.
    const env = {
      ...process.env,
      GITLAB_CI: 'true',
      BOARDLINE_GITLAB_TOKEN: 'glpat-size-report-secret',
      BOARDLINE_TOOL_CACHE: await newToolCache(),
      RUNNER_TOOL_CACHE: '',
      BOARDLINE_INPUT_VERSION: '~1.0',
      BOARDLINE_INPUT_BASE_URL: mirror.baseUrl,
      BOARDLINE_INPUT_API_URL: mirror.apiUrl,
    };
    const seenBefore = mirror.authorizations.length;
    const gitlabOnly = await runBundledCli(['setup-arduino-cli', '--inputs-from-env'], { env });
    assert.equal(gitlabOnly.exitCode, 0, gitlabOnly.stderr);
    const seen = mirror.authorizations.slice(seenBefore);
    assert.ok(seen.length > 0, 'the range was resolved through the API');
    assert.deepEqual(
      seen.filter((header) => header.includes('glpat')),
      [],
    );

    const withGithub = await runBundledCli(['setup-arduino-cli', '--inputs-from-env'], {
      env: { ...env, BOARDLINE_TOOL_CACHE: await newToolCache(), BOARDLINE_GITHUB_TOKEN: 'ghp-github-api-token' },
    });
    assert.equal(withGithub.exitCode, 0, withGithub.stderr);
    assert.equal(mirror.authorizations.at(-1), 'Bearer ghp-github-api-token');
    assert.ok(!mirror.authorizations.some((header) => header.includes('glpat')));

    const shared = await runBundledCli(['setup-arduino-cli', '--inputs-from-env'], { env: { ...env, BOARDLINE_INPUT_TOKEN: 'glpat-old' } });
    assert.equal(shared.exitCode, 2);
    assert.match(shared.stderr, /BOARDLINE_INPUT_TOKEN is no longer read/);
  });

  it('names the input for bad versions, URLs and platform entries', async () => {
    const cases: [string[], RegExp][] = [
      [['--version', 'one'], /Input "version" is not a version: "one"/],
      [['--base-url', 'ftp://mirror'], /Input "base-url" is not an http\(s\) URL/],
      [['--platforms', 'esp8266'], /Input "platforms" has an entry that is not a platform: "esp8266"/],
      [['--profile', 'uno', '--sketch-path', tmpdir()], /Input "profile" needs .*sketch\.yaml, which does not exist/],
    ];
    for (const [args, message] of cases) {
      const run = await runBundledCli(['setup-arduino-cli', ...args]);
      assert.equal(run.exitCode, 2, args.join(' '));
      assert.match(run.stderr, message);
    }
  });
});
