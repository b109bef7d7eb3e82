import { formatMicroseconds, windowTrace } from '../virtual/pins/pin-measure.js';
import type { PinEdge, PinTrace } from '../virtual/pins/pin-trace.js';
import { escapeXml } from './junit.js';

export interface PinTimingOptions {
  /** Pixels; the plot is what remains after the pin names' column. */
  width?: number;
}

const rowHeight = 30;
const top = 8;
const axisHeight = 30;
const labelWidth = 72;
const rightMargin = 16;

const px = (value: number): string => String(Number(value.toFixed(1)));

/** A tick step of 1, 2 or 5 times a power of ten, giving about `count` ticks over the span. */
function tickStep(spanUs: number, count: number): number {
  const raw = spanUs / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((multiple) => multiple * power).find((step) => step >= raw) ?? 10 * power;
}

function rowLabel(pin: string): string {
  return /^\d+$/.test(pin) ? `pin ${pin}` : pin;
}

interface Plot {
  startUs: number;
  spanUs: number;
  left: number;
  width: number;
}

const xOf = (plot: Plot, atUs: number): number => plot.left + ((atUs - plot.startUs) / plot.spanUs) * plot.width;
const columnOf = (plot: Plot, atUs: number): number =>
  Math.min(plot.width - 1, Math.floor(((atUs - plot.startUs) / plot.spanUs) * plot.width));

function columnGroups(plot: Plot, edges: readonly PinEdge[]): { column: number; edges: PinEdge[] }[] {
  const groups: { column: number; edges: PinEdge[] }[] = [];
  for (const edge of edges) {
    const column = columnOf(plot, edge.atUs);
    const last = groups.at(-1);
    if (last?.column === column) last.edges.push(edge);
    else groups.push({ column, edges: [edge] });
  }
  return groups;
}

/**
 * One pin's square wave. A pixel column holding more than one edge cannot show them apart, so such
 * columns (and runs of them) are drawn as one filled "busy" band instead of a segment per edge: a
 * PWM pin's thousands of edges cost a few rectangles, and the picture stays a few kilobytes.
 */
function renderRow(plot: Plot, trace: PinTrace, rowTop: number): string {
  const yHigh = rowTop + 6;
  const yLow = rowTop + rowHeight - 6;
  const y = (level: number): string => px(level === 1 ? yHigh : yLow);
  const shown = windowTrace(trace);
  const groups = columnGroups(plot, shown.edges);
  let path = `M${px(xOf(plot, shown.startUs))} ${y(shown.initial)}`;
  const bands: string[] = [];
  for (let index = 0; index < groups.length;) {
    const group = groups[index];
    if (group === undefined) break;
    const [edge] = group.edges;
    if (group.edges.length === 1 && edge !== undefined) {
      path += `H${px(xOf(plot, edge.atUs))}V${y(edge.level)}`;
      index += 1;
      continue;
    }
    let lastColumn = group.column;
    let after = group.edges.at(-1)?.level ?? shown.initial;
    for (index += 1; index < groups.length; index += 1) {
      const following = groups[index];
      if (following === undefined || following.edges.length < 2 || following.column !== lastColumn + 1) break;
      lastColumn = following.column;
      after = following.edges.at(-1)?.level ?? after;
    }
    const from = plot.left + group.column;
    const to = plot.left + lastColumn + 1;
    bands.push(`<rect class="busy" x="${px(from)}" y="${px(yHigh)}" width="${px(to - from)}" height="${px(yLow - yHigh)}"/>`);
    path += `H${px(from)}M${px(to)} ${y(after)}`;
  }
  path += `H${px(xOf(plot, shown.endUs))}`;
  const label = escapeXml(rowLabel(trace.pin));
  return [
    `<g><title>${label}: ${shown.edges.length} edges</title>`,
    `<text x="${labelWidth - 8}" y="${px(rowTop + rowHeight / 2 + 4)}" text-anchor="end">${label}</text>`,
    `<path class="wave" d="${path}"/>`,
    ...bands,
    '</g>',
  ].join('');
}

function renderAxis(plot: Plot, axisTop: number): string {
  const step = tickStep(plot.spanUs, 5);
  const parts = [`<path class="axis" d="M${px(plot.left)} ${px(axisTop)}H${px(plot.left + plot.width)}"/>`];
  for (let offset = 0; offset <= plot.spanUs + step * 1e-9; offset += step) {
    const x = px(xOf(plot, plot.startUs + offset));
    parts.push(`<path class="grid" d="M${x} ${top}V${px(axisTop)}"/>`, `<path class="axis" d="M${x} ${px(axisTop)}v4"/>`);
    parts.push(`<text x="${x}" y="${px(axisTop + 16)}" text-anchor="middle">${escapeXml(formatMicroseconds(offset))}</text>`);
  }
  return parts.join('');
}

/** A small timing diagram of pins over their window, times relative to its start: one row per pin, then a time axis. */
export function renderPinTimingSvg(traces: readonly PinTrace[], options: PinTimingOptions = {}): string {
  const width = Math.max(200, Math.round(options.width ?? 600));
  const startUs = traces.length === 0 ? 0 : Math.min(...traces.map((trace) => trace.startUs));
  const endUs = traces.length === 0 ? 0 : Math.max(...traces.map((trace) => trace.endUs));
  const plot: Plot = { startUs, spanUs: Math.max(1, endUs - startUs), left: labelWidth, width: width - labelWidth - rightMargin };
  const axisTop = top + traces.length * rowHeight + 4;
  const height = axisTop + axisHeight;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    '<style>text{font:11px monospace;fill:#222}.wave{fill:none;stroke:#1565c0;stroke-width:1.5}.busy{fill:#1565c0;fill-opacity:.35}.axis{stroke:#444}.grid{stroke:#ddd}</style>',
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    renderAxis(plot, axisTop),
    ...traces.map((trace, index) => renderRow(plot, trace, top + index * rowHeight)),
    '</svg>',
    '',
  ].join('\n');
}
