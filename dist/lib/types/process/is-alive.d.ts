/**
 * Whether a process exists: signal 0 checks without signalling; EPERM means it lives under another
 * user. A zombie has ended, though signal 0 still finds it until its parent reaps it, which a
 * container's pid 1 that is not an init may never do: on Linux, /proc tells it apart.
 */
export declare function isAlive(pid: number): boolean;
