import type { Pattern } from './patterns.js';

/** How far the expected sequence has come. */
export interface ExpectProgress {
  /** How many expected patterns have matched, in order. */
  matchedCount: number;
  /** For each matched pattern, the line and when it matched (ms since the start). */
  matches: { line: string; atMs: number }[];
  /** Named groups of all matches so far; a later group of the same name wins. */
  groups: Record<string, string>;
}

export type MatchDecision = { status: 'pass' } | { status: 'fail-pattern'; pattern: Pattern; line: string; atMs: number };

/**
 * Matches console lines against the expected patterns, in order, and the fail-on patterns, on
 * every line. Pure: the caller feeds lines; several expected patterns may match one line, each
 * after the end of the previous match.
 */
export class ExpectMatcher {
  readonly progress: ExpectProgress = { matchedCount: 0, matches: [], groups: {} };
  private readonly expect: readonly Pattern[];
  private readonly failOn: readonly Pattern[];

  constructor(expect: readonly Pattern[], failOn: readonly Pattern[]) {
    this.expect = expect;
    this.failOn = failOn;
  }

  get nextPattern(): Pattern | undefined {
    return this.expect[this.progress.matchedCount];
  }

  /**
   * Feeds one line (or the part of a line not yet consumed, from `offset`). Returns a decision
   * when the line decides the outcome, and the offset up to which the line has been consumed.
   */
  feed(line: string, atMs: number, offset = 0): { decision: MatchDecision | undefined; consumed: number } {
    for (const pattern of this.failOn) {
      if (pattern.regex.test(line)) return { decision: { status: 'fail-pattern', pattern, line, atMs }, consumed: line.length };
    }
    let consumed = offset;
    for (let pattern = this.nextPattern; pattern !== undefined; pattern = this.nextPattern) {
      const match = pattern.regex.exec(line.slice(consumed));
      if (match === null) break;
      consumed += match.index + match[0].length;
      this.progress.matches.push({ line, atMs });
      this.progress.matchedCount += 1;
      // An optional group that did not take part is undefined at run time, whatever the DOM typings say.
      for (const [name, value] of Object.entries(match.groups ?? {}) as [string, string | undefined][]) {
        if (value !== undefined) this.progress.groups[name] = value;
      }
    }
    return { decision: this.nextPattern === undefined ? { status: 'pass' } : undefined, consumed };
  }
}
