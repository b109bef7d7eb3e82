/** `lock-timeout` → `BOARDLINE_INPUT_LOCK_TIMEOUT`: where `--inputs-from-env` looks for an input. */
export declare function inputEnvVariable(name: string): string;
/** `elapsed-ms` → `BOARDLINE_ELAPSED_MS`: the key of an output in a dotenv report. */
export declare function outputEnvVariable(name: string): string;
/**
 * The services a secret is for. `code-host` is where the job's pull or merge request lives: GitLab's
 * API in a GitLab job, GitHub's elsewhere (size-report's token).
 */
export type SecretService = 'github-api' | 'gitlab-api' | 'registry' | 'code-host';
declare const secretVariables: {
    readonly 'github-api': "BOARDLINE_GITHUB_TOKEN";
    readonly 'gitlab-api': "BOARDLINE_GITLAB_TOKEN";
    readonly registry: "BOARDLINE_REGISTRY_PASSWORD";
};
/** What each secret variable is for, as the docs and errors name it. */
export declare const secretVariablePurposes: Readonly<Record<keyof typeof secretVariables, string>>;
/** The service a secret goes to in this environment: a code host is GitLab in GitLab CI, else GitHub. */
export declare function secretServiceIn(service: SecretService, env: Readonly<Record<string, string | undefined>>): keyof typeof secretVariables;
/** The one variable `--inputs-from-env` reads a secret from: one per service, never shared by two. */
export declare function secretEnvVariable(service: SecretService, env: Readonly<Record<string, string | undefined>>): string;
export {};
