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

/**
 * The services a secret is for. `code-host` is where the job's pull or merge request lives: GitLab's
 * API in a GitLab job, GitHub's elsewhere (size-report's token).
 */
export type SecretService = 'github-api' | 'gitlab-api' | 'registry' | 'code-host';

const secretVariables = {
  'github-api': 'BOARDLINE_GITHUB_TOKEN',
  'gitlab-api': 'BOARDLINE_GITLAB_TOKEN',
  registry: 'BOARDLINE_REGISTRY_PASSWORD',
} as const;

/** What each secret variable is for, as the docs and errors name it. */
export const secretVariablePurposes: Readonly<Record<keyof typeof secretVariables, string>> = {
  'github-api': "GitHub's API",
  'gitlab-api': "GitLab's API",
  registry: 'the container registry',
};

/** The service a secret goes to in this environment: a code host is GitLab in GitLab CI, else GitHub. */
export function secretServiceIn(service: SecretService, env: Readonly<Record<string, string | undefined>>): keyof typeof secretVariables {
  if (service !== 'code-host') return service;
  return env['GITLAB_CI'] === 'true' ? 'gitlab-api' : 'github-api';
}

/** The one variable `--inputs-from-env` reads a secret from: one per service, never shared by two. */
export function secretEnvVariable(service: SecretService, env: Readonly<Record<string, string | undefined>>): string {
  return secretVariables[secretServiceIn(service, env)];
}
