import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { evaluatePinAssertions, type PinAssertionResult } from '../../src/virtual/pins/evaluate-pin-assertions.js';
import { parsePinAssertions, pinsOf, windowOf, type PinAssertion } from '../../src/virtual/pins/pin-assertions.js';
import { dutyCycle, formatMicroseconds, periodStats, windowTrace } from '../../src/virtual/pins/pin-measure.js';
import type { Level, PinEdge, PinTrace } from '../../src/virtual/pins/pin-trace.js';
import { expectFailure } from '../harness/expect-error.js';

const second = 1_000_000;
// A window that does not open at power-on, so that relative times are really relative.
const boot = 3 * second;

/** A square wave that rises first at `phaseUs` after the window opens. */
function squareWave(pin: string, periodUs: number, dutyPercent: number, durationUs: number, phaseUs = 100_000): PinTrace {
  const edges: PinEdge[] = [];
  for (let rise = boot + phaseUs; rise < boot + durationUs; rise += periodUs) {
    edges.push({ atUs: rise, level: 1 });
    const fall = rise + (periodUs * dutyPercent) / 100;
    if (fall < boot + durationUs) edges.push({ atUs: fall, level: 0 });
  }
  return { pin, startUs: boot, endUs: boot + durationUs, initial: 0, edges };
}

function trace(pin: string, initial: Level, changes: [number, Level][], durationUs: number): PinTrace {
  return { pin, startUs: boot, endUs: boot + durationUs, initial, edges: changes.map(([atUs, level]) => ({ atUs: boot + atUs, level })) };
}

function evaluateOne(line: string, pinTrace: PinTrace): PinAssertionResult {
  const [result] = evaluatePinAssertions(parsePinAssertions([line]), new Map([[pinTrace.pin, pinTrace]]));
  assert.ok(result !== undefined);
  return result;
}

function parseOne(line: string): PinAssertion {
  const [assertion] = parsePinAssertions([line]);
  assert.ok(assertion !== undefined);
  return assertion;
}

