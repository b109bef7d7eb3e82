import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseBoardlineScenario } from '../../src/scenario/parse-scenario.js';
import type { Scenario, ScenarioStep } from '../../src/scenario/steps.js';
import { fillVariables, isRegexPattern } from '../../src/scenario/variables.js';
import { compilePattern } from '../../src/serial/patterns.js';
import { YamlFile } from '../../src/spec/yaml-file.js';
import { expectFailure } from '../harness/expect-error.js';

function parse(text: string): Scenario {
  return parseBoardlineScenario(new YamlFile(text, 'scenario.yml'));
}

/** A scenario of the given steps (YAML lines, indented under steps:): the first step is on line 3. */
function steps(...lines: string[]): string {
  return ['name: test', 'steps:', ...lines.map((line) => `  ${line}`)].join('\n');
}

function onlyStep(...lines: string[]): ScenarioStep {
  const parsed = parse(steps(...lines));
  assert.equal(parsed.steps.length, 1);
  return parsed.steps[0] as ScenarioStep;
}

/** Asserts parsing fails as the user's mistake, with the message (and hint) matching. */
async function refused(text: string, message: RegExp, hint?: RegExp): Promise<void> {
  const error = await expectFailure('usage', () => parse(text), message);
  assert.match(error.hint ?? '', /^Fix: /);
  if (hint !== undefined) assert.match(error.hint ?? '', hint);
}

