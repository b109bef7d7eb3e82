/**
 * The Raspberry Pi boards an image can be built for, and what each needs from Debian's archive.
 * A board is data, not a branch: the kernel package, the device trees the firmware chooses from,
 * the serial console the GPIO header carries, and the lines config.txt needs for it.
 */
export interface PiBoard {
    name: string;
    description: string;
    /** Debian's architecture for the root file system (and the dpkg names of its packages). */
    arch: 'arm64' | 'armhf';
    /** Debian's kernel flavour for the board: it carries the board's device trees. */
    kernelPackage: string;
    /** The device trees copied to the boot partition; the firmware picks its board's by name. */
    deviceTrees: readonly string[];
    /** How QEMU boots the image for boot-test, where one of its raspi machines models the board. */
    bootTest?: {
        qemu: string;
        machine: string;
        memory: string;
        deviceTree: string;
        console: string;
    };
    /** The console on the GPIO header (pins 8 and 10): the mini UART on boards whose PL011 drives Bluetooth. */
    console: string;
    /** Lines of config.txt particular to the board. */
    configLines: readonly string[];
    /** Debian releases whose kernel knows the board, where not all do. */
    releases?: readonly string[];
}
export declare const piBoards: readonly PiBoard[];
export declare function boardNamed(name: string): PiBoard | undefined;
