import { readFileSync } from 'node:fs';

/**
 * Whether a process exists: signal 0 checks without signalling; EPERM means it lives under another
 * user. A zombie has ended, though signal 0 still finds it until its parent reaps it, which a
 * container's pid 1 that is not an init may never do: on Linux, /proc tells it apart.
 */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false; // not Linux, or gone since
  }
  // "pid (comm) state …": comm may hold spaces and parentheses; the state follows the last ')'.
  return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
}
