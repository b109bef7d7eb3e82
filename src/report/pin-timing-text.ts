import type { PinTrace } from '../virtual/pins/pin-trace.js';

/**
 * A pin's levels as one line of text, `columns` wide: ▔ high, ▁ low, ┃ where a column holds more
 * than one change. GitHub strips images given inline (data: URIs, <svg>) from job summaries, so
 * this is the timing picture every summary can show; the SVG goes beside it as a file.
 */
export function renderPinTimingLine(trace: PinTrace, columns = 60): string {
  const span = Math.max(1, trace.endUs - trace.startUs);
  let level = trace.initial;
  let next = 0;
  let line = '';
  for (let column = 0; column < columns; column += 1) {
    const columnEnd = trace.startUs + ((column + 1) * span) / columns;
    let changes = 0;
    while (next < trace.edges.length && (trace.edges[next]?.atUs ?? Infinity) < columnEnd) {
      level = trace.edges[next]?.level ?? level;
      next += 1;
      changes += 1;
    }
    line += changes > 1 ? '┃' : level === 1 ? '▔' : '▁';
  }
  return line;
}

/** Every pin's line under a time axis, as a fenced block. */
export function renderPinTimingText(traces: readonly PinTrace[], columns = 60): string {
  const width = Math.max(...traces.map((trace) => trace.pin.length), 3);
  const span = (traces[0]?.endUs ?? 0) - (traces[0]?.startUs ?? 0);
  const seconds = span / 1_000_000;
  const axis = `${''.padEnd(width)}  0s${`${Number(seconds.toFixed(3))}s`.padStart(columns - 2)}`;
  return ['```', ...traces.map((trace) => `${trace.pin.padEnd(width)}  ${renderPinTimingLine(trace, columns)}`), axis, '```'].join('\n');
}
