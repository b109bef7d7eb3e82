import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { parseWokwiDiagram } from '../../src/scenario/wokwi/wokwi-diagram.js';
import { parseWokwiScenario } from '../../src/scenario/wokwi/wokwi-scenario.js';
import { wokwiDelayMs } from '../../src/scenario/wokwi/wokwi-time.js';
import { parseWokwiToml } from '../../src/scenario/wokwi/wokwi-toml.js';
import type { Scenario } from '../../src/scenario/steps.js';
import { compilePattern } from '../../src/serial/patterns.js';
import { YamlFile } from '../../src/spec/yaml-file.js';
import { usageError } from '../harness/expect-error.js';

const project = new URL('../fixtures/wokwi/button-led/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, project), 'utf8');
const board = parseWokwiDiagram(new YamlFile(read('diagram.json'), 'diagram.json'));

function scenario(text: string, withBoard = true): Scenario {
  return parseWokwiScenario(new YamlFile(text, 'scenario.yaml'), withBoard ? board : undefined);
}

/** A scenario of the given steps (YAML lines, indented under steps:): the first step is on line 4. */
function steps(...lines: string[]): string {
  return ['name: test', 'version: 1', 'steps:', ...lines.map((line) => `  ${line}`)].join('\n');
}

describe('a Wokwi scenario: the fixture project', () => {
  const parsed = scenario(read('scenario.yaml'));

  it('keeps its name and source, and reads every step with its line', () => {
    assert.equal(parsed.name, 'Button, LED and potentiometer');
    assert.equal(parsed.source, 'scenario.yaml');
    assert.deepEqual(
      parsed.steps.map((step) => [step.line, step.where, step.kind, step.name]),
      [
        [7, 'scenario.yaml line 7', 'expect', 'wait-serial "scenario-shell ready"'],
        [8, 'scenario.yaml line 8', 'drive', 'Press the button'],
        [13, 'scenario.yaml line 13', 'delay', 'delay 100ms'],
        [14, 'scenario.yaml line 14', 'expect', 'wait-serial "button pressed"'],
        [15, 'scenario.yaml line 15', 'wait-pin', 'expect-pin led1:A == 1'],
        [19, 'scenario.yaml line 19', 'drive', 'Release the button'],
        [24, 'scenario.yaml line 24', 'delay', 'delay 100ms'],
        [25, 'scenario.yaml line 25', 'wait-pin', 'expect-pin led1:A == 0'],
        [29, 'scenario.yaml line 29', 'drive', 'Turn the potentiometer to half way'],
        [34, 'scenario.yaml line 34', 'send', 'write-serial "adc\\n"'],
        [35, 'scenario.yaml line 35', 'expect', 'wait-serial "a0=5"'],
      ],
    );
  });

  it('turns set-control into virtual-board set assignments and expect-pin into a level read now', () => {
    const [ready, press, wait, , led] = parsed.steps;
    assert.deepEqual(ready, {
      kind: 'expect',
      where: 'scenario.yaml line 7',
      line: 7,
      name: 'wait-serial "scenario-shell ready"',
      pattern: 'scenario-shell ready',
      wholeLines: false,
    });
    assert.deepEqual(press?.kind === 'drive' && [press.verb, press.assignments], ['set-control', ['pin.2=pressed']]);
    assert.deepEqual(wait?.kind === 'delay' && wait.ms, 100);
    assert.deepEqual(led?.kind === 'wait-pin' && [led.pin, led.level, led.withinUs], ['13', 1, 0]);
    const pot = parsed.steps[8];
    assert.deepEqual(pot?.kind === 'drive' && pot.assignments, ['pin.A0=2.5V']);
    const send = parsed.steps[9];
    assert.deepEqual(send?.kind === 'send' && send.data, { text: 'adc\n' });
  });
});

describe('a Wokwi scenario: steps', () => {
  it('writes a list of byte values as bytes', () => {
    const [send] = scenario(steps('- write-serial: [87, 111, 10]')).steps;
    assert.deepEqual(send?.kind === 'send' && send.data, { bytes: [87, 111, 10] });
    assert.throws(() => scenario(steps('- write-serial: [87, 300]')), usageError(/^scenario\.yaml line 4: 300 is not a byte/));
  });

  it("reads delays in Wokwi's units, which it requires", () => {
    assert.equal(wokwiDelayMs('500ms'), 500);
    assert.equal(wokwiDelayMs('2s'), 2000);
    assert.equal(wokwiDelayMs('1.5 s'), 1500);
    assert.equal(wokwiDelayMs('250us'), 0.25);
    assert.equal(wokwiDelayMs('0'), 0);
    assert.equal(wokwiDelayMs('2m'), undefined);
    assert.equal(wokwiDelayMs('500'), undefined);
    assert.throws(
      () => scenario(steps('- wait-serial: x', '- delay: 500')),
      usageError(/^scenario\.yaml line 5: delay 500 is not a time with its unit/, /500ms/),
    );
  });

  it("takes set-control's and expect-pin's newer name field as well as control and pin", () => {
    const parsed = scenario(
      steps(
        '- set-control:',
        '    part-id: btn1',
        '    name: pressed',
        '    value: 1',
        '- expect-pin:',
        '    part-id: led1',
        '    name: A',
        '    value: 1',
      ),
    );
    assert.deepEqual(
      parsed.steps.map((step) => step.name),
      ['set-control btn1.pressed=1', 'expect-pin led1:A == 1'],
    );
    assert.throws(
      () => scenario(steps('- set-control:', '    part-id: btn1', '    control: pressed', '    name: pressed', '    value: 1')),
      usageError(/^scenario\.yaml line 7: set-control gives both control and name/),
    );
  });

  it('keeps wait-serial text literal, even when it reads as a /regex/ or holds ${…}', () => {
    const pattern = (text: string) => {
      const [step] = scenario(steps(`- wait-serial: ${JSON.stringify(text)}`)).steps;
      assert.ok(step?.kind === 'expect');
      return step.pattern;
    };
    const slashes = pattern('/dev/ttyS0/');
    assert.ok(compilePattern(slashes, 'x').regex.test('opened /dev/ttyS0/ ok'));
    assert.ok(!compilePattern(slashes, 'x').regex.test('dev/ttyS0'));
    assert.ok(compilePattern(pattern('cost ${x} (1+1)'), 'x').regex.test('cost ${x} (1+1)'));
    assert.equal(pattern('ready\r\n'), 'ready');
    assert.throws(() => scenario(steps('- wait-serial: "one\\ntwo"')), usageError(/line 4: wait-serial text spans lines/));
  });

  it("reads expect-pin's value as a level, 0 or 1", () => {
    assert.throws(
      () => scenario(steps('- expect-pin:', '    part-id: led1', '    pin: A', '    value: 2')),
      usageError(/^scenario\.yaml line 7: expect-pin value 2 is not a level/),
    );
  });

  it("passes the diagram's errors on with the step's line", () => {
    assert.throws(
      () => scenario(steps('- wait-serial: x', '- set-control:', '    part-id: btn9', '    control: pressed', '    value: 1')),
      usageError(/^scenario\.yaml line 5: part "btn9" is not in diagram\.json/),
    );
    assert.throws(
      () => scenario(steps('- expect-pin:', '    part-id: led1', '    pin: C', '    value: 0')),
      usageError(/^scenario\.yaml line 4: led1:C is wired to GND/),
    );
  });
});

describe('a Wokwi scenario: what it refuses', () => {
  it('names an unknown step key, and an unknown field of a step, with its line', () => {
    assert.throws(
      () => scenario(steps('- wait-serial: x', '- wait-serail: y')),
      usageError(/^scenario\.yaml line 5: unknown key "wait-serail" in a step/, /wait-serial/),
    );
    assert.throws(
      () => scenario(steps('- expect-pin:', '    part-id: led1', '    pin: A', '    expected: 1')),
      usageError(/^scenario\.yaml line 7: unknown key "expected" in expect-pin/, /value/),
    );
    assert.throws(
      () => scenario('name: x\nversion: 1\nstep: []\n'),
      usageError(/^scenario\.yaml line 3: unknown key "step" in the scenario/),
    );
  });

  it('says a step that reaches a part needs the diagram', () => {
    assert.throws(
      () => scenario(steps('- wait-serial: x', '- set-control:', '    part-id: btn1', '    control: pressed', '    value: 1'), false),
      usageError(/^scenario\.yaml line 5: set-control names a part of the diagram, and no diagram was given/, /pass diagram/),
    );
    assert.throws(
      () => scenario(steps('- expect-pin:', '    part-id: led1', '    pin: A', '    value: 1'), false),
      usageError(/line 4: expect-pin names a part/),
    );
    assert.equal(scenario(steps('- wait-serial: x', '- delay: 1s', '- write-serial: hi'), false).steps.length, 3);
  });

  it('names the Wokwi steps Boardline does not run', () => {
    for (const step of ['take-screenshot', 'touch', 'expect-chip-output']) {
      assert.throws(
        () => scenario(steps('- wait-serial: x', `- ${step}: {}`)),
        usageError(new RegExp(`^scenario\\.yaml line 5: Wokwi's ${step} step is not one Boardline runs`)),
      );
    }
  });

  it('wants one action a step, a name and version 1', () => {
    assert.throws(
      () => scenario(steps('- wait-serial: x', '  delay: 1s')),
      usageError(/line 5: one step holds both wait-serial and delay/),
    );
    assert.throws(() => scenario(steps('- name: nothing')), usageError(/line 4: the step does nothing/));
    assert.throws(() => scenario('name: x\nversion: 2\nsteps: []\n'), usageError(/^scenario\.yaml line 2: scenario version 2/));
    assert.throws(() => scenario('version: 1\nsteps: []\n'), usageError(/the scenario has no name/));
  });
});

describe('wokwi.toml', () => {
  it("gives the firmware path against the toml's directory, and the ELF beside it", () => {
    const toml = parseWokwiToml(read('wokwi.toml'), 'wokwi.toml', '/projects/button-led');
    assert.equal(toml.firmwarePath, join('/projects/button-led', 'build/scenario-shell.hex'));
    assert.equal(toml.elf, join('/projects/button-led', 'build/scenario-shell.elf'));
  });

  it('falls back to the ELF, reads both string kinds and skips other tables', () => {
    const text = [
      '# a project',
      '[wokwi]',
      'version = 1',
      "elf = 'build\\fw.elf' # literal: no escapes",
      '',
      '[[chip]]',
      'name = "x"',
      'binary = "chip.wasm"',
    ].join('\n');
    const toml = parseWokwiToml(text, 'wokwi.toml', '/p');
    assert.equal(toml.firmwarePath, join('/p', 'build\\fw.elf'));
    assert.equal(toml.firmware, undefined);
    assert.equal(
      parseWokwiToml('[wokwi]\nversion = 1\nfirmware = "a\\\\b.hex"\n', 'wokwi.toml', '/p').firmwarePath,
      join('/p', 'a\\b.hex'),
    );
  });

  it('names what it cannot take, and the line of a syntax error', () => {
    assert.throws(
      () => parseWokwiToml('[wokwi]\nversion = 2\nfirmware = "x.hex"\n', 'wokwi.toml', '/p'),
      usageError(/^wokwi\.toml: version 2 is not one Boardline knows/),
    );
    assert.throws(
      () => parseWokwiToml('[wokwi]\nversion = 1\n', 'wokwi.toml', '/p'),
      usageError(/^wokwi\.toml: \[wokwi\] names no firmware/),
    );
    assert.throws(() => parseWokwiToml('[other]\nx = 1\n', 'wokwi.toml', '/p'), usageError(/there is no \[wokwi\] table/));
    assert.throws(
      () => parseWokwiToml('[wokwi]\nversion = 1\nfirmware = [1]\n', 'wokwi.toml', '/p'),
      usageError(/^wokwi\.toml: firmware must be a path/),
    );
    assert.throws(
      () => parseWokwiToml('[wokwi]\nversion = 1\nfirmware = "x.hex\n', 'wokwi.toml', '/p'),
      usageError(/^wokwi\.toml line 3: /),
    );
  });
});

describe("a Wokwi scenario with Boardline's own steps beside Wokwi's", () => {
  it('reads wait-pin and check-pins (a richer expect-pin) and expect, naming the board pins', () => {
    const parsed = scenario(
      steps(
        '- wait-serial: ready',
        '- wait-pin: { pin: 13, level: high, within: 2s }',
        '- check-pins: pin 13 stays low for 100 ms',
        '- expect: /a0=(?<adc>\\d+)/',
      ),
    );
    assert.deepEqual(
      parsed.steps.map((step) => [step.line, step.kind]),
      [
        [4, 'expect'],
        [5, 'wait-pin'],
        [6, 'check-pins'],
        [7, 'expect'],
      ],
    );
    const wait = parsed.steps[1];
    assert.ok(wait?.kind === 'wait-pin');
    assert.equal(wait.withinUs, 2_000_000);
    assert.equal(wait.where, 'scenario.yaml line 5');
  });

  it("names a key that is neither Wokwi's nor Boardline's, and a Boardline step's own mistakes, with their lines", () => {
    assert.throws(() => scenario(steps('- wiggle-pin: 13')), usageError(/^scenario\.yaml line 4: unknown key "wiggle-pin"/));
    assert.throws(() => scenario(steps('- wait-pin: { pin: 99, level: high }')), usageError(/^scenario\.yaml line 4: .*no pin "99"/));
  });
});
