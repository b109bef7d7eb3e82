/**
 * What the board printed, for the job log and the transcript file, in bounded memory: the first
 * lines are kept (the boot), then a moving window of the latest (the end of the story); what falls
 * out between is counted and reported, never silently lost.
 */
export interface TranscriptLimits {
  headBytes: number;
  tailBytes: number;
}

export const defaultTranscriptLimits: TranscriptLimits = { headBytes: 64 * 1024, tailBytes: 256 * 1024 };

interface Entry {
  atMs: number;
  text: string;
}

function size(entry: Entry): number {
  return entry.text.length + 12;
}

export class Transcript {
  private readonly limits: TranscriptLimits;
  private readonly head: Entry[] = [];
  private headSize = 0;
  private tail: Entry[] = [];
  private tailStart = 0;
  private tailSize = 0;
  private droppedLines = 0;
  private droppedBytes = 0;
  private totalLines = 0;

  constructor(limits: TranscriptLimits = defaultTranscriptLimits) {
    this.limits = limits;
  }

  add(atMs: number, text: string): void {
    const entry = { atMs, text };
    this.totalLines += 1;
    if (this.tail.length === 0 && this.headSize + size(entry) <= this.limits.headBytes) {
      this.head.push(entry);
      this.headSize += size(entry);
      return;
    }
    this.tail.push(entry);
    this.tailSize += size(entry);
    while (this.tailSize > this.limits.tailBytes && this.tailStart < this.tail.length) {
      const dropped = this.tail[this.tailStart];
      if (dropped === undefined) break;
      this.tailStart += 1;
      this.tailSize -= size(dropped);
      this.droppedLines += 1;
      this.droppedBytes += dropped.text.length;
    }
    // Compact the window now and then rather than shifting on every line.
    if (this.tailStart > 1024 && this.tailStart * 2 > this.tail.length) {
      this.tail = this.tail.slice(this.tailStart);
      this.tailStart = 0;
    }
  }

  get lineCount(): number {
    return this.totalLines;
  }

  get truncated(): boolean {
    return this.droppedLines > 0;
  }

  /** The last `count` lines kept, for summaries and error messages. */
  lastLines(count: number): string[] {
    const kept = [...this.head, ...this.tail.slice(this.tailStart)];
    return kept.slice(-count).map((entry) => entry.text);
  }

  /** The transcript as a file: one line per console line with its time since the start. */
  render(): string {
    const format = (entry: Entry): string => `[${(entry.atMs / 1000).toFixed(3).padStart(8)}s] ${entry.text}`;
    const lines = this.head.map(format);
    if (this.droppedLines > 0) {
      lines.push(
        `[ boardline: ${this.droppedLines} lines (${this.droppedBytes} characters) left out here to keep the transcript bounded ]`,
      );
    }
    for (let index = this.tailStart; index < this.tail.length; index += 1) {
      const entry = this.tail[index];
      if (entry !== undefined) lines.push(format(entry));
    }
    return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
  }
}
