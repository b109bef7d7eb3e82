import { type VirtualI2cRecord } from '../virtual/linux-i2c/bus-registry.js';
import { type ContainerAccess } from '../virtual/linux-i2c/container-access.js';
import type { DeviceRequest } from './device-mapping.js';
export declare function isVirtualI2cRequest(request: DeviceRequest): boolean;
/** A virtual I2C bus a deploy gives the container, found running. */
export interface BusMapping {
    requested: string;
    record: VirtualI2cRecord;
    /** The bus number inside: /dev/i2c-M. */
    insideBus: number;
}
/**
 * The virtual I2C buses among the devices lines, each found running on this machine, before the
 * running container is touched. The bus is served by a process here, so the daemon must be this
 * machine's too (a CI runner testing the app's image, not a Pi reached over the network).
 */
export declare function resolveBuses(requests: readonly DeviceRequest[], options: {
    stateDir: string;
    remote: boolean;
}): Promise<BusMapping[]>;
/**
 * The docker create arguments that give a container of `platform` its buses: the FUSE file for an
 * image of this machine's architecture, else the shim built for the image's (see containerAccess).
 */
export declare function busArguments(mappings: readonly BusMapping[], platform: string, host: {
    platform: string;
    arch: string;
    script: string;
}): Promise<{
    args: string[];
    accesses: ContainerAccess[];
}>;
export declare function describeBus(mapping: BusMapping, access: ContainerAccess): string;
