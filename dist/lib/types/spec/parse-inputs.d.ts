import type { CapabilitySpec, InputValues } from './capability.js';
/**
 * Raw inputs as a face received them: strings, with '' meaning "not given" (that is what the
 * Actions runner passes for an input that was not set and has no default).
 */
export type RawInputs = Readonly<Record<string, string | undefined>>;
/**
 * Parses what a face received into typed options. Both faces go through here, so an input means the
 * same thing, with the same default and the same error, whether it came from action.yml or a flag.
 */
export declare function parseInputs<S extends CapabilitySpec>(spec: S, raw: RawInputs): InputValues<S['inputs']>;
