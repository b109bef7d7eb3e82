import type { Io } from '../io.js';
import type { ImageConfig } from './image-config.js';
/** The packages the configuration implies, besides the ones it lists. */
export declare function rootfsPackages(config: ImageConfig): string[];
/** Exactly what the root file system depends on: change the hostname and it is reused. */
export declare function rootfsInputs(config: ImageConfig): Record<string, unknown>;
/**
 * A foreign architecture's package scripts run under QEMU's user emulation, which the kernel
 * reaches through a binfmt handler. Without one mmdebstrap fails deep inside, so say it first.
 */
export declare function checkEmulation(arch: 'arm64' | 'armhf', machineArch?: string, dir?: string): Promise<void>;
/**
 * The kernel modules the initramfs carries. Debian's default (MODULES=most) makes mkinitramfs ask
 * modinfo about each of the kernel's few thousand modules, one emulated process each, which costs
 * minutes under QEMU; a Pi only needs its SD/USB storage, the root file system and their helpers.
 */
export declare const initramfsModules: string[];
/**
 * The root file system as a tar (ownership and device nodes kept in the archive, so nothing needs
 * root to hold it): mmdebstrap in unshare mode, which runs package scripts as root in a user
 * namespace, through QEMU for a foreign architecture.
 */
export declare function buildRootfs(config: ImageConfig, outDir: string, io: Io): Promise<string>;
