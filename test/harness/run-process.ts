import { spawn, type ChildProcessWithoutNullStreams, type SpawnOptions } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ProcessRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** A process under test while it runs: its output so far, and a way to wait for a line of it. */
export interface RunningProcess {
  child: ChildProcessWithoutNullStreams;
  readonly stdout: string;
  readonly stderr: string;
  /** Waits until stdout or stderr matches; fails after the timeout, or if the process ends first. */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  done: Promise<ProcessRun>;
}

export interface StartOptions extends SpawnOptions {
  stdin?: string;
  timeoutMs: number;
  what: string;
}

/** Starts a program with a deadline on its whole run: passing it is an error, never a hang. */
export function startProcess(file: string, args: readonly string[], options: StartOptions): RunningProcess {
  const child = spawn(file, args, { ...options, stdio: ['pipe', 'pipe', 'pipe'] });
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  let stdout = '';
  let stderr = '';
  let exited = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  const done = new Promise<ProcessRun>((resolve, reject) => {
    child.on('close', (exitCode, signal) => {
      exited = true;
      clearTimeout(timer);
      if (signal === 'SIGKILL')
        reject(new Error(`${options.what} did not finish within ${options.timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`));
      else resolve({ exitCode, signal, stdout, stderr });
    });
  });
  return {
    child,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
    waitForOutput: async (pattern, timeoutMs = 10_000) => {
      for (let waited = 0; !pattern.test(stdout) && !pattern.test(stderr); waited += 20) {
        if (exited) throw new Error(`${options.what} ended before printing ${String(pattern)}\nstdout:\n${stdout}\nstderr:\n${stderr}`);
        if (waited > timeoutMs)
          throw new Error(
            `${options.what} did not print ${String(pattern)} within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`,
          );
        await sleep(20);
      }
    },
    done,
  };
}

/** Runs a program to completion with a deadline, collecting its output. */
export async function runProcess(file: string, args: readonly string[], options: StartOptions): Promise<ProcessRun> {
  return startProcess(file, args, { stdin: '', ...options }).done;
}
