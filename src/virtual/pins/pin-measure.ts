import type { Level, PinEdge, PinTrace } from './pin-trace.js';

/**
 * The trace cut to its first `durationUs` (all of it when undefined), keeping only the edges inside
 * the half-open window [startUs, endUs) that really change the level: a recorder that logs a write of
 * the level already there must not count as a toggle.
 */
export function windowTrace(trace: PinTrace, durationUs?: number): PinTrace {
  const endUs = durationUs === undefined ? trace.endUs : Math.min(trace.endUs, trace.startUs + durationUs);
  const edges: PinEdge[] = [];
  let level = trace.initial;
  for (const edge of trace.edges) {
    if (edge.atUs < trace.startUs) continue;
    if (edge.atUs >= endUs) break;
    if (edge.level === level) continue;
    edges.push(edge);
    level = edge.level;
  }
  return { pin: trace.pin, startUs: trace.startUs, endUs, initial: trace.initial, edges };
}

export function durationOf(trace: PinTrace): number {
  return trace.endUs - trace.startUs;
}

/** Times (µs since power-on) at which the pin went from low to high. */
export function risingEdges(trace: PinTrace): number[] {
  return trace.edges.filter((edge) => edge.level === 1).map((edge) => edge.atUs);
}

/** Whole periods measured rising edge to rising edge, which is how a scope's frequency counter sees a square wave. */
export interface PeriodStats {
  periodsUs: number[];
  count: number;
  meanUs: number;
  minUs: number;
  maxUs: number;
  firstRisingUs: number;
  lastRisingUs: number;
}

export function periodStats(trace: PinTrace): PeriodStats | undefined {
  const rising = risingEdges(trace);
  const first = rising[0];
  const last = rising.at(-1);
  if (first === undefined || last === undefined || rising.length < 2) return undefined;
  const periodsUs = rising.slice(1).map((atUs, index) => atUs - (rising[index] ?? atUs));
  return {
    periodsUs,
    count: periodsUs.length,
    meanUs: (last - first) / periodsUs.length,
    // A loop, not Math.min(...periods): a PWM pin over minutes has more periods than a call takes arguments.
    minUs: periodsUs.reduce((least, period) => Math.min(least, period), Infinity),
    maxUs: periodsUs.reduce((most, period) => Math.max(most, period), -Infinity),
    firstRisingUs: first,
    lastRisingUs: last,
  };
}

export interface DutyCycle {
  /** Time spent high between the first and the last rising edge. */
  highUs: number;
  /** From the first to the last rising edge: whole periods only, so a partial period at either end does not skew the figure. */
  spanUs: number;
  periods: number;
  percent: number;
}

export function dutyCycle(trace: PinTrace): DutyCycle | undefined {
  const stats = periodStats(trace);
  if (stats === undefined) return undefined;
  let highUs = 0;
  let highSince: number | undefined;
  for (const edge of trace.edges) {
    if (edge.atUs < stats.firstRisingUs) continue;
    if (edge.atUs > stats.lastRisingUs) break;
    if (edge.level === 1) highSince = edge.atUs;
    else if (highSince !== undefined) {
      highUs += edge.atUs - highSince;
      highSince = undefined;
    }
  }
  const spanUs = stats.lastRisingUs - stats.firstRisingUs;
  return { highUs, spanUs, periods: stats.count, percent: (highUs / spanUs) * 100 };
}

/** When the pin first was at `level` (µs since power-on): the window's start if it already was, undefined if never. */
export function firstTimeAtLevel(trace: PinTrace, level: Level): number | undefined {
  if (trace.initial === level) return trace.startUs;
  return trace.edges.find((edge) => edge.level === level)?.atUs;
}

function significant(value: number): string {
  return String(Number(value.toPrecision(4)));
}

/** A duration in microseconds as people read it: "250 µs", "498.3 ms", "1.05 s". */
export function formatMicroseconds(us: number): string {
  // Rounded first so that 999.96 ms reads "1 s", not "1000 ms".
  const rounded = Number(us.toPrecision(4));
  const magnitude = Math.abs(rounded);
  if (magnitude === 0) return '0 s';
  if (magnitude < 1000) return `${significant(rounded)} µs`;
  if (magnitude < 1_000_000) return `${significant(rounded / 1000)} ms`;
  return `${significant(rounded / 1_000_000)} s`;
}

/** A measured figure (Hz, percent) to four significant digits, without trailing zeros. */
export function formatFigure(value: number): string {
  return significant(value);
}
