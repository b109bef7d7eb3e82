import type { VirtualI2cRecord } from './bus-registry.js';
import type { NativeArch } from './native-binaries.js';
export interface BindMount {
    source: string;
    target: string;
    readonly: boolean;
}
/** What a container needs to reach a virtual bus: files bound in and, for the shim, its environment. */
export interface ContainerAccess {
    via: 'fuse' | 'preload';
    /** The /dev/i2c-M the program inside opens. */
    inside: string;
    mounts: BindMount[];
    /** NAME=value lines. */
    env: string[];
}
/**
 * The native architecture of an image's platform (linux/arm/v7 → arm), or a refusal naming the
 * platform: the shim runs inside the container's own processes, so it must be built for them.
 */
export declare function imageNativeArch(platform: string, what: string): NativeArch;
/**
 * How a container of `imageArch` reaches the bus, as /dev/i2c-`insideBus`. A program of this
 * machine's own architecture, with the bus in fuse mode, opens the FUSE file bound in at that
 * path: nothing in the image changes. Every other case goes through the shim of the image's
 * architecture, bound in with the bus socket, and LD_PRELOAD: a bus in preload mode has no file,
 * and an image of another architecture runs under qemu-user, which passes no i2c ioctls to the
 * kernel. (Static programs, Go and raw syscalls bypass the shim: they need the fuse route.)
 */
export declare function containerAccess(record: VirtualI2cRecord, target: {
    imageArch: NativeArch;
    hostArch: NativeArch;
    shim: string;
    insideBus?: number;
}): ContainerAccess;
/**
 * The docker run / create arguments for one or more buses. The shim's environment of several
 * buses is merged into one LD_PRELOAD and one BOARDLINE_I2C_BUSES, and the shim bound in once.
 */
export declare function containerArguments(accesses: readonly ContainerAccess[]): string[];
