import { BoardlineError } from '../errors.js';
import type { MemoryUse, SizeEntry } from '../report/size-table.js';

/**
 * How a row relates to the base build: measured in both, only in the current build (a new
 * sketch or board), only in the base (removed), or there was no base build at all.
 */
export type DeltaKind = 'compared' | 'new' | 'removed' | 'no-base';

export interface MemoryDelta {
  /** Bytes used by the current build; null when it lacks the row or the platform reports no figure. */
  now: number | null;
  before: number | null;
  /** now − before; null unless both are known. */
  bytes: number | null;
  /** The change as a percentage of the base; null when the base is unknown or zero. */
  percent: number | null;
}

/** One sketch on one board, current build against base build. */
export interface SizeDelta {
  sketch: string;
  fqbn: string;
  kind: DeltaKind;
  flash: MemoryDelta;
  ram: MemoryDelta;
}

function memoryDelta(now: MemoryUse | null | undefined, before: MemoryUse | null | undefined): MemoryDelta {
  const nowBytes = now?.used ?? null;
  const beforeBytes = before?.used ?? null;
  const bytes = nowBytes === null || beforeBytes === null ? null : nowBytes - beforeBytes;
  const percent = bytes === null || beforeBytes === null || beforeBytes === 0 ? null : (bytes / beforeBytes) * 100;
  return { now: nowBytes, before: beforeBytes, bytes, percent };
}

const kindOrder: Readonly<Record<DeltaKind, number>> = { compared: 2, new: 0, removed: 1, 'no-base': 3 };

/**
 * Biggest absolute flash change first, then RAM, so the rows a reviewer should look at lead the
 * table. Among rows that did not change, new and removed boards come before unchanged ones: they
 * are still news. Names break the remaining ties so the order is the same on every push.
 */
function byImpact(a: SizeDelta, b: SizeDelta): number {
  const magnitude = (delta: MemoryDelta): number => Math.abs(delta.bytes ?? 0);
  return (
    magnitude(b.flash) - magnitude(a.flash) ||
    magnitude(b.ram) - magnitude(a.ram) ||
    kindOrder[a.kind] - kindOrder[b.kind] ||
    a.sketch.localeCompare(b.sketch) ||
    a.fqbn.localeCompare(b.fqbn)
  );
}

/** Per sketch and board, what changed between the base build and the current one; no base gives rows without deltas. */
export function computeSizeDeltas(current: readonly SizeEntry[], base: readonly SizeEntry[] | undefined): SizeDelta[] {
  const key = (entry: SizeEntry): string => JSON.stringify([entry.sketch, entry.fqbn]);
  const before = new Map((base ?? []).map((entry) => [key(entry), entry]));
  const rows: SizeDelta[] = current.map((entry) => {
    const old = before.get(key(entry));
    const kind: DeltaKind = base === undefined ? 'no-base' : old === undefined ? 'new' : 'compared';
    return {
      sketch: entry.sketch,
      fqbn: entry.fqbn,
      kind,
      flash: memoryDelta(entry.program, old?.program),
      ram: memoryDelta(entry.ram, old?.ram),
    };
  });
  const present = new Set(current.map(key));
  for (const old of base ?? []) {
    if (present.has(key(old))) continue;
    rows.push({
      sketch: old.sketch,
      fqbn: old.fqbn,
      kind: 'removed',
      flash: memoryDelta(null, old.program),
      ram: memoryDelta(null, old.ram),
    });
  }
  return rows.sort(byImpact);
}

/** Where the base build came from, as the capability found it. */
export type BaseSource = 'base commit' | 'newest on the base branch' | 'target branch pipeline' | 'given file';

export interface BaseCommit {
  /** The commit the base report was built from; unknown when a given file or a pipeline did not say. */
  sha?: string | undefined;
  how: BaseSource;
}

function signed(value: number): string {
  return value > 0 ? `+${value}` : `${value}`;
}

/** Two decimals, but a change too small for them still shows as one rather than as 0.00%. */
export function formatPercent(percent: number | null): string {
  if (percent === null) return '—';
  if (percent === 0) return '0%';
  if (Math.abs(percent) < 0.005) return `${percent > 0 ? '+' : '-'}<0.01%`;
  return `${percent > 0 ? '+' : ''}${percent.toFixed(2)}%`;
}

