import { spawn } from 'node:child_process';
import { open, readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';
import { formatDuration } from '../spec/duration.js';

/**
 * Runs this same CLI again, detached, with its output in `logPath`, and waits until it has published
 * itself (`published` finds its record by pid). If it exits or takes too long, the start fails with
 * the end of its log: the reason is there (a virtual board, a virtual I2C bus).
 */
export async function startInBackground<R>(
  selfCommand: readonly string[],
  args: readonly string[],
  logPath: string,
  published: (pid: number | undefined) => Promise<R | undefined>,
  what: string,
): Promise<R> {
  const log = await open(logPath, 'w');
  const [command = process.execPath, ...prefix] = selfCommand;
  const child = spawn(command, [...prefix, ...args], { detached: true, stdio: ['ignore', log.fd, log.fd] });
  await log.close();
  let exited: number | null | undefined;
  child.once('exit', (code) => (exited = code));
  child.unref();
  const deadlineMs = 15_000;
  for (let waited = 0; ; waited += 25) {
    const record = await published(child.pid);
    if (record !== undefined) return record;
    if (exited !== undefined || waited > deadlineMs) {
      if (exited === undefined) child.kill('SIGTERM');
      const tail = (await readFile(logPath, 'utf8').catch(() => '')).trim().split('\n').slice(-10).join('\n');
      throw new BoardlineError(
        'failed',
        `The ${what} did not start${exited === undefined ? ` within ${formatDuration(deadlineMs)}` : ` (exit code ${String(exited)})`}`,
        { hint: `Fix: see its log ${logPath}`, details: tail },
      );
    }
    await sleep(25);
  }
}

/** Waits until `running` finds the process's record gone (it withdraws it last, once stopped). */
export async function awaitStopped(running: () => Promise<unknown>, what: string, pid: number): Promise<void> {
  for (let waited = 0; (await running()) !== undefined; waited += 25) {
    if (waited > 10_000) throw new BoardlineError('failed', `The ${what} (pid ${pid}) did not stop within 10s`);
    await sleep(25);
  }
}
