import { arch as hostArch } from 'node:os';
import { join } from 'node:path';
import { handlerEnabled, binfmtDir } from '../docker/binfmt.js';
import { qemuHandler } from '../docker/platforms.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { ImageConfig } from './image-config.js';

/** Bumped when what the root file system is made of changes for the same configuration. */
const recipe = 2;

/** What every image needs: an init, device management, module loading, and the tools that grow the root partition. */
const basePackages = ['systemd-sysv', 'udev', 'kmod', 'e2fsprogs', 'fdisk', 'iproute2', 'procps', 'raspi-firmware'];

/** The packages the configuration implies, besides the ones it lists. */
export function rootfsPackages(config: ImageConfig): string[] {
  const packages = [...basePackages, config.board.kernelPackage];
  // Wi-Fi goes through NetworkManager (its keyfile) with the Pi's Broadcom radio firmware;
  // without it, a wired DHCP lease through ifupdown is all an appliance needs.
  if (config.wifi !== undefined) packages.push('network-manager', 'firmware-brcm80211', 'wireless-regdb');
  else packages.push('ifupdown', 'isc-dhcp-client');
  if (config.user !== undefined) packages.push('sudo');
  if (config.user !== undefined && config.user.authorizedKeys.length > 0) packages.push('openssh-server');
  // Debian's kernel has AppArmor on, and dockerd then refuses to start a container unless it can
  // load its profile with apparmor_parser (docker.io only recommends the package).
  if (config.containers.length > 0) packages.push('docker.io', 'apparmor');
  if (config.locale !== 'C.UTF-8') packages.push('locales');
  packages.push(...config.packages);
  return [...new Set(packages)].sort();
}

/** Exactly what the root file system depends on: change the hostname and it is reused. */
export function rootfsInputs(config: ImageConfig): Record<string, unknown> {
  return {
    recipe,
    arch: config.board.arch,
    release: config.release,
    mirror: config.mirror,
    packages: rootfsPackages(config),
    locale: config.locale,
    initramfs: initramfsModules,
    excludes: pathExcludes,
  };
}

/** Debian's architecture names as Node names the machine's. */
const nodeArchOf: Record<string, string> = { arm64: 'arm64', armhf: 'arm' };

/**
 * A foreign architecture's package scripts run under QEMU's user emulation, which the kernel
 * reaches through a binfmt handler. Without one mmdebstrap fails deep inside, so say it first.
 */
export async function checkEmulation(arch: 'arm64' | 'armhf', machineArch = hostArch(), dir = binfmtDir): Promise<void> {
  if (nodeArchOf[arch] === machineArch) return;
  const handler = qemuHandler(nodeArchOf[arch] ?? arch);
  if (await handlerEnabled(handler, dir)) return;
  throw new BoardlineError(
    'failed',
    `The image is ${arch}, and this ${machineArch} machine cannot run ${arch} programs: no binfmt handler ${handler} is enabled`,
    {
      hint: `Fix: apt-get install qemu-user-static binfmt-support && update-binfmts --enable ${handler} (as root; GitHub: the docker/setup-qemu-action step; GitLab: a runner with qemu-user-static)`,
    },
  );
}

/**
 * The kernel modules the initramfs carries. Debian's default (MODULES=most) makes mkinitramfs ask
 * modinfo about each of the kernel's few thousand modules, one emulated process each, which costs
 * minutes under QEMU; a Pi only needs its SD/USB storage, the root file system and their helpers.
 */
export const initramfsModules = [
  'mmc_block',
  'sdhci_iproc',
  'bcm2835',
  'sdhci_brcmstb',
  'usb_storage',
  'uas',
  'dwc2',
  'xhci_pci',
  'pcie_brcmstb',
  'reset_raspberrypi',
  'clk_raspberrypi',
  'raspberrypi_cpufreq',
  'ext4',
  'vfat',
  'nls_cp437',
  'nls_ascii',
];

/** What an appliance's card need not carry: manuals and documentation (copyright files stay, as Debian requires). */
const pathExcludes = [
  'path-exclude=/usr/share/man/*',
  'path-exclude=/usr/share/doc/*',
  'path-include=/usr/share/doc/*/copyright',
  'path-exclude=/usr/share/info/*',
];

