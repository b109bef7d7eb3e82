import type {
  DutyCycleAssertion,
  GoesAssertion,
  PinAssertion,
  StaysAssertion,
  TogglesAssertion,
  ToggleRate,
  Tolerance,
} from './pin-assertions.js';
import {
  dutyCycle,
  durationOf,
  firstTimeAtLevel,
  formatFigure,
  formatMicroseconds as time,
  periodStats,
  windowTrace,
  type PeriodStats,
} from './pin-measure.js';
import type { Level, PinTrace } from './pin-trace.js';

export interface PinAssertionResult {
  assertion: PinAssertion;
  passed: boolean;
  /** What was seen, for a person: the measured figures next to what was expected. */
  message: string;
  /** The figures behind the message, for a capability's outputs; times relative to the window's start. */
  measured: Record<string, number | string>;
}

// Emulated times are sums of cycle durations: a period of exactly the bound must not fail on a rounding error.
const slackUs = 1e-6;

const levelName = (level: Level): string => (level === 1 ? 'high' : 'low');
const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
const edgesText = (trace: PinTrace): string => plural(trace.edges.length, 'edge');

/** Relative to the window's start, as every figure a person reads is. */
function at(trace: PinTrace, atUs: number): string {
  return time(atUs - trace.startUs);
}

/** The trace shorter than asked is the capability's fault, but the figures must not pretend otherwise. */
function shortfall(trace: PinTrace, askedUs: number | undefined): string {
  if (askedUs === undefined || durationOf(trace) >= askedUs) return '';
  return ` (the trace covers only ${time(durationOf(trace))} of the ${time(askedUs)} asked)`;
}

function neverToggled(trace: PinTrace): string {
  return `pin ${trace.pin} never toggled: ${levelName(trace.initial)} for the whole ${time(durationOf(trace))}`;
}

function toleranceText(tolerance: Tolerance, unit: 'duration' | 'Hz'): string {
  if (tolerance.kind === 'relative') return `± ${formatFigure(tolerance.percent)} %`;
  return unit === 'Hz' ? `± ${formatFigure(tolerance.amount)} Hz` : `± ${time(tolerance.amount)}`;
}

function spread(value: number, tolerance: Tolerance): number {
  return tolerance.kind === 'relative' ? (value * tolerance.percent) / 100 : tolerance.amount;
}

/** The periods a rate accepts, and how to say the expectation in the user's own terms. */
function acceptedPeriods(rate: ToggleRate): { minUs: number; maxUs: number; expected: string } {
  if (rate.quantity === 'period') {
    const delta = spread(rate.periodUs, rate.tolerance);
    const minUs = Math.max(0, rate.periodUs - delta);
    const maxUs = rate.periodUs + delta;
    return {
      minUs,
      maxUs,
      expected: `${time(rate.periodUs)} ${toleranceText(rate.tolerance, 'duration')} (${time(minUs)} – ${time(maxUs)})`,
    };
  }
  const delta = spread(rate.hertz, rate.tolerance);
  const [lowest, highest] = [rate.hertz - delta, rate.hertz + delta];
  return {
    minUs: 1_000_000 / highest,
    maxUs: 1_000_000 / lowest,
    expected: `${formatFigure(rate.hertz)} Hz ${toleranceText(rate.tolerance, 'Hz')} (${formatFigure(lowest)} Hz – ${formatFigure(highest)} Hz)`,
  };
}

function periodFigures(trace: PinTrace, stats: PeriodStats): Record<string, number> {
  const duty = dutyCycle(trace);
  return {
    periods: stats.count,
    period_us: stats.meanUs,
    period_min_us: stats.minUs,
    period_max_us: stats.maxUs,
    frequency_hz: 1_000_000 / stats.meanUs,
    ...(duty === undefined ? {} : { duty_percent: duty.percent }),
  };
}

/** The period furthest outside the band, or undefined when every one is inside it. */
function worstPeriod(stats: PeriodStats, minUs: number, maxUs: number): { periodUs: number; endedAtUs: number } | undefined {
  let worst: { periodUs: number; endedAtUs: number; excessUs: number } | undefined;
  let endedAtUs = stats.firstRisingUs;
  for (const periodUs of stats.periodsUs) {
    endedAtUs += periodUs;
    const excessUs = Math.max(minUs - periodUs, periodUs - maxUs);
    if (excessUs > slackUs && (worst === undefined || excessUs > worst.excessUs)) worst = { periodUs, endedAtUs, excessUs };
  }
  return worst;
}

