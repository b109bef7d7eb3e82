import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const bundledCli = join(repoRoot, 'dist', 'cli', 'index.cjs');

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI, as `boardline` on PATH would run it. */
export async function runBundledCli(args: readonly string[], options: { timeoutMs?: number; node?: string } = {}): Promise<CliRun> {
  const child = spawn(options.node ?? process.execPath, [bundledCli, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timeoutMs = options.timeoutMs ?? 30_000;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (code, sig) => done([code, sig])),
  );
  clearTimeout(timer);
  if (signal === 'SIGKILL') throw new Error(`boardline ${args.join(' ')} did not finish within ${timeoutMs} ms\n${stderr}`);
  return { exitCode, stdout, stderr };
}
