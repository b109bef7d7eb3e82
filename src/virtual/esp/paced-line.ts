/**
 * One direction of a UART at a baud rate: bytes take 10 bit times each (start, 8 data, stop), one
 * after another, so a burst handed over at once arrives as a real line would deliver it. `deliver`
 * gets each chunk when its last byte has crossed; `afterwards` runs when that chunk is through.
 */
export class PacedLine {
  private freeAt = 0;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly deliver: (bytes: Uint8Array) => void;
  baud: number;

  constructor(baud: number, deliver: (bytes: Uint8Array) => void) {
    this.baud = baud;
    this.deliver = deliver;
  }

  send(bytes: Uint8Array, afterwards?: () => void): void {
    if (bytes.length === 0 && afterwards === undefined) return;
    const now = performance.now();
    const due = Math.max(now, this.freeAt) + (bytes.length * 10 * 1000) / this.baud;
    this.freeAt = due;
    const timer = setTimeout(
      () => {
        this.timers.delete(timer);
        if (bytes.length > 0) this.deliver(bytes);
        afterwards?.();
      },
      Math.max(0, due - now),
    );
    this.timers.add(timer);
  }

  /** Drops what is still on the line (a reset, the port closed). */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.freeAt = 0;
  }
}