describe('parsePinAssertions', () => {
  it('reads every form, keeping the pin as written and durations in microseconds', () => {
    const percent5 = { kind: 'relative', percent: 5 } as const;
    const cases: [string, Record<string, unknown>][] = [
      ['pin 13 toggles', { kind: 'toggles', pin: '13', rate: undefined, forUs: undefined }],
      [
        'pin 13 toggles with a period of 1 s ± 5 % for 5 s',
        { kind: 'toggles', rate: { quantity: 'period', periodUs: second, tolerance: percent5 }, forUs: 5 * second },
      ],
      [
        'pin D13 toggles with period 1s ±5%',
        { kind: 'toggles', pin: 'D13', rate: { quantity: 'period', periodUs: second, tolerance: percent5 }, forUs: undefined },
      ],
      [
        'PIN 13 TOGGLES WITH A PERIOD OF 500MS +- 20 ms',
        { rate: { quantity: 'period', periodUs: 500_000, tolerance: { kind: 'absolute', amount: 20_000 } } },
      ],
      [
        'pin 13 toggles with a period of 1.5 s +/- 5% for 2 min.',
        { rate: { quantity: 'period', periodUs: 1_500_000, tolerance: percent5 }, forUs: 120 * second },
      ],
      ['pin 13 toggles at 2 Hz ± 5 %', { kind: 'toggles', rate: { quantity: 'frequency', hertz: 2, tolerance: percent5 } }],
      [
        'pin 13 toggles at 490hz ± 10 Hz for 250us',
        { rate: { quantity: 'frequency', hertz: 490, tolerance: { kind: 'absolute', amount: 10 } }, forUs: 250 },
      ],
      ['pin 7 goes high within 2 s', { kind: 'goes', pin: '7', level: 1, withinUs: 2 * second }],
      ['pin 7 goes LOW within 250 ms', { kind: 'goes', level: 0, withinUs: 250_000 }],
      ['duty cycle of pin 9 is 25 % ± 2 %', { kind: 'duty-cycle', pin: '9', percent: 25, tolerancePoints: 2, forUs: undefined }],
      ['pin 9 duty cycle 25% ±2%', { kind: 'duty-cycle', pin: '9', percent: 25, tolerancePoints: 2 }],
      ['pin A0 duty cycle is 50 % ± 0.5 % for 1 s', { kind: 'duty-cycle', pin: 'A0', percent: 50, tolerancePoints: 0.5, forUs: second }],
      ['pin 4 stays low', { kind: 'stays', pin: '4', level: 0, forUs: undefined }],
      ['pin 4   stays high  for 3 s', { kind: 'stays', level: 1, forUs: 3 * second }],
    ];
    for (const [line, expected] of cases) {
      const assertion = parseOne(line);
      assert.deepEqual({ ...assertion, ...expected }, assertion, line);
      assert.equal(assertion.source, line.trim());
      assert.equal(assertion.line, 1);
    }
  });

  it('numbers lines as given, skipping blank lines and # comments', () => {
    const assertions = parsePinAssertions([
      '# blink',
      '',
      'pin 13 toggles',
      '  pin 4 stays low for 3 s  ',
      'pin 7 goes high within 8 s',
      'pin 13 stays high',
    ]);
    assert.deepEqual(
      assertions.map((assertion) => [assertion.line, assertion.kind, assertion.source]),
      [
        [3, 'toggles', 'pin 13 toggles'],
        [4, 'stays', 'pin 4 stays low for 3 s'],
        [5, 'goes', 'pin 7 goes high within 8 s'],
        [6, 'stays', 'pin 13 stays high'],
      ],
    );
    assert.deepEqual(pinsOf(assertions), ['13', '4', '7']);
    assert.equal(windowOf(assertions), 8 * second);
    assert.equal(windowOf(parsePinAssertions(['pin 13 toggles'])), undefined);
  });

  it('refuses an unreadable line with its number, its text and the forms it accepts', async () => {
    const error = await expectFailure(
      'usage',
      () => parsePinAssertions(['pin 13 toggles', 'pin 13 blinks fast']),
      /line 2 \("pin 13 blinks fast"\)/,
    );
    assert.match(error.hint ?? '', /pin 13 toggles with a period of 1 s ± 5 %/);
    assert.match(error.hint ?? '', /duty cycle of pin 9 is 25 % ± 2 %/);
    assert.match(error.hint ?? '', /pin 7 goes high within 2 s/);
  });

  it('refuses impossible figures as usage errors', async () => {
    const bad: [string, RegExp][] = [
      ['pin 13 toggles with a period of 1 s ± -5 %', /tolerance ± -5 is negative/],
      ['pin 13 toggles with a period of 0 s ± 5 %', /the period must be more than zero/],
      ['duty cycle of pin 9 is 120 % ± 2 %', /duty cycle of 120 % is outside 0 % – 100 %/],
      ['pin 9 duty cycle 25 % ± 2 ms', /not in %/],
      ['pin 13 toggles with a period of 1 s', /no tolerance is given/],
      ['pin 13 toggles at 2 Hz ± 2 Hz', /reaches 0 Hz/],
      ['pin 13 toggles with a period of 1 parsec ± 5 %', /not a duration/],
      ['pin 13 toggles for 0 s', /the "for" duration must be more than zero/],
      ['pin 7 goes high within 2', /cannot be read/],
      ['pin 13 toggles every 1 s ± 5 %', /ambiguous/],
    ];
    for (const [line, message] of bad) {
      const error = await expectFailure('usage', () => parsePinAssertions(['', line]), message);
      assert.match(error.message, /^Pin assertion on line 2 /, line);
      assert.match(error.hint ?? '', /^Fix: /, line);
    }
  });
});

describe('pin measurements', () => {
  it('measures periods rising to rising and the duty cycle over whole periods only', () => {
    const wave = squareWave('9', 4000, 25, 20_000, 500);
    const stats = periodStats(wave);
    assert.ok(stats !== undefined);
    assert.equal(stats.count, 4);
    assert.equal(stats.meanUs, 4000);
    // The last rise at 16.5 ms is followed by a fall; that partial period does not count.
    assert.equal(dutyCycle(wave)?.percent, 25);
    assert.equal(windowTrace(wave, 10_000).edges.length, 6);
  });

  it('ignores recorded writes that do not change the level', () => {
    const repeated = trace(
      '13',
      0,
      [
        [10, 0],
        [20, 1],
        [30, 1],
        [40, 0],
      ],
      100,
    );
    assert.deepEqual(
      windowTrace(repeated).edges.map((edge) => edge.atUs - boot),
      [20, 40],
    );
  });

  it('formats durations readably', () => {
    assert.deepEqual([250, 1500, 498_300, 950_000, 999_960, 1_050_000, 1_234_000, 0].map(formatMicroseconds), [
      '250 µs',
      '1.5 ms',
      '498.3 ms',
      '950 ms',
      '1 s',
      '1.05 s',
      '1.234 s',
      '0 s',
    ]);
  });
});

