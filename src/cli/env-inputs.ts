import { BoardlineError } from '../errors.js';
import type { CapabilitySpec, InputSpec } from '../spec/capability.js';
import { inputEnvVariable, secretEnvVariable } from '../spec/env-names.js';
import type { RawInputs } from '../spec/parse-inputs.js';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Where an input comes from: BOARDLINE_INPUT_<NAME>, or for a secret its service's own variable
 * (BOARDLINE_GITHUB_TOKEN, BOARDLINE_GITLAB_TOKEN, BOARDLINE_REGISTRY_PASSWORD), so that a token set
 * for one service is never read by a command that talks to another.
 */
export function inputVariable(name: string, input: InputSpec, env: Env): string {
  return input.kind === 'secret' ? secretEnvVariable(input.service, env) : inputEnvVariable(name);
}

/**
 * BOARDLINE_INPUT_TOKEN and the like were once read for secrets, one variable shared by commands
 * that talk to different services. A job that still sets one is told which variable replaced it
 * rather than silently running without its token.
 */
function refuseSharedSecretVariables(spec: CapabilitySpec, env: Env): void {
  for (const [name, input] of Object.entries(spec.inputs)) {
    const old = inputEnvVariable(name);
    if (input.kind !== 'secret' || env[old] === undefined || env[old] === '') continue;
    const now = secretEnvVariable(input.service, env);
    throw new BoardlineError('usage', `${old} is no longer read: a secret comes from its service's own variable, here ${now}.`, {
      hint: `rename the CI/CD variable ${old} to ${now} (BOARDLINE_GITHUB_TOKEN for GitHub's API, BOARDLINE_GITLAB_TOKEN for GitLab's, BOARDLINE_REGISTRY_PASSWORD for a registry), and remove ${old}.`,
    });
  }
}

/**
 * The command's inputs from BOARDLINE_INPUT_<NAME> variables (`--inputs-from-env`). GitLab jobs
 * pass inputs this way so that no value is ever part of a shell script. A variable that is unset
 * or empty counts as not given, as an Actions runner's INPUT_ variable does. Values stay raw
 * strings: parseInputs splits lists and checks types exactly as it does for the action's inputs.
 */
export function inputsFromEnv(spec: CapabilitySpec, env: Env): RawInputs {
  refuseSharedSecretVariables(spec, env);
  const inputs: Record<string, string> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const value = env[inputVariable(name, input, env)];
    if (value !== undefined && value !== '') inputs[name] = value;
  }
  return inputs;
}

/**
 * The raw inputs of one command: its flags, over the BOARDLINE_INPUT_ variables when it was given
 * `--inputs-from-env`. Flags win, so a job can still override one input on its command line.
 */
export function commandInputs(
  spec: CapabilitySpec,
  args: { readonly inputs: RawInputs; readonly inputsFromEnv: boolean },
  env: Env,
): RawInputs {
  return args.inputsFromEnv ? { ...inputsFromEnv(spec, env), ...args.inputs } : args.inputs;
}
