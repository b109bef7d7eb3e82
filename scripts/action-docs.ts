/**
 * Fills the reference part of each action's page (docs/actions/<name>.md) from the capability
 * definitions, the same source as action.yml, the GitLab component and the CLI's help: every input
 * with its name and default in each face, differences marked, and every output. The rest of a page
 * is written by hand; only the text between the two markers is replaced. Run by scripts/build.ts;
 * check-dist fails when a committed page differs from what this writes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { actionCapabilities, type Capability } from '../src/capabilities/registry.js';
import { actionName, type InputSpec } from '../src/spec/capability.js';
import { inputEnvVariable, outputEnvVariable } from '../src/spec/env-names.js';
import { componentFacts, componentSecretVariable, type ComponentInput } from './component-templates.js';

export const referenceStart = '<!-- reference:start -->';
export const referenceEnd = '<!-- reference:end -->';

/** Text for a table cell: pipes escaped, line breaks flattened. */
function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}

const code = (text: string): string => `\`${text}\``;

function cliFlag(name: string, input: InputSpec): string {
  const flag = input.kind === 'boolean' ? `${code(`--${name}`)} / ${code(`--no-${name}`)}` : code(`--${name}`);
  const repeat = input.kind === 'list' ? ' (once per item)' : '';
  return input.positional === true ? `${flag} or bare${repeat}` : `${flag}${repeat}`;
}

function kindNote(input: InputSpec): string {
  switch (input.kind) {
    case 'choice':
      return ` One of: ${input.choices.map(code).join(', ')}.`;
    case 'list':
      if (/per line/.test(input.description)) return '';
      return input.split === 'lines' ? ' One per line.' : ' One per line or comma-separated.';
    case 'duration':
      return ' A duration: 30s, 500ms, 2m, 1m30s.';
    case 'integer': {
      const range = [input.min === undefined ? '' : `at least ${input.min}`, input.max === undefined ? '' : `at most ${input.max}`];
      const said = range.filter(Boolean);
      return said.length === 0 ? '' : ` Range: ${said.join(', ')}.`;
    }
    default:
      return '';
  }
}

function defaultOf(input: InputSpec): string {
  if (input.default !== undefined) return input.default === '' ? '""' : code(input.default);
  return input.required === true ? '**required**' : '—';
}

/** The component's side of one input: its name there, or the variable a secret comes from. */
function componentCell(name: string, input: InputSpec, component: readonly ComponentInput[]): { name: string; note: string } {
  if (input.cliOnly === true) return { name: '—', note: 'CLI only.' };
  const secret = componentSecretVariable(input);
  if (secret !== undefined) return { name: `variable ${code(secret)}`, note: `In GitLab, a masked CI/CD variable ${code(secret)}.` };
  const entry = component.find((candidate) => candidate.source === name);
  if (entry === undefined) return { name: '—', note: 'Not in the component.' };
  const notes: string[] = [];
  if (entry.name !== name) notes.push(`The component calls it ${code(entry.name)}.`);
  if (entry.default !== undefined && entry.default !== input.default) notes.push(`The component's default is ${code(entry.default)}.`);
  return { name: entry.name === name ? code(name) : `**${code(entry.name)}**`, note: notes.join(' ') };
}

function inputsTable(capability: Capability, component: readonly ComponentInput[]): string[] {
  const spec = capability.spec;
  const own = component.filter((entry) => entry.capability === spec.name);
  const rows = ['| Action input | Component input | CLI flag | Default | Description |', '| --- | --- | --- | --- | --- |'];
  for (const [name, input] of Object.entries(spec.inputs)) {
    const side = componentCell(name, input, own);
    const action = input.cliOnly === true ? '—' : code(name);
    const differs = side.note === '' ? '' : ` **Differs:** ${side.note}`;
    const description = `${input.description}${kindNote(input)}${differs}`;
    rows.push(`| ${action} | ${side.name} | ${cliFlag(name, input)} | ${defaultOf(input)} | ${cell(description)} |`);
  }
  return rows;
}

