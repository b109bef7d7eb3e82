/**
 * Parses "30", "30s", "500ms", "2m", "1h", "1m30s" into milliseconds. A bare number means seconds,
 * the unit CI timeouts are usually thought in. Returns undefined for anything else.
 */
export declare function parseDuration(text: string): number | undefined;
/** Milliseconds as the shortest readable duration: 1500 → "1.5s", 90000 → "1m30s". */
export declare function formatDuration(ms: number): string;
