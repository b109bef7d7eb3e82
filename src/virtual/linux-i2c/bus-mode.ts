import { readFile, stat } from 'node:fs/promises';
import { BoardlineError } from '../../errors.js';

export const requestedModes = ['auto', 'fuse', 'preload', 'cuse'] as const;
export type RequestedMode = (typeof requestedModes)[number];
/** The front ends Boardline has: a FUSE file at /dev/i2c-N, or the LD_PRELOAD shim alone. */
export type I2cMode = 'fuse' | 'preload';

export function devicePath(bus: number): string {
  return `/dev/i2c-${bus}`;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

const otherModes =
  'Fix: use --mode fuse (a FUSE file at /dev/i2c-N; root and /dev/fuse) or --mode preload (LD_PRELOAD in the program; no root)';

/**
 * Which front end serves the bus. auto takes the FUSE file where it can be mounted (root, /dev/fuse),
 * since it reaches every program (static, Go, containers), and otherwise the shim, which always works
 * for dynamically linked programs. The preload environment is given in every mode.
 */
export async function resolveMode(requested: RequestedMode, uid: number): Promise<I2cMode> {
  const fuse = await exists('/dev/fuse');
  if (requested === 'cuse') {
    const cuse = await exists('/dev/cuse');
    throw new BoardlineError(
      'not-available',
      cuse
        ? 'Input "mode": cuse is not available: Boardline has no CUSE front end yet'
        : 'Input "mode": this kernel has no CUSE (/dev/cuse is absent; CONFIG_CUSE is not set), so /dev/i2c-N cannot be a character device here',
      { hint: otherModes },
    );
  }
  if (requested === 'preload') return 'preload';
  if (requested === 'auto') return uid === 0 && fuse ? 'fuse' : 'preload';
  if (uid !== 0) {
    throw new BoardlineError('usage', `Input "mode": fuse mounts /dev/i2c-N, which needs root; this runs as uid ${uid}`, {
      hint: 'Fix: use --mode preload (the LD_PRELOAD shim: no root, no mount), or run as root (sudo)',
    });
  }
  if (!fuse) {
    throw new BoardlineError('not-available', 'Input "mode": fuse needs /dev/fuse, which this machine lacks', {
      hint: 'Fix: use --mode preload (the LD_PRELOAD shim), or load the fuse module (modprobe fuse)',
    });
  }
  return 'fuse';
}

/** Whether a FUSE file system is mounted at `path` (a live or stale front end of ours, not a device). */
async function isFuseMount(path: string): Promise<boolean> {
  const table = await readFile('/proc/self/mountinfo', 'utf8').catch(() => '');
  return table.split('\n').some((line) => {
    const [before, after] = line.split(' - ');
    return before?.split(' ')[4] === path && (after?.startsWith('fuse') ?? false);
  });
}

/**
 * Refuses a bus number this machine has a real adapter for: a program opening /dev/i2c-N must reach
 * the emulated devices, never a real bus (the shim would shadow it, and fuse cannot mount over it).
 */
export async function checkBusNumber(bus: number): Promise<void> {
  const path = devicePath(bus);
  const info = await stat(path).catch(() => undefined);
  if (info?.isCharacterDevice() !== true || (await isFuseMount(path))) return;
  let free = bus + 1;
  while (free < 255 && (await exists(devicePath(free)))) free += 1;
  throw new BoardlineError('usage', `Input "bus": ${path} is a real I2C adapter on this machine (a character device)`, {
    hint: `Fix: give --bus a number that has no /dev/i2c-N here, e.g. --bus ${free}`,
  });
}