function evaluateToggles(assertion: TogglesAssertion, trace: PinTrace): Omit<PinAssertionResult, 'assertion'> {
  const edges = trace.edges.length;
  const note = shortfall(trace, assertion.forUs);
  if (assertion.rate === undefined) {
    const first = trace.edges[0];
    if (first === undefined) return { passed: false, message: `${neverToggled(trace)}${note}`, measured: { edges } };
    return {
      passed: true,
      message: `pin ${trace.pin} toggled: ${edgesText(trace)} in ${time(durationOf(trace))}, the first at ${at(trace, first.atUs)}${note}`,
      measured: { edges, first_edge_us: first.atUs - trace.startUs },
    };
  }
  const { minUs, maxUs, expected } = acceptedPeriods(assertion.rate);
  if (edges === 0)
    return { passed: false, message: `${neverToggled(trace)}, expected ${expected}${note}`, measured: { edges, periods: 0 } };
  const stats = periodStats(trace);
  if (stats === undefined || stats.count < 2) {
    const count = stats?.count ?? 0;
    return {
      passed: false,
      message: `pin ${trace.pin}: only ${plural(count, 'full period')} (rising edge to rising edge) in ${time(durationOf(trace))} (${edgesText(trace)}); at least 2 are needed to measure it, expected ${expected}${note}`,
      measured: stats === undefined ? { edges, periods: 0 } : { edges, ...periodFigures(trace, stats) },
    };
  }
  const seen =
    assertion.rate.quantity === 'period'
      ? `period ${time(stats.meanUs)} (min ${time(stats.minUs)}, max ${time(stats.maxUs)} over ${stats.count} periods)`
      : `frequency ${formatFigure(1_000_000 / stats.meanUs)} Hz (period ${time(stats.meanUs)}; min ${time(stats.minUs)}, max ${time(stats.maxUs)} over ${stats.count} periods)`;
  const problems: string[] = [];
  const worst = worstPeriod(stats, minUs, maxUs);
  if (worst !== undefined) problems.push(`the worst period, ${time(worst.periodUs)}, ended at ${at(trace, worst.endedAtUs)}`);
  // The period still open at the window's end counts once it is already too long: that is a pin that stopped.
  const openUs = trace.endUs - stats.lastRisingUs;
  if (openUs > maxUs + slackUs) {
    problems.push(`it stopped: no rising edge in the last ${time(openUs)} of the window (since ${at(trace, stats.lastRisingUs)})`);
  }
  return {
    passed: problems.length === 0,
    message: `pin ${trace.pin}: ${seen}, expected ${expected}${problems.length === 0 ? '' : `; ${problems.join('; ')}`}${note}`,
    measured: { edges, ...periodFigures(trace, stats) },
  };
}

function evaluateGoes(assertion: GoesAssertion, trace: PinTrace): Omit<PinAssertionResult, 'assertion'> {
  const level = levelName(assertion.level);
  const firstUs = firstTimeAtLevel(trace, assertion.level);
  const note = shortfall(trace, assertion.withinUs);
  const edges = trace.edges.length;
  if (firstUs === undefined) {
    return {
      passed: false,
      message: `pin ${trace.pin} stayed ${levelName(trace.initial)} for the whole ${time(durationOf(trace))} (${edgesText(trace)}), expected it to go ${level} within ${time(assertion.withinUs)}${note}`,
      measured: { edges },
    };
  }
  const seen = trace.initial === assertion.level ? `was ${level} from the start of the window` : `went ${level} at ${at(trace, firstUs)}`;
  return {
    passed: true,
    message: `pin ${trace.pin} ${seen} (${edgesText(trace)})${note}`,
    measured: { edges, [`first_${level}_us`]: firstUs - trace.startUs },
  };
}

