import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildxArmv7Spec } from '../../src/capabilities/buildx-armv7.js';
import { deployContainerSpec } from '../../src/capabilities/deploy-container.js';
import { flashSerialSpec } from '../../src/capabilities/flash-serial.js';
import { setupArduinoCliSpec } from '../../src/capabilities/setup-arduino-cli.js';
import { sizeReportSpec } from '../../src/capabilities/size-report.js';
import { verifyBannerSpec } from '../../src/capabilities/verify-banner.js';
import { commandInputs, inputsFromEnv } from '../../src/cli/env-inputs.js';
import { BoardlineError } from '../../src/errors.js';
import { parseArgs } from '../../src/cli/parse-args.js';
import { parseInputs } from '../../src/spec/parse-inputs.js';

describe('--inputs-from-env', () => {
  it('reads each input from BOARDLINE_INPUT_<NAME>, dashes as underscores, and nothing else', () => {
    const env = {
      BOARDLINE_INPUT_PORT: 'usb:2341:0043',
      BOARDLINE_INPUT_LOCK_TIMEOUT: '90s',
      BOARDLINE_INPUT_BOGUS: 'ignored',
      INPUT_FIRMWARE: 'the action face, not this one',
      boardline_input_firmware: 'names are upper case',
    };
    assert.deepEqual(inputsFromEnv(flashSerialSpec, env), { port: 'usb:2341:0043', 'lock-timeout': '90s' });
  });

  it('takes an empty variable as not given, so the default applies', () => {
    const raw = inputsFromEnv(flashSerialSpec, { BOARDLINE_INPUT_PORT: '', BOARDLINE_INPUT_FIRMWARE: 'blink.hex' });
    assert.deepEqual(raw, { firmware: 'blink.hex' });
    assert.equal(parseInputs(flashSerialSpec, raw).port, 'auto');
  });

  it('keeps values byte for byte: no expansion, no trimming of the raw string', () => {
    const value = '$HOME $(id) `id` \'q\' "dq"';
    assert.equal(inputsFromEnv(verifyBannerSpec, { BOARDLINE_INPUT_PORT: value })['port'], value);
  });

  it('splits lists as the action does: lines, and commas where the input allows them', () => {
    const raw = inputsFromEnv(buildxArmv7Spec, {
      BOARDLINE_INPUT_PLATFORMS: 'linux/arm/v7,linux/arm64\nlinux/amd64',
      BOARDLINE_INPUT_BUILD_ARGS: 'A=1,2\nB=3',
    });
    const options = parseInputs(buildxArmv7Spec, raw);
    assert.deepEqual(options.platforms, ['linux/arm/v7', 'linux/arm64', 'linux/amd64']);
    // build-args splits on lines only: a comma belongs to the value.
    assert.deepEqual(options['build-args'], ['A=1,2', 'B=3']);
    assert.deepEqual(parseInputs(verifyBannerSpec, inputsFromEnv(verifyBannerSpec, { BOARDLINE_INPUT_EXPECT: 'BOOT\n/a, b/' })).expect, [
      'BOOT',
      '/a, b/',
    ]);
  });

  it('lets explicit flags win over the variables, and reads no variable without the flag', () => {
    const env = { BOARDLINE_INPUT_PORT: '/dev/ttyUSB0', BOARDLINE_INPUT_FIRMWARE: 'from-env.hex' };
    const args = parseArgs(flashSerialSpec, ['--inputs-from-env', '--port', '/dev/ttyACM0']);
    assert.equal(args.inputsFromEnv, true);
    assert.deepEqual(commandInputs(flashSerialSpec, args, env), { port: '/dev/ttyACM0', firmware: 'from-env.hex' });
    assert.deepEqual(commandInputs(flashSerialSpec, parseArgs(flashSerialSpec, ['--port', '/dev/ttyACM0']), env), {
      port: '/dev/ttyACM0',
    });
  });

  it('reads each secret from its own service variable only, never from another service or a BOARDLINE_INPUT_ one', () => {
    const env = {
      BOARDLINE_GITHUB_TOKEN: 'ghp_for_github',
      BOARDLINE_GITLAB_TOKEN: 'glpat_for_gitlab',
      BOARDLINE_REGISTRY_PASSWORD: 'reg',
    };
    // arduino-cli's version ranges are resolved through GitHub's API, in a GitLab job too.
    assert.equal(inputsFromEnv(setupArduinoCliSpec, { ...env, GITLAB_CI: 'true' })['token'], 'ghp_for_github');
    // size-report posts where the merge or pull request lives.
    assert.equal(inputsFromEnv(sizeReportSpec, { ...env, GITLAB_CI: 'true' })['token'], 'glpat_for_gitlab');
    assert.equal(inputsFromEnv(sizeReportSpec, env)['token'], 'ghp_for_github');
    assert.equal(inputsFromEnv(deployContainerSpec, env)['password'], 'reg');
    // A GitLab token alone reaches no command that talks to GitHub.
    assert.equal(inputsFromEnv(setupArduinoCliSpec, { BOARDLINE_GITLAB_TOKEN: 'glpat_for_gitlab', GITLAB_CI: 'true' })['token'], undefined);
  });

  it('refuses the shared BOARDLINE_INPUT_TOKEN of earlier versions, naming the variable that replaced it', () => {
    assert.throws(
      () => inputsFromEnv(sizeReportSpec, { BOARDLINE_INPUT_TOKEN: 'glpat_old', GITLAB_CI: 'true' }),
      (error: unknown) =>
        error instanceof BoardlineError &&
        error.kind === 'usage' &&
        /BOARDLINE_INPUT_TOKEN is no longer read.*BOARDLINE_GITLAB_TOKEN/.test(error.message) &&
        /rename the CI\/CD variable BOARDLINE_INPUT_TOKEN to BOARDLINE_GITLAB_TOKEN/.test(error.hint ?? ''),
    );
    assert.throws(() => inputsFromEnv(setupArduinoCliSpec, { BOARDLINE_INPUT_TOKEN: 'x' }), /here BOARDLINE_GITHUB_TOKEN/);
    assert.throws(() => inputsFromEnv(deployContainerSpec, { BOARDLINE_INPUT_PASSWORD: 'x' }), /here BOARDLINE_REGISTRY_PASSWORD/);
  });
});
