import { outputToString, type OutputValue } from '../capabilities/result.js';
import { outputEnvVariable } from '../spec/env-names.js';

/** What GitLab accepts as a dotenv variable name. */
const dotenvKey = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Outputs as a GitLab dotenv report: one `BOARDLINE_<OUTPUT>=value` line each. GitLab's dotenv
 * values are single-line, so line breaks become a literal `\n` rather than cutting the value short
 * (or starting a line that GitLab would read as another variable).
 */
export function dotenvReport(outputs: Readonly<Record<string, OutputValue>>): string {
  const lines = Object.entries(outputs).map(([name, value]) => {
    const key = outputEnvVariable(name);
    if (!dotenvKey.test(key)) throw new Error(`Output "${name}" cannot be a dotenv variable (${key})`);
    return `${key}=${outputToString(value).replace(/\r?\n|\r/g, '\\n')}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

/** GitLab refuses a dotenv report over 5 KB; values this long are better read from files or --json. */
const dotenvBudget = { totalBytes: 4 * 1024, valueBytes: 1024 };

/**
 * A dotenv report GitLab accepts: outputs whose value is too long for it, or that would take the
 * report past GitLab's size limit, are left out and named, so the caller can say so.
 */
export function boundedDotenvReport(outputs: Readonly<Record<string, OutputValue>>): { text: string; omitted: string[] } {
  const kept: Record<string, OutputValue> = {};
  const omitted: string[] = [];
  let total = 0;
  for (const [name, value] of Object.entries(outputs)) {
    const size = Buffer.byteLength(dotenvReport({ [name]: value }));
    if (size > dotenvBudget.valueBytes || total + size > dotenvBudget.totalBytes) {
      omitted.push(name);
      continue;
    }
    kept[name] = value;
    total += size;
  }
  return { text: dotenvReport(kept), omitted };
}