describe('evaluatePinAssertions', () => {
  const period = 'pin 13 toggles with a period of 1 s ± 5 % for 5 s';

  it('passes a 1 Hz square wave on a 1 s ± 5 % period and reports the period', () => {
    const result = evaluateOne(period, squareWave('13', second, 50, 6 * second));
    assert.equal(result.passed, true, result.message);
    assert.equal(result.message, 'pin 13: period 1 s (min 1 s, max 1 s over 4 periods), expected 1 s ± 5 % (950 ms – 1.05 s)');
    assert.equal(result.measured['period_us'], second);
    assert.equal(result.measured['frequency_hz'], 1);
    assert.equal(result.measured['periods'], 4);
    assert.equal(result.measured['duty_percent'], 50);
  });

  it('fails a 2 Hz square wave, saying it measured 500 ms', () => {
    const result = evaluateOne(period, squareWave('13', 500_000, 50, 5 * second));
    assert.equal(result.passed, false);
    assert.match(
      result.message,
      /^pin 13: period 500 ms \(min 500 ms, max 500 ms over 9 periods\), expected 1 s ± 5 % \(950 ms – 1.05 s\); the worst period, 500 ms, ended at 600 ms$/,
    );
    assert.equal(result.measured['period_us'], 500_000);
  });

  it('fails on one period out of tolerance among good ones and reports the worst', () => {
    const wave = squareWave('13', second, 50, 5 * second);
    // The third rise comes 200 ms late: one period of 1.2 s, then one of 800 ms.
    const edges = wave.edges.map((edge) => (edge.atUs === boot + 2_100_000 ? { ...edge, atUs: boot + 2_300_000 } : edge));
    const result = evaluateOne(period, { ...wave, edges });
    assert.equal(result.passed, false);
    assert.match(result.message, /min 800 ms, max 1.2 s over 4 periods/);
    assert.match(result.message, /the worst period, 1.2 s, ended at 2.3 s/);
  });

  it('judges the frequency form by the same periods', () => {
    assert.equal(evaluateOne('pin 13 toggles at 2 Hz ± 5 %', squareWave('13', 500_000, 50, 5 * second)).passed, true);
    const slow = evaluateOne('pin 13 toggles at 2 Hz ± 5 %', squareWave('13', second, 50, 5 * second));
    assert.equal(slow.passed, false);
    assert.match(
      slow.message,
      /^pin 13: frequency 1 Hz \(period 1 s; min 1 s, max 1 s over 4 periods\), expected 2 Hz ± 5 % \(1.9 Hz – 2.1 Hz\)/,
    );
  });

  it('fails with its own message when fewer than two full periods were seen', () => {
    const result = evaluateOne(period, squareWave('13', 3 * second, 50, 5 * second));
    assert.equal(result.passed, false);
    assert.equal(
      result.message,
      'pin 13: only 1 full period (rising edge to rising edge) in 5 s (4 edges); at least 2 are needed to measure it, expected 1 s ± 5 % (950 ms – 1.05 s)',
    );
  });

  it('says so when the pin never toggled', () => {
    const flat = trace('13', 0, [], 5 * second);
    assert.equal(evaluateOne(period, flat).message, 'pin 13 never toggled: low for the whole 5 s, expected 1 s ± 5 % (950 ms – 1.05 s)');
    const bare = evaluateOne('pin 13 toggles for 5 s', flat);
    assert.equal(bare.passed, false);
    assert.equal(bare.message, 'pin 13 never toggled: low for the whole 5 s');
    const once = evaluateOne('pin 13 toggles', trace('13', 0, [[1_500_000, 1]], 5 * second));
    assert.equal(once.passed, true);
    assert.equal(once.message, 'pin 13 toggled: 1 edge in 5 s, the first at 1.5 s');
  });

  it('fails a pin that stopped toggling although its periods were good', () => {
    const wave = squareWave('13', second, 50, 3 * second);
    const result = evaluateOne(period, { ...wave, endUs: boot + 5 * second });
    assert.equal(result.passed, false);
    assert.match(result.message, /it stopped: no rising edge in the last 2.9 s of the window \(since 2.1 s\)/);
  });

  it('looks only at the first "for" of a longer trace', () => {
    const good = squareWave('13', second, 50, 5 * second);
    const fast = squareWave('13', 500_000, 50, 5 * second).edges.map((edge) => ({ ...edge, atUs: edge.atUs + 5 * second }));
    const long: PinTrace = { ...good, endUs: boot + 10 * second, edges: [...good.edges, ...fast] };
    assert.equal(evaluateOne(period, long).passed, true);
    assert.equal(evaluateOne('pin 13 toggles with a period of 1 s ± 5 % for 10 s', long).passed, false);
  });

  it('passes a 25 % duty cycle and fails a 40 % one', () => {
    const pwm = (duty: number): PinTrace => squareWave('9', 2040, duty, second, 10);
    const passed = evaluateOne('duty cycle of pin 9 is 25 % ± 2 %', pwm(25));
    assert.equal(passed.passed, true, passed.message);
    assert.match(
      passed.message,
      /^pin 9: duty cycle 25 % over 490 whole periods \(high 510 µs of 2.04 ms on average\), expected 25 % ± 2 % \(23 % – 27 %\)$/,
    );
    const failed = evaluateOne('pin 9 duty cycle 25% ±2%', pwm(40));
    assert.equal(failed.passed, false);
    assert.match(failed.message, /duty cycle 40 %/);
    assert.equal(failed.measured['duty_percent'], 40);
    const flat = evaluateOne('pin 9 duty cycle 25% ±2%', trace('9', 1, [], second));
    assert.equal(flat.message, 'pin 9 never toggled: high for the whole 1 s, so it has no duty cycle; expected 25 % ± 2 % (23 % – 27 %)');
  });

  it('passes "goes high within 2 s" at 1.2 s and fails it at 2.5 s or never', () => {
    const line = 'pin 7 goes high within 2 s';
    const early = evaluateOne(line, trace('7', 0, [[1_200_000, 1]], 3 * second));
    assert.equal(early.passed, true);
    assert.equal(early.message, 'pin 7 went high at 1.2 s (1 edge)');
    assert.equal(early.measured['first_high_us'], 1_200_000);
    const late = evaluateOne(line, trace('7', 0, [[2_500_000, 1]], 3 * second));
    assert.equal(late.passed, false);
    assert.equal(late.message, 'pin 7 stayed low for the whole 2 s (0 edges), expected it to go high within 2 s');
    assert.equal(evaluateOne(line, trace('7', 0, [], 3 * second)).passed, false);
    const already = evaluateOne('pin 7 goes low within 2 s', trace('7', 0, [], 3 * second));
    assert.equal(already.passed, true);
    assert.equal(already.message, 'pin 7 was low from the start of the window (0 edges)');
  });

  it('fails "stays low" on one edge, naming when', () => {
    const line = 'pin 4 stays low for 3 s';
    const blip = evaluateOne(line, trace('4', 0, [[1_234_000, 1]], 3 * second));
    assert.equal(blip.passed, false);
    assert.equal(blip.message, 'pin 4 went high at 1.234 s (1 edge in 3 s), expected it to stay low');
    assert.equal(blip.measured['first_edge_us'], 1_234_000);
    const quiet = evaluateOne(line, trace('4', 0, [[3_500_000, 1]], 4 * second));
    assert.equal(quiet.passed, true);
    assert.equal(quiet.message, 'pin 4 stayed low for the whole 3 s (0 edges)');
    assert.equal(evaluateOne(line, trace('4', 1, [], 3 * second)).message, 'pin 4 was high for the whole 3 s, expected it to stay low');
  });

  it('says when the trace is shorter than the window asked, and when a pin has no trace', () => {
    const result = evaluateOne('pin 4 stays low for 3 s', trace('4', 0, [], 2 * second));
    assert.equal(result.message, 'pin 4 stayed low for the whole 2 s (0 edges) (the trace covers only 2 s of the 3 s asked)');
    const [missing] = evaluatePinAssertions(parsePinAssertions(['pin 5 stays low']), new Map());
    assert.ok(missing !== undefined);
    assert.equal(missing.passed, false);
    assert.equal(missing.message, 'pin 5: no trace was recorded');
  });
});