describe('parseBoardlineScenario: every step kind', () => {
  const parsed = parse(
    steps(
      '- send: "AT\\r\\n"', // 3
      '- expect: /ready v(?<version>\\S+)/', // 4
      '- expect-not: panic', // 5
      '  for: 2s',
      '- set: { bmp280.temperature: 30 }', // 7
      '- press: 2', // 8
      '- release: D2', // 9
      '- pin: { A0: 2.5V, 7: high }', // 10
      '- wait-pin: { pin: 13, level: high, within: 2s }', // 11
      '- check-pins: pin 13 toggles with a period of 1 s ± 5 % for 3 s', // 12
      '  duration: 4s',
      '- screenshot: out.png', // 14
      '  device: oled',
      '- reset', // 16
      '- delay: 500ms', // 17
      '- wait-pin: { pin: PB5, level: 0 }', // 18
      '- check-pins: ["pin 13 toggles", "pin 4 stays low for 3 s"]', // 19
    ),
  );

  it('keeps the name and source of the scenario', () => {
    assert.equal(parsed.name, 'test');
    assert.equal(parsed.source, 'scenario.yml');
    assert.equal(parsed.failOn, undefined);
  });

  it('reads each step with its line, where and a readable name', () => {
    assert.deepEqual(
      parsed.steps.map((step) => [step.line, step.where, step.kind, step.name]),
      [
        [3, 'scenario.yml line 3', 'send', 'send "AT\\r\\n"'],
        [4, 'scenario.yml line 4', 'expect', 'expect /ready v(?<version>\\S+)/'],
        [5, 'scenario.yml line 5', 'expect-not', 'expect-not panic'],
        [7, 'scenario.yml line 7', 'drive', 'set { bmp280.temperature: 30 }'],
        [8, 'scenario.yml line 8', 'drive', 'press 2'],
        [9, 'scenario.yml line 9', 'drive', 'release D2'],
        [10, 'scenario.yml line 10', 'drive', 'pin { A0: 2.5V, 7: high }'],
        [11, 'scenario.yml line 11', 'wait-pin', 'wait-pin { pin: 13, level: high, within: 2s }'],
        [12, 'scenario.yml line 12', 'check-pins', 'check-pins pin 13 toggles with a period of 1 s ± 5 % for 3 s'],
        [14, 'scenario.yml line 14', 'screenshot', 'screenshot out.png'],
        [16, 'scenario.yml line 16', 'reset', 'reset'],
        [17, 'scenario.yml line 17', 'delay', 'delay 500ms'],
        [18, 'scenario.yml line 18', 'wait-pin', 'wait-pin { pin: PB5, level: 0 }'],
        [19, 'scenario.yml line 19', 'check-pins', 'check-pins ["pin 13 toggles", "pin 4 stays low for 3 s"]'],
      ],
    );
    for (const step of parsed.steps) assert.equal(step.timeoutMs, undefined, step.name);
  });

  it('reads what each step does', () => {
    const [send, expect, expectNot, set, press, release, pin, waitPin, checkPins, screenshot, reset, delay, waitLow, checkList] =
      parsed.steps.map(({ where: _where, line: _line, name: _name, ...rest }) => rest);
    assert.deepEqual(send, { kind: 'send', data: { text: 'AT\r\n' } });
    assert.deepEqual(expect, { kind: 'expect', pattern: '/ready v(?<version>\\S+)/' });
    assert.deepEqual(expectNot, { kind: 'expect-not', pattern: 'panic', forMs: 2000 });
    assert.deepEqual(set, { kind: 'drive', verb: 'set', assignments: ['bmp280.temperature=30'] });
    assert.deepEqual(press, { kind: 'drive', verb: 'press', assignments: ['pin.2=pressed'] });
    assert.deepEqual(release, { kind: 'drive', verb: 'release', assignments: ['pin.2=released'] });
    assert.deepEqual(pin, { kind: 'drive', verb: 'pin', assignments: ['pin.A0=2.5V', 'pin.7=high'] });
    assert.deepEqual(waitPin, { kind: 'wait-pin', pin: '13', level: 1, withinUs: 2_000_000 });
    assert.deepEqual(checkPins, {
      kind: 'check-pins',
      assertions: ['pin 13 toggles with a period of 1 s ± 5 % for 3 s'],
      durationUs: 4_000_000,
    });
    assert.deepEqual(screenshot, { kind: 'screenshot', path: 'out.png', device: 'oled' });
    assert.deepEqual(reset, { kind: 'reset' });
    assert.deepEqual(delay, { kind: 'delay', ms: 500 });
    // PB5 is pin 13; level 0 is low; without "within" the pin must be at the level now.
    assert.deepEqual(waitLow, { kind: 'wait-pin', pin: '13', level: 0, withinUs: 0 });
    // Without "duration" the window is the longest "for" of the assertions.
    assert.deepEqual(checkList, {
      kind: 'check-pins',
      assertions: ['pin 13 toggles', 'pin 4 stays low for 3 s'],
      durationUs: 3_000_000,
    });
  });

  it('gives check-pins a 5 s window when neither it nor its assertions say how long', () => {
    const step = onlyStep('- check-pins: pin 13 toggles');
    assert.equal(step.kind, 'check-pins');
    assert.equal(step.durationUs, 5_000_000);
  });

  it('reads reset: true beside check-pins', () => {
    const step = onlyStep('- check-pins: pin 13 toggles', '  reset: true');
    assert.equal(step.kind, 'check-pins');
    assert.equal(step.reset, true);
  });

  it('reads a scenario without a name (named by its file) and its fail-on patterns', () => {
    const scenario = parse('steps:\n  - reset\nfail-on: [panic, /Guru Meditation/i]\n');
    assert.equal(scenario.name, 'scenario.yml');
    assert.deepEqual(scenario.failOn, ['panic', '/Guru Meditation/i']);
  });
});

