import { realpath, stat } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import { isNetworkPortValue } from '../serial/network-address.js';
import { resolvePort, type PortSearch } from '../serial/resolve-port.js';
import { isVirtualI2cRequest } from './i2c-bus-mapping.js';

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

const arrow = /\s*->\s*/;
/** How a line is written, as the errors about one say it. */
const lineForm = '"PORT" or "PORT -> /dev/PATH-IN-CONTAINER"';
/**
 * A path inside given without `->` (`usb:1a86:7523 /dev/ttyUSB0`, `=>`, `→`, `usb:1a86:7523:/dev/ttyUSB0`):
 * read as one port value it would be refused as a malformed selector or a missing device, with no
 * word about the arrow. No port value has a `>` or a path after a blank or a colon.
 */
const missingArrow = /[>→]|[\s:]\//;
/** A device path docker takes as it is: no `..`, and none of the characters its --device and --mount syntax split on. */
const devicePath = /^\/dev(\/[A-Za-z0-9_+@.-]+)+$/;

export function parseDeviceLines(lines: readonly string[]): DeviceRequest[] {
  return lines.map((line) => {
    const [port = '', inside, ...extra] = line.trim().split(arrow);
    if (inside === undefined && missingArrow.test(port)) {
      throw new BoardlineError(
        'usage',
        `Input "devices": "${line}" is not ${lineForm}: the port and the path inside need -> between them`,
        {
          hint: 'Fix: write e.g. usb:1a86:7523 -> /dev/ttyUSB0 (one device per line)',
        },
      );
    }
    if (port === '' || extra.length > 0 || inside === '') {
      throw new BoardlineError('usage', `Input "devices": "${line}" is not ${lineForm}`, {
        hint: 'Fix: one device per line, e.g. usb:1a86:7523 -> /dev/ttyUSB0, or /dev/serial/by-id/usb-… -> /dev/ttyACM0',
      });
    }
    if (inside !== undefined && (!devicePath.test(inside) || inside.split('/').includes('..'))) {
      throw new BoardlineError('usage', `Input "devices": the path inside "${inside}" is not a device path under /dev/`, {
        hint: 'Fix: give the path the app opens, e.g. -> /dev/ttyUSB0 (letters, digits and _ + @ . - only)',
      });
    }
    return inside === undefined ? { port } : { port, inside };
  });
}

/** Linux's major(): the major number of a device id as stat reports it. */
export function majorOf(rdev: number): number {
  return ((rdev >> 8) & 0xfff) | (Math.floor(rdev / 2 ** 32) & ~0xfff);
}

/** Unix98 pty slaves: majors 136 to 143. */
function isPty(major: number): boolean {
  return major >= 136 && major <= 143;
}

function inputError(index: number, request: DeviceRequest, error: unknown): unknown {
  if (!(error instanceof BoardlineError)) return error;
  // A blank inside a port given alone is most likely a path inside without its arrow
  // (`usb:1a86:7523 ttyUSB0`); a USB serial number may hold one, so it is only said once the port failed.
  const arrowHint =
    request.inside === undefined && /\s/.test(request.port)
      ? `A devices line is ${lineForm}, e.g. usb:1a86:7523 -> /dev/ttyUSB0; "${request.port}" has no ->`
      : undefined;
  const hint = [error.hint, arrowHint].filter((part) => part !== undefined).join('. ');
  return new BoardlineError(error.kind, `Input "devices", line ${String(index + 1)}: ${error.message}`, {
    ...(hint === '' ? {} : { hint }),
    ...(error.details === undefined ? {} : { details: error.details }),
    cause: error,
  });
}

/**
 * Resolves every device before the running container is touched: a device that is not present
 * fails the deploy with the list of ports that are (as flash-serial does).
 */
