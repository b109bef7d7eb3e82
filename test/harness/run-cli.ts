import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProcess, type ProcessRun } from './run-process.js';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundledCli = join(repoRoot, 'dist', 'cli', 'index.cjs');

/** Runs the bundled CLI, as `boardline` on PATH would run it. */
export async function runBundledCli(args: readonly string[], options: { timeoutMs?: number; node?: string } = {}): Promise<ProcessRun> {
  return runProcess(options.node ?? process.execPath, [bundledCli, ...args], {
    timeoutMs: options.timeoutMs ?? 30_000,
    what: `boardline ${args.join(' ')}`,
  });
}
