import type { Io } from '../io.js';
/**
 * A port lock in the FHS/UUCP format: /var/lock/LCK..ttyACM0 holding the owner's PID as ten
 * ASCII digits and a newline. Every Boardline job on the machine honours it — several jobs of one
 * runner, or several runners on one Pi — and so do minicom, picocom, cu, ser2net and other
 * lockdev-style tools. Boardline adds two lines (what the holder is doing and a token) that those
 * tools ignore. On top of it, the port itself is opened with flock(LOCK_EX), which every program
 * that opens ports with flock honours too.
 */
export interface PortLockOptions {
    /** Where lock files live; /var/lock on Linux. */
    lockDir: string;
    /** The lock's name when it is not the device's (a virtual board is locked by its name). */
    lockName?: string;
    timeoutMs: number;
    /** What the holder is doing, shown to whoever waits: e.g. "boardline verify-banner". */
    purpose: string;
    io: Io;
    pollMs?: number;
    /** What is locked, for messages: "Port /dev/ttyACM0" unless told ("Container pi-app"). */
    subject?: string;
    /** What to do when it stays busy, for the error; by default the advice for a shared board. */
    busyHint?: string;
}
export interface PortLock {
    path: string;
    release(): Promise<void>;
}
/** A device's name for file names: /dev/ttyACM0 → ttyACM0, /dev/pts/3 → pts_3. */
export declare function deviceSlug(devicePath: string): string;
/** The lock file name for a device: /dev/ttyACM0 → LCK..ttyACM0, /dev/pts/3 → LCK..pts_3. */
export declare function lockFileName(devicePath: string): string;
/** Waits for the port's lock up to the timeout; reports who holds it while waiting and on failure. */
export declare function lockPort(devicePath: string, options: PortLockOptions): Promise<PortLock>;
