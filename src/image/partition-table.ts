import { createHash } from 'node:crypto';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { mebibyte } from './byte-size.js';

export const sectorBytes = 512;
/** Where the boot partition starts: 4 MiB, the alignment Raspberry Pi OS uses (erase blocks of SD cards). */
export const firstPartitionOffset = 4 * mebibyte;
export const partitionAlignment = 4 * mebibyte;

/**
 * The MBR disk identifier, which PARTUUIDs are made of (`<id>-02`). Taken from the image's name,
 * so every build of an image names its root alike and the partitions' cache keys stay stable.
 */
export function diskIdentifier(name: string): string {
  return createHash('sha256').update(`boardline-sd-image:${name}`).digest('hex').slice(0, 8);
}

export function partUuid(diskId: string, partition: number): string {
  return `${diskId}-${String(partition).padStart(2, '0')}`;
}

export interface PartitionLayout {
  diskId: string;
  totalBytes: number;
  boot: { offset: number; bytes: number };
  root: { offset: number; bytes: number };
}

/** Boot partition first (FAT32, bootable: the Pi's ROM reads the first FAT partition), the root after it. */
export function layoutFor(diskId: string, bootBytes: number, rootBytes: number): PartitionLayout {
  const rootOffset = firstPartitionOffset + bootBytes;
  return {
    diskId,
    totalBytes: rootOffset + rootBytes,
    boot: { offset: firstPartitionOffset, bytes: bootBytes },
    root: { offset: rootOffset, bytes: rootBytes },
  };
}

function sfdiskScript(layout: PartitionLayout): string {
  const sectors = (bytes: number): string => String(bytes / sectorBytes);
  return [
    'label: dos',
    `label-id: 0x${layout.diskId}`,
    'unit: sectors',
    `start=${sectors(layout.boot.offset)}, size=${sectors(layout.boot.bytes)}, type=c, bootable`,
    `start=${sectors(layout.root.offset)}, size=${sectors(layout.root.bytes)}, type=83`,
    '',
  ].join('\n');
}

/** Writes the MBR partition table into the image file (sfdisk works on a plain file: no loop device). */
export async function writePartitionTable(image: string, layout: PartitionLayout, io: Io): Promise<void> {
  const run = await runTool('sfdisk', ['--quiet', '--no-reread', '--no-tell-kernel', image], io, {
    timeoutMs: 60_000,
    installHint: 'apt-get install fdisk',
    input: sfdiskScript(layout),
    quiet: true,
  });
  if (run.exitCode !== 0) throw new BoardlineError('failed', `sfdisk could not write the partition table: ${run.lastLines.join(' ')}`);
}

export interface TablePartition {
  node: string;
  start: number;
  size: number;
  type: string;
  bootable?: boolean;
}

/** The partition table as sfdisk reads it back from the image: the `partitions` output. */
export async function readPartitionTable(image: string, io: Io): Promise<{ id: string; partitions: TablePartition[] }> {
  const run = await runTool('sfdisk', ['--json', image], io, { timeoutMs: 60_000, installHint: 'apt-get install fdisk', quiet: true });
  if (run.exitCode !== 0)
    throw new BoardlineError('failed', `sfdisk could not read the partition table of ${image}: ${run.lastLines.join(' ')}`);
  const table = (JSON.parse(run.stdout) as { partitiontable: { id: string; partitions: TablePartition[] } }).partitiontable;
  return { id: table.id, partitions: table.partitions };
}
