import { BoardlineError } from '../../errors.js';
import type { Level } from './pin-trace.js';

/**
 * A tolerance as the user gave it: a percent of the expected value ("± 5 %"), or an amount in the
 * expected value's own unit ("± 20 ms" for a period, "± 0.1 Hz" for a frequency). For a duty cycle
 * "± 2 %" is absolute percentage points: 25 % ± 2 % accepts 23 % to 27 %.
 */
export type Tolerance = { kind: 'relative'; percent: number } | { kind: 'absolute'; amount: number };

/** How fast a pin must toggle. A period is a full cycle, rising edge to rising edge. */
export type ToggleRate =
  { quantity: 'period'; periodUs: number; tolerance: Tolerance } | { quantity: 'frequency'; hertz: number; tolerance: Tolerance };

interface AssertionSource {
  /** 1-based line of the input the assertion was written on. */
  line: number;
  source: string;
  /** As the user wrote it ("13", "D13", "A0"): the board resolves it. */
  pin: string;
}

export interface TogglesAssertion extends AssertionSource {
  kind: 'toggles';
  /** Undefined: at least one edge is enough. */
  rate: ToggleRate | undefined;
  forUs: number | undefined;
}

export interface GoesAssertion extends AssertionSource {
  kind: 'goes';
  level: Level;
  withinUs: number;
}

export interface DutyCycleAssertion extends AssertionSource {
  kind: 'duty-cycle';
  percent: number;
  /** Absolute percentage points. */
  tolerancePoints: number;
  forUs: number | undefined;
}

export interface StaysAssertion extends AssertionSource {
  kind: 'stays';
  level: Level;
  forUs: number | undefined;
}

export type PinAssertion = TogglesAssertion | GoesAssertion | DutyCycleAssertion | StaysAssertion;

export const acceptedForms: readonly string[] = [
  'pin 13 toggles',
  'pin 13 toggles with a period of 1 s ± 5 % [for 5 s]',
  'pin 13 toggles at 2 Hz ± 5 % [for 5 s]',
  'pin 7 goes high within 2 s (or: goes low)',
  'duty cycle of pin 9 is 25 % ± 2 % [for 1 s] (or: pin 9 duty cycle 25 % ± 2 %)',
  'pin 4 stays low [for 3 s] (or: stays high)',
];

const microsecondsPerUnit: Readonly<Record<string, number>> = {
  us: 1,
  µs: 1,
  μs: 1,
  microsecond: 1,
  microseconds: 1,
  ms: 1000,
  millisecond: 1000,
  milliseconds: 1000,
  s: 1_000_000,
  sec: 1_000_000,
  secs: 1_000_000,
  second: 1_000_000,
  seconds: 1_000_000,
  min: 60_000_000,
  mins: 60_000_000,
  minute: 60_000_000,
  minutes: 60_000_000,
};

// Signs are captured so that "± -5 %" gets its own message instead of "cannot be read".
const number = String.raw`-?(?:\d+(?:\.\d*)?|\.\d+)`;
const quantity = String.raw`(${number})\s*([a-zµμ%]+)`;
const plusMinus = String.raw`(?:±|\+\s*-|\+\s*/\s*-)`;
const tolerance = String.raw`(?:\s*${plusMinus}\s*${quantity})?`;
const pin = String.raw`pin\s+([a-z0-9_]+)`;

const forms = {
  forSuffix: new RegExp(String.raw`^(.*?)\s+for\s+${quantity}$`, 'iu'),
  toggles: new RegExp(String.raw`^${pin}\s+toggles$`, 'iu'),
  togglesWithPeriod: new RegExp(
    String.raw`^${pin}\s+toggles\s+(?:with\s+)?(?:a\s+)?period\s+(?:of\s+|is\s+)?${quantity}${tolerance}$`,
    'iu',
  ),
  togglesAt: new RegExp(String.raw`^${pin}\s+toggles\s+at\s+${quantity}${tolerance}$`, 'iu'),
  togglesEvery: new RegExp(String.raw`^${pin}\s+toggles\s+every\b`, 'iu'),
  goes: new RegExp(String.raw`^${pin}\s+goes\s+(high|low)\s+within\s+${quantity}$`, 'iu'),
  dutyOfPin: new RegExp(String.raw`^duty\s+cycle\s+of\s+${pin}\s+is\s+${quantity}${tolerance}$`, 'iu'),
  pinDuty: new RegExp(String.raw`^${pin}\s+(?:has\s+a\s+)?duty\s+cycle\s+(?:is\s+|of\s+)?${quantity}${tolerance}$`, 'iu'),
  stays: new RegExp(String.raw`^${pin}\s+stays\s+(high|low)$`, 'iu'),
};

