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
