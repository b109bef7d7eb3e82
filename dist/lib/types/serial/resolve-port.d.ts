import { type HostRoots } from './list-ports.js';
import type { NetworkAddress } from './network-address.js';
import type { TlsMaterial } from './network-binding.js';
import type { PortInfo } from './port-info.js';
import type { PortTlsFiles } from './port-inputs.js';
/** How the user named the port, and the device it came to. */
export interface ResolvedPort {
    /** What the user wrote: a path, a link, usb:VID:PID[:SERIAL], auto, a virtual board's name or a URL. */
    requested: string;
    /** The device to open: the device node with links followed, a virtual board's stable port link, or a network port's URL. */
    path: string;
    /** The name of its lock file (LCK..<lockName>): one per physical device, or per virtual board. */
    lockName: string;
    /** What is known about it, when it is a listed port (a pty is not). */
    info?: PortInfo;
    /** Set when the port is a virtual board's: reset goes through its control channel. */
    virtual?: {
        name: string;
        control: string;
        board: string;
    };
    /** Set when the port is on another machine: rfc2217://, rfc2217s:// or tcp://. */
    network?: {
        address: NetworkAddress;
        tls?: TlsMaterial;
    };
}
/** Where ports are looked for: the host's sysfs and /dev, and the virtual boards' state directory. */
export interface PortSearch {
    roots?: HostRoots;
    stateDir?: string;
    /** The tls- inputs, for an rfc2217s:// port. */
    tls?: PortTlsFiles;
}
/**
 * Resolves the `port` input. Never assumes /dev/ttyUSB0: `auto` takes the one USB serial device
 * present and refuses to guess between several.
 */
export declare function resolvePort(requested: string, search?: PortSearch): Promise<ResolvedPort>;
