/** What is recorded beside a component's files once it is complete: a missing record means a half-built entry. */
export interface CacheRecord {
    component: string;
    key: string;
    /** The settings the key was computed from, so a person can see why an entry was or was not reused. */
    inputs: unknown;
    builtAt: string;
    seconds: number;
}
/** A stable hash of JSON-compatible data (object keys sorted, so the order they were written in does not matter). */
export declare function keyOf(value: unknown): string;
/**
 * Built components kept between builds: `<dir>/<component>/<key>/`. An entry is built in a
 * directory of its own beside the final one and renamed into place only after its record was
 * written, so an interrupted build leaves no entry that a later build would take for complete.
 */
export declare class ComponentCache {
    readonly dir: string;
    constructor(dir: string);
    entryDir(component: string, key: string): string;
    lookup(component: string, key: string): Promise<CacheRecord | undefined>;
    /** Runs `build` into a fresh directory and keeps the result under the key once it succeeded. */
    store(component: string, key: string, inputs: unknown, build: (dir: string) => Promise<void>): Promise<CacheRecord>;
}
