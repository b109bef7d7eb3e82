import { BoardlineError } from '../errors.js';
import type { CapabilitySpec } from '../spec/capability.js';
import { inputEnvVariable } from '../spec/env-names.js';
import type { InputNaming, RawInputs } from '../spec/parse-inputs.js';

export interface ParsedArgs {
  inputs: RawInputs;
  json: boolean;
  help: boolean;
  /** Also read inputs from BOARDLINE_INPUT_<NAME> variables; flags win. */
  inputsFromEnv: boolean;
  /** Write the outputs to this file as a GitLab dotenv report. */
  dotenv: string | undefined;
}

/** Edit distance between two short strings (flag names). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * The flags to suggest when a flag is misspelt. A flag cut short (`--prot`) is taken for the ones it
 * begins, before edit distance is asked: `--prot` is two edits from `--port` but meant `--protocol`.
 */
function closest(name: string, candidates: readonly string[]): string[] {
  const extended = name === '' ? [] : candidates.filter((candidate) => candidate.startsWith(name));
  if (extended.length > 0) return extended;
  const ranked = candidates.map((candidate) => ({ candidate, score: editDistance(name, candidate) })).sort((a, b) => a.score - b.score);
  const best = ranked[0];
  return best !== undefined && best.score <= Math.max(2, Math.floor(name.length / 3)) ? [best.candidate] : [];
}

/** `--a`, `--a or --b`, `--a, --b or --c`. */
function flagList(names: readonly string[]): string {
  const flags = names.map((name) => `--${name}`);
  return flags.length <= 1 ? flags.join('') : `${flags.slice(0, -1).join(', ')} or ${flags.at(-1) ?? ''}`;
}

/** The options every command takes besides its inputs. */
const commonFlags = ['json', 'help', 'inputs-from-env', 'dotenv'];

/**
 * How the CLI's fixes name an input (see parseInputs): its flag, and under --inputs-from-env also
 * the variable it is read from, which is how a GitLab job gives it.
 */
export function cliInputNaming(spec: CapabilitySpec, inputsFromEnv: boolean): InputNaming {
  return (name) => {
    const flag = `--${name}`;
    // A secret is read from its service's own variable rather than BOARDLINE_INPUT_ (env-inputs.ts
    // decides which); the flag alone is never wrong.
    if (!inputsFromEnv || spec.inputs[name]?.kind === 'secret') return flag;
    return `${inputEnvVariable(name)} (or ${flag})`;
  };
}

/**
 * Parses a command's flags against its capability: `--name value`, `--name=value`, `--flag` and
 * `--no-flag` for booleans, and list inputs given once per item. Values stay strings here: they are
 * parsed by the same code that parses the action's inputs.
 */
export function parseArgs(spec: CapabilitySpec, argv: readonly string[]): ParsedArgs {
  const inputs: Record<string, string> = {};
  let json = false;
  let help = false;
  let inputsFromEnv = false;
  let dotenv: string | undefined;
  const names = Object.keys(spec.inputs);
  const usage = (message: string, hint: string): BoardlineError =>
    new BoardlineError('usage', message, { hint: `${hint} (boardline ${spec.name} --help lists the options)` });

  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (arg === '--inputs-from-env') {
      inputsFromEnv = true;
      continue;
    }
    if (arg === '--dotenv' || arg.startsWith('--dotenv=')) {
      const file = arg === '--dotenv' ? argv[(index += 1)] : arg.slice('--dotenv='.length);
      if (file === undefined || file === '') throw usage('--dotenv needs a file', 'Fix: write --dotenv boardline.env');
      dotenv = file;
      continue;
    }
    if (!arg.startsWith('--')) {
      const slot = names.find(
        (name) => spec.inputs[name]?.positional === true && (inputs[name] === undefined || spec.inputs[name].kind === 'list'),
      );
      if (slot === undefined) {
        throw usage(`Unexpected argument "${arg}"`, 'Fix: every value is given with its option name, e.g. --port /dev/ttyACM0');
      }
      inputs[slot] = inputs[slot] === undefined ? arg : `${inputs[slot]}\n${arg}`;
      continue;
    }
    const equals = arg.indexOf('=');
    const flag = arg.slice(2, equals === -1 ? undefined : equals);
    const negated = flag.startsWith('no-') && spec.inputs[flag.slice(3)]?.kind === 'boolean';
    const name = negated ? flag.slice(3) : flag;
    const input = spec.inputs[name];
    if (input === undefined) {
      const negatable = names.filter((candidate) => spec.inputs[candidate]?.kind === 'boolean').map((candidate) => `no-${candidate}`);
      const suggestions = closest(flag, [...names, ...negatable, ...commonFlags]);
      throw usage(
        `Unknown option --${flag} for ${spec.name}`,
        suggestions.length === 0 ? 'Fix: remove it' : `Fix: did you mean ${flagList(suggestions)}?`,
      );
    }
    let value: string;
    if (equals !== -1) {
      if (negated) throw usage(`--${flag} takes no value`, `Fix: write --${flag} or --${name}=false`);
      value = arg.slice(equals + 1);
    } else if (input.kind === 'boolean') {
      value = negated ? 'false' : 'true';
    } else {
      const next = argv[index + 1];
      if (next === undefined) throw usage(`--${name} needs a value`, `Fix: write --${name} <value>`);
      value = next;
      index += 1;
    }
    const earlier = inputs[name];
    if (earlier !== undefined && input.kind !== 'list') {
      throw usage(`--${name} is given twice`, `Fix: keep one --${name}`);
    }
    inputs[name] = earlier === undefined ? value : `${earlier}\n${value}`;
  }
  return { inputs, json, help, inputsFromEnv, dotenv };
}
