/**
 * The environment variable names GitLab jobs use to hand inputs to the CLI and to read its outputs
 * back. The component templates are generated with these same functions, so a template and the
 * CLI never disagree on a name.
 */
function envSuffix(name: string): string {
  return name.toUpperCase().replaceAll('-', '_');
}

/** `lock-timeout` → `BOARDLINE_INPUT_LOCK_TIMEOUT`: where `--inputs-from-env` looks for an input. */
export function inputEnvVariable(name: string): string {
  return `BOARDLINE_INPUT_${envSuffix(name)}`;
}

/** `elapsed-ms` → `BOARDLINE_ELAPSED_MS`: the key of an output in a dotenv report. */
export function outputEnvVariable(name: string): string {
  return `BOARDLINE_${envSuffix(name)}`;
}
