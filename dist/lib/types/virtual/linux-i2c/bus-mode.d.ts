export declare const requestedModes: readonly ["auto", "fuse", "preload", "cuse"];
export type RequestedMode = (typeof requestedModes)[number];
/** The front ends Boardline has: a FUSE file at /dev/i2c-N, or the LD_PRELOAD shim alone. */
export type I2cMode = 'fuse' | 'preload';
export declare function devicePath(bus: number): string;
/**
 * Which front end serves the bus. auto takes the FUSE file where it can be mounted (root, /dev/fuse),
 * since it reaches every program (static, Go, containers), and otherwise the shim, which always works
 * for dynamically linked programs. The preload environment is given in every mode.
 */
export declare function resolveMode(requested: RequestedMode, uid: number): Promise<I2cMode>;
/**
 * Refuses a bus number this machine has a real adapter for: a program opening /dev/i2c-N must reach
 * the emulated devices, never a real bus (the shim would shadow it, and fuse cannot mount over it).
 */
export declare function checkBusNumber(bus: number): Promise<void>;
