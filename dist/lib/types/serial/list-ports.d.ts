import type { PortInfo } from './port-info.js';
/**
 * Where the kernel's view of the machine is mounted. Tests point these at a tree laid out as the
 * kernel lays out sysfs; containers that mount /sys or /dev elsewhere can too.
 */
export interface HostRoots {
    sysfs: string;
    dev: string;
}
export declare const defaultHostRoots: HostRoots;
/**
 * Lists the serial ports of this machine: every tty the kernel backs with a real device (USB
 * adapters, native-USB boards, on-board UARTs), never the virtual consoles or ptys.
 */
export declare function listPorts(roots?: HostRoots): Promise<PortInfo[]>;
