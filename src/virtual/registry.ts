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

const namePattern = /^[a-z0-9][a-z0-9_-]{0,31}$/i;

export function checkBoardName(name: string): void {
  if (!namePattern.test(name)) {
    throw new BoardlineError('usage', `Input "name": "${name}" is not a usable virtual board name`, {
      hint: 'Fix: use letters, digits, - and _ (at most 32), e.g. uno0',
    });
  }
}

export function boardDirectory(stateDir: string, name: string): string {
  return join(stateDir, 'boards', name);
}

/** The running board of that name, or undefined; the record of one that died is cleaned up. */
export async function findBoard(stateDir: string, name: string): Promise<VirtualBoardRecord | undefined> {
  if (!namePattern.test(name)) return undefined;
  const dir = boardDirectory(stateDir, name);
  let record: VirtualBoardRecord;
  try {
    record = JSON.parse(await readFile(join(dir, 'board.json'), 'utf8')) as VirtualBoardRecord;
  } catch {
    return undefined;
  }
  if (isAlive(record.pid)) return record;
  await rm(join(dir, 'board.json'), { force: true });
  return undefined;
}

export async function listBoards(stateDir: string): Promise<VirtualBoardRecord[]> {
  let names: string[];
  try {
    names = await readdir(join(stateDir, 'boards'));
  } catch {
    return [];
  }
  const records = await Promise.all(names.sort().map((name) => findBoard(stateDir, name)));
  return records.filter((record): record is VirtualBoardRecord => record !== undefined);
}
