import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A directory of installed tools in the layout @actions/tool-cache uses —
 * `<root>/<tool>/<version>/<arch>` beside an `<arch>.complete` marker — so on a runner it is
 * RUNNER_TOOL_CACHE itself and other setup actions see the same entries. An entry without its
 * marker is unfinished and never used.
 */
export interface ToolCache {
  root: string;
}

/** Where an entry lives, finished or not. */
export function entryDir(cache: ToolCache, tool: string, version: string, arch: string): string {
  return join(cache.root, tool, version, arch);
}

/** Marks an entry filled in place (from a restored archive) as finished. */
export async function markFinished(cache: ToolCache, entry: { tool: string; version: string; arch: string }): Promise<string> {
  const dir = entryDir(cache, entry.tool, entry.version, entry.arch);
  await writeFile(`${dir}.complete`, '');
  return dir;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** The directory of a finished entry, or undefined. */
export async function findTool(cache: ToolCache, tool: string, version: string, arch: string): Promise<string | undefined> {
  const dir = entryDir(cache, tool, version, arch);
  return (await exists(`${dir}.complete`)) ? dir : undefined;
}

/** Versions of `tool` with a finished entry for `arch`. */
export async function cachedVersions(cache: ToolCache, tool: string, arch: string): Promise<string[]> {
  const versions = await readdir(join(cache.root, tool)).catch(() => [] as string[]);
  const finished = await Promise.all(versions.map(async (version) => ((await findTool(cache, tool, version, arch)) ? version : undefined)));
  return finished.filter((version): version is string => version !== undefined);
}

/**
 * Fills a new entry through `fill` in a private directory and only then moves it into place and
 * marks it finished: a failed or interrupted install leaves nothing another run could mistake for
 * a tool. When a concurrent job finished the same entry first, its copy is kept.
 */
export async function storeTool(
  cache: ToolCache,
  entry: { tool: string; version: string; arch: string },
  fill: (dir: string) => Promise<void>,
): Promise<string> {
  const dir = entryDir(cache, entry.tool, entry.version, entry.arch);
  await mkdir(join(cache.root, entry.tool, entry.version), { recursive: true });
  const staging = `${dir}.partial-${randomBytes(4).toString('hex')}`;
  try {
    await mkdir(staging);
    await fill(staging);
    if (await exists(`${dir}.complete`)) return dir;
    // A directory without its marker is what an interrupted install left: replace it.
    await rm(dir, { recursive: true, force: true });
    try {
      await rename(staging, dir);
    } catch (error) {
      // Another job on this machine moved the same entry into place first: keep theirs.
      if (await exists(`${dir}.complete`)) return dir;
      throw error;
    }
    await writeFile(`${dir}.complete`, '');
    return dir;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
