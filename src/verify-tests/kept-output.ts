/**
 * A test's own console lines, in bounded memory: the first lines and a moving window of the latest
 * are kept, and what falls out between is counted and said, so a test that prints without end
 * (a flood of sensor readings) costs the run a fixed amount, never a share of what it printed.
 */
export class KeptOutput {
  private readonly head: string[] = [];
  private tail: string[] = [];
  private dropped = 0;
  private readonly headLines: number;
  private readonly tailLines: number;

  constructor(headLines = 200, tailLines = 800) {
    this.headLines = headLines;
    this.tailLines = tailLines;
  }

  push(line: string): void {
    if (this.head.length < this.headLines) {
      this.head.push(line);
      return;
    }
    this.tail.push(line);
    // Trimmed in batches: one splice per tailLines lines, not per line.
    if (this.tail.length >= 2 * this.tailLines) {
      this.dropped += this.tail.length - this.tailLines;
      this.tail = this.tail.slice(-this.tailLines);
    }
  }

  get empty(): boolean {
    return this.head.length === 0;
  }

  lines(): string[] {
    const tail = this.tail.slice(-this.tailLines);
    const dropped = this.dropped + this.tail.length - tail.length;
    return dropped === 0 ? [...this.head, ...tail] : [...this.head, `… ${String(dropped)} lines left out …`, ...tail];
  }
}
