import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { AccountFiles } from './accounts.js';
import { formatBytes, mebibyte, roundUpTo } from './byte-size.js';
import { overlayScript, type OverlayEntry } from './overlay.js';

const fakerootHint = 'apt-get install fakeroot e2fsprogs (mke2fs 1.43 or later, for -d)';

/** The account files the root file system's packages made, read from its tar. */
export async function readAccounts(rootfsTar: string, workDir: string, io: Io): Promise<AccountFiles> {
  const dir = join(workDir, 'accounts');
  await mkdir(dir, { recursive: true });
  const names = ['passwd', 'group', 'shadow', 'gshadow'] as const;
  const run = await runTool('tar', ['-xf', rootfsTar, '-C', dir, ...names.map((name) => `./etc/${name}`)], io, {
    timeoutMs: 300_000,
    installHint: 'apt-get install tar',
    quiet: true,
  });
  if (run.exitCode !== 0)
    throw new BoardlineError('failed', `The root file system ${rootfsTar} lacks its account files: ${run.lastLines.join(' ')}`);
  const [passwd, group, shadow, gshadow] = await Promise.all(names.map((name) => readFile(join(dir, 'etc', name), 'utf8')));
  return { passwd: passwd ?? '', group: group ?? '', shadow: shadow ?? '', gshadow: gshadow ?? '' };
}

/** What the root file system takes once the overlay is applied, as du counts it. */
export interface StagedRoot {
  usedBytes: number;
  inodes: number;
}

/** The ext4 file system's own costs over its contents: inode tables, the journal, reserved blocks, a margin to write in. */
export function rootBytesNeeded(staged: StagedRoot): number {
  return roundUpTo(staged.usedBytes * 1.12 + staged.inodes * 256 + 96 * mebibyte, 4 * mebibyte);
}

/** A UUID for the file system, from the disk identifier, so rebuilds of one image agree. */
function fsUuid(diskId: string): string {
  const hex = createHash('sha256').update(`boardline-rootfs:${diskId}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The root partition as an ext4 image, made without root: the root file system's tar unpacked
 * under fakeroot (which records owners and device nodes without the privilege to make them), the
 * overlay installed, then `mke2fs -d` reading the tree back through the same fakeroot state.
 * `sizeFor` receives what the tree needs and decides the partition's size (or refuses).
 */
export async function buildRootPartition(options: {
  rootfsTar: string;
  entries: readonly OverlayEntry[];
  diskId: string;
  workDir: string;
  output: string;
  sizeFor: (staged: StagedRoot) => number;
  io: Io;
}): Promise<{ bytes: number; staged: StagedRoot }> {
  const { io, workDir } = options;
  const root = join(workDir, 'root');
  const overlay = join(workDir, 'overlay');
  const state = join(workDir, 'fakeroot.state');
  await mkdir(overlay, { recursive: true });
  await Promise.all(
    options.entries.map(async (entry, index) => {
      if (entry.kind === 'file') await writeFile(join(overlay, String(index)), entry.content);
      if (entry.kind === 'copy') await writeFile(join(overlay, String(index)), await readFile(entry.source));
    }),
  );
  const stage = `set -eu
root=$1 overlay=$2
mkdir -p "$root"
tar -xpf "$3" -C "$root" --numeric-owner
${overlayScript(options.entries)}
# A fleet's Pis must not share SSH host keys or a machine id: both are made on first boot.
rm -f "$root"/etc/ssh/ssh_host_*_key "$root"/etc/ssh/ssh_host_*_key.pub
: > "$root/etc/machine-id"
rm -f "$root/var/lib/dbus/machine-id"
# raspi-firmware's kernel hooks copied the boot files into /boot/firmware: on the Pi the boot
# partition is mounted there, so the copies would only take space under it.
find "$root/boot/firmware" -mindepth 1 -delete
du -s -B1 "$root" | cut -f1
find "$root" -xdev | wc -l
`;
  const staged = await runTool('fakeroot', ['-s', state, '--', 'sh', '-c', stage, 'stage', root, overlay, options.rootfsTar], io, {
    timeoutMs: 30 * 60_000,
    installHint: fakerootHint,
    quiet: true,
    processGroup: true,
  });
  if (staged.exitCode !== 0)
    throw new BoardlineError('failed', `The root file system could not be unpacked and configured: ${staged.lastLines.join(' ')}`, {
      details: staged.lastLines.join('\n'),
    });
  const [used = '0', inodes = '0'] = staged.stdout.trim().split('\n').slice(-2);
  const measured: StagedRoot = { usedBytes: Number(used), inodes: Number(inodes) };
  const bytes = options.sizeFor(measured);
  io.info(`Root file system: ${formatBytes(measured.usedBytes)} in ${String(measured.inodes)} files, partition ${formatBytes(bytes)}`);
  const inodeCount = Math.max(Math.ceil(measured.inodes * 1.5), Math.floor(bytes / 16_384));
  const make = await runTool(
    'fakeroot',
    [
      '-i',
      state,
      '--',
      'mke2fs',
      '-q',
      '-F',
      '-t',
      'ext4',
      '-L',
      'rootfs',
      '-U',
      fsUuid(options.diskId),
      '-N',
      String(inodeCount),
      '-E',
      'root_owner=0:0',
      '-d',
      root,
      options.output,
      `${String(bytes / 1024)}k`,
    ],
    io,
    { timeoutMs: 30 * 60_000, installHint: fakerootHint, quiet: true, processGroup: true },
  );
  if (make.exitCode !== 0) {
    throw new BoardlineError('failed', `mke2fs could not make the root file system of ${formatBytes(bytes)}: ${make.lastLines.join(' ')}`, {
      hint: 'Fix: give a larger size (or size: fit)',
    });
  }
  return { bytes, staged: measured };
}
