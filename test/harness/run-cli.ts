import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startProcess, type ProcessRun, type RunningProcess } from './run-process.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundledCli = join(repoRoot, 'dist', 'cli', 'index.cjs');

/**
 * BOARDLINE_TEST_CLI=source runs the CLI from src/ under tsx instead of the bundle: a test of work
 * in progress, before a build. The tests run the bundle by default, as users do.
 */
const cliEntry: readonly string[] =
  process.env['BOARDLINE_TEST_CLI'] === 'source'
    ? ['--import', import.meta.resolve('tsx'), join(repoRoot, 'src', 'cli', 'bin.ts')]
    : [bundledCli];

/** The command line that runs the CLI with these arguments, as the tests run it. */
export function cliCommand(args: readonly string[]): string[] {
  return [process.execPath, ...cliEntry, ...args];
}

export interface CliOptions {
  timeoutMs?: number;
  /** The node binary; the machine's by default. */
  node?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Run as this unprivileged user (setpriv execs the CLI itself, so signals reach it directly). */
  asUser?: { uid: number; gid: number };
}

/** Starts the bundled CLI, as `boardline` on PATH would run, for tests that act while it runs. */
export function startBundledCli(args: readonly string[], options: CliOptions = {}): RunningProcess {
  const node = options.node ?? process.execPath;
  const user = options.asUser;
  const [file, prefix] =
    user === undefined
      ? [node, []]
      : ['setpriv', [`--reuid=${String(user.uid)}`, `--regid=${String(user.gid)}`, '--init-groups', '--', node]];
  return startProcess(file, [...prefix, ...cliEntry, ...args], {
    stdin: '',
    timeoutMs: options.timeoutMs ?? 30_000,
    what: `boardline ${args.join(' ')}`,
    env: options.env ?? process.env,
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

/** Runs the bundled CLI to completion. */
export async function runBundledCli(args: readonly string[], options: CliOptions = {}): Promise<ProcessRun> {
  return startBundledCli(args, options).done;
}

/** What the CLI prints with --json. */
export interface CliJson {
  ok: boolean;
  outputs?: Record<string, unknown>;
  error?: { kind: string; message: string; hint: string | null; details: string | null };
}

export function parseCliJson(stdout: string): CliJson {
  return JSON.parse(stdout) as CliJson;
}