export async function resolveDevices(
  requests: readonly DeviceRequest[],
  search: PortSearch,
  options: { hotplug: boolean; remote: boolean },
): Promise<DeviceMapping[]> {
  const { hotplug } = options;
  const mappings: DeviceMapping[] = [];
  for (const [index, request] of requests.entries()) {
    // A virtual I2C bus is no serial port: resolveBuses (i2c-bus-mapping.ts) takes those lines.
    if (isVirtualI2cRequest(request)) continue;
    if (options.remote) {
      mappings.push(remoteDevice(request, index, hotplug));
      continue;
    }
    if (isNetworkPortValue(request.port)) {
      throw new BoardlineError('usage', `Input "devices", line ${String(index + 1)}: ${request.port} is a network port, not a device`, {
        hint: 'Fix: a container reaches a network port itself (give the app the URL); devices are local ttys and virtual boards',
      });
    }
    const resolved = await resolvePort(request.port, search).catch((error: unknown) => {
      throw inputError(index, request, error);
    });
    const node = resolved.virtual === undefined ? resolved.path : await realpath(resolved.path);
    const major = majorOf((await stat(node)).rdev);
    const base = { requested: request.port, major, lockName: resolved.lockName };
    if (resolved.virtual !== undefined || isPty(major)) {
      // The stable link is bound, not the pty it points at now: docker follows it at each start,
      // so the container started again on a rollback gets the board's current pty.
      if (hotplug) {
        // Its mount point would be made in the host's /dev, which the container then shares.
        throw new BoardlineError(
          'usage',
          `Input "devices", line ${String(index + 1)}: ${request.port} is a pseudo-terminal, which hotplug cannot serve`,
          {
            hint: 'Fix: set hotplug to false for virtual boards (they are not unplugged), or deploy them in another container',
          },
        );
      }
      if (request.inside === undefined) {
        throw new BoardlineError(
          'usage',
          `Input "devices", line ${String(index + 1)}: ${request.port} is a pseudo-terminal and needs a path inside`,
          {
            hint: `Fix: write ${request.port} -> /dev/ttyUSB0 (the path the app opens)`,
          },
        );
      }
      mappings.push({ ...base, hostPath: resolved.path, inside: request.inside, via: 'bind' });
    } else if (hotplug) {
      if (major === 4 || major === 5) {
        // Major 4 is also the virtual consoles (tty0-63), 5 the host's tty, console and ptmx.
        throw new BoardlineError(
          'usage',
          `Input "devices", line ${String(index + 1)}: ${request.port} (major ${String(major)}) cannot be hot-plugged`,
          {
            hint: 'Fix: set hotplug to false: an on-board serial port is never unplugged, and allowing its major would open the host’s consoles to the container',
          },
        );
      }
      // The container sees the host's /dev: the device is where the host has it, by its stable link.
      const stable = request.port.startsWith('/dev/')
        ? request.port
        : (resolved.info?.links.find((link) => link.includes('/by-id/')) ?? resolved.path);
      if (request.inside !== undefined && request.inside !== stable) {
        throw new BoardlineError(
          'usage',
          `Input "devices", line ${String(index + 1)}: with hotplug the device is at ${stable} inside, not ${request.inside}`,
          {
            hint: `Fix: open ${stable} in the app (it survives a replug, a ttyUSB number may not), or set hotplug to false to map it to ${request.inside}`,
          },
        );
      }
      mappings.push({ ...base, hostPath: stable, inside: stable, via: 'hotplug' });
    } else {
      mappings.push({ ...base, hostPath: resolved.path, inside: request.inside ?? resolved.path, via: 'device' });
    }
    const last = mappings.at(-1);
    if (last !== undefined && /[,:]/.test(last.hostPath)) {
      throw new BoardlineError(
        'usage',
        `Input "devices", line ${String(index + 1)}: the device's path ${last.hostPath} has a , or : docker cannot take`,
        {
          hint: 'Fix: give the device by a path without them (its /dev node), or move BOARDLINE_STATE_DIR to such a path',
        },
      );
    }
  }
  const insides = mappings.map((mapping) => mapping.inside);
  const twice = insides.find((inside, index) => insides.indexOf(inside) !== index);
  if (twice !== undefined) {
    throw new BoardlineError('usage', `Input "devices": two devices would both be ${twice} inside`, {
      hint: 'Fix: give each device its own path inside',
    });
  }
  return mappings;
}

/**
 * A device on a daemon elsewhere (docker-host, DOCKER_HOST): this machine cannot see the Pi's
 * ports, so the device must be named by its path there; docker resolves and checks it on its host
 * when the container is created, which is before the old container is stopped.
 */
export function remoteDevice(request: DeviceRequest, index: number, hotplug: boolean): DeviceMapping {
  const line = `Input "devices", line ${String(index + 1)}`;
  if (hotplug) {
    throw new BoardlineError('usage', `${line}: hotplug needs the device's major number, which only the Pi itself can read`, {
      hint: 'Fix: run the deploy on the Pi (its runner) for hotplug, or set hotplug to false',
    });
  }
  if (!devicePath.test(request.port) || request.port.split('/').includes('..')) {
    throw new BoardlineError('usage', `${line}: ${request.port} cannot be resolved from here: the daemon is on another machine`, {
      hint: 'Fix: name the device by its path on the Pi, e.g. /dev/serial/by-id/usb-1a86_USB_Serial-if00-port0 -> /dev/ttyUSB0, or run the deploy on the Pi',
    });
  }
  return { requested: request.port, hostPath: request.port, inside: request.inside ?? request.port, via: 'device', major: 0, lockName: '' };
}

/** The docker create arguments that give the container its devices, and never --privileged. */
export function deviceArguments(mappings: readonly DeviceMapping[]): string[] {
  const args: string[] = [];
  for (const mapping of mappings) {
    if (mapping.via === 'device') args.push('--device', `${mapping.hostPath}:${mapping.inside}:rwm`);
    if (mapping.via === 'bind') args.push('--mount', `type=bind,source=${mapping.hostPath},target=${mapping.inside}`);
  }
  const hotplug = mappings.filter((mapping) => mapping.via === 'hotplug');
  if (hotplug.length > 0) {
    // Not recursive: the host's /dev/pts, /dev/shm and /dev/mqueue stay out (docker mounts the container's own).
    args.push('--mount', 'type=bind,source=/dev,target=/dev,bind-nonrecursive=true');
    for (const major of new Set(hotplug.map((mapping) => mapping.major))) args.push('--device-cgroup-rule', `c ${String(major)}:* rmw`);
  }
  return args;
}

export function describeDevice(mapping: DeviceMapping): string {
  const how = { device: 'device', bind: 'bound pty', hotplug: `hotplug, c ${String(mapping.major)}:*` }[mapping.via];
  return `${mapping.requested} → ${mapping.inside} (${how})`;
}
