import { statfs } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BoardlineError } from '../errors.js';
import { formatBytes } from './byte-size.js';

/** Free bytes for an unprivileged writer on the file system holding `path` (or its nearest existing parent). */
export async function freeBytes(path: string): Promise<number> {
  let at = path;
  for (;;) {
    const stats = await statfs(at).catch(() => undefined);
    if (stats !== undefined) return stats.bavail * stats.bsize;
    const parent = dirname(at);
    if (parent === at) return Number.POSITIVE_INFINITY;
    at = parent;
  }
}

/** Refuses to start a step that would run out of space half-way, naming what it needs and where. */
export async function ensureFreeSpace(path: string, needed: number, what: string, input: string): Promise<void> {
  const free = await freeBytes(path);
  if (free >= needed) return;
  throw new BoardlineError(
    'failed',
    `Not enough disk space for ${what}: it needs ${formatBytes(needed)} free in ${path}, and ${formatBytes(free)} is free`,
    {
      hint: `Fix: free ${formatBytes(needed - free)} there, or point ${input} at a disk with room`,
    },
  );
}
