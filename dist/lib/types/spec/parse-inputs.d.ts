import type { CapabilitySpec, InputValues } from './capability.js';
/**
 * Raw inputs as a face received them: strings, with '' meaning "not given" (that is what the
 * Actions runner passes for an input that was not set and has no default).
 */
export type RawInputs = Readonly<Record<string, string | undefined>>;
/**
 * How the user of a face gives an input, as the fix in an error names it: a workflow's `with:` and
 * a component's `inputs:` take the input's own name (`firmware`), the CLI a flag (`--firmware`).
 * The message names the input the same way in every face; only the fix speaks the face's language.
 */
export type InputNaming = (name: string) => string;
/** The input's own name, as action.yml declares it: what the action face says. */
export declare const inputNames: InputNaming;
/**
 * Parses what a face received into typed options. Both faces go through here, so an input means the
 * same thing, with the same default and the same error, whether it came from action.yml or a flag;
 * `naming` is how the fix names an input to the face's user (the CLI passes its flags).
 */
export declare function parseInputs<S extends CapabilitySpec>(spec: S, raw: RawInputs, naming?: InputNaming): InputValues<S['inputs']>;
