import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { PiBoard } from './boards.js';
import { formatBytes } from './byte-size.js';
import type { ImageConfig } from './image-config.js';
import { partUuid } from './partition-table.js';

/** The kernel and initramfs keep fixed names on the boot partition, so config.txt need not change with the kernel's version. */
export const kernelFile = 'vmlinuz';
export const initrdFile = 'initrd.img';

export function configTxt(config: ImageConfig): string {
  return [
    `# Boardline sd-image ${config.name} ${config.version} for the ${config.board.description}`,
    '[all]',
    ...config.board.configLines,
    // The mini UART's clock follows the core's unless it is fixed; enable_uart fixes it so the console keeps its baud.
    'enable_uart=1',
    // Debian's kernel is mainline Linux: the firmware loads the mainline device trees and leaves their names alone.
    'upstream_kernel=1',
    `kernel=${kernelFile}`,
    `initramfs ${initrdFile} followkernel`,
    'disable_overscan=1',
    '',
  ].join('\n');
}

/** The kernel's command line: the console on the GPIO header, the root partition by PARTUUID. */
export function cmdlineTxt(config: ImageConfig, diskId: string): string {
  const words = [
    'console=tty0',
    `console=${config.board.console},115200`,
    `root=PARTUUID=${partUuid(diskId, 2)}`,
    'rootfstype=ext4',
    'rootwait',
    'fsck.repair=yes',
    // The contiguous memory the VideoCore and camera drivers allocate from, as Debian's raspi-firmware sets it.
    'cma=64M',
    // eth0 and wlan0 as the interfaces file and the Pi's documentation name them.
    'net.ifnames=0',
  ];
  if (config.wifi !== undefined) words.push(`cfg80211.ieee80211_regdom=${config.wifi.country}`);
  return `${words.join(' ')}\n`;
}

async function newest(dir: string, prefix: string): Promise<string | undefined> {
  const names = (await readdir(dir).catch(() => []))
    .filter((name) => name.startsWith(prefix))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return names.at(-1);
}

/** The files the boot partition takes from the root file system: firmware, kernel, initramfs, device trees. */
async function bootFiles(extracted: string, board: PiBoard): Promise<{ source: string; name: string }[]> {
  const files: { source: string; name: string }[] = [];
  const firmwareDir = join(extracted, 'usr/lib/raspi-firmware');
  const firmware = await readdir(firmwareDir).catch(() => undefined);
  if (firmware === undefined || !firmware.includes('start.elf')) {
    throw new BoardlineError('failed', 'The root file system has no Raspberry Pi firmware (/usr/lib/raspi-firmware)', {
      hint: 'Fix: the mirror must serve the non-free-firmware component (Debian 12 bookworm or later), where raspi-firmware is',
    });
  }
  for (const name of firmware) if (/\.(bin|elf|dat)$/.test(name)) files.push({ source: join(firmwareDir, name), name });
  const bootDir = join(extracted, 'boot');
  const kernel = await newest(bootDir, 'vmlinuz-');
  if (kernel === undefined)
    throw new BoardlineError('failed', `The root file system has no kernel in /boot (${board.kernelPackage} was to install one)`);
  const version = kernel.slice('vmlinuz-'.length);
  const initrd = `initrd.img-${version}`;
  if (
    !(await stat(join(bootDir, initrd)).then(
      () => true,
      () => false,
    ))
  )
    throw new BoardlineError('failed', `The root file system has no initramfs for ${version} (/boot/${initrd})`, {
      hint: 'Fix: keep initramfs-tools installed (the kernel package depends on it)',
    });
  files.push({ source: join(bootDir, kernel), name: kernelFile }, { source: join(bootDir, initrd), name: initrdFile });
  const modulesDir = join(extracted, 'usr/lib', `linux-image-${version}`);
  for (const tree of board.deviceTrees) {
    const candidates = [join(modulesDir, 'broadcom', tree), join(modulesDir, tree)];
    const found = await Promise.all(
      candidates.map((path) =>
        stat(path).then(
          () => path,
          () => undefined,
        ),
      ),
    );
    const source = found.find((path) => path !== undefined);
    if (source === undefined)
      throw new BoardlineError('failed', `Debian's kernel ${version} has no device tree ${tree} for the ${board.name}`, {
        hint: 'Fix: choose a release whose kernel supports the board',
      });
    files.push({ source, name: tree });
  }
  return files;
}

/**
 * The boot partition as a FAT32 image: mkfs.vfat makes it in a plain file and mcopy fills it, so
 * nothing is mounted. The firmware, kernel and device trees come from the root file system
 * (Debian's raspi-firmware and linux-image packages); config.txt and cmdline.txt are Boardline's.
 */
export async function buildBootPartition(options: {
  config: ImageConfig;
  rootfsTar: string;
  diskId: string;
  workDir: string;
  output: string;
  io: Io;
}): Promise<{ files: string[] }> {
  const { config, io, workDir } = options;
  const extracted = join(workDir, 'boot-files');
  const untar = await runTool(
    'sh',
    [
      '-c',
      'mkdir -p "$2" && tar -xf "$1" -C "$2" --no-same-owner --wildcards ./boot ./usr/lib/raspi-firmware "./usr/lib/linux-image-*"',
      'sh',
      options.rootfsTar,
      extracted,
    ],
    io,
    { timeoutMs: 600_000, installHint: 'apt-get install tar', quiet: true },
  );
  if (untar.exitCode !== 0)
    throw new BoardlineError('failed', `The boot files could not be read from the root file system: ${untar.lastLines.join(' ')}`);
  const files = await bootFiles(extracted, config.board);
  const configPath = join(workDir, 'config.txt');
  const cmdlinePath = join(workDir, 'cmdline.txt');
  await writeFile(configPath, configTxt(config));
  await writeFile(cmdlinePath, cmdlineTxt(config, options.diskId));
  files.push({ source: configPath, name: 'config.txt' }, { source: cmdlinePath, name: 'cmdline.txt' });
  const needed = (await Promise.all(files.map((file) => stat(file.source).then((entry) => entry.size)))).reduce(
    (sum, size) => sum + size,
    0,
  );
  const bytes = config.bootSizeMiB * 2 ** 20;
  if (needed > bytes * 0.9) {
    throw new BoardlineError('usage', `boot-size ${formatBytes(bytes)} is too small: the boot files take ${formatBytes(needed)}`, {
      hint: `Fix: set boot-size to at least ${String(Math.ceil((needed * 1.25) / 2 ** 20))}M`,
    });
  }
  const tools = { timeoutMs: 600_000, installHint: 'apt-get install dosfstools mtools', quiet: true };
  const mkfs = await runTool(
    'mkfs.vfat',
    ['-C', '-F', '32', '-n', 'BOOT', '-i', options.diskId, options.output, String(bytes / 1024)],
    io,
    tools,
  );
  if (mkfs.exitCode !== 0) throw new BoardlineError('failed', `mkfs.vfat could not make the boot partition: ${mkfs.lastLines.join(' ')}`);
  for (const file of files) {
    const copy = await runTool('mcopy', ['-i', options.output, '-o', file.source, `::${file.name}`], io, tools);
    if (copy.exitCode !== 0)
      throw new BoardlineError('failed', `mcopy could not write ${file.name} to the boot partition: ${copy.lastLines.join(' ')}`);
  }
  return { files: files.map((file) => file.name).sort() };
}
