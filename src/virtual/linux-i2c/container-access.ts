import { BoardlineError } from '../../errors.js';
import type { VirtualI2cRecord } from './bus-registry.js';
import type { NativeArch } from './native-binaries.js';

/** Where the shim and the bus socket appear inside a container: paths no image uses for anything else. */
const shimInside = '/usr/lib/boardline/libboardline-i2c.so';
const socketInside = (bus: number): string => `/run/boardline/i2c-${bus}.sock`;

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

/** Docker's names of the architectures the native parts are built for (an image's Architecture). */
const dockerArches: Record<string, NativeArch> = { amd64: 'x64', arm64: 'arm64', arm: 'arm' };

/**
 * The native architecture of an image's platform (linux/arm/v7 → arm), or a refusal naming the
 * platform: the shim runs inside the container's own processes, so it must be built for them.
 */
export function imageNativeArch(platform: string, what: string): NativeArch {
  const [os, arch = ''] = platform.split('/');
  const native = dockerArches[arch];
  if (os !== 'linux' || native === undefined) {
    throw new BoardlineError(
      'usage',
      `${what}: the image is ${platform}, and virtual-i2c's shim is built for linux/amd64, linux/arm64 and linux/arm only`,
      {
        hint: 'Fix: build the image for one of those platforms (buildx-armv7 builds linux/arm/v7 and linux/amd64)',
      },
    );
  }
  return native;
}

/**
 * How a container of `imageArch` reaches the bus, as /dev/i2c-`insideBus`. A program of this
 * machine's own architecture, with the bus in fuse mode, opens the FUSE file bound in at that
 * path: nothing in the image changes. Every other case goes through the shim of the image's
 * architecture, bound in with the bus socket, and LD_PRELOAD: a bus in preload mode has no file,
 * and an image of another architecture runs under qemu-user, which passes no i2c ioctls to the
 * kernel. (Static programs, Go and raw syscalls bypass the shim: they need the fuse route.)
 */
export function containerAccess(
  record: VirtualI2cRecord,
  target: { imageArch: NativeArch; hostArch: NativeArch; shim: string; insideBus?: number },
): ContainerAccess {
  const insideBus = target.insideBus ?? record.bus;
  const inside = `/dev/i2c-${insideBus}`;
  if (record.device !== '' && target.imageArch === target.hostArch) {
    return { via: 'fuse', inside, mounts: [{ source: record.device, target: inside, readonly: false }], env: [] };
  }
  const socket = socketInside(insideBus);
  return {
    via: 'preload',
    inside,
    mounts: [
      { source: target.shim, target: shimInside, readonly: true },
      { source: record.socket, target: socket, readonly: false },
    ],
    env: [`LD_PRELOAD=${shimInside}`, `BOARDLINE_I2C_BUSES=${insideBus}=${socket}`],
  };
}

/**
 * The docker run / create arguments for one or more buses. The shim's environment of several
 * buses is merged into one LD_PRELOAD and one BOARDLINE_I2C_BUSES, and the shim bound in once.
 */
export function containerArguments(accesses: readonly ContainerAccess[]): string[] {
  const mounts = new Map<string, BindMount>();
  const buses: string[] = [];
  for (const access of accesses) {
    for (const mount of access.mounts) mounts.set(mount.target, mount);
    for (const line of access.env) if (line.startsWith('BOARDLINE_I2C_BUSES=')) buses.push(line.slice('BOARDLINE_I2C_BUSES='.length));
  }
  const args: string[] = [];
  for (const mount of mounts.values()) {
    // docker's --mount splits on commas: a path with one would be read as another option.
    if (/[,\s]/.test(mount.source)) {
      throw new BoardlineError(
        'usage',
        `The virtual I2C bus file ${mount.source} has a comma or a blank, which docker's --mount cannot carry`,
        {
          hint: 'Fix: set BOARDLINE_STATE_DIR (and install Boardline) under paths without them',
        },
      );
    }
    args.push('--mount', `type=bind,source=${mount.source},target=${mount.target}${mount.readonly ? ',readonly' : ''}`);
  }
  if (buses.length > 0) args.push('--env', `LD_PRELOAD=${shimInside}`, '--env', `BOARDLINE_I2C_BUSES=${buses.join(',')}`);
  return args;
}
