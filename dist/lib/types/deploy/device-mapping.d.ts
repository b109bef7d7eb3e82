import { type PortSearch } from '../serial/resolve-port.js';
/** One `devices` line: a port value as flash-serial takes it, and the path it gets inside. */
export interface DeviceRequest {
    port: string;
    /** Absent: the device keeps its host path. */
    inside?: string;
}
/**
 * How a device goes into the container. A real tty goes in as a device node (`--device`). A pty
 * cannot: the kernel refuses to open a pty through a node outside its devpts instance (EIO), so a
 * pty — a virtual board — is bind mounted. With hotplug, the host's /dev is bound in and the
 * device's major number allowed, so a board unplugged and plugged back appears in the running
 * container (at its stable /dev/serial/by-id path; the kernel may give it another ttyUSB number).
 */
export interface DeviceMapping {
    requested: string;
    /** What docker is given: a device node, or a path to bind (a virtual board's stable link). */
    hostPath: string;
    inside: string;
    via: 'device' | 'bind' | 'hotplug';
    /** The character device's major number (188 ttyUSB, 166 ttyACM, 136+ pty). */
    major: number;
    /** The lock file name the port's users take, so a deploy never grabs a board mid-flash. */
    lockName: string;
}
export declare function parseDeviceLines(lines: readonly string[]): DeviceRequest[];
/** Linux's major(): the major number of a device id as stat reports it. */
export declare function majorOf(rdev: number): number;
/**
 * Resolves every device before the running container is touched: a device that is not present
 * fails the deploy with the list of ports that are (as flash-serial does).
 */
export declare function resolveDevices(requests: readonly DeviceRequest[], search: PortSearch, options: {
    hotplug: boolean;
    remote: boolean;
}): Promise<DeviceMapping[]>;
/**
 * A device on a daemon elsewhere (docker-host, DOCKER_HOST): this machine cannot see the Pi's
 * ports, so the device must be named by its path there; docker resolves and checks it on its host
 * when the container is created, which is before the old container is stopped.
 */
export declare function remoteDevice(request: DeviceRequest, index: number, hotplug: boolean): DeviceMapping;
/** The docker create arguments that give the container its devices, and never --privileged. */
export declare function deviceArguments(mappings: readonly DeviceMapping[]): string[];
export declare function describeDevice(mapping: DeviceMapping): string;
