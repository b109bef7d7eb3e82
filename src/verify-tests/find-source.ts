import { readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';

/** Directories a source search never enters: build output and tool caches, not the project's sources. */
const skipped = new Set(['node_modules', '.git', 'build', '.pio', '.boardline']);

/**
 * Where a test framework's FILE (as the firmware was compiled, often an absolute path on another
 * machine) is in the workspace: the first file of the same name under `root`, as a path relative
 * to `base` (what an annotation names), or undefined. Bounded: at most `budget` directories read.
 */
export async function findSource(root: string, file: string, base: string, budget = 2000): Promise<string | undefined> {
  const wanted = basename(file.replaceAll('\\', '/'));
  const queue = [root];
  for (let read = 0; queue.length > 0 && read < budget; read += 1) {
    const dir = queue.shift() ?? root;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() && entry.name === wanted) return relative(base, join(dir, entry.name));
    }
    for (const entry of entries) if (entry.isDirectory() && !skipped.has(entry.name)) queue.push(join(dir, entry.name));
  }
  return undefined;
}
