import type { CapabilitySpec } from '../spec/capability.js';
import { inputEnvVariable } from '../spec/env-names.js';
import type { RawInputs } from '../spec/parse-inputs.js';

/**
 * The command's inputs from BOARDLINE_INPUT_<NAME> variables (`--inputs-from-env`). GitLab jobs
 * pass inputs this way so that no value is ever part of a shell script. A variable that is unset
 * or empty counts as not given, as an Actions runner's INPUT_ variable does. Values stay raw
 * strings: parseInputs splits lists and checks types exactly as it does for the action's inputs.
 */
export function inputsFromEnv(spec: CapabilitySpec, env: Readonly<Record<string, string | undefined>>): RawInputs {
  const inputs: Record<string, string> = {};
  for (const name of Object.keys(spec.inputs)) {
    const value = env[inputEnvVariable(name)];
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
  env: Readonly<Record<string, string | undefined>>,
): RawInputs {
  return args.inputsFromEnv ? { ...inputsFromEnv(spec, env), ...args.inputs } : args.inputs;
}
