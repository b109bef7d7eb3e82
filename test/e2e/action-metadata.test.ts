import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { actionYaml } from '../../actions/_lib/action-metadata.js';
import { actionCapabilities } from '../../src/capabilities/registry.js';
import { actionName } from '../../src/spec/capability.js';
import { repoRoot, runBundledCli } from '../harness/run-cli.js';

interface ActionYaml {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

interface CliHelp {
  command: string;
  options: { flag: string; input: string; required: boolean; default: string | null; cliOnly: boolean }[];
  outputs: Record<string, string>;
}

const expectedActions = [
  'setup-arduino-cli',
  'compile-sketch',
  'size-report',
  'buildx-armv7',
  'flash-serial',
  'verify-banner',
  'verify-tests',
  'verify-pins',
  'run-scenario',
  'deploy-container',
  'sd-image',
  'virtual-board',
  'virtual-i2c',
];

async function readAction(name: string): Promise<{ text: string; yaml: ActionYaml }> {
  const text = await readFile(join(repoRoot, 'actions', name, 'action.yml'), 'utf8');
  return { text, yaml: parse(text) as ActionYaml };
}

describe('action metadata', () => {
  it('ships the thirteen actions', () => {
    assert.deepEqual(
      actionCapabilities.map((capability) => actionName(capability.spec)),
      expectedActions,
    );
  });

  for (const name of expectedActions) {
    it(`${name}: action.yml is the one its definition generates (run npm run build after editing it)`, async () => {
      const capability = actionCapabilities.find((entry) => actionName(entry.spec) === name)!;
      assert.equal((await readAction(name)).text, actionYaml(capability.spec));
    });

    it(`${name}: runs on node24 from a bundle the runner can reach from the action directory`, async () => {
      const { yaml } = await readAction(name);
      assert.equal(yaml.runs.using, 'node24');
      assert.ok(existsSync(resolve(repoRoot, 'actions', name, yaml.runs.main)), yaml.runs.main);
      assert.ok(yaml.name.length > 0 && yaml.description.length > 0);
      assert.ok(yaml.branding.icon.length > 0 && yaml.branding.color.length > 0);
      for (const [input, spec] of Object.entries(yaml.inputs)) assert.ok(spec.description.length > 0, `${input} has a description`);
      assert.ok(Object.keys(yaml.outputs).length > 0);
    });

    it(`${name}: the bundled CLI has the same options, defaults and outputs as action.yml`, async () => {
      const { yaml } = await readAction(name);
      const command = actionCapabilities.find((entry) => actionName(entry.spec) === name)!.spec.name;
      const run = await runBundledCli([...command.split(' '), '--help', '--json']);
      assert.equal(run.exitCode, 0, run.stderr);
      const help = JSON.parse(run.stdout) as CliHelp;
      // A CLI-only option (deploy-container --follow, a mode that runs until stopped) is no action input.
      const fromCli = help.options
        .filter((option) => !option.cliOnly)
        .map((option) => ({
          name: option.input,
          flag: option.flag,
          required: option.required,
          default: option.default,
        }));
      const fromAction = Object.entries(yaml.inputs).map(([input, spec]) => ({
        name: input,
        flag: `--${input}`,
        required: spec.required,
        default: spec.default ?? null,
      }));
      assert.deepEqual(fromCli, fromAction);
      assert.deepEqual(Object.keys(help.outputs), Object.keys(yaml.outputs));
    });
  }
});
