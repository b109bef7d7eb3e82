import type { Io } from '../io.js';
import type { ImageConfig } from './image-config.js';
/** The kernel and initramfs keep fixed names on the boot partition, so config.txt need not change with the kernel's version. */
export declare const kernelFile = "vmlinuz";
export declare const initrdFile = "initrd.img";
export declare function configTxt(config: ImageConfig): string;
/** The kernel's command line: the console on the GPIO header, the root partition by PARTUUID. */
export declare function cmdlineTxt(config: ImageConfig, diskId: string): string;
/**
 * The boot partition as a FAT32 image: mkfs.vfat makes it in a plain file and mcopy fills it, so
 * nothing is mounted. The firmware, kernel and device trees come from the root file system
 * (Debian's raspi-firmware and linux-image packages); config.txt and cmdline.txt are Boardline's.
 */
export declare function buildBootPartition(options: {
    config: ImageConfig;
    rootfsTar: string;
    diskId: string;
    workDir: string;
    output: string;
    io: Io;
}): Promise<{
    files: string[];
}>;
