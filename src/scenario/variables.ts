import { BoardlineError } from '../errors.js';

const reference = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/**
 * Fills `${name}` with the groups earlier steps captured. Inside a /regex/ the value is escaped, so
 * a captured "1.4.2" matches itself and not "1x4y2". A name no step has captured yet is the
 * scenario's mistake, named with the step's line.
 */
export function fillVariables(text: string, variables: Readonly<Record<string, string>>, where: string, inRegex = false): string {
  return text.replace(reference, (_, name: string) => {
    const value = variables[name];
    if (value === undefined) {
      const known = Object.keys(variables);
      throw new BoardlineError('usage', `${where}: \${${name}} has not been captured by an earlier step`, {
        hint: `Fix: capture it first with a named group, e.g. expect: /v(?<${name}>\\S+)/${known.length === 0 ? '' : `; captured so far: ${known.join(', ')}`}`,
      });
    }
    return inRegex ? value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : value;
  });
}

/** True when a pattern is written as /regex/flags. */
export function isRegexPattern(source: string): boolean {
  return /^\/.*\/[dgimsuvy]*$/s.test(source);
}
