import type { Io } from '../io.js';
import type { AccountFiles } from './accounts.js';
import { type OverlayEntry } from './overlay.js';
/** The account files the root file system's packages made, read from its tar. */
export declare function readAccounts(rootfsTar: string, workDir: string, io: Io): Promise<AccountFiles>;
/** What the root file system takes once the overlay is applied, as du counts it. */
export interface StagedRoot {
    usedBytes: number;
    inodes: number;
}
/** The ext4 file system's own costs over its contents: inode tables, the journal, reserved blocks, a margin to write in. */
export declare function rootBytesNeeded(staged: StagedRoot): number;
/**
 * The root partition as an ext4 image, made without root: the root file system's tar unpacked
 * under fakeroot (which records owners and device nodes without the privilege to make them), the
 * overlay installed, then `mke2fs -d` reading the tree back through the same fakeroot state.
 * `sizeFor` receives what the tree needs and decides the partition's size (or refuses).
 */
export declare function buildRootPartition(options: {
    rootfsTar: string;
    entries: readonly OverlayEntry[];
    diskId: string;
    workDir: string;
    output: string;
    sizeFor: (staged: StagedRoot) => number;
    io: Io;
}): Promise<{
    bytes: number;
    staged: StagedRoot;
}>;