/** A code span that survives any name: table pipes escaped, and a fence longer than any backtick run inside. */
function code(text: string): string {
  const escaped = text.replaceAll('|', '\\|');
  const longestRun = Math.max(0, ...[...escaped.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longestRun + 1);
  return longestRun > 0 ? `${fence} ${escaped} ${fence}` : `${fence}${escaped}${fence}`;
}

function sizeCell(delta: MemoryDelta, kind: DeltaKind): string {
  if (kind === 'removed') return delta.before === null ? '—' : `(was ${delta.before})`;
  return delta.now === null ? '—' : `${delta.now}`;
}

function deltaCells(delta: MemoryDelta, kind: DeltaKind): [string, string] {
  if (kind === 'new' || kind === 'removed') return [kind, '—'];
  if (delta.bytes === null) return ['—', '—'];
  return [signed(delta.bytes), delta.bytes === 0 ? '0%' : formatPercent(delta.percent)];
}

function row(delta: SizeDelta): string {
  const cells = [
    code(delta.sketch),
    code(delta.fqbn),
    sizeCell(delta.flash, delta.kind),
    ...deltaCells(delta.flash, delta.kind),
    sizeCell(delta.ram, delta.kind),
    ...deltaCells(delta.ram, delta.kind),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A full SHA is written bare so GitHub and GitLab turn it into a commit link; anything else is quoted. */
function commitText(sha: string): string {
  return /^[0-9a-f]{7,64}$/i.test(sha) ? sha : code(sha);
}

function baseLine(base: BaseCommit | undefined): string {
  if (base === undefined) return 'No base build was found, so no deltas.';
  const sha = base.sha === undefined || base.sha === '' ? undefined : commitText(base.sha);
  switch (base.how) {
    case 'base commit':
      return sha === undefined ? 'Compared with the base commit.' : `Compared with the base commit ${sha}.`;
    case 'newest on the base branch':
      return `Compared with the newest build on the base branch${sha === undefined ? '' : ` (${sha})`}.`;
    case 'target branch pipeline':
      return `Compared with the target branch's latest successful pipeline${sha === undefined ? '' : ` (${sha})`}.`;
    case 'given file':
      return `Compared with the given base report${sha === undefined ? '' : ` (${sha})`}.`;
  }
}

function largestIncrease(deltas: readonly SizeDelta[], memory: 'flash' | 'ram'): string | undefined {
  let largest: SizeDelta | undefined;
  for (const delta of deltas) {
    if ((delta[memory].bytes ?? 0) > (largest?.[memory].bytes ?? 0)) largest = delta;
  }
  if (largest === undefined) return undefined;
  const change = largest[memory];
  const name = memory === 'flash' ? 'flash' : 'RAM';
  const percent = change.percent === null ? '' : ` (${formatPercent(change.percent)})`;
  return `${name} ${signed(change.bytes ?? 0)} bytes${percent} for ${code(largest.sketch)} on ${code(largest.fqbn)}`;
}

function summaryLine(deltas: readonly SizeDelta[]): string {
  const increases = [largestIncrease(deltas, 'flash'), largestIncrease(deltas, 'ram')].filter((text) => text !== undefined);
  const added = deltas.filter((delta) => delta.kind === 'new').length;
  const removed = deltas.filter((delta) => delta.kind === 'removed').length;
  const counts = [added > 0 ? `${added} new` : '', removed > 0 ? `${removed} removed` : ''].filter((text) => text !== '');
  const growth = increases.length > 0 ? `Largest increase: ${increases.join('; ')}.` : 'Nothing grew.';
  const pairs = counts.length === 0 ? '' : ` ${counts.join(', ')} sketch/board pair${added + removed === 1 ? '' : 's'}.`;
  return `${growth}${pairs}`;
}

export interface SizeCommentOptions {
  marker: string;
  deltas: readonly SizeDelta[];
  base: BaseCommit | undefined;
  heading?: string;
  /**
   * Rows shown before the rest is summed up in one line: GitHub refuses comments over 65,536
   * characters, and the biggest changes come first anyway.
   */
  maxRows?: number;
}

/** The pull request comment: marker, heading, base line, table (biggest change first) and summary. */
export function renderSizeComment(options: SizeCommentOptions): string {
  const maxRows = options.maxRows ?? 200;
  const shown = options.deltas.slice(0, maxRows);
  const hidden = options.deltas.length - shown.length;
  const table =
    shown.length === 0
      ? ['Nothing was compiled.']
      : [
          '| Sketch | Board | Flash | Δ flash | Δ % | RAM | Δ RAM | Δ % |',
          '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
          ...shown.map(row),
          ...(hidden > 0 ? ['', `${hidden} more row${hidden === 1 ? '' : 's'} with smaller changes not shown.`] : []),
        ];
  const summary = options.base === undefined ? '' : summaryLine(options.deltas);
  return [options.marker, `### ${options.heading ?? 'Sketch size changes'}`, '', baseLine(options.base), '', ...table, '', summary]
    .join('\n')
    .trimEnd()
    .concat('\n');
}

export interface Threshold {
  memory: 'flash' | 'ram';
  limit: number;
  /** Bytes, or percent of the base build's figure. */
  unit: 'bytes' | 'percent';
  /** The item as written, for messages. */
  item: string;
}

const thresholdPattern = /^(flash|ram)\s+(\d+(?:\.\d+)?)\s*(%|b|bytes?)?$/i;

/**
 * Reads the fail-on-increase input: one item per line, "flash 1%", "flash 512", "ram 64 bytes".
 * A bare number is bytes; blank lines are skipped so a YAML block may end with one.
 */
export function parseThresholds(lines: readonly string[]): Threshold[] {
  const thresholds: Threshold[] = [];
  for (const line of lines) {
    const item = line.trim();
    if (item === '') continue;
    const match = thresholdPattern.exec(item);
    const limit = Number(match?.[2]);
    const unit = match?.[3] === '%' ? 'percent' : 'bytes';
    if (match === null || (unit === 'bytes' && !Number.isInteger(limit))) {
      throw new BoardlineError('usage', `Input "fail-on-increase": "${item}" is not a threshold`, {
        hint: 'Fix: write one item per line as "flash <n>", "flash <n>%", "ram <n> bytes" or "ram <n>%" (bytes are whole numbers)',
      });
    }
    thresholds.push({ memory: match[1]?.toLowerCase() === 'ram' ? 'ram' : 'flash', limit, unit, item });
  }
  return thresholds;
}

export interface ThresholdBreach {
  sketch: string;
  fqbn: string;
  memory: 'flash' | 'ram';
  /** How many bytes it grew by, and by what percent of the base (null when the base was 0). */
  bytes: number;
  percent: number | null;
  threshold: Threshold;
  message: string;
}

/**
 * The growths above a threshold (strictly above: "flash 0" forbids any growth). Only rows with a
 * base figure count: a new board has nothing to grow from.
 */
export function checkThresholds(deltas: readonly SizeDelta[], thresholds: readonly Threshold[]): ThresholdBreach[] {
  const breaches: ThresholdBreach[] = [];
  for (const threshold of thresholds) {
    for (const delta of deltas) {
      const change = delta[threshold.memory];
      if (delta.kind !== 'compared' || change.bytes === null || change.bytes <= 0) continue;
      // Growth from a base of 0 bytes is infinitely many percent: any percent threshold is passed.
      const measured = threshold.unit === 'bytes' ? change.bytes : (change.percent ?? Number.POSITIVE_INFINITY);
      if (measured <= threshold.limit) continue;
      const name = threshold.memory === 'flash' ? 'flash' : 'RAM';
      const limit = threshold.unit === 'bytes' ? `${threshold.limit} bytes` : `${threshold.limit}%`;
      const percent = change.percent === null ? '' : ` (${formatPercent(change.percent)})`;
      breaches.push({
        sketch: delta.sketch,
        fqbn: delta.fqbn,
        memory: threshold.memory,
        bytes: change.bytes,
        percent: change.percent,
        threshold,
        message: `${delta.sketch} on ${delta.fqbn}: ${name} grew by ${change.bytes} bytes${percent}, more than the ${limit} fail-on-increase allows ("${threshold.item}")`,
      });
    }
  }
  return breaches;
}
