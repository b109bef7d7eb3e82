import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

function segmentPattern(segment: string): RegExp {
  const source = segment
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${source}$`);
}

async function directories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
}

async function expand(base: string, segments: readonly string[]): Promise<string[]> {
  const [segment, ...rest] = segments;
  if (segment === undefined) return [base];
  if (segment === '**') {
    const here = await expand(base, rest);
    const below = await Promise.all((await directories(base)).map((name) => expand(join(base, name), segments)));
    return [...here, ...below.flat()];
  }
  if (!/[*?]/.test(segment)) return expand(join(base, segment), rest);
  const pattern = segmentPattern(segment);
  const matches = (await readdir(base).catch(() => [] as string[])).filter((name) => pattern.test(name) && !name.startsWith('.'));
  return (await Promise.all(matches.sort().map((name) => expand(join(base, name), rest)))).flat();
}

/**
 * Expands a path that may hold `*`, `?` and `**` segments (a glob over directories and files,
 * hidden entries skipped) relative to `cwd`; a path without them is returned as it is.
 */
export async function expandPath(pattern: string, cwd: string): Promise<string[]> {
  if (!/[*?]/.test(pattern)) return [pattern];
  const absolute = pattern.startsWith('/');
  const segments = pattern.split('/').filter((segment) => segment !== '' && segment !== '.');
  const found = await expand(absolute ? '/' : cwd, segments);
  return [...new Set(found)].map((path) => (absolute ? path : path.slice(cwd.length + 1)));
}
