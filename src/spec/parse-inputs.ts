import { BoardlineError } from '../errors.js';
import type { CapabilitySpec, InputSpec, InputValues } from './capability.js';
import { parseDuration } from './duration.js';

/**
 * Raw inputs as a face received them: strings, with '' meaning "not given" (that is what the
 * Actions runner passes for an input that was not set and has no default).
 */
export type RawInputs = Readonly<Record<string, string | undefined>>;

const booleanWords: Readonly<Record<string, boolean>> = {
  true: true,
  True: true,
  TRUE: true,
  false: false,
  False: false,
  FALSE: false,
};

/**
 * How the user of a face gives an input, as the fix in an error names it: a workflow's `with:` and
 * a component's `inputs:` take the input's own name (`firmware`), the CLI a flag (`--firmware`).
 * The message names the input the same way in every face; only the fix speaks the face's language.
 */
export type InputNaming = (name: string) => string;

/** The input's own name, as action.yml declares it: what the action face says. */
export const inputNames: InputNaming = (name) => name;

function invalid(name: string, message: string, fix: string): BoardlineError {
  return new BoardlineError('usage', `Input "${name}" ${message}`, { hint: `Fix: ${fix}` });
}

function splitList(raw: string, split: 'lines' | 'lines-and-commas'): string[] {
  const pieces = split === 'lines' ? raw.split(/\r?\n/) : raw.split(/\r?\n|,/);
  return pieces.map((piece) => piece.trim()).filter((piece) => piece !== '');
}

function parseOne(name: string, spec: InputSpec, raw: string, naming: InputNaming): unknown {
  const given = naming(name);
  switch (spec.kind) {
    case 'string':
    case 'path':
    case 'secret':
      return raw;
    case 'integer': {
      const text = raw.trim();
      if (!/^-?\d+$/.test(text)) {
        throw invalid(name, `must be a whole number, got "${raw}"`, `set ${given} to a number such as ${spec.default ?? '1'}`);
      }
      const value = Number(text);
      if (spec.min !== undefined && value < spec.min) {
        throw invalid(name, `must be at least ${spec.min}, got ${value}`, `raise ${given} to ${spec.min} or more`);
      }
      if (spec.max !== undefined && value > spec.max) {
        throw invalid(name, `must be at most ${spec.max}, got ${value}`, `lower ${given} to ${spec.max} or less`);
      }
      return value;
    }
    case 'boolean': {
      const value = booleanWords[raw.trim()];
      if (value === undefined) {
        throw invalid(name, `must be true or false, got "${raw}"`, `set ${given} to true or false`);
      }
      return value;
    }
    case 'duration': {
      const value = parseDuration(raw);
      if (value === undefined) {
        throw invalid(
          name,
          `must be a duration such as 30s, 500ms, 2m or 1m30s (a bare number means seconds), got "${raw}"`,
          `set ${given} to e.g. ${spec.default ?? '30s'}`,
        );
      }
      return value;
    }
    case 'list':
      return splitList(raw, spec.split);
    case 'choice': {
      const value = raw.trim();
      if (!spec.choices.includes(value)) {
        throw invalid(name, `must be one of ${spec.choices.join(', ')}; got "${raw}"`, `set ${given} to one of those values`);
      }
      return value;
    }
  }
}

/**
 * Parses what a face received into typed options. Both faces go through here, so an input means the
 * same thing, with the same default and the same error, whether it came from action.yml or a flag;
 * `naming` is how the fix names an input to the face's user (the CLI passes its flags).
 */
export function parseInputs<S extends CapabilitySpec>(spec: S, raw: RawInputs, naming: InputNaming = inputNames): InputValues<S['inputs']> {
  const known = new Set(Object.keys(spec.inputs));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      throw new BoardlineError('usage', `${spec.name} has no input "${name}"`, {
        hint: `Fix: use one of ${[...known].join(', ') || '(no inputs)'}`,
      });
    }
  }
  const values: Record<string, unknown> = {};
  for (const [name, input] of Object.entries(spec.inputs)) {
    const given = raw[name];
    const text = given !== undefined && given !== '' ? given : input.default;
    if (text === undefined || text === '') {
      if (input.required === true) {
        throw invalid(name, `is required by ${spec.name}`, `set ${naming(name)}: ${input.description}`);
      }
      values[name] = input.kind === 'list' ? [] : undefined;
      continue;
    }
    values[name] = parseOne(name, input, text, naming);
  }
  return values as InputValues<S['inputs']>;
}
