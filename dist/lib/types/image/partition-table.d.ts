import type { Io } from '../io.js';
export declare const sectorBytes = 512;
/** Where the boot partition starts: 4 MiB, the alignment Raspberry Pi OS uses (erase blocks of SD cards). */
export declare const firstPartitionOffset: number;
export declare const partitionAlignment: number;
/**
 * The MBR disk identifier, which PARTUUIDs are made of (`<id>-02`). Taken from the image's name,
 * so every build of an image names its root alike and the partitions' cache keys stay stable.
 */
export declare function diskIdentifier(name: string): string;
export declare function partUuid(diskId: string, partition: number): string;
export interface PartitionLayout {
    diskId: string;
    totalBytes: number;
    boot: {
        offset: number;
        bytes: number;
    };
    root: {
        offset: number;
        bytes: number;
    };
}
/** Boot partition first (FAT32, bootable: the Pi's ROM reads the first FAT partition), the root after it. */
export declare function layoutFor(diskId: string, bootBytes: number, rootBytes: number): PartitionLayout;
/** Writes the MBR partition table into the image file (sfdisk works on a plain file: no loop device). */
export declare function writePartitionTable(image: string, layout: PartitionLayout, io: Io): Promise<void>;
export interface TablePartition {
    node: string;
    start: number;
    size: number;
    type: string;
    bootable?: boolean;
}
/** The partition table as sfdisk reads it back from the image: the `partitions` output. */
export declare function readPartitionTable(image: string, io: Io): Promise<{
    id: string;
    partitions: TablePartition[];
}>;
