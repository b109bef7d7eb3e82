import { BoardlineError } from '../errors.js';

/** A pattern as the user wrote it, and the regular expression it stands for. */
export interface Pattern {
  /** As written: `/BOOT (?<sha>\w+)/i` or `BOOT blink`. */
  source: string;
  regex: RegExp;
}

const regexLiteral = /^\/(.*)\/([dgimsuvy]*)$/s;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * `/regex/flags` is a regular expression; anything else is literal text to find anywhere in a
 * line. An invalid expression is the user's to fix: the error names the input and the pattern.
 */
export function compilePattern(source: string, input: string): Pattern {
  const literal = regexLiteral.exec(source);
  if (literal === null) return { source, regex: new RegExp(escapeRegex(source)) };
  const [, body = '', flags = ''] = literal;
  try {
    // 'g' and 'y' would make matching stateful between lines; matching is per line, so drop them.
    return { source, regex: new RegExp(body, flags.replace(/[gy]/g, '')) };
  } catch (error) {
    throw new BoardlineError('usage', `Input "${input}" has an invalid regular expression ${source}: ${(error as Error).message}`, {
      hint: `Fix: correct the expression, or write the text without surrounding slashes to match it literally`,
    });
  }
}

export function compilePatterns(sources: readonly string[], input: string): Pattern[] {
  return sources.map((source) => compilePattern(source, input));
}
