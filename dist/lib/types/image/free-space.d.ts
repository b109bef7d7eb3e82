/** Free bytes for an unprivileged writer on the file system holding `path` (or its nearest existing parent). */
export declare function freeBytes(path: string): Promise<number>;
/** Refuses to start a step that would run out of space half-way, naming what it needs and where. */
export declare function ensureFreeSpace(path: string, needed: number, what: string, input: string): Promise<void>;
