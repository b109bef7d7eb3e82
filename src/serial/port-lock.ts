import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';
import { isAlive } from '../process/is-alive.js';
import type { Io } from '../io.js';
import { formatDuration } from '../spec/duration.js';

/**
 * A port lock in the FHS/UUCP format: /var/lock/LCK..ttyACM0 holding the owner's PID as ten
 * ASCII digits and a newline. Every Boardline job on the machine honours it — several jobs of one
 * runner, or several runners on one Pi — and so do minicom, picocom, cu, ser2net and other
 * lockdev-style tools. Boardline adds two lines (what the holder is doing and a token) that those
 * tools ignore. On top of it, the port itself is opened with flock(LOCK_EX), which every program
 * that opens ports with flock honours too.
 */
export interface PortLockOptions {
  /** Where lock files live; /var/lock on Linux. */
  lockDir: string;
  /** The lock's name when it is not the device's (a virtual board is locked by its name). */
  lockName?: string;
  timeoutMs: number;
  /** What the holder is doing, shown to whoever waits: e.g. "boardline verify-banner". */
  purpose: string;
  io: Io;
  pollMs?: number;
  /** What is locked, for messages: "Port /dev/ttyACM0" unless told ("Container pi-app"). */
  subject?: string;
  /** What to do when it stays busy, for the error; by default the advice for a shared board. */
  busyHint?: string;
}

export interface PortLock {
  path: string;
  release(): Promise<void>;
}

interface Holder {
  pid: number | undefined;
  purpose: string;
  since: Date;
  token: string;
}

/** A device's name for file names: /dev/ttyACM0 → ttyACM0, /dev/pts/3 → pts_3. */
export function deviceSlug(devicePath: string): string {
  const name = devicePath.startsWith('/dev/') ? devicePath.slice('/dev/'.length) : basename(devicePath);
  return name.replace(/\//g, '_');
}

/** The lock file name for a device: /dev/ttyACM0 → LCK..ttyACM0, /dev/pts/3 → LCK..pts_3. */
export function lockFileName(devicePath: string): string {
  return `LCK..${deviceSlug(devicePath)}`;
}

async function readHolder(path: string): Promise<Holder | undefined> {
  try {
    const [text, status] = await Promise.all([readFile(path, 'latin1'), stat(path)]);
    const [pidLine = '', purpose = '', token = ''] = text.split('\n');
    const pid = /^\s*(\d+)\s*$/.exec(pidLine)?.[1];
    return { pid: pid === undefined ? undefined : Number(pid), purpose, since: status.mtime, token };
  } catch {
    return undefined; // gone between the look and the read
  }
}

async function commandOf(pid: number): Promise<string | undefined> {
  try {
    const command = (await readFile(`/proc/${pid}/cmdline`, 'utf8'))
      .split('\0')
      .filter((part) => part !== '')
      .join(' ');
    return command === '' ? undefined : command;
  } catch {
    return undefined;
  }
}

/** A holder whose process is gone, or whose file never got a PID, left the lock behind. */
function isStale(holder: Holder): boolean {
  if (holder.pid === undefined) return Date.now() - holder.since.getTime() > 5_000;
  return !isAlive(holder.pid);
}

async function describeHolder(holder: Holder): Promise<string> {
  const since = holder.since.toTimeString().slice(0, 8);
  if (holder.pid === undefined) return `an unreadable lock since ${since}`;
  // What a Boardline holder says it does comes first: its command line may carry a --password.
  // Another tool (minicom, ser2net) wrote only its PID: its command line says what it is.
  const command = holder.purpose === '' ? ((await commandOf(holder.pid)) ?? '') : holder.purpose;
  return `pid ${holder.pid}${command === '' ? '' : ` (${command})`} since ${since}`;
}

/**
 * Creates the lock file with its content in one step: written under a private name, then linked
 * to the lock name, which fails if the lock exists. No reader ever sees a half-written lock.
 */
async function tryCreate(path: string, content: string): Promise<boolean> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(temporary, content, { mode: 0o644 });
  try {
    await link(temporary, path);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}

/**
 * Removes a stale lock without ever removing a live one: the lock is first renamed to a private
 * name (only one remover can win that), then checked again; had a live holder replaced it in
 * between, it is put back.
 */
async function breakStale(path: string, stale: Holder, io: Io): Promise<void> {
  const aside = `${path}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
  try {
    await rename(path, aside);
  } catch {
    return; // someone else broke or released it
  }
  const moved = await readHolder(aside);
  if (moved !== undefined && moved.token !== stale.token && !isStale(moved)) {
    await link(aside, path).catch(() => undefined);
  } else {
    io.info(`Removed a stale lock ${path} left by ${stale.pid === undefined ? 'an unknown process' : `pid ${stale.pid}, which is gone`}`);
  }
  await unlink(aside).catch(() => undefined);
}

/** Waits for the port's lock up to the timeout; reports who holds it while waiting and on failure. */
export async function lockPort(devicePath: string, options: PortLockOptions): Promise<PortLock> {
  const path = join(options.lockDir, options.lockName === undefined ? lockFileName(devicePath) : `LCK..${options.lockName}`);
  const token = randomBytes(8).toString('hex');
  const content = `${String(process.pid).padStart(10)}\n${options.purpose}\n${token}\n`;
  const started = Date.now();
  const subject = options.subject ?? `Port ${devicePath}`;
  let reported = '';
  // A lock directory named in BOARDLINE_LOCK_DIR may not exist yet; a failure shows up below.
  await mkdir(options.lockDir, { recursive: true }).catch(() => undefined);
  for (;;) {
    try {
      if (await tryCreate(path, content)) break;
    } catch (error) {
      throw new BoardlineError('port', `Cannot create the lock for ${devicePath} in ${options.lockDir}: ${(error as Error).message}`, {
        hint: `Fix: let the runner user write to ${options.lockDir}, or set BOARDLINE_LOCK_DIR to a directory every job on this machine shares`,
        cause: error,
      });
    }
    const holder = await readHolder(path);
    if (holder !== undefined && isStale(holder)) {
      await breakStale(path, holder, options.io);
      continue;
    }
    const who = holder === undefined ? 'another job' : await describeHolder(holder);
    if (who !== reported) {
      options.io.info(`${subject} is locked by ${who}; waiting up to ${formatDuration(options.timeoutMs)}`);
      reported = who;
    }
    if (Date.now() - started >= options.timeoutMs) {
      throw new BoardlineError('port', `${subject} is busy: locked by ${who}; waited ${formatDuration(Date.now() - started)}`, {
        hint: `${options.busyHint ?? 'Fix: another job is using this board; raise lock-timeout, or give each job its own board'} (lock file ${path})`,
      });
    }
    if (options.io.signal.aborted)
      throw new BoardlineError('failed', `Cancelled while waiting for the lock: ${subject} is locked by ${who}`);
    await sleep(options.pollMs ?? 100, undefined, { signal: options.io.signal }).catch(() => undefined);
  }
  return {
    path,
    release: async () => {
      const holder = await readHolder(path);
      if (holder?.token === token) await unlink(path).catch(() => undefined);
    },
  };
}
