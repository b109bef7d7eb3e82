import { TextDecoder } from 'node:util';

export type ConsoleEncoding = 'utf8' | 'latin1';

export interface LineSplitterOptions {
  encoding: ConsoleEncoding;
  stripAnsi: boolean;
  /** A run of text with no line end longer than this is cut into lines of this length, so memory stays bounded. */
  maxLineLength: number;
}

// CSI sequences (colours, cursor moves), OSC sequences (titles) and two-byte escapes.
// eslint-disable-next-line no-control-regex
const ansiSequence = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[@-Z\\-_]/g;
// C0 controls other than tab, and DEL: line noise at a wrong baud rate, never text a pattern means.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f]/g;

/**
 * Turns the bytes a board sends into lines, whatever arrives in one read: lines split across
 * reads, several lines in one read, \r\n, \r or \n endings (and a \r\n split between two reads),
 * invalid UTF-8, escape sequences. The text after the last line end is kept as `partial`.
 */
export class LineSplitter {
  private readonly decoder: TextDecoder;
  private readonly options: LineSplitterOptions;
  private pending = '';
  private lastWasCarriageReturn = false;

  constructor(options: LineSplitterOptions) {
    this.options = options;
    this.decoder = new TextDecoder(options.encoding === 'utf8' ? 'utf-8' : 'latin1', { fatal: false });
  }

  /** The complete lines this chunk finished. */
  push(chunk: Uint8Array): string[] {
    let text = this.decoder.decode(chunk, { stream: true });
    if (this.lastWasCarriageReturn && text.startsWith('\n')) text = text.slice(1);
    if (text.length > 0) this.lastWasCarriageReturn = text.endsWith('\r');
    const pieces = (this.pending + text).split(/\r\n|\r|\n/);
    this.pending = pieces.pop() ?? '';
    const lines = pieces.map((line) => this.clean(line));
    while (this.pending.length > this.options.maxLineLength) {
      lines.push(this.clean(this.pending.slice(0, this.options.maxLineLength)));
      this.pending = this.pending.slice(this.options.maxLineLength);
    }
    return lines;
  }

  /** The text received since the last line end, cleaned; empty when there is none. */
  get partial(): string {
    return this.clean(this.pending);
  }

  private clean(line: string): string {
    const withoutAnsi = this.options.stripAnsi ? line.replace(ansiSequence, '') : line;
    return withoutAnsi.replace(controlCharacters, '');
  }
}
