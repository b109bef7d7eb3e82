interface Pending {
  bytes: Uint8Array;
  due: number;
  /** Sent faster than the line carries: it takes its time on the line, and nothing arrives. */
  lost: boolean;
  afterwards: (() => void) | undefined;
}

/**
 * One direction of a UART at a baud rate: bytes take 10 bit times each (start, 8 data, stop), one
 * after another, so a burst handed over at once arrives as a real line would deliver it. `deliver`
 * gets each chunk when its last byte has crossed; `afterwards` runs when that chunk is through.
 *
 * Chunks wait in one queue behind one timer, so they always come out in the order they went in:
 * a timer per chunk would not guarantee that, since Node starts each timer from the event loop's
 * cached clock, which can be up to a millisecond old, and two chunks less than that apart could
 * swap (a client reading register values in turn would take one for the other).
 *
 * `maxBaud` is the most the line carries (a USB bridge or a cable that cannot take fast rates):
 * bytes sent while `baud` is above it take their time as any others but never arrive, as garbled
 * bytes a receiver cannot frame. Undefined is no limit.
 */
export class PacedLine {
  private freeAt = 0;
  private readonly queue: Pending[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly deliver: (bytes: Uint8Array) => void;
  baud: number;
  maxBaud: number | undefined;

  constructor(baud: number, deliver: (bytes: Uint8Array) => void) {
    this.baud = baud;
    this.deliver = deliver;
  }

  send(bytes: Uint8Array, afterwards?: () => void): void {
    if (bytes.length === 0 && afterwards === undefined) return;
    const due = Math.max(performance.now(), this.freeAt) + (bytes.length * 10 * 1000) / this.baud;
    this.freeAt = due;
    const lost = this.maxBaud !== undefined && this.baud > this.maxBaud;
    this.queue.push({ bytes, due, lost, afterwards });
    this.arm();
  }

  /** Drops what is still on the line (a reset, the port closed). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.queue.length = 0;
    this.freeAt = 0;
  }

  private arm(): void {
    const head = this.queue[0];
    if (head === undefined || this.timer !== undefined) return;
    this.timer = setTimeout(() => this.flush(), Math.max(0, head.due - performance.now()));
  }

  /** Delivers, in order, every chunk whose time has come; then waits for the next. */
  private flush(): void {
    this.timer = undefined;
    const now = performance.now();
    while (this.queue.length > 0 && (this.queue[0]?.due ?? Infinity) <= now + 0.5) {
      const chunk = this.queue.shift();
      if (chunk === undefined) break;
      if (chunk.bytes.length > 0 && !chunk.lost) this.deliver(chunk.bytes);
      chunk.afterwards?.();
    }
    this.arm();
  }
}
