import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flashSerialSpec } from '../../src/capabilities/flash-serial.js';
import { verifyBannerSpec } from '../../src/capabilities/verify-banner.js';
import { parseArgs } from '../../src/cli/parse-args.js';
import { parseInputs } from '../../src/spec/parse-inputs.js';
import { expectFailure } from '../harness/expect-error.js';

const usage = (argv: string[]) => expectFailure('usage', () => parseArgs(flashSerialSpec, argv));

describe('parseArgs', () => {
  it('reads --name value, --name=value, booleans and --json', () => {
    const args = parseArgs(flashSerialSpec, ['--port', '/dev/ttyACM0', '--firmware=blink.hex', '--no-verify', '--json', '--baud', '57600']);
    assert.deepEqual(args.inputs, { port: '/dev/ttyACM0', firmware: 'blink.hex', verify: 'false', baud: '57600' });
    assert.equal(args.json, true);
    assert.equal(args.help, false);
    assert.equal(parseArgs(flashSerialSpec, ['--verify']).inputs['verify'], 'true');
    assert.equal(parseArgs(flashSerialSpec, ['--verify=false']).inputs['verify'], 'false');
  });

  it('joins a repeated list flag into one item per line, as the action takes it', () => {
    const args = parseArgs(verifyBannerSpec, ['--expect', 'BOOT', '--expect', '/ready, (?<ms>\\d+) ms/']);
    assert.equal(args.inputs['expect'], 'BOOT\n/ready, (?<ms>\\d+) ms/');
    assert.deepEqual(parseInputs(verifyBannerSpec, args.inputs).expect, ['BOOT', '/ready, (?<ms>\\d+) ms/']);
  });

  it('refuses unknown, misspelt, repeated and dangling options with the fix', async () => {
    assert.match((await usage(['--prot', 'x'])).hint ?? '', /did you mean --port\?/);
    assert.match((await usage(['--port', 'a', '--port', 'b'])).message, /--port is given twice/);
    assert.match((await usage(['--firmware'])).message, /--firmware needs a value/);
    assert.match((await usage(['blink.hex'])).message, /Unexpected argument "blink.hex"/);
    assert.match((await usage(['--no-verify=true'])).message, /--no-verify takes no value/);
    assert.match((await usage(['--no-port'])).message, /Unknown option --no-port/);
  });
});
