export type ConsoleEncoding = 'utf8' | 'latin1';
export interface LineSplitterOptions {
    encoding: ConsoleEncoding;
    stripAnsi: boolean;
    /** A run of text with no line end longer than this is cut into lines of this length, so memory stays bounded. */
    maxLineLength: number;
}
/**
 * Turns the bytes a board sends into lines, whatever arrives in one read: lines split across
 * reads, several lines in one read, \r\n, \r or \n endings (and a \r\n split between two reads),
 * invalid UTF-8, escape sequences. The text after the last line end is kept as `partial`.
 */
export declare class LineSplitter {
    private readonly decoder;
    private readonly options;
    private pending;
    private lastWasCarriageReturn;
    constructor(options: LineSplitterOptions);
    /** The complete lines this chunk finished. */
    push(chunk: Uint8Array): string[];
    /** The text received since the last line end, cleaned; empty when there is none. */
    get partial(): string;
    private clean;
}
