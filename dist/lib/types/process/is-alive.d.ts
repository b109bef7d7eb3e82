/** Whether a process exists: signal 0 checks without signalling; EPERM means it lives under another user. */
export declare function isAlive(pid: number): boolean;
