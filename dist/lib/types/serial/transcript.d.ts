/**
 * What the board printed, for the job log and the transcript file, in bounded memory: the first
 * lines are kept (the boot), then a moving window of the latest (the end of the story); what falls
 * out between is counted and reported, never silently lost.
 */
export interface TranscriptLimits {
    headBytes: number;
    tailBytes: number;
}
export declare const defaultTranscriptLimits: TranscriptLimits;
export declare class Transcript {
    private readonly limits;
    private readonly head;
    private headSize;
    private tail;
    private tailStart;
    private tailSize;
    private droppedLines;
    private droppedBytes;
    private totalLines;
    constructor(limits?: TranscriptLimits);
    add(atMs: number, text: string): void;
    get lineCount(): number;
    get truncated(): boolean;
    /** The last `count` lines kept, for summaries and error messages. */
    lastLines(count: number): string[];
    /** The transcript as a file: one line per console line with its time since the start. */
    render(): string;
}
