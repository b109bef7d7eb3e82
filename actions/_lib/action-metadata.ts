import { stringify } from 'yaml';
import { actionName, ciInputs, type CapabilitySpec, type InputSpec } from '../../src/spec/capability.js';

/** The path from an action's directory to its bundle. The runner joins it to the action directory. */
export function bundlePath(name: string): string {
  return `../../dist/${name}/index.cjs`;
}

function inputDescription(input: InputSpec): string {
  return input.kind === 'choice' ? `${input.description} One of: ${input.choices.join(', ')}.` : input.description;
}

/** The action.yml a capability's definition implies; `npm run build` writes it, CI checks it is current. */
export function actionMetadata(spec: CapabilitySpec): Record<string, unknown> {
  if (spec.action === undefined) throw new Error(`${spec.name} is not an action`);
  const inputs: Record<string, Record<string, unknown>> = {};
  for (const [name, input] of ciInputs(spec)) {
    const entry: Record<string, unknown> = { description: inputDescription(input), required: input.required === true };
    if (input.default !== undefined) entry['default'] = input.default;
    inputs[name] = entry;
  }
  const outputs = Object.fromEntries(Object.entries(spec.outputs).map(([name, description]) => [name, { description }]));
  return {
    name: spec.title,
    description: spec.description,
    author: 'Boardline',
    branding: { icon: spec.action.icon, color: spec.action.color },
    inputs,
    outputs,
    runs: {
      using: 'node24',
      main: bundlePath(actionName(spec)),
      // always(): a failed or cancelled job is where a bus or daemon left running hurts most.
      ...(spec.action.post === undefined ? {} : { post: bundlePath(actionName(spec)), 'post-if': 'always()' }),
    },
  };
}

export function actionYaml(spec: CapabilitySpec): string {
  const header = `# Generated from src/capabilities/${actionName(spec)}.ts by \`npm run build\`: edit the definition there, not this file.\n`;
  return header + stringify(actionMetadata(spec), { lineWidth: 0 });
}
