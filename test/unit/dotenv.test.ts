import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { flashSerialSpec } from '../../src/capabilities/flash-serial.js';
import { capabilities } from '../../src/capabilities/registry.js';
import { parseArgs } from '../../src/cli/parse-args.js';
import { boundedDotenvReport, dotenvReport } from '../../src/report/dotenv.js';
import { outputEnvVariable } from '../../src/spec/env-names.js';
import { expectFailure } from '../harness/expect-error.js';

describe('dotenvReport', () => {
  it('writes one BOARDLINE_<OUTPUT>= line per output, dashes as underscores, JSON for structured values', () => {
    const text = dotenvReport({
      port: '/dev/ttyACM0',
      'elapsed-ms': 1234,
      verified: true,
      groups: { version: 'c0ffee1' },
      images: ['a:1', 'b:2'],
      digest: null,
    });
    assert.equal(
      text,
      [
        'BOARDLINE_PORT=/dev/ttyACM0',
        'BOARDLINE_ELAPSED_MS=1234',
        'BOARDLINE_VERIFIED=true',
        'BOARDLINE_GROUPS={"version":"c0ffee1"}',
        'BOARDLINE_IMAGES=["a:1","b:2"]',
        'BOARDLINE_DIGEST=null',
        '',
      ].join('\n'),
    );
  });

  it('keeps a multi-line value on its line, so it cannot start another variable', () => {
    const text = dotenvReport({ report: 'one\r\ntwo\nBOARDLINE_RESULT=pass\rthree' });
    assert.equal(text, 'BOARDLINE_REPORT=one\\ntwo\\nBOARDLINE_RESULT=pass\\nthree\n');
    assert.equal(text.split('\n').length, 2);
  });

  it('writes an empty string value as an empty variable, and nothing for no outputs', () => {
    assert.equal(dotenvReport({ port: '' }), 'BOARDLINE_PORT=\n');
    assert.equal(dotenvReport({}), '');
  });

  it('refuses an output name that cannot be a dotenv variable', () => {
    assert.throws(() => dotenvReport({ 'a.b': 'x' }), /Output "a\.b" cannot be a dotenv variable \(BOARDLINE_A\.B\)/);
  });
});

describe('--dotenv', () => {
  it('takes the file as the next argument or after =, and is unset without the flag', () => {
    assert.equal(parseArgs(flashSerialSpec, ['--dotenv', 'boardline.env']).dotenv, 'boardline.env');
    assert.equal(parseArgs(flashSerialSpec, ['--dotenv=out/flash.env', '--port', 'auto']).dotenv, 'out/flash.env');
    assert.equal(parseArgs(flashSerialSpec, ['--port', 'auto']).dotenv, undefined);
  });

  it('does not take the file for an input, nor an input for the file', () => {
    const args = parseArgs(flashSerialSpec, ['--dotenv', 'boardline.env', '--firmware', 'blink.hex']);
    assert.deepEqual(args.inputs, { firmware: 'blink.hex' });
    assert.equal(args.dotenv, 'boardline.env');
  });

  it('needs a file', async () => {
    for (const argv of [['--dotenv'], ['--dotenv='], ['--port', 'auto', '--dotenv']]) {
      const error = await expectFailure('usage', () => parseArgs(flashSerialSpec, argv));
      assert.match(error.message, /--dotenv needs a file/);
      assert.match(error.hint ?? '', /Fix: write --dotenv boardline\.env/);
    }
  });
});

describe('dotenv output names', () => {
  it('never shadow a variable Boardline or its GitLab jobs read', () => {
    // What the CLI and the component scripts read from the environment: a later job receives every
    // dotenv variable of an earlier one, so an output must never take one of these names.
    const read = [
      'BOARDLINE_CLI',
      'BOARDLINE_COMPONENT_VERSION',
      'BOARDLINE_STATE_DIR',
      'BOARDLINE_LOCK_DIR',
      'BOARDLINE_TOOL_CACHE',
      'BOARDLINE_DEBUG',
    ];
    for (const capability of capabilities) {
      for (const output of Object.keys(capability.spec.outputs)) {
        const name = outputEnvVariable(output);
        assert.ok(!read.includes(name) && !name.startsWith('BOARDLINE_INPUT_'), `${capability.spec.name} output ${output} becomes ${name}`);
      }
    }
  });
});

describe('boundedDotenvReport', () => {
  it('leaves out, and names, what GitLab would refuse: a value over 1 KiB, or past 4 KiB in all', () => {
    const long = 'x'.repeat(2000);
    const { text, omitted } = boundedDotenvReport({ port: '/dev/ttyACM0', artifacts: long, verified: true });
    assert.equal(text, 'BOARDLINE_PORT=/dev/ttyACM0\nBOARDLINE_VERIFIED=true\n');
    assert.deepEqual(omitted, ['artifacts']);
    const many = Object.fromEntries(Array.from({ length: 8 }, (_, index) => [`out-${index}`, 'y'.repeat(900)]));
    const bounded = boundedDotenvReport(many);
    assert.ok(Buffer.byteLength(bounded.text) <= 4 * 1024);
    assert.deepEqual(bounded.omitted, ['out-4', 'out-5', 'out-6', 'out-7']);
  });
});
