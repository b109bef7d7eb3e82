import type { PinTrace } from '../virtual/pins/pin-trace.js';

/** A Value Change Dump (IEEE 1364), the format GTKWave, PulseView and sigrok read. */
export interface VcdOptions {
  /** 1us (the default) keeps files and viewers' sample buffers small; a pulse shorter than a tick is lost. */
  timescale?: '1us' | '1ns';
  /** Omitted when not given, so that the same traces give the same file. */
  date?: Date;
  version: string;
  module?: string;
}

type VcdValue = '0' | '1' | 'x';

/** Short identifier codes: one printable character (! to ~) for the first 94 signals, then two, and so on. */
export function vcdIdentifier(index: number): string {
  const first = 33;
  const radix = 94;
  let code = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / radix)) {
    code = String.fromCharCode(first + ((rest - 1) % radix)) + code;
  }
  return code;
}

/** A name viewers accept as one token: "13" reads as a number to some of them, so it becomes "pin13". */
export function vcdSignalName(pin: string): string {
  const safe = pin.replace(/[^A-Za-z0-9_]/g, '_');
  return safe === '' || /^\d/.test(safe) ? `pin${safe}` : safe;
}

function uniqueNames(traces: readonly PinTrace[]): string[] {
  const taken = new Set<string>();
  return traces.map((trace) => {
    const base = vcdSignalName(trace.pin);
    let name = base;
    for (let suffix = 2; taken.has(name); suffix += 1) name = `${base}_${suffix}`;
    taken.add(name);
    return name;
  });
}

// Keywords end at "$end": free text must not contain a "$" that could start one.
const freeText = (text: string): string => text.replace(/\$/g, '').replace(/\s+/g, ' ').trim();

interface Change {
  tick: number;
  signal: number;
  value: VcdValue;
}

export function writeVcd(traces: readonly PinTrace[], options: VcdOptions): string {
  const ticksPerUs = options.timescale === '1ns' ? 1000 : 1;
  const startUs = traces.length === 0 ? 0 : Math.min(...traces.map((trace) => trace.startUs));
  const endUs = traces.length === 0 ? 0 : Math.max(...traces.map((trace) => trace.endUs));
  const tick = (atUs: number): number => Math.round((atUs - startUs) * ticksPerUs);
  const ids = traces.map((_trace, index) => vcdIdentifier(index));
  const names = uniqueNames(traces);

  const changes: Change[] = [];
  traces.forEach((trace, signal) => {
    // A pin whose own window opens later, or closes earlier, is unknown outside it, not low.
    changes.push({ tick: tick(trace.startUs), signal, value: trace.initial === 1 ? '1' : '0' });
    for (const edge of trace.edges) {
      if (edge.atUs < trace.startUs || edge.atUs >= trace.endUs) continue;
      changes.push({ tick: tick(edge.atUs), signal, value: edge.level === 1 ? '1' : '0' });
    }
    if (trace.endUs < endUs) changes.push({ tick: tick(trace.endUs), signal, value: 'x' });
  });
  // Stable, so each pin's own changes at one tick keep their order and the last one wins.
  changes.sort((a, b) => a.tick - b.tick);

  const current: VcdValue[] = traces.map(() => 'x');
  let next = 0;
  for (; next < changes.length && changes[next]?.tick === 0; next += 1) {
    const change = changes[next];
    if (change !== undefined) current[change.signal] = change.value;
  }

  const lines: string[] = [];
  if (options.date !== undefined) lines.push(`$date ${options.date.toISOString()} $end`);
  lines.push(`$version ${freeText(options.version)} $end`, `$timescale ${options.timescale ?? '1us'} $end`);
  lines.push(`$scope module ${vcdSignalName(options.module ?? 'board')} $end`);
  traces.forEach((_trace, signal) => lines.push(`$var wire 1 ${ids[signal] ?? ''} ${names[signal] ?? ''} $end`));
  lines.push(
    '$upscope $end',
    '$enddefinitions $end',
    '#0',
    '$dumpvars',
    ...current.map((value, signal) => `${value}${ids[signal] ?? ''}`),
    '$end',
  );

  let lastTick = 0;
  while (next < changes.length) {
    const groupTick = changes[next]?.tick ?? 0;
    const settled = new Map<number, VcdValue>();
    for (; next < changes.length && changes[next]?.tick === groupTick; next += 1) {
      const change = changes[next];
      if (change !== undefined) settled.set(change.signal, change.value);
    }
    // A pulse narrower than a tick leaves the level where it was: write nothing rather than a zero-length blip.
    const written = [...settled].filter(([signal, value]) => current[signal] !== value);
    if (written.length === 0) continue;
    lines.push(`#${groupTick}`);
    for (const [signal, value] of written) {
      current[signal] = value;
      lines.push(`${value}${ids[signal] ?? ''}`);
    }
    lastTick = groupTick;
  }
  // The window's end, so that a viewer shows the quiet tail after the last change.
  const endTick = tick(endUs);
  if (endTick > lastTick) lines.push(`#${endTick}`);
  lines.push('');
  return lines.join('\n');
}
