import { BoardlineError } from '../errors.js';

export interface MemoryUse {
  used: number;
  /** What the board has; null when the platform does not say. */
  maximum: number | null;
}

/** One sketch built for one board. */
export interface SizeEntry {
  sketch: string;
  fqbn: string;
  program: MemoryUse;
  ram: MemoryUse | null;
}

function isMemoryUse(value: unknown): value is MemoryUse {
  const entry = value as Partial<MemoryUse> | null;
  return typeof entry?.used === 'number' && (entry.maximum === null || typeof entry.maximum === 'number');
}

/** Reads a size report an earlier run wrote (compile-sketch's `sizes` output, or its sizes.json). */
export function parseSizeReport(text: string, file: string, input = 'base-report'): SizeEntry[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BoardlineError('usage', `Input "${input}": ${file} is not JSON`, {
      hint: 'Fix: give the sizes.json an earlier compile-sketch run wrote (or its sizes output)',
    });
  }
  const entries = Array.isArray(parsed) ? (parsed as unknown[]) : [];
  const valid = entries.filter((entry): entry is SizeEntry => {
    const candidate = entry as Partial<SizeEntry> | null;
    return typeof candidate?.sketch === 'string' && typeof candidate.fqbn === 'string' && isMemoryUse(candidate.program);
  });
  if (!Array.isArray(parsed) || valid.length !== entries.length) {
    throw new BoardlineError('usage', `Input "${input}": ${file} is not a compile-sketch size report`, {
      hint: 'Fix: give the sizes.json an earlier compile-sketch run wrote (or its sizes output)',
    });
  }
  return valid;
}

function formatUse(use: MemoryUse | null): string {
  if (use === null) return '—';
  return use.maximum === null || use.maximum === 0 ? `${use.used}` : `${use.used} (${Math.round((use.used / use.maximum) * 100)}%)`;
}

function formatDelta(now: MemoryUse | null, before: MemoryUse | null | undefined): string {
  if (now === null || before === null || before === undefined) return before === undefined ? 'new' : '—';
  const delta = now.used - before.used;
  if (delta === 0) return '0';
  const percent = before.used === 0 ? '' : ` (${delta > 0 ? '+' : ''}${((delta / before.used) * 100).toFixed(2)}%)`;
  return `${delta > 0 ? '+' : ''}${delta}${percent}`;
}

/**
 * The size table as Markdown: flash and RAM per sketch and board, with deltas when a base
 * report is given (a board or sketch missing from the base shows as "new").
 */
export function sizeTable(entries: readonly SizeEntry[], base?: readonly SizeEntry[]): string {
  const withBase = base !== undefined;
  const header = withBase
    ? ['| Sketch | Board | Flash | Δ flash | RAM | Δ RAM |', '| --- | --- | ---: | ---: | ---: | ---: |']
    : ['| Sketch | Board | Flash | RAM |', '| --- | --- | ---: | ---: |'];
  const rows = entries.map((entry) => {
    const cells = [`\`${entry.sketch}\``, `\`${entry.fqbn}\``, formatUse(entry.program)];
    const before = base?.find((candidate) => candidate.sketch === entry.sketch && candidate.fqbn === entry.fqbn);
    if (withBase) cells.push(formatDelta(entry.program, before?.program));
    cells.push(formatUse(entry.ram));
    if (withBase) cells.push(formatDelta(entry.ram, before === undefined ? undefined : before.ram));
    return `| ${cells.join(' | ')} |`;
  });
  return [...header, ...rows].join('\n');
}
