import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What is recorded beside a component's files once it is complete: a missing record means a half-built entry. */
export interface CacheRecord {
  component: string;
  key: string;
  /** The settings the key was computed from, so a person can see why an entry was or was not reused. */
  inputs: unknown;
  builtAt: string;
  seconds: number;
}

const recordName = 'boardline-component.json';

/** A stable hash of JSON-compatible data (object keys sorted, so the order they were written in does not matter). */
export function keyOf(value: unknown): string {
  const canonical = (input: unknown): unknown => {
    if (Array.isArray(input)) return input.map(canonical);
    if (input !== null && typeof input === 'object') {
      return Object.fromEntries(
        Object.entries(input as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, canonical(v)]),
      );
    }
    return input;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex')
    .slice(0, 20);
}

/**
 * Built components kept between builds: `<dir>/<component>/<key>/`. An entry is built in a
 * directory of its own beside the final one and renamed into place only after its record was
 * written, so an interrupted build leaves no entry that a later build would take for complete.
 */
export class ComponentCache {
  constructor(readonly dir: string) {}

  entryDir(component: string, key: string): string {
    return join(this.dir, component, key);
  }

  async lookup(component: string, key: string): Promise<CacheRecord | undefined> {
    const text = await readFile(join(this.entryDir(component, key), recordName), 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as CacheRecord;
    } catch {
      return undefined;
    }
  }

  /** Runs `build` into a fresh directory and keeps the result under the key once it succeeded. */
  async store(component: string, key: string, inputs: unknown, build: (dir: string) => Promise<void>): Promise<CacheRecord> {
    const final = this.entryDir(component, key);
    const partial = `${final}.partial-${String(process.pid)}`;
    await rm(partial, { recursive: true, force: true });
    await mkdir(partial, { recursive: true });
    const started = performance.now();
    try {
      await build(partial);
      const record: CacheRecord = {
        component,
        key,
        inputs,
        builtAt: new Date().toISOString(),
        seconds: Math.round((performance.now() - started) / 100) / 10,
      };
      await writeFile(join(partial, recordName), `${JSON.stringify(record, null, 2)}\n`);
      await rm(final, { recursive: true, force: true });
      await rename(partial, final);
      return record;
    } finally {
      await rm(partial, { recursive: true, force: true });
    }
  }
}