/** Inputs a component takes from another capability its job also runs (compile-sketch installs arduino-cli). */
function borrowedInputs(capability: Capability, component: readonly ComponentInput[]): string[] {
  const borrowed = component.filter((entry) => entry.capability !== capability.spec.name);
  if (borrowed.length === 0) return [];
  const from = borrowed[0]?.capability ?? '';
  const lines = [
    '',
    `The component also runs [${from}](${from}.md) in its job (jobs share no tools), so it takes that action's inputs too:`,
    '',
    '| Component input | Its input in [' + from + '](' + from + '.md) | Default |',
    '| --- | --- | --- |',
  ];
  for (const entry of borrowed) {
    const secret = componentSecretVariable(entry.spec);
    const name = secret === undefined ? code(entry.name) : `variable ${code(secret)}`;
    const renamed = entry.name === entry.source ? code(entry.source) : `**${code(entry.source)}** (renamed)`;
    lines.push(`| ${name} | ${renamed} | ${defaultOf(entry.spec)} |`);
  }
  return lines;
}

function jobInputsTable(name: string): string[] {
  const lines = [
    '',
    'The component has inputs of its own, for the job it adds:',
    '',
    '| Component input | Default | Description |',
    '| --- | --- | --- |',
  ];
  for (const input of componentFacts(name).jobInputs) {
    const fallback = input.default === undefined ? (input.type === 'array' ? '**required**' : '—') : code(input.default);
    lines.push(`| ${code(input.name)} | ${fallback} | ${cell(input.description)} |`);
  }
  return lines;
}

function outputsTable(capability: Capability): string[] {
  const rows = ['| Output | In GitLab (dotenv) | Description |', '| --- | --- | --- |'];
  for (const [name, description] of Object.entries(capability.spec.outputs)) {
    rows.push(`| ${code(name)} | ${code(outputEnvVariable(name))} | ${cell(description)} |`);
  }
  return rows;
}

/** The generated reference of one action, as Markdown between the markers. */
export function actionReference(capability: Capability): string {
  const spec = capability.spec;
  const name = actionName(spec);
  const component = componentFacts(name).inputs;
  return [
    `<!-- Generated from src/capabilities/${name}.ts by \`npm run build\`: edit the definition there, not this part. -->`,
    '',
    '## Reference',
    '',
    '| Face | How to use it |',
    '| --- | --- |',
    `| GitHub Actions | ${code(`uses: acme/boardline/actions/${name}@v1`)} with the action inputs under ${code('with:')} |`,
    `| GitLab CI/CD | ${code(`component: $CI_SERVER_FQDN/acme/boardline-components/${name}@<version>`)} with the component inputs under ${code('inputs:')} ([GitLab](../gitlab.md)) |`,
    `| CLI | ${code(`boardline ${spec.name}`)} with the flags; under ${code('--inputs-from-env')} each input from ${code(inputEnvVariable('<name>'))} ([CLI](../cli.md)) |`,
    '',
    '### Inputs',
    '',
    ...inputsTable(capability, component),
    ...borrowedInputs(capability, component),
    ...jobInputsTable(name),
    '',
    '### Outputs',
    '',
    ...outputsTable(capability),
  ].join('\n');
}

/** A page with its reference part replaced; a page that does not exist yet gets a title and the part. */
export function withReference(page: string | undefined, name: string, reference: string): string {
  const text = page ?? `# ${name}\n\n${referenceStart}\n${referenceEnd}\n`;
  const start = text.indexOf(referenceStart);
  const end = text.indexOf(referenceEnd);
  if (start === -1 || end < start) {
    throw new Error(
      `docs/actions/${name}.md has no ${referenceStart} … ${referenceEnd} part: put the two markers where the reference goes`,
    );
  }
  return `${text.slice(0, start + referenceStart.length)}\n\n${reference}\n\n${text.slice(end)}`;
}

/** Writes the reference part of every action's page; returns the pages written. */
export async function writeActionDocs(root: string): Promise<string[]> {
  const written: string[] = [];
  for (const capability of actionCapabilities) {
    const name = actionName(capability.spec);
    const path = join(root, 'docs', 'actions', `${name}.md`);
    const page = await readFile(path, 'utf8').catch(() => undefined);
    const text = withReference(page, name, actionReference(capability));
    // Formatted as the repository's prettier check wants it, so the check and the build agree.
    const formatted = await format(text, { ...(await resolveConfig(path)), filepath: path });
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, formatted);
    written.push(join('docs', 'actions', `${name}.md`));
  }
  return written;
}
