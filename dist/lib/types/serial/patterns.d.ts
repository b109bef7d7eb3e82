/** A pattern as the user wrote it, and the regular expression it stands for. */
export interface Pattern {
    /** As written: `/BOOT (?<sha>\w+)/i` or `BOOT blink`. */
    source: string;
    regex: RegExp;
}
/**
 * `/regex/flags` is a regular expression; anything else is literal text to find anywhere in a
 * line. An invalid expression is the user's to fix: the error names the input and the pattern.
 */
export declare function compilePattern(source: string, input: string): Pattern;
export declare function compilePatterns(sources: readonly string[], input: string): Pattern[];
