/**
 * One definition per capability: its inputs and outputs, from which the action's action.yml is
 * generated, the CLI's flags and help are derived, and both faces parse what the user gave.
 * Names are kebab-case and identical in every face (`lock-timeout` in action.yml, `--lock-timeout`
 * in the CLI, `inputs.lock-timeout` in the GitLab component).
 */
import type { SecretService } from './env-names.js';

export type InputKind = 'string' | 'path' | 'secret' | 'integer' | 'boolean' | 'duration' | 'list' | 'choice';

interface InputBase {
  description: string;
  /** The default exactly as a user would type it; absent means "not set". */
  default?: string;
  required?: boolean;
  /**
   * Only the CLI takes it: a mode a CI step has no use for (running until stopped, as a service).
   * The action's action.yml and the GitLab component leave it out.
   */
  cliOnly?: true;
  /**
   * The CLI also takes it as a bare argument (`virtual-board set uno0 pin.2=pressed`), filled in
   * the order the inputs are declared; a list takes every bare argument left.
   */
  positional?: true;
}

export interface StringInput extends InputBase {
  kind: 'string' | 'path';
}
/**
 * A token or password: masked in the action's log, and never a GitLab component input. Under
 * `--inputs-from-env` it is read from its service's own variable (BOARDLINE_GITHUB_TOKEN, …), never
 * from a BOARDLINE_INPUT_ one, so a secret set for one service cannot reach another.
 */
export interface SecretInput extends InputBase {
  kind: 'secret';
  service: SecretService;
}
export interface IntegerInput extends InputBase {
  kind: 'integer';
  min?: number;
  max?: number;
}
export interface BooleanInput extends InputBase {
  kind: 'boolean';
}
export interface DurationInput extends InputBase {
  kind: 'duration';
}
export interface ListInput extends InputBase {
  kind: 'list';
  /** Items that may contain commas (regexes, build args) are split on newlines only. */
  split: 'lines' | 'lines-and-commas';
}
export interface ChoiceInput extends InputBase {
  kind: 'choice';
  choices: readonly string[];
}

export type InputSpec = StringInput | SecretInput | IntegerInput | BooleanInput | DurationInput | ListInput | ChoiceInput;

export interface CapabilitySpec {
  /** The action's directory name, the CLI's command, the component's template name. */
  name: string;
  /** Short human title, used for the action's `name:`. */
  title: string;
  description: string;
  /**
   * Whether the capability ships as a GitHub Action and GitLab component (some are CLI-only, like
   * `ports`): its branding, and its directory name when the command has two words
   * (`virtual-board start` ships as `virtual-board`).
   */
  action?: {
    icon: string;
    color: 'white' | 'yellow' | 'blue' | 'green' | 'orange' | 'red' | 'purple' | 'gray-dark';
    name?: string;
    /**
     * What the action's post step does when the job ends, passed or failed (the runner runs the
     * same bundle again as `runs.post`): for what a step starts that must not outlive the job.
     */
    post?: string;
  };
  inputs: Readonly<Record<string, InputSpec>>;
  outputs: Readonly<Record<string, string>>;
}

/** The value a parsed input takes, by kind. */
type ValueOf<S extends InputSpec> = S extends { kind: 'integer' }
  ? number
  : S extends { kind: 'boolean' }
    ? boolean
    : S extends { kind: 'duration' }
      ? number
      : S extends { kind: 'list' }
        ? string[]
        : S extends { kind: 'choice'; choices: readonly (infer C)[] }
          ? C
          : string;

/** Inputs with a default or marked required are always present after parsing; others may be absent. */
type Present<S extends InputSpec> = S extends { required: true } ? true : S extends { default: string } ? true : false;

export type InputValues<I extends Readonly<Record<string, InputSpec>>> = {
  -readonly [K in keyof I]: Present<I[K]> extends true
    ? ValueOf<I[K]>
    : I[K] extends { kind: 'list' }
      ? string[]
      : ValueOf<I[K]> | undefined;
};

/** Identity with a type check: keeps the literal types the typed options are derived from. */
export function defineCapability<const S extends CapabilitySpec>(spec: S): S {
  return spec;
}

/** The inputs a CI face (the action, the component) offers: all but the CLI-only ones. */
export function ciInputs(spec: CapabilitySpec): [string, InputSpec][] {
  return Object.entries(spec.inputs).filter(([, input]) => input.cliOnly !== true);
}

/** The name of the action directory, bundle and GitLab component of a capability. */
export function actionName(spec: CapabilitySpec): string {
  return spec.action?.name ?? spec.name;
}
