/**
 * Generates the GitLab CI/CD component templates (components/templates/<name>.yml) from the
 * capability definitions, so their typed inputs never drift from the action's inputs and the
 * CLI's options. Run by scripts/build.ts; test/e2e/components.test.ts checks they are current.
 *
 * Every input reaches the job as a BOARDLINE_INPUT_<NAME> variable with `expand: false` and the
 * CLI reads it with --inputs-from-env: no input value is ever part of a script line, so none can
 * inject shell, and none is expanded by GitLab either (it arrives byte for byte).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setupArduinoCliCapability, type Capability, actionCapabilities } from '../src/capabilities/registry.js';
import { actionName, ciInputs, type CapabilitySpec, type InputSpec } from '../src/spec/capability.js';
import { inputEnvVariable, secretEnvVariable, secretServiceIn, secretVariablePurposes } from '../src/spec/env-names.js';

/** What GitLab accepts as a duration for Boardline: 30, 30s, 500ms, 2m, 1m30s. */
const durationRegex = '^[0-9]+(\\.[0-9]+)?(ms|s|m|h)?([0-9]+(\\.[0-9]+)?(ms|s|m|h))*$';

/** One `spec:inputs` entry and the job variable it feeds. */
export interface ComponentInput {
  /** The input's name in the component. */
  name: string;
  /** The input's name in the capability it belongs to (the action's, the CLI flag's). */
  source: string;
  /** The capability the input belongs to: the component's own, or one its job also runs. */
  capability: string;
  /** The BOARDLINE_INPUT_ variable the CLI reads it from. */
  variable: string;
  spec: InputSpec;
  /** A default the component sets where the capability has none (a path the job's artifacts use). */
  default?: string;
}

interface ComponentPlan {
  capability: Capability;
  stage: string;
  /** Inputs of the capability the component gives a different default. */
  defaults?: Readonly<Record<string, string>>;
  /** Extra inputs from another capability run in the same job, renamed where a name would be ambiguous. */
  extra?: { capability: Capability; rename: Readonly<Record<string, string>>; skip: readonly string[] };
  /** Whether the job takes a resource_group: one job at a time per physical board. */
  resourceGroup?: boolean;
  /**
   * Whether the job must say which runner it runs on (a required runner tags input): the one with
   * the board, for a virtual board the one shell runner its later jobs run on, for image builds one
   * that reaches a Docker daemon. GitLab refuses empty tags, so other jobs have no such input
   * (they take the pipeline's `default: tags`).
   */
  tags?: { description: string; /** The input's name where the capability already has a `tags` input. */ input?: string };
  /** The name of the job's own image input where the capability already has an `image` input. */
  jobImageInput?: string;
  /** The script lines after the shell function that runs the CLI. */
  script: readonly string[];
  /** The job's artifacts block, as YAML lines under `artifacts:`. */
  artifacts: readonly string[];
  /** Other job keys, as YAML lines. */
  more?: readonly string[];
  /** Job variables besides the inputs, as YAML lines. */
  variables?: readonly string[];
}

const dotenvOnly = ['when: always', 'reports:', '  dotenv: boardline.env'];

/**
 * A job that reads an attached board's console (verify-banner, verify-tests): one at a time per
 * board, its transcript and JUnit report kept whether it passed or not, the report GitLab's.
 */
function consoleCheck(capability: Capability): ComponentPlan {
  const name = actionName(capability.spec);
  return {
    capability,
    stage: 'test',
    resourceGroup: true,
    tags: { description: 'Runner tags of the self-hosted runner the board is attached to, e.g. [pi, uno-1].' },
    defaults: { junit: `boardline/${name}.xml`, transcript: `boardline/${name}.log` },
    script: [`boardline ${name} --inputs-from-env --dotenv boardline.env`],
    artifacts: [
      'when: always',
      'paths: ["$[[ inputs.transcript ]]", "$[[ inputs.junit ]]"]',
      'reports:',
      '  dotenv: boardline.env',
      '  junit: "$[[ inputs.junit ]]"',
    ],
  };
}