function hooks(config: ImageConfig): string[] {
  const setup = [
    'mkdir -p "$1/etc/initramfs-tools/conf.d" "$1/usr/share/initramfs-tools/modules.d"',
    'printf "MODULES=list\\n" > "$1/etc/initramfs-tools/conf.d/boardline.conf"',
    `printf "%s\\n" ${initramfsModules.join(' ')} > "$1/usr/share/initramfs-tools/modules.d/boardline"`,
  ];
  // The kernel's and its helpers' packages each ask for the initramfs again (a minute under
  // emulation every time): update-initramfs is diverted to a no-op while packages are installed,
  // and run once at the end.
  const essential = [
    'chroot "$1" dpkg-divert --quiet --local --rename --add /usr/sbin/update-initramfs',
    'printf "#!/bin/sh\\nexit 0\\n" > "$1/usr/sbin/update-initramfs" && chmod 755 "$1/usr/sbin/update-initramfs"',
  ];
  const customize = [
    'rm "$1/usr/sbin/update-initramfs" && chroot "$1" dpkg-divert --quiet --local --rename --remove /usr/sbin/update-initramfs',
    'chroot "$1" update-initramfs -c -k all',
    // force-unsafe-io speeds the build (no fsync per file) but must not stay for the Pi's own
    // upgrades, where a power cut would then corrupt packages; the excludes stay.
    `rm -f "$1/etc/dpkg/dpkg.cfg.d/99mmdebstrap" && printf "%s\\n" ${pathExcludes.map((line) => `'${line}'`).join(' ')} > "$1/etc/dpkg/dpkg.cfg.d/boardline-excludes"`,
  ];
  if (config.locale !== 'C.UTF-8') {
    customize.push(`printf "%s UTF-8\\n" ${JSON.stringify(config.locale)} > "$1/etc/locale.gen"`, 'chroot "$1" locale-gen');
  }
  return [
    '--dpkgopt=force-unsafe-io',
    ...pathExcludes.map((line) => `--dpkgopt=${line}`),
    ...setup.map((hook) => `--setup-hook=${hook}`),
    ...essential.map((hook) => `--essential-hook=${hook}`),
    ...customize.map((hook) => `--customize-hook=${hook}`),
  ];
}

/**
 * The root file system as a tar (ownership and device nodes kept in the archive, so nothing needs
 * root to hold it): mmdebstrap in unshare mode, which runs package scripts as root in a user
 * namespace, through QEMU for a foreign architecture.
 */
export async function buildRootfs(config: ImageConfig, outDir: string, io: Io): Promise<string> {
  await checkEmulation(config.board.arch);
  const tar = join(outDir, 'rootfs.tar');
  const args = [
    '--mode=unshare',
    '--variant=minbase',
    `--architectures=${config.board.arch}`,
    '--components=main,non-free-firmware',
    `--include=${rootfsPackages(config).join(',')}`,
    ...hooks(config),
    config.release,
    tar,
    config.mirror,
  ];
  const run = await runTool('mmdebstrap', args, io, {
    timeoutMs: 60 * 60_000,
    installHint: 'apt-get install mmdebstrap (Debian 12 or Ubuntu 24.04 and later)',
    processGroup: true,
  });
  if (run.exitCode !== 0) {
    const userns = /unshare|user namespace|newuidmap|subuid/i.test(run.output);
    throw new BoardlineError('failed', `mmdebstrap could not make the root file system (exit ${String(run.exitCode)})`, {
      details: run.lastLines.join('\n'),
      hint: userns
        ? 'Fix: mmdebstrap needs unprivileged user namespaces and a subordinate id range: add USER:100000:65536 to /etc/subuid and /etc/subgid (apt-get install uidmap); on Ubuntu 24.04 also sysctl kernel.apparmor_restrict_unprivileged_userns=0'
        : 'Fix: check the packages and the mirror named in the configuration (the lines above say which one apt could not get)',
    });
  }
  return tar;
}
