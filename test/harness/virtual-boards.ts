import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBundledCli, startBundledCli, type CliOptions } from './run-cli.js';
import type { ProcessRun, RunningProcess } from './run-process.js';

/**
 * The bundled CLI pointed at a state directory of the test's own, so its virtual boards are its
 * own; `stopAll` stops whatever the test started.
 */
export interface BoardlineSandbox {
  stateDir: string;
  env: NodeJS.ProcessEnv;
  cli(args: readonly string[], options?: CliOptions): Promise<ProcessRun>;
  start(args: readonly string[], options?: CliOptions): RunningProcess;
  /** Starts a virtual board and returns its port and the process running it. */
  startBoard(args: readonly string[]): Promise<{ name: string; port: string; pid: number }>;
  stopAll(): Promise<void>;
}

export async function boardlineSandbox(): Promise<BoardlineSandbox> {
  const stateDir = await mkdtemp(join(tmpdir(), 'boardline-state-'));
  const env = { ...process.env, BOARDLINE_STATE_DIR: stateDir };
  const started = new Set<string>();
  const cli = (args: readonly string[], options: CliOptions = {}): Promise<ProcessRun> => runBundledCli(args, { env, ...options });
  return {
    stateDir,
    env,
    cli,
    start: (args, options = {}) => startBundledCli(args, { env, ...options }),
    startBoard: async (args) => {
      const run = await cli(['virtual-board', 'start', ...args, '--json']);
      if (run.exitCode !== 0) throw new Error(`virtual-board start ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
      const outputs = (JSON.parse(run.stdout) as { outputs: { name: string; port: string; pid: number } }).outputs;
      started.add(outputs.name);
      return outputs;
    },
    stopAll: async () => {
      for (const name of started) await cli(['virtual-board', 'stop', '--name', name]);
      started.clear();
    },
  };
}