class LineContext {
  constructor(
    readonly line: number,
    readonly source: string,
  ) {}

  fail(problem: string, hint: string): never {
    throw new BoardlineError('usage', `Pin assertion on line ${this.line} ("${this.source}"): ${problem}`, { hint: `Fix: ${hint}` });
  }

  duration(value: string | undefined, unit: string | undefined, what: string): number {
    const factor = microsecondsPerUnit[(unit ?? '').toLowerCase()];
    if (factor === undefined)
      this.fail(`"${value ?? ''}${unit ?? ''}" is not a duration (${what})`, 'give a number and a unit: 250 us, 500 ms, 1.5 s, 2 min');
    const amount = Number(value);
    if (!(amount > 0)) this.fail(`${what} must be more than zero, not ${value ?? ''} ${unit ?? ''}`, `give a positive ${what}`);
    return amount * factor;
  }

  percent(value: string | undefined, unit: string | undefined, what: string): number {
    if (unit !== '%') this.fail(`${what} must be a percentage, not "${value ?? ''}${unit ?? ''}"`, `write it as a percentage, e.g. 25 %`);
    return Number(value);
  }

  tolerance(value: string | undefined, unit: string | undefined, absoluteUnit: 'duration' | 'hz'): Tolerance {
    if (value === undefined)
      this.fail('no tolerance is given', 'add one, e.g. "± 5 %" (emulated timing is exact, but firmware loops are not)');
    const amount = Number(value);
    if (amount < 0) this.fail(`the tolerance ± ${value} is negative`, 'give a tolerance of zero or more, e.g. ± 5 %');
    if (unit === '%') return { kind: 'relative', percent: amount };
    if (absoluteUnit === 'hz') {
      if ((unit ?? '').toLowerCase() !== 'hz')
        this.fail(`the tolerance ± ${value} ${unit ?? ''} is neither a percentage nor in Hz`, 'write it as ± 5 % or ± 0.1 Hz');
      return { kind: 'absolute', amount };
    }
    if (microsecondsPerUnit[(unit ?? '').toLowerCase()] === undefined) {
      this.fail(`the tolerance ± ${value} ${unit ?? ''} is neither a percentage nor a duration`, 'write it as ± 5 % or ± 20 ms');
    }
    return { kind: 'absolute', amount: amount === 0 ? 0 : this.duration(value, unit, 'tolerance') };
  }
}

function levelOf(word: string | undefined): Level {
  return word?.toLowerCase() === 'high' ? 1 : 0;
}

function parseRate(context: LineContext, match: RegExpMatchArray, quantity: 'period' | 'frequency'): ToggleRate {
  const [, , value, unit, toleranceValue, toleranceUnit] = match;
  if (quantity === 'period') {
    const periodUs = context.duration(value, unit, 'the period');
    return { quantity, periodUs, tolerance: context.tolerance(toleranceValue, toleranceUnit, 'duration') };
  }
  if ((unit ?? '').toLowerCase() !== 'hz')
    context.fail(`"${value ?? ''} ${unit ?? ''}" is not a frequency`, 'give it in Hz, e.g. "toggles at 2 Hz ± 5 %"');
  const hertz = Number(value);
  if (!(hertz > 0)) context.fail(`a frequency of ${value ?? ''} Hz cannot be measured`, 'give a frequency above zero');
  const rateTolerance = context.tolerance(toleranceValue, toleranceUnit, 'hz');
  // At or past 100 % the slowest accepted frequency is zero: an infinite period, so any pin would pass.
  const spread = rateTolerance.kind === 'relative' ? (hertz * rateTolerance.percent) / 100 : rateTolerance.amount;
  if (spread >= hertz)
    context.fail(`the tolerance reaches 0 Hz, so it accepts a pin that never toggles`, 'give a tolerance smaller than the frequency');
  return { quantity, hertz, tolerance: rateTolerance };
}

