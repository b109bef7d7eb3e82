/**
 * What Boardline adds to the root file system, as data: files with their modes and owners,
 * directories and links. It is written out and applied by the root partition's build under
 * fakeroot, so ownership is right in the image without the build ever being root.
 */
export type OverlayEntry = {
    kind: 'file';
    path: string;
    content: string | Buffer;
    mode: number;
    uid?: number;
    gid?: number;
} | {
    kind: 'copy';
    path: string;
    source: string;
    mode: number;
    uid?: number;
    gid?: number;
} | {
    kind: 'dir';
    path: string;
    mode: number;
    uid?: number;
    gid?: number;
} | {
    kind: 'link';
    path: string;
    target: string;
};
/** A word for a POSIX shell, quoted so nothing in it is interpreted. */
export declare function shellQuote(value: string): string;
/**
 * The shell lines that put the entries into place under `$root`, each file taken from
 * `$overlay/<index>` (written there beforehand): install(1) sets mode and owner in one step,
 * which fakeroot records for mke2fs to read back.
 */
export declare function overlayScript(entries: readonly OverlayEntry[]): string;