function evaluateStays(assertion: StaysAssertion, trace: PinTrace): Omit<PinAssertionResult, 'assertion'> {
  const level = levelName(assertion.level);
  const note = shortfall(trace, assertion.forUs);
  const edges = trace.edges.length;
  const whole = time(durationOf(trace));
  if (trace.initial !== assertion.level) {
    const after = trace.edges[0] === undefined ? `for the whole ${whole}` : `at the start of the window (${edgesText(trace)} in ${whole})`;
    return {
      passed: false,
      message: `pin ${trace.pin} was ${levelName(trace.initial)} ${after}, expected it to stay ${level}${note}`,
      measured: { edges },
    };
  }
  const first = trace.edges[0];
  if (first !== undefined) {
    return {
      passed: false,
      message: `pin ${trace.pin} went ${levelName(first.level)} at ${at(trace, first.atUs)} (${edgesText(trace)} in ${whole}), expected it to stay ${level}${note}`,
      measured: { edges, first_edge_us: first.atUs - trace.startUs },
    };
  }
  return { passed: true, message: `pin ${trace.pin} stayed ${level} for the whole ${whole} (0 edges)${note}`, measured: { edges } };
}

function evaluateDuty(assertion: DutyCycleAssertion, trace: PinTrace): Omit<PinAssertionResult, 'assertion'> {
  const [lowest, highest] = [
    Math.max(0, assertion.percent - assertion.tolerancePoints),
    Math.min(100, assertion.percent + assertion.tolerancePoints),
  ];
  // The tolerance is in percentage points, which the range spells out.
  const expected = `${formatFigure(assertion.percent)} % ± ${formatFigure(assertion.tolerancePoints)} % (${formatFigure(lowest)} % – ${formatFigure(highest)} %)`;
  const note = shortfall(trace, assertion.forUs);
  const edges = trace.edges.length;
  if (edges === 0)
    return { passed: false, message: `${neverToggled(trace)}, so it has no duty cycle; expected ${expected}${note}`, measured: { edges } };
  const duty = dutyCycle(trace);
  if (duty === undefined) {
    return {
      passed: false,
      message: `pin ${trace.pin}: no whole period (rising edge to rising edge) in ${time(durationOf(trace))} (${edgesText(trace)}), so no duty cycle to measure; expected ${expected}${note}`,
      measured: { edges, periods: 0 },
    };
  }
  const passed = duty.percent >= lowest - 1e-9 && duty.percent <= highest + 1e-9;
  const meanPeriodUs = duty.spanUs / duty.periods;
  return {
    passed,
    message: `pin ${trace.pin}: duty cycle ${formatFigure(duty.percent)} % over ${plural(duty.periods, 'whole period')} (high ${time(duty.highUs / duty.periods)} of ${time(meanPeriodUs)} on average), expected ${expected}${note}`,
    measured: { edges, periods: duty.periods, duty_percent: duty.percent, high_us: duty.highUs / duty.periods, period_us: meanPeriodUs },
  };
}

function windowOfAssertion(assertion: PinAssertion): number | undefined {
  return assertion.kind === 'goes' ? assertion.withinUs : assertion.forUs;
}

/**
 * Judges each assertion on its pin's trace, looking only at the assertion's own window (its "for" or
 * "within", from the trace's start), so that one long watch serves assertions of different lengths.
 */
export function evaluatePinAssertions(assertions: readonly PinAssertion[], traces: ReadonlyMap<string, PinTrace>): PinAssertionResult[] {
  return assertions.map((assertion) => {
    const recorded = traces.get(assertion.pin);
    if (recorded === undefined) return { assertion, passed: false, message: `pin ${assertion.pin}: no trace was recorded`, measured: {} };
    // Messages name the pin as the user wrote it, whatever the board called it.
    const trace: PinTrace = { ...windowTrace(recorded, windowOfAssertion(assertion)), pin: assertion.pin };
    switch (assertion.kind) {
      case 'toggles':
        return { assertion, ...evaluateToggles(assertion, trace) };
      case 'goes':
        return { assertion, ...evaluateGoes(assertion, trace) };
      case 'stays':
        return { assertion, ...evaluateStays(assertion, trace) };
      case 'duty-cycle':
        return { assertion, ...evaluateDuty(assertion, trace) };
    }
  });
}
