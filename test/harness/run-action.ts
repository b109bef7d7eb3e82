import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { nodeFor } from './node-runtimes.js';
import { startProcess, type RunningProcess } from './run-process.js';
import { parseFileCommand, parseWorkflowCommands, type WorkflowCommand } from './workflow-commands.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface ActionYaml {
  inputs?: Record<string, { default?: string }>;
  runs: { using: string; main: string; post?: string };
}

export interface ActionRunOptions {
  inputs?: Record<string, string>;
  /** Extra job environment. */
  env?: Record<string, string>;
  /** Run under this `using` instead of the one action.yml declares (e.g. node20 to check compatibility). */
  using?: string;
  timeoutMs?: number;
  /** Bytes for the action's stdin; the runner gives none. */
  stdin?: string;
  /** The job's workspace (the step's working directory); a new empty one by default. */
  workspace?: string;
  /**
   * Runs the action's post step (runs.post) instead of its main, with the state its main step saved
   * (ActionRun.state), which the runner passes as STATE_<name>.
   */
  post?: Record<string, string>;
  /** Plays the world around the step while it runs (e.g. the board), watching its output. */
  whileRunning?: (step: RunningProcess) => Promise<void>;
}

export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  env: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  commands: WorkflowCommand[];
  /** error, warning and notice commands: what the runner turns into annotations. */
  annotations: WorkflowCommand[];
  workspace: string;
  runnerTemp: string;
}

/** The variable the runner sets for an input: INPUT_ + name, spaces to _, upper-cased (hyphens kept). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Runs an action's bundle the way the Actions runner runs a node action: action.yml is read, every
 * declared input is passed as INPUT_<NAME> with action.yml's default where the step gave none,
 * the file-command files are created empty, `runs.main` is joined to the action directory, and
 * the script runs under the Node of `runs.using` with the workspace as working directory and no stdin.
 */
export async function runBundledAction(name: string, options: ActionRunOptions = {}): Promise<ActionRun> {
  const actionDir = join(root, 'actions', name);
  const metadata = parse(await readFile(join(actionDir, 'action.yml'), 'utf8')) as ActionYaml;
  const using = options.using ?? metadata.runs.using;
  const entry = options.post === undefined ? metadata.runs.main : metadata.runs.post;
  if (entry === undefined) throw new Error(`${name} has no runs.post`);
  const target = resolve(actionDir, entry);
  if (!existsSync(target))
    throw new Error(`runs.${options.post === undefined ? 'main' : 'post'} of ${name} resolves to ${target}, which does not exist`);

  const given = options.inputs ?? {};
  const declared = metadata.inputs ?? {};
  for (const input of Object.keys(given)) {
    if (!(input in declared)) throw new Error(`${name} declares no input "${input}"`);
  }

  const base = await mkdtemp(join(tmpdir(), `boardline-runner-${name}-`));
  const workspace = options.workspace ?? join(base, 'workspace');
  const runnerTemp = join(base, 'temp');
  const toolCache = join(base, 'tool-cache');
  const files = join(base, 'file-commands');
  for (const dir of [workspace, runnerTemp, toolCache, files]) await mkdir(dir, { recursive: true });
  const fileCommands = {
    GITHUB_OUTPUT: join(files, 'set_output'),
    GITHUB_ENV: join(files, 'set_env'),
    GITHUB_STATE: join(files, 'save_state'),
    GITHUB_PATH: join(files, 'add_path'),
    GITHUB_STEP_SUMMARY: join(files, 'step_summary'),
  };
  for (const file of Object.values(fileCommands)) await writeFile(file, '');

  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: process.env['HOME'] ?? base,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_ACTION: name,
    GITHUB_ACTION_PATH: actionDir,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolCache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : process.arch === 'arm' ? 'ARM' : 'X64',
    ...fileCommands,
    ...Object.fromEntries(Object.entries(options.post ?? {}).map(([key, value]) => [`STATE_${key}`, value])),
    ...options.env,
  };
  for (const [input, spec] of Object.entries(declared)) {
    const value = given[input] ?? spec.default;
    if (value !== undefined) env[inputVariable(input)] = value;
  }

  const step = startProcess(nodeFor(using), [target], {
    cwd: workspace,
    env,
    stdin: options.stdin ?? '',
    timeoutMs: options.timeoutMs ?? 60_000,
    what: `action ${name}`,
  });
  if (options.whileRunning !== undefined) await options.whileRunning(step);
  const { exitCode, signal, stdout, stderr } = await step.done;

  const commands = parseWorkflowCommands(stdout);
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    outputs: parseFileCommand(await readFile(fileCommands.GITHUB_OUTPUT, 'utf8')),
    env: parseFileCommand(await readFile(fileCommands.GITHUB_ENV, 'utf8')),
    state: parseFileCommand(await readFile(fileCommands.GITHUB_STATE, 'utf8')),
    summary: await readFile(fileCommands.GITHUB_STEP_SUMMARY, 'utf8'),
    commands,
    annotations: commands.filter((command) => ['error', 'warning', 'notice'].includes(command.command)),
    workspace,
    runnerTemp,
  };
}
