const units: Record<string, number> = { '': 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };

/** "2G", "1500M", "512MiB", "4096" (bytes) as bytes, in powers of two as disk tools count; undefined when not a size. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([kmgt]?)(?:i?b)?$/i.exec(text.trim());
  if (match === null) return undefined;
  const bytes = Number(match[1]) * (units[(match[2] ?? '').toLowerCase()] ?? 1);
  return Number.isFinite(bytes) && bytes > 0 ? Math.round(bytes) : undefined;
}

/** Bytes for people: 1.4 GiB, 312 MiB, 18 KiB. */
export function formatBytes(bytes: number): string {
  const steps: [number, string][] = [
    [2 ** 30, 'GiB'],
    [2 ** 20, 'MiB'],
    [2 ** 10, 'KiB'],
  ];
  for (const [size, unit] of steps) if (bytes >= size) return `${(bytes / size).toFixed(bytes >= 10 * size ? 0 : 1)} ${unit}`;
  return `${String(bytes)} B`;
}

export const mebibyte = 2 ** 20;

export function roundUpTo(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}
