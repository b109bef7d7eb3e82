import type { Level, PinEdge, PinTrace } from './pin-trace.js';

/**
 * Every change of one pin's level, kept with its emulated time. Levels alternate, so only the
 * times are stored (a Float64Array grown as needed) with the level before the first; the oldest
 * changes are dropped beyond `capacity`, so a pin toggled for hours stays bounded in memory.
 */
export class PinHistory {
  private times = new Float64Array(256);
  /** Index of the oldest kept change in `times` (a ring once full). */
  private head = 0;
  private count = 0;
  /** The level before the oldest kept change. */
  private levelBefore: Level;
  private current: Level;

  constructor(
    initial: Level,
    private readonly capacity = 1 << 20,
  ) {
    this.levelBefore = initial;
    this.current = initial;
  }

  get level(): Level {
    return this.current;
  }

  /** Records the level at `atUs`; a "change" to the level it already has is none. */
  record(level: Level, atUs: number): void {
    if (level === this.current) return;
    this.current = level;
    if (this.count === this.times.length && this.times.length < this.capacity) this.grow();
    if (this.count === this.times.length) {
      // Full: the oldest change goes, and the level before the new oldest is the one it set.
      this.levelBefore = this.levelBefore === 1 ? 0 : 1;
      this.head = (this.head + 1) % this.times.length;
      this.count -= 1;
    }
    this.times[(this.head + this.count) % this.times.length] = atUs;
    this.count += 1;
  }

  private grow(): void {
    const bigger = new Float64Array(Math.min(this.capacity, this.times.length * 2));
    for (let index = 0; index < this.count; index += 1) bigger[index] = this.times[(this.head + index) % this.times.length] ?? 0;
    this.times = bigger;
    this.head = 0;
  }

  /** The earliest time from which the history is complete (changes before it may have been dropped). */
  get completeSinceUs(): number {
    return this.count === this.times.length ? (this.times[this.head] ?? 0) : 0;
  }

  /** What the pin did in (startUs, endUs): its level as the window opens and the changes inside. */
  trace(pin: string, startUs: number, endUs: number): PinTrace {
    let level = this.levelBefore;
    const edges: PinEdge[] = [];
    for (let index = 0; index < this.count; index += 1) {
      const atUs = this.times[(this.head + index) % this.times.length] ?? 0;
      const after: Level = level === 1 ? 0 : 1;
      if (atUs >= endUs) break;
      // A change at the very instant the window opens (a reset) sets the level it opens with.
      if (atUs <= startUs) level = after;
      else {
        edges.push({ atUs, level: after });
        level = after;
      }
    }
    const initial = edges.length === 0 ? level : edges[0]?.level === 1 ? 0 : 1;
    return { pin, startUs, endUs, initial, edges };
  }
}