/** The components, by capability: what runs in the job and what it keeps. */
function plans(): ComponentPlan[] {
  const byName = (name: string): Capability => {
    const found = actionCapabilities.find((entry) => actionName(entry.spec) === name);
    if (found === undefined) throw new Error(`no action capability ${name}`);
    return found;
  };
  // The tool cache inside the project directory, so GitLab's cache keeps arduino-cli and the
  // platforms between jobs on hosted runners too (its paths must be inside the project).
  const toolCache = ['cache:', '  key: boardline-arduino-tools', '  paths: [.boardline/tools/]'];
  const toolCacheDir = ['BOARDLINE_TOOL_CACHE: $CI_PROJECT_DIR/.boardline/tools'];
  return [
    {
      capability: byName('setup-arduino-cli'),
      stage: 'build',
      // The command prints export lines; the assignment keeps its exit status, which eval would lose.
      script: [
        'boardline_env="$(boardline setup-arduino-cli --inputs-from-env --dotenv boardline.env)"',
        'eval "$boardline_env"',
        'arduino-cli version',
      ],
      artifacts: dotenvOnly,
      more: toolCache,
      variables: toolCacheDir,
    },
    {
      capability: byName('compile-sketch'),
      stage: 'build',
      // arduino-cli must be installed in the job that compiles: jobs share no tools.
      extra: {
        capability: setupArduinoCliCapability,
        rename: { version: 'arduino-cli-version', cache: 'cache-platforms', token: 'arduino-cli-token' },
        skip: ['profile', 'sketch-path', 'api-url'],
      },
      // setup reads the same variables: its own profile and sketch-path are blanked (compile-sketch's
      // profile is compile's; arduino-cli installs a profile's platforms itself). Its token is
      // BOARDLINE_GITHUB_TOKEN and compile-sketch's is BOARDLINE_GITLAB_TOKEN: never the same variable.
      script: [
        "boardline_env=\"$(boardline setup-arduino-cli --inputs-from-env --profile '' --sketch-path '')\"",
        'eval "$boardline_env"',
        'boardline compile-sketch --inputs-from-env --dotenv boardline.env',
      ],
      artifacts: ['when: always', 'paths: ["$[[ inputs.output-dir ]]/"]', 'reports:', '  dotenv: boardline.env'],
      more: toolCache,
      variables: toolCacheDir,
    },
    {
      capability: byName('size-report'),
      stage: 'test',
      script: ['boardline size-report --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
    {
      capability: byName('buildx-armv7'),
      stage: 'build',
      // The job runs docker: it must land on a runner with a daemon, which a GitLab user names by
      // tag (a shell runner in the docker group, as for the board jobs). Its `tags` input already
      // means the image references.
      tags: {
        input: 'runner-tags',
        description:
          'Runner tags of a runner whose job shell reaches a Docker daemon (a shell runner whose user is in the docker group), e.g. [docker].',
      },
      script: ['boardline buildx-armv7 --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
    {
      capability: byName('flash-serial'),
      stage: 'deploy',
      resourceGroup: true,
      tags: { description: 'Runner tags of the self-hosted runner the board is attached to, e.g. [pi, uno-1].' },
      script: ['boardline flash-serial --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
    consoleCheck(byName('verify-banner')),
    consoleCheck(byName('verify-tests')),
    {
      capability: byName('verify-pins'),
      stage: 'test',
      resourceGroup: true,
      // The board's pins are on the machine the virtual board runs on: the job must run there too.
      tags: { description: 'Runner tags of the shell runner the virtual board runs on, e.g. [boards].' },
      defaults: { junit: 'boardline/verify-pins.xml', picture: 'boardline/verify-pins.svg', screenshot: 'boardline/verify-pins.png' },
      script: ['boardline verify-pins --inputs-from-env --dotenv boardline.env'],
      artifacts: ['when: always', 'paths: ["boardline/"]', 'reports:', '  dotenv: boardline.env', '  junit: "$[[ inputs.junit ]]"'],
    },
    {
      capability: byName('run-scenario'),
      stage: 'test',
      resourceGroup: true,
      // A virtual board (the one the scenario names, or one it starts from a diagram) runs on the
      // machine the job runs on, as does a real board's serial port.
      tags: { description: 'Runner tags of the shell runner the board (or its virtual board) is on, e.g. [boards].' },
      defaults: { junit: 'boardline/run-scenario.xml', transcript: 'boardline/run-scenario.log' },
      script: ['boardline run-scenario --inputs-from-env --dotenv boardline.env'],
      artifacts: ['when: always', 'paths: ["boardline/"]', 'reports:', '  dotenv: boardline.env', '  junit: "$[[ inputs.junit ]]"'],
    },
    {
      capability: byName('deploy-container'),
      stage: 'deploy',
      // One deploy per Pi at a time is GitLab's queue to see; the CLI's own lock holds across pipelines too.
      resourceGroup: true,
      // Its `image` input is the app's image; the job's own image (Docker executors) is job-image.
      jobImageInput: 'job-image',
      tags: {
        description: 'Runner tags of the runner on the Pi (or one that reaches its daemon through docker-host), e.g. [pi, rhubarb].',
      },
      script: ['boardline deploy-container --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
    {
      capability: byName('sd-image'),
      stage: 'build',
      // The built components are kept in GitLab's cache (inside the project, where its paths must
      // be), so a changed hostname rebuilds seconds of work, not the Debian root file system.
      defaults: { output: 'build/sd-image.img', 'cache-dir': '.boardline/sd-image-cache' },
      tags: {
        description:
          'Runner tags of a runner with mmdebstrap, fakeroot, QEMU (qemu-user-static with binfmt, qemu-system-arm) and, for preloaded containers, a Docker daemon, e.g. [image-builder].',
      },
      script: ['boardline sd-image --inputs-from-env --dotenv boardline.env'],
      // The image with its checksum, package manifest and boot transcript, passed or not.
      artifacts: ['when: always', 'paths: ["$[[ inputs.output ]]*"]', 'reports:', '  dotenv: boardline.env'],
      more: ['cache:', '  key: boardline-sd-image', '  paths: [.boardline/sd-image-cache/]'],
    },
    {
      capability: byName('virtual-board'),
      stage: 'deploy',
      tags: { description: 'Runner tags of the shell runner the board runs on: the jobs that flash and verify it must run there too.' },
      script: ['boardline virtual-board start --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
    {
      capability: byName('virtual-i2c'),
      stage: 'test',
      // GitLab has no post step: the bus serves the later jobs on the same shell runner until one
      // of them stops it (boardline virtual-i2c stop NAME), as a virtual board does.
      tags: {
        description:
          'Runner tags of the shell runner the bus runs on: the jobs whose programs use it must run there too, and the last of them stops it (boardline virtual-i2c stop NAME).',
      },
      script: ['boardline virtual-i2c start --inputs-from-env --dotenv boardline.env'],
      artifacts: dotenvOnly,
    },
  ];
}

function inputsOf(plan: ComponentPlan): ComponentInput[] {
  const own = ciInputs(plan.capability.spec).map(([name, spec]) => ({
    name,
    source: name,
    capability: plan.capability.spec.name,
    variable: inputEnvVariable(name),
    spec,
    ...(plan.defaults?.[name] === undefined ? {} : { default: plan.defaults[name] }),
  }));
  const extra = plan.extra;
  if (extra === undefined) return own;
  const more = ciInputs(extra.capability.spec)
    .filter(([name]) => !extra.skip.includes(name))
    .map(([name, spec]) => ({
      name: extra.rename[name] ?? name,
      source: name,
      capability: extra.capability.spec.name,
      variable: inputEnvVariable(name),
      spec,
    }));
  return [...own, ...more];
}

const quote = (text: string): string => JSON.stringify(text);

/** An input's `spec:inputs` entry; secrets are no inputs at all (see secretVariables). */
function inputEntry(input: ComponentInput): string[] {
  const { spec } = input;
  const lines = [`  ${input.name}:`];
  const fallback = input.default ?? spec.default;
  let description = spec.description;
  switch (spec.kind) {
    case 'integer': {
      // GitLab has no "unset" number: an optional number without a default is a string of digits.
      lines.push(fallback === undefined ? `    regex: "^(-?[0-9]+)?$"` : '    type: number');
      const range = [spec.min === undefined ? '' : `at least ${spec.min}`, spec.max === undefined ? '' : `at most ${spec.max}`].filter(
        Boolean,
      );
      if (range.length > 0) description += ` Range: ${range.join(', ')}.`;
      break;
    }
    case 'boolean':
      lines.push('    type: boolean');
      break;
    case 'choice':
      // An optional choice without a default is given as "" (unset), which must then be an option too.
      lines.push(
        `    options: [${[...(fallback === undefined && spec.required !== true ? [''] : []), ...spec.choices].map(quote).join(', ')}]`,
      );
      break;
    case 'duration':
      // An optional duration without a default is given as "" (unset), as an optional number is.
      lines.push(
        `    regex: ${quote(fallback === undefined && spec.required !== true ? `^(${durationRegex.slice(1, -1)})?$` : durationRegex)}`,
      );
      description += ' A duration: 30s, 500ms, 2m, 1m30s.';
      break;
    case 'list':
      // Lists are one string, split as the action splits them.
      if (!/per line/.test(description)) description += spec.split === 'lines' ? ' One per line.' : ' One per line or comma-separated.';
      break;
    default:
      break;
  }
  lines.push(`    description: ${quote(description)}`);
  // Inputs without a default are mandatory in GitLab: only required ones stay so.
  if (fallback !== undefined) {
    lines.push(`    default: ${spec.kind === 'integer' || spec.kind === 'boolean' ? fallback : quote(fallback)}`);
  } else if (spec.required !== true) {
    lines.push(`    default: ""`);
  }
  return lines;
}

/** An input of the component's job itself (where and how it runs), which no other face has. */
export interface JobInput {
  name: string;
  description: string;
  default?: string;
  type?: 'array';
  regex?: string;
}

function jobInputs(plan: ComponentPlan): JobInput[] {
  const name = actionName(plan.capability.spec);
  const inputs: JobInput[] = [
    { name: 'stage', default: plan.stage, description: 'Stage the job runs in.' },
    {
      name: 'job-prefix',
      default: 'boardline',
      description: `Prefix of the job name: <job-prefix>-${name}. Use another prefix to include the component twice.`,
    },
    {
      name: plan.jobImageInput ?? 'image',
      default: 'node:24-bookworm-slim',
      description: 'Image for Docker-executor runners (a shell runner ignores it): needs Node.js 20 or later.',
    },
  ];
  if (plan.tags !== undefined) inputs.push({ name: plan.tags.input ?? 'tags', type: 'array', description: plan.tags.description });
  if (plan.resourceGroup === true) {
    inputs.push({
      name: 'resource-group',
      default: 'boardline-board',
      regex: '^[A-Za-z0-9_.-][A-Za-z0-9_./ -]*$',
      description: 'Jobs in one resource group never run at once: give each physical board its own.',
    });
  }
  return inputs;
}

/** The GitLab variable a component reads a secret from: one per service, a code host being GitLab. */
export function componentSecretVariable(spec: InputSpec): string | undefined {
  return spec.kind === 'secret' ? secretEnvVariable(spec.service, { GITLAB_CI: 'true' }) : undefined;
}

/** What the docs say of a component: its job's own inputs and the inputs it takes from capabilities. */
export function componentFacts(name: string): { jobInputs: JobInput[]; inputs: ComponentInput[] } {
  const plan = plans().find((entry) => actionName(entry.capability.spec) === name);
  if (plan === undefined) throw new Error(`no component ${name}`);
  return { jobInputs: jobInputs(plan), inputs: inputsOf(plan) };
}

function templateText(plan: ComponentPlan): string {
  const spec: CapabilitySpec = plan.capability.spec;
  const name = actionName(spec);
  const all = inputsOf(plan);
  const inputs = all.filter((input) => input.spec.kind !== 'secret');
  const secrets = all.filter((input) => input.spec.kind === 'secret');
  const out: string[] = [
    `# Generated from src/capabilities/${name}.ts by \`npm run build\`: edit the definition there, not this file.`,
    `# ${spec.description}`,
  ];
  for (const secret of secrets) {
    if (secret.spec.kind !== 'secret') continue;
    // The variable a GitLab job reads it from, one per service (a code host is GitLab here).
    const service = secretServiceIn(secret.spec.service, { GITLAB_CI: 'true' });
    out.push(
      `# ${secret.name}: a secret is never a component input; set the masked CI/CD variable ${secretEnvVariable(service, {})} (${secretVariablePurposes[service]}) instead.`,
    );
  }
  // GitLab interpolates $[[ component.version ]] only for templates that declare it.
  out.push('spec:', '  component: [version]', '  inputs:');
  for (const input of jobInputs(plan)) {
    out.push(`    ${input.name}:`);
    if (input.type !== undefined) out.push(`      type: ${input.type}`);
    if (input.default !== undefined) out.push(`      default: ${/^[a-z-]+$/.test(input.default) ? input.default : quote(input.default)}`);
    if (input.regex !== undefined) out.push(`      regex: ${quote(input.regex)}`);
    out.push(`      description: ${quote(input.description)}`);
  }
  const tagsInput = plan.tags?.input ?? 'tags';
  for (const input of inputs) out.push(...inputEntry(input).map((line) => `  ${line}`));
  out.push('---');
  out.push(`"$[[ inputs.job-prefix ]]-${name}":`);
  out.push('  stage: $[[ inputs.stage ]]', `  image: $[[ inputs.${plan.jobImageInput ?? 'image'} ]]`);
  if (plan.tags !== undefined) out.push(`  tags: $[[ inputs.${tagsInput} ]]`);
  if (plan.resourceGroup === true) out.push('  resource_group: "$[[ inputs.resource-group ]]"');
  // Not BOARDLINE_VERSION: setup-arduino-cli's dotenv output `version` arrives under that name in later jobs.
  out.push('  variables:', '    BOARDLINE_COMPONENT_VERSION: "$[[ component.version ]]"');
  for (const line of plan.variables ?? []) out.push(`    ${line}`);
  for (const input of inputs) out.push(`    ${input.variable}: { value: "$[[ inputs.${input.name} ]]", expand: false }`);
  out.push(
    '  script:',
    "    # A bundled CLI installed on the runner (CI/CD variable BOARDLINE_CLI), else this component's release from npm.",
    '    - boardline() { if [ -n "${BOARDLINE_CLI:-}" ]; then node "$BOARDLINE_CLI" "$@"; elif [ -n "${BOARDLINE_COMPONENT_VERSION:-}" ]; then npx --yes "boardline@$BOARDLINE_COMPONENT_VERSION" "$@"; else echo "Boardline needs this component included at a release (@1.0.0), or the CI/CD variable BOARDLINE_CLI" >&2; return 1; fi; }',
    ...plan.script.map((line) => `    - ${quoteScript(line)}`),
  );
  out.push('  artifacts:', ...plan.artifacts.map((line) => `    ${line}`));
  for (const line of plan.more ?? []) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}

/** A script line as a YAML scalar: quoted when YAML would read it otherwise. */
function quoteScript(line: string): string {
  return /^[A-Za-z]/.test(line) && !/: |#/.test(line) ? line : `'${line.replaceAll("'", "''")}'`;
}

/** The template of every component, by file name. */
export function componentTemplates(): Map<string, string> {
  return new Map(plans().map((plan) => [`${actionName(plan.capability.spec)}.yml`, templateText(plan)]));
}

/** Writes every template into dir; returns the paths written. */
export async function writeComponentTemplates(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [file, text] of componentTemplates()) {
    await writeFile(join(dir, file), text);
    written.push(join('components', 'templates', file));
  }
  return written;
}
