import type { Capability } from '../capabilities/registry.js';
import type { CapabilitySpec, InputSpec } from '../spec/capability.js';
import { boardlineVersion } from '../version.js';

function placeholder(input: InputSpec): string {
  switch (input.kind) {
    case 'boolean':
      return '';
    case 'choice':
      return ` <${input.choices.join('|')}>`;
    case 'integer':
      return ' <n>';
    case 'duration':
      return ' <duration>';
    case 'path':
      return ' <path>';
    case 'list':
      return ' <item>';
    default:
      return ' <value>';
  }
}

function flagLabel(name: string, input: InputSpec): string {
  return input.kind === 'boolean' ? `--${name}, --no-${name}` : `--${name}${placeholder(input)}`;
}

function notes(input: InputSpec): string {
  const parts: string[] = [];
  if (input.required === true) parts.push('required');
  if (input.default !== undefined) parts.push(`default: ${input.default}`);
  if (input.kind === 'list') parts.push('repeat for several');
  return parts.length === 0 ? '' : ` (${parts.join('; ')})`;
}

export function commandHelp(spec: CapabilitySpec): string {
  const rows = Object.entries(spec.inputs).map(([name, input]) => ({
    label: flagLabel(name, input),
    text: `${input.description}${notes(input)}`,
  }));
  rows.push({ label: '--json', text: 'Print the result (outputs, or the error) as one JSON object on stdout.' });
  rows.push({
    label: '--inputs-from-env',
    text: 'Also read each option from BOARDLINE_INPUT_<NAME> (upper case, - as _); empty means unset, flags win. For GitLab jobs.',
  });
  rows.push({ label: '--dotenv <file>', text: 'Write the outputs as BOARDLINE_<OUTPUT>=value lines, a GitLab dotenv report.' });
  rows.push({ label: '-h, --help', text: 'Show this help; with --json, the options as JSON.' });
  const width = Math.max(...rows.map((row) => row.label.length));
  const outputs = Object.entries(spec.outputs).map(([name, text]) => `  ${name}: ${text}`);
  return [
    `boardline ${spec.name} — ${spec.description}`,
    '',
    `Usage: boardline ${spec.name}${Object.entries(spec.inputs)
      .filter(([, input]) => input.positional === true)
      .map(([name, input]) => ` [${name.toUpperCase()}${input.kind === 'list' ? ' …' : ''}]`)
      .join('')} [options]`,
    '',
    'Options:',
    ...rows.map((row) => `  ${row.label.padEnd(width)}  ${row.text}`),
    '',
    'Outputs (with --json):',
    ...outputs,
  ].join('\n');
}

/** The options as data: what the action/CLI agreement test and tooling read. */
export function commandHelpJson(spec: CapabilitySpec): object {
  return {
    command: spec.name,
    description: spec.description,
    options: Object.entries(spec.inputs).map(([name, input]) => ({
      flag: `--${name}`,
      input: name,
      kind: input.kind,
      required: input.required === true,
      default: input.default ?? null,
      description: input.description,
      cliOnly: input.cliOnly === true,
      ...(input.kind === 'choice' ? { choices: input.choices } : {}),
    })),
    outputs: spec.outputs,
  };
}

/**
 * The help of a group of commands (`boardline virtual-board --help`): each command with one line,
 * as the main help lists the groupless ones.
 */
export function groupHelp(group: string, members: readonly Capability[]): string {
  const verbs = members.map((entry) => ({ verb: entry.spec.name.slice(group.length + 1), description: entry.spec.description }));
  const width = Math.max(...verbs.map((entry) => entry.verb.length));
  return [
    `Usage: boardline ${group} <command> [options]`,
    '',
    'Commands:',
    ...verbs.map((entry) => `  ${entry.verb.padEnd(width)}  ${entry.description}`),
    '',
    `boardline ${group} <command> --help shows a command's options.`,
  ].join('\n');
}

/** The group's commands as data, as commandHelpJson gives a command's options. */
export function groupHelpJson(group: string, members: readonly Capability[]): object {
  return { group, commands: members.map((entry) => ({ command: entry.spec.name, description: entry.spec.description })) };
}

export function mainHelp(capabilities: readonly Capability[]): string {
  const width = Math.max(...capabilities.map((entry) => entry.spec.name.length));
  return [
    `boardline ${boardlineVersion} — from a commit to a verified board`,
    '',
    'Usage: boardline <command> [options]',
    '',
    'Commands:',
    ...capabilities.map((entry) => `  ${entry.spec.name.padEnd(width)}  ${entry.spec.description}`),
    '',
    'Options:',
    "  -h, --help     Show help; boardline <command> --help shows a command's options.",
    '  -V, --version  Print the version.',
    '',
    'Exit codes: 0 success, 1 failed, 2 bad input, 3 port problem, 4 timed out,',
    '            69 not available (a tool this machine lacks, such as arduino-cli, or a capability this version lacks).',
  ].join('\n');
}
