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
  bootTest?: { qemu: string; machine: string; memory: string; deviceTree: string; console: string };
  /** The console on the GPIO header (pins 8 and 10): the mini UART on boards whose PL011 drives Bluetooth. */
  console: string;
  /** Lines of config.txt particular to the board. */
  configLines: readonly string[];
  /** Debian releases whose kernel knows the board, where not all do. */
  releases?: readonly string[];
}

const arm64Config = ['arm_64bit=1'];

export const piBoards: readonly PiBoard[] = [
  {
    name: 'pi3',
    description: 'Raspberry Pi 3 B/B+/A+ and CM3, 64-bit',
    arch: 'arm64',
    kernelPackage: 'linux-image-arm64',
    deviceTrees: ['bcm2837-rpi-3-b.dtb', 'bcm2837-rpi-3-b-plus.dtb', 'bcm2837-rpi-3-a-plus.dtb', 'bcm2837-rpi-cm3-io3.dtb'],
    // QEMU's raspi3b: the BCM2837 with its PL011 as the first serial port (ttyAMA0).
    bootTest: { qemu: 'qemu-system-aarch64', machine: 'raspi3b', memory: '1G', deviceTree: 'bcm2837-rpi-3-b.dtb', console: 'ttyAMA0' },
    console: 'ttyS1',
    configLines: arm64Config,
  },
  {
    name: 'pi4',
    description: 'Raspberry Pi 4 B, 400 and CM4, 64-bit',
    arch: 'arm64',
    kernelPackage: 'linux-image-arm64',
    deviceTrees: ['bcm2711-rpi-4-b.dtb', 'bcm2711-rpi-400.dtb', 'bcm2711-rpi-cm4-io.dtb'],
    console: 'ttyS1',
    configLines: arm64Config,
  },
  {
    name: 'pi5',
    description: 'Raspberry Pi 5, 64-bit (Debian 13 trixie: bookworm’s kernel predates the board)',
    arch: 'arm64',
    kernelPackage: 'linux-image-arm64',
    deviceTrees: ['bcm2712-rpi-5-b.dtb'],
    console: 'ttyAMA10',
    configLines: arm64Config,
    releases: ['trixie', 'forky', 'sid'],
  },
  {
    name: 'pi3-armhf',
    description: 'Raspberry Pi 3 B/B+, 32-bit armhf',
    arch: 'armhf',
    kernelPackage: 'linux-image-armmp',
    deviceTrees: ['bcm2837-rpi-3-b.dtb', 'bcm2837-rpi-3-b-plus.dtb'],
    console: 'ttyS1',
    configLines: [],
  },
  {
    name: 'pi2',
    description: 'Raspberry Pi 2 B, 32-bit armhf',
    arch: 'armhf',
    kernelPackage: 'linux-image-armmp',
    deviceTrees: ['bcm2836-rpi-2-b.dtb'],
    bootTest: { qemu: 'qemu-system-arm', machine: 'raspi2b', memory: '1G', deviceTree: 'bcm2836-rpi-2-b.dtb', console: 'ttyAMA0' },
    console: 'ttyAMA0',
    configLines: [],
  },
];

export function boardNamed(name: string): PiBoard | undefined {
  return piBoards.find((board) => board.name === name);
}
