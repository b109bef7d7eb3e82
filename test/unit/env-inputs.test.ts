import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildxArmv7Spec } from '../../src/capabilities/buildx-armv7.js';
import { flashSerialSpec } from '../../src/capabilities/flash-serial.js';
import { verifyBannerSpec } from '../../src/capabilities/verify-banner.js';
import { commandInputs, inputsFromEnv } from '../../src/cli/env-inputs.js';
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
});
