import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defineCapability } from '../../src/spec/capability.js';
import { formatDuration, parseDuration } from '../../src/spec/duration.js';
import { parseInputs } from '../../src/spec/parse-inputs.js';
import { expectFailure } from '../harness/expect-error.js';

const spec = defineCapability({
  name: 'example',
  title: 'Example',
  description: 'An example capability.',
  inputs: {
    port: { kind: 'string', default: 'auto', description: 'Port.' },
    firmware: { kind: 'path', required: true, description: 'Firmware file.' },
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Baud.' },
    verify: { kind: 'boolean', default: 'true', description: 'Verify.' },
    timeout: { kind: 'duration', default: '30s', description: 'Timeout.' },
    expect: { kind: 'list', split: 'lines', description: 'Patterns.' },
    fqbn: { kind: 'list', split: 'lines-and-commas', description: 'Boards.' },
    reset: { kind: 'choice', choices: ['auto', 'dtr', 'none'], default: 'auto', description: 'Reset.' },
    banner: { kind: 'string', description: 'Banner.' },
  },
  outputs: {},
});

const usageError = (raw: Record<string, string>) => expectFailure('usage', () => parseInputs(spec, raw));

describe('parseInputs', () => {
  it('applies defaults for unset and empty inputs, the way the runner passes them', () => {
    const options = parseInputs(spec, { firmware: 'blink.hex', port: '' });
    assert.deepEqual(options, {
      port: 'auto',
      firmware: 'blink.hex',
      baud: 115200,
      verify: true,
      timeout: 30_000,
      expect: [],
      fqbn: [],
      reset: 'auto',
      banner: undefined,
    });
  });

  it('parses every kind', () => {
    const options = parseInputs(spec, {
      firmware: 'a.hex',
      baud: '57600',
      verify: 'False',
      timeout: '1m30s',
      expect: '/BOOT (?<sha>[0-9a-f]{7})/\n  ready, set \n\n',
      fqbn: 'arduino:avr:uno, esp8266:esp8266:d1\narduino:avr:nano',
      reset: 'dtr',
      banner: 'v1.2.3',
    });
    assert.equal(options.baud, 57600);
    assert.equal(options.verify, false);
    assert.equal(options.timeout, 90_000);
    assert.deepEqual(options.expect, ['/BOOT (?<sha>[0-9a-f]{7})/', 'ready, set']);
    assert.deepEqual(options.fqbn, ['arduino:avr:uno', 'esp8266:esp8266:d1', 'arduino:avr:nano']);
    assert.equal(options.reset, 'dtr');
    assert.equal(options.banner, 'v1.2.3');
  });

  it('names the input and the fix in every error', async () => {
    assert.match((await usageError({})).message, /Input "firmware" is required/);
    const baud = await usageError({ firmware: 'a.hex', baud: 'fast' });
    assert.match(baud.message, /Input "baud" must be a whole number, got "fast"/);
    assert.match(baud.hint ?? '', /^Fix: set baud/);
    assert.match((await usageError({ firmware: 'a.hex', baud: '100' })).message, /"baud" must be at least 300/);
    assert.match((await usageError({ firmware: 'a.hex', verify: 'yes' })).message, /"verify" must be true or false, got "yes"/);
    assert.match((await usageError({ firmware: 'a.hex', timeout: '10 parsecs' })).message, /"timeout" must be a duration/);
    assert.match((await usageError({ firmware: 'a.hex', reset: 'rts' })).message, /"reset" must be one of auto, dtr, none; got "rts"/);
    const unknown = await usageError({ firmware: 'a.hex', prot: '/dev/ttyUSB0' });
    assert.match(unknown.message, /example has no input "prot"/);
    assert.match(unknown.hint ?? '', /port/);
  });

  it("names the input in the fix as the face's user gives it: the input in a workflow, the flag on a command line", async () => {
    const missing = await usageError({});
    assert.equal(missing.message, 'Input "firmware" is required by example');
    assert.equal(missing.hint, 'Fix: set firmware: Firmware file.');
    const flag = (name: string): string => `--${name}`;
    const cli = await expectFailure('usage', () => parseInputs(spec, {}, flag));
    assert.equal(cli.message, 'Input "firmware" is required by example');
    assert.equal(cli.hint, 'Fix: set --firmware: Firmware file.');
    const wrongType = await expectFailure('usage', () => parseInputs(spec, { firmware: 'a.hex', baud: 'fast' }, flag));
    assert.equal(wrongType.hint, 'Fix: set --baud to a number such as 115200');
  });
});

describe('durations', () => {
  it('reads seconds, units and compound forms', () => {
    assert.equal(parseDuration('30'), 30_000);
    assert.equal(parseDuration('2.5'), 2_500);
    assert.equal(parseDuration('500ms'), 500);
    assert.equal(parseDuration('45s'), 45_000);
    assert.equal(parseDuration('10m'), 600_000);
    assert.equal(parseDuration('1h'), 3_600_000);
    assert.equal(parseDuration(' 1m30s '), 90_000);
  });

  it('refuses anything else', () => {
    for (const text of ['', 's', '1d', '1 m', '-5s', '5s junk', '1m-3s']) assert.equal(parseDuration(text), undefined, text);
  });

  it('formats milliseconds readably', () => {
    assert.equal(formatDuration(250), '250ms');
    assert.equal(formatDuration(1500), '1.5s');
    assert.equal(formatDuration(90_000), '1m30s');
    assert.equal(formatDuration(600_000), '10m');
  });
});
