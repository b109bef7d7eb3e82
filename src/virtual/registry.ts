import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import { isAlive } from '../process/is-alive.js';

/** What a running virtual board publishes about itself, in <state>/boards/<name>/board.json. */
export interface VirtualBoardRecord {
  name: string;
  board: string;
  pid: number;
  /** The stable path of its serial port (a symlink to the current pty). */
  port: string;
  /** Its control socket: reset, status, stop. */
  control: string;
  bootloader: string;
  flashFile: string | null;
  startedAt: string;
}

export const namePattern = /^[a-z0-9][a-z0-9_-]{0,31}$/i;

/** Refuses a name that cannot be a directory and a port value; `what` and `example` fit the family (a virtual I2C bus is not a board). */
export function checkBoardName(name: string, what = 'virtual board', example = 'uno0'): void {
  if (!namePattern.test(name)) {
    throw new BoardlineError('usage', `Input "name": "${name}" is not a usable ${what} name`, {
      hint: `Fix: use letters, digits, - and _ (at most 32), e.g. ${example}`,
    });
  }
}

export function boardDirectory(stateDir: string, name: string): string {
  return join(stateDir, 'boards', name);
}

/** The record a running process published in `file`, or undefined; the record of one that died is removed. */
export async function readLiveRecord<R extends { pid: number }>(file: string): Promise<R | undefined> {
  let record: R;
  try {
    record = JSON.parse(await readFile(file, 'utf8')) as R;
  } catch {
    return undefined;
  }
  if (isAlive(record.pid)) return record;
  await rm(file, { force: true });
  return undefined;
}

/** The live records of every name under `directory`, each found by `find`, sorted by name. */
export async function listLiveRecords<R>(directory: string, find: (name: string) => Promise<R | undefined>): Promise<R[]> {
  let names: string[];
  try {
    names = await readdir(directory);
  } catch {
    return [];
  }
  const records = await Promise.all(names.sort().map(find));
  return records.filter((record): record is Awaited<R> => record !== undefined);
}

/** The running board of that name, or undefined; the record of one that died is cleaned up. */
export async function findBoard(stateDir: string, name: string): Promise<VirtualBoardRecord | undefined> {
  if (!namePattern.test(name)) return undefined;
  return readLiveRecord<VirtualBoardRecord>(join(boardDirectory(stateDir, name), 'board.json'));
}

export async function listBoards(stateDir: string): Promise<VirtualBoardRecord[]> {
  return listLiveRecords(join(stateDir, 'boards'), (name) => findBoard(stateDir, name));
}
