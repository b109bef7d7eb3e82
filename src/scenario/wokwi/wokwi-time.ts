const msPerUnit: Readonly<Record<string, number>> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000 };

/**
 * A Wokwi scenario time ("500ms", "2s", "10us", "1.5 s") in milliseconds, or undefined. Wokwi
 * wants the unit written (a bare number is refused, except 0), and knows ns, us, ms and s only:
 * unlike Boardline's own durations, no minutes, and no bare number meaning seconds.
 */
export function wokwiDelayMs(text: string): number | undefined {
  const trimmed = text.trim();
  if (/^0(\.0*)?$/.test(trimmed)) return 0;
  const match = /^(\d+(?:\.\d*)?)\s*([a-z]+)$/i.exec(trimmed);
  const factor = msPerUnit[match?.[2]?.toLowerCase() ?? ''];
  if (match === null || factor === undefined) return undefined;
  return Number(match[1]) * factor;
}
