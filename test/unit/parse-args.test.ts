import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flashSerialSpec } from '../../src/capabilities/flash-serial.js';
import { capabilities } from '../../src/capabilities/registry.js';
import { virtualBoardStatusSpec } from '../../src/capabilities/virtual-board.js';
import { verifyBannerSpec } from '../../src/capabilities/verify-banner.js';
import { cliInputNaming, parseArgs } from '../../src/cli/parse-args.js';
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
    assert.match((await usage(['--portt', 'x'])).hint ?? '', /did you mean --port\?/);
    assert.match((await usage(['--port', 'a', '--port', 'b'])).message, /--port is given twice/);
    assert.match((await usage(['--firmware'])).message, /--firmware needs a value/);
    assert.match((await usage(['blink.hex'])).message, /Unexpected argument "blink.hex"/);
    assert.match((await usage(['--no-verify=true'])).message, /--no-verify takes no value/);
    assert.match((await usage(['--no-port'])).message, /Unknown option --no-port/);
  });

  it('suggests the option a cut-short flag begins before any nearer misspelling', async () => {
    // --prot is two edits from --port, but it is how --protocol begins.
    assert.equal(
      (await usage(['--prot', 'esp-rom'])).hint,
      'Fix: did you mean --protocol? (boardline flash-serial --help lists the options)',
    );
    assert.match((await usage(['--tls'])).hint ?? '', /did you mean --tls-ca, --tls-cert or --tls-key\?/);
    assert.match((await usage(['--verfy'])).hint ?? '', /did you mean --verify\?/);
    assert.match((await usage(['--no-ver'])).hint ?? '', /did you mean --no-verify\?/);
    assert.match((await usage(['--jso'])).hint ?? '', /did you mean --json\?/);
    assert.match((await usage(['--frobnicate'])).hint ?? '', /^Fix: remove it/);
  });

  it('names an input in fixes by its flag, and under --inputs-from-env by its variable too', () => {
    assert.equal(cliInputNaming(flashSerialSpec, false)('lock-timeout'), '--lock-timeout');
    assert.equal(cliInputNaming(flashSerialSpec, true)('lock-timeout'), 'BOARDLINE_INPUT_LOCK_TIMEOUT (or --lock-timeout)');
  });
});

describe('virtual-board commands', () => {
  it('take the board they act on as a bare argument, as well as --name', () => {
    assert.deepEqual(parseArgs(virtualBoardStatusSpec, ['uno0']).inputs, { name: 'uno0' });
    assert.deepEqual(parseArgs(virtualBoardStatusSpec, ['--name', 'uno0']).inputs, { name: 'uno0' });
    const acting = capabilities.filter((entry) => entry.spec.name.startsWith('virtual-board ') && entry.spec.inputs['name'] !== undefined);
    // start and run name the board they create: a bare word there reads as the model (start esp32), so they keep --name.
    const creating = ['virtual-board start', 'virtual-board run'];
    const named = acting.filter((entry) => !creating.includes(entry.spec.name)).map((entry) => entry.spec.name);
    assert.deepEqual(named.sort(), [
      'virtual-board pins',
      'virtual-board reset',
      'virtual-board screenshot',
      'virtual-board set',
      'virtual-board status',
      'virtual-board stop',
      'virtual-board trace',
    ]);
    for (const entry of acting.filter((candidate) => named.includes(candidate.spec.name))) {
      assert.equal(entry.spec.inputs['name']?.positional, true, entry.spec.name);
      assert.equal(parseArgs(entry.spec, ['uno0']).inputs['name'], 'uno0', entry.spec.name);
    }
  });
});