describe('parseBoardlineScenario: send', () => {
  it('keeps the escapes YAML read in double quotes, and reads none of its own there', () => {
    const send = (yaml: string) => {
      const step = onlyStep(`- send: ${yaml}`);
      assert.equal(step.kind, 'send');
      return step.data;
    };
    assert.deepEqual(send('"AT\\r\\n\\x41"'), { text: 'AT\r\nA' });
    // YAML turned \\ into one backslash: the text keeps "\r" as two characters.
    assert.deepEqual(send('"AT\\\\r\\\\n"'), { text: 'AT\\r\\n' });
  });

  it('reads \\n, \\r, \\t, \\0, \\\\ and \\xHH in plain and single-quoted text', () => {
    const send = (yaml: string) => {
      const step = onlyStep(`- send: ${yaml}`);
      assert.equal(step.kind, 'send');
      return step.data;
    };
    assert.deepEqual(send('AT+RST\\r\\n'), { text: 'AT+RST\r\n' });
    assert.deepEqual(send('a\\tb\\x41\\x7e\\0'), { text: 'a\tbA~\0' });
    assert.deepEqual(send("'set\\x20 led\\n'"), { text: 'set  led\n' });
    assert.deepEqual(send('back\\\\n'), { text: 'back\\n' });
    // Not an escape it knows: left as written.
    assert.deepEqual(send('c:\\q \\xZZ'), { text: 'c:\\q \\xZZ' });
  });

  it('sends a list of bytes, written as 0x41 or 65', () => {
    const step = onlyStep('- send: [0x41, 65, 0xff, 0, 10]');
    assert.equal(step.kind, 'send');
    assert.deepEqual(step.data, { bytes: [0x41, 65, 255, 0, 10] });
    const block = onlyStep('- send:', '    - 0x0d', '    - 0x0a');
    assert.equal(block.kind, 'send');
    assert.deepEqual(block.data, { bytes: [13, 10] });
  });

  it('refuses a value that is not a byte, naming its line', async () => {
    await refused(steps('- reset', '- send: [1, 256]'), /^scenario\.yml line 4: 256 is not a byte$/, /0–255/);
    await refused(steps('- send:', '    - 1', '    - 256'), /^scenario\.yml line 5: 256 is not a byte/);
    await refused(steps('- send: [-1]'), /^scenario\.yml line 3: -1 is not a byte/);
    await refused(steps('- send: [1.5]'), /^scenario\.yml line 3: 1\.5 is not a byte/);
    await refused(steps('- send: [A]'), /^scenario\.yml line 3: a byte must be a number/);
  });
});

describe('parseBoardlineScenario: beside a step', () => {
  it('reads timeout and name beside any step', () => {
    const step = onlyStep('- expect: done', '  timeout: 1m30s', '  name: Finished');
    assert.deepEqual(step, {
      where: 'scenario.yml line 3',
      line: 3,
      name: 'Finished',
      timeoutMs: 90_000,
      kind: 'expect',
      pattern: 'done',
    });
    const first = parse(steps('- name: Boot', '  timeout: 500ms', '  send: go'));
    // The step's line is its key's, wherever it stands in the mapping.
    assert.deepEqual(first.steps[0], {
      where: 'scenario.yml line 5',
      line: 5,
      name: 'Boot',
      timeoutMs: 500,
      kind: 'send',
      data: { text: 'go' },
    });
  });

  it('reads "- reset" as a bare word', () => {
    const scenario = parse(steps('- send: x', '- reset', '- expect: y'));
    assert.deepEqual(scenario.steps[1], { kind: 'reset', where: 'scenario.yml line 4', line: 4, name: 'reset' });
  });

  it('names "- reset:" without a value "reset"', () => {
    assert.equal(onlyStep('- reset:').name, 'reset');
  });
});