function parseDuty(context: LineContext, match: RegExpMatchArray, base: AssertionSource, forUs: number | undefined): DutyCycleAssertion {
  const [, , value, unit, toleranceValue, toleranceUnit] = match;
  const percent = context.percent(value, unit, 'a duty cycle');
  if (percent < 0 || percent > 100)
    context.fail(`a duty cycle of ${value ?? ''} % is outside 0 % – 100 %`, 'give a duty cycle between 0 % and 100 %');
  if (toleranceValue === undefined) context.fail('no tolerance is given', 'add one in percentage points, e.g. "± 2 %"');
  if (toleranceUnit !== '%')
    context.fail(
      `the duty-cycle tolerance ± ${toleranceValue} ${toleranceUnit ?? ''} is not in %`,
      'give it in percentage points, e.g. ± 2 %',
    );
  const tolerancePoints = Number(toleranceValue);
  if (tolerancePoints < 0) context.fail(`the tolerance ± ${toleranceValue} % is negative`, 'give a tolerance of zero or more, e.g. ± 2 %');
  return { ...base, kind: 'duty-cycle', percent, tolerancePoints, forUs };
}

function parseLine(line: number, source: string): PinAssertion {
  // Typed explicitly so that TypeScript treats context.fail() as ending the function.
  const context: LineContext = new LineContext(line, source);
  let clause = source.replace(/\s+/g, ' ').replace(/\.$/, '');
  let forUs: number | undefined;
  const forMatch = forms.forSuffix.exec(clause);
  if (forMatch !== null) {
    forUs = context.duration(forMatch[2], forMatch[3], 'the "for" duration');
    clause = forMatch[1] ?? '';
  }
  const base = (match: RegExpMatchArray): AssertionSource => ({ line, source, pin: match[1] ?? '' });

  let match = forms.toggles.exec(clause);
  if (match !== null) return { ...base(match), kind: 'toggles', rate: undefined, forUs };
  match = forms.togglesWithPeriod.exec(clause);
  if (match !== null) return { ...base(match), kind: 'toggles', rate: parseRate(context, match, 'period'), forUs };
  match = forms.togglesAt.exec(clause);
  if (match !== null) return { ...base(match), kind: 'toggles', rate: parseRate(context, match, 'frequency'), forUs };
  if (forms.togglesEvery.test(clause)) {
    // "Every 1 s" reads both as one change a second (Blink's delay(1000), a 2 s period) and as one cycle a second.
    context.fail(
      '"toggles every" is ambiguous: a change every second, or a full cycle every second?',
      'say the full cycle, rising edge to rising edge: "toggles with a period of 2 s ± 5 %"',
    );
  }
  match = forms.dutyOfPin.exec(clause) ?? forms.pinDuty.exec(clause);
  if (match !== null) return parseDuty(context, match, base(match), forUs);
  match = forms.stays.exec(clause);
  if (match !== null) return { ...base(match), kind: 'stays', level: levelOf(match[2]), forUs };
  match = forms.goes.exec(clause);
  if (match !== null) {
    if (forUs !== undefined) context.fail('"goes high/low" takes a "within", not a "for"', 'write e.g. "pin 7 goes high within 2 s"');
    return {
      ...base(match),
      kind: 'goes',
      level: levelOf(match[2]),
      withinUs: context.duration(match[3], match[4], 'the "within" duration'),
    };
  }
  context.fail('it cannot be read as a pin assertion', `write each line as one of: ${acceptedForms.join('; ')}`);
}

/** Reads one assertion a line; blank lines and lines starting with # are skipped but still counted. */
export function parsePinAssertions(lines: readonly string[]): PinAssertion[] {
  const assertions: PinAssertion[] = [];
  lines.forEach((text, index) => {
    const source = text.trim();
    if (source === '' || source.startsWith('#')) return;
    assertions.push(parseLine(index + 1, source));
  });
  return assertions;
}

/** Every pin named, once each, in the order first named. */
export function pinsOf(assertions: readonly PinAssertion[]): string[] {
  return [...new Set(assertions.map((assertion) => assertion.pin))];
}

/** The longest "for" or "within" in microseconds: how long the capability must watch, unless told otherwise. */
export function windowOf(assertions: readonly PinAssertion[]): number | undefined {
  const windows = assertions
    .map((assertion) => (assertion.kind === 'goes' ? assertion.withinUs : assertion.forUs))
    .filter((window): window is number => window !== undefined);
  return windows.length === 0 ? undefined : Math.max(...windows);
}
