import type { Pattern } from './patterns.js';
/** How far the expected sequence has come. */
export interface ExpectProgress {
    /** How many expected patterns have matched, in order. */
    matchedCount: number;
    /** For each matched pattern, the line and when it matched (ms since the start). */
    matches: {
        line: string;
        atMs: number;
    }[];
    /** Named groups of all matches so far; a later group of the same name wins. */
    groups: Record<string, string>;
}
export type MatchDecision = {
    status: 'pass';
} | {
    status: 'fail-pattern';
    pattern: Pattern;
    line: string;
    atMs: number;
};
/**
 * Matches console lines against the expected patterns, in order, and the fail-on patterns, on
 * every line. Pure: the caller feeds lines; several expected patterns may match one line, each
 * after the end of the previous match.
 */
export declare class ExpectMatcher {
    readonly progress: ExpectProgress;
    private readonly expect;
    private readonly failOn;
    constructor(expect: readonly Pattern[], failOn: readonly Pattern[]);
    get nextPattern(): Pattern | undefined;
    /**
     * Feeds one line (or the part of a line not yet consumed, from `offset`). Returns a decision
     * when the line decides the outcome, and the offset up to which the line has been consumed.
     */
    feed(line: string, atMs: number, offset?: number): {
        decision: MatchDecision | undefined;
        consumed: number;
    };
}