describe('parseBoardlineScenario: errors name their line', () => {
  it('refuses an unknown step, a bare word other than reset, and a step with nothing to do', async () => {
    await refused(steps('- reset', '- jump: 1'), /^scenario\.yml line 4: the step says nothing to do/, /send, expect, expect-not/);
    await refused(steps('- reset', '- reset', '- dance'), /^scenario\.yml line 5: "dance" is not a step/);
    await refused(steps('- timeout: 2s'), /^scenario\.yml line 3: the step says nothing to do/);
  });

  it('refuses two step keys in one step', async () => {
    await refused(steps('- reset', '- send: a', '  expect: b'), /^scenario\.yml line 4: one step does send and expect/);
  });

  it('refuses a key that may not stand beside the step', async () => {
    await refused(
      steps('- reset', '- expect: b', '  for: 2s'),
      /^scenario\.yml line 5: unknown key "for" in a expect step/,
      /expect, name, timeout/,
    );
    await refused(steps('- send: x', '  bogus: 1'), /^scenario\.yml line 4: unknown key "bogus" in a send step/);
    await refused('name: t\nbogus: 1\nsteps:\n  - reset\n', /^scenario\.yml line 2: unknown key "bogus" in the scenario/);
  });

  it('refuses an invalid /regex/ in expect, expect-not and fail-on', async () => {
    await refused(steps('- reset', '- expect: /a(/'), /^scenario\.yml line 4: .*invalid regular expression \/a\(\//);
    await refused(steps('- expect-not: /[z-a]/', '  for: 1s'), /^scenario\.yml line 3: .*invalid regular expression/);
    await refused('steps:\n  - reset\nfail-on:\n  - panic\n  - /a(/\n', /^scenario\.yml line 5: .*invalid regular expression/);
    await refused(steps('- expect: ""'), /^scenario\.yml line 3: expect is empty/);
  });

  it('refuses a bad duration in delay, timeout, for and within', async () => {
    await refused(steps('- delay: soon'), /^scenario\.yml line 3: delay "soon" is not a duration/, /500ms/);
    await refused(steps('- expect: x', '  timeout: 2 weeks'), /^scenario\.yml line 4: timeout "2 weeks" is not a duration/);
    await refused(steps('- expect-not: x', '  for: a while'), /^scenario\.yml line 4: for "a while" is not a duration/);
    await refused(steps('- wait-pin: { pin: 13, level: high, within: later }'), /^scenario\.yml line 3: within "later" is not a duration/);
  });

  it('refuses expect-not without "for"', async () => {
    await refused(steps('- reset', '- expect-not: panic'), /^scenario\.yml line 4: expect-not needs "for"/, /for: 3s/);
  });

  it('refuses a pin the board does not have', async () => {
    await refused(steps('- press: 22'), /^scenario\.yml line 3: press: the board has no pin "22"/, /A0–A5/);
    await refused(steps('- reset', '- release: A7'), /^scenario\.yml line 4: release: the board has no pin "A7"/);
    await refused(steps('- pin: { 22: high }'), /^scenario\.yml line 3: pin 22: the board has no pin "22"/);
    await refused(steps('- wait-pin: { pin: 22, level: high }'), /^scenario\.yml line 3: pin: the board has no pin "22"/);
  });

  it('refuses a bad level, or a missing pin or level, in wait-pin', async () => {
    await refused(
      steps('- wait-pin: { pin: 13, level: maybe }'),
      /^scenario\.yml line 3: level "maybe" must be high or low/,
      /high or low/,
    );
    await refused(steps('- wait-pin: { pin: 13 }'), /^scenario\.yml line 3: wait-pin needs a pin and a level/);
    await refused(steps('- wait-pin: { pin: 13, level: high, when: now }'), /^scenario\.yml line 3: unknown key "when" in wait-pin/);
  });

  it('refuses a set key that is not DEVICE.FIELD', async () => {
    await refused(steps('- set: { temperature: 3 }'), /^scenario\.yml line 3: "temperature" is not DEVICE\.FIELD/);
    await refused(steps('- set: 3'), /^scenario\.yml line 3: set must be a mapping/);
  });

  it('refuses a check-pins assertion it cannot read, with the assertion parser’s message', async () => {
    await refused(
      steps('- reset', '- check-pins: pin 13 blinks fast'),
      /^scenario\.yml line 4: Pin assertion on line 1 \("pin 13 blinks fast"\): it cannot be read as a pin assertion/,
      /pin 13 toggles with a period of 1 s ± 5 %/,
    );
    await refused(
      steps('- check-pins:', '    - pin 13 toggles', '    - pin 13 toggles with a period of 1 s'),
      /^scenario\.yml line 4: Pin assertion on line 2 \("pin 13 toggles with a period of 1 s"\): .*no tolerance is given/,
    );
    await refused(steps('- check-pins: []'), /^scenario\.yml line 3: check-pins has no assertion/);
  });

  it('refuses a scenario without steps', async () => {
    await refused('name: nothing\n', /^scenario\.yml line 1: the scenario has no steps/, /steps:/);
    await refused('name: nothing\nsteps: []\n', /^scenario\.yml line 2: the scenario has no steps/);
    await refused('name: nothing\nsteps:\n', /^scenario\.yml line 2: steps must be a list/);
  });

  it('refuses a YAML syntax error, naming its line', async () => {
    await refused(
      'name: t\nsteps:\n  - reset\n  - expect: a: b\n  - reset\n',
      /^scenario\.yml line 4: Nested mappings are not allowed/,
      /YAML syntax/,
    );
    await refused('name: t\nsteps:\n  - send: [0x41\n  - reset\n', /^scenario\.yml line \d+: /, /YAML syntax/);
  });
});

describe('${name} references', () => {
  it('do not break regex validation at parse time, and are kept as written', async () => {
    // Unfilled, the expression is invalid with the u flag ("${" is a lone quantifier bracket).
    assert.throws(() => compilePattern('/v${version}\\.\\d+/u', 'expect'), /invalid regular expression/);
    const [expect, expectNot] = parse(steps('- expect: /v${version}\\.\\d+/u', '- expect-not: /${board} panic/u', '  for: 1s')).steps;
    assert.deepEqual(
      [expect, expectNot].map((step) => (step?.kind === 'expect' || step?.kind === 'expect-not' ? step.pattern : undefined)),
      ['/v${version}\\.\\d+/u', '/${board} panic/u'],
    );
    // An expression that is invalid for another reason is still refused.
    await refused(steps('- expect: /(${version}/'), /^scenario\.yml line 3: .*invalid regular expression/);
  });

  it('are filled as they are in plain text, and escaped inside a /regex/', () => {
    const variables = { version: '1.4.2', odd: 'a/b(c)[d]*+?^$|\\{e}' };
    assert.equal(fillVariables('running v${version}', variables, 'scenario.yml line 7'), 'running v1.4.2');
    assert.equal(fillVariables('/v${version}/', variables, 'scenario.yml line 7', true), '/v1\\.4\\.2/');
    assert.equal(fillVariables('${odd}', variables, 'scenario.yml line 7', true), 'a\\/b\\(c\\)\\[d\\]\\*\\+\\?\\^\\$\\|\\\\\\{e\\}');
    assert.equal(fillVariables('no references', variables, 'scenario.yml line 7', true), 'no references');

    const version = compilePattern(fillVariables('/^v${version}$/', variables, 'scenario.yml line 7', true), 'expect').regex;
    assert.ok(version.test('v1.4.2'));
    assert.ok(!version.test('v1x4y2'));
    const odd = compilePattern(fillVariables('/^${odd}$/', variables, 'scenario.yml line 7', true), 'expect').regex;
    assert.ok(odd.test(variables.odd));
  });

  it('refuses an unknown name with the step line and the names captured so far', async () => {
    const error = await expectFailure(
      'usage',
      () => fillVariables('/v${nope}/', { version: '1', board: 'uno' }, 'scenario.yml line 7', true),
      /^scenario\.yml line 7: \$\{nope\} has not been captured by an earlier step$/,
    );
    assert.match(error.hint ?? '', /^Fix: capture it first with a named group, e\.g\. expect: \/v\(\?<nope>\\S\+\)\//);
    assert.match(error.hint ?? '', /captured so far: version, board$/);

    const none = await expectFailure('usage', () => fillVariables('${nope}', {}, 'scenario.yml line 9'), /^scenario\.yml line 9: /);
    assert.doesNotMatch(none.hint ?? '', /captured so far/);
  });

  it('isRegexPattern tells /regex/flags from literal text', () => {
    assert.ok(isRegexPattern('/v${version}/i'));
    assert.ok(!isRegexPattern('ready v${version}'));
    assert.ok(!isRegexPattern('/usr/bin is ready'));
  });
});
