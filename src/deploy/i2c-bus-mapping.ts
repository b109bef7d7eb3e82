import { BoardlineError } from '../errors.js';
import { findBus, listBuses, type VirtualI2cRecord } from '../virtual/linux-i2c/bus-registry.js';
import { containerAccess, containerArguments, imageNativeArch, type ContainerAccess } from '../virtual/linux-i2c/container-access.js';
import { hostNativeArch, requireNative, shimName } from '../virtual/linux-i2c/native-binaries.js';
import type { DeviceRequest } from './device-mapping.js';

/** A devices line naming a virtual I2C bus rather than a serial port: `virtual-i2c:NAME [-> /dev/i2c-M]`. */
const busPrefix = 'virtual-i2c:';

export function isVirtualI2cRequest(request: DeviceRequest): boolean {
  return request.port.startsWith(busPrefix);
}

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
export async function resolveBuses(
  requests: readonly DeviceRequest[],
  options: { stateDir: string; remote: boolean },
): Promise<BusMapping[]> {
  const mappings: BusMapping[] = [];
  for (const [index, request] of requests.entries()) {
    if (!isVirtualI2cRequest(request)) continue;
    const line = `Input "devices", line ${String(index + 1)}`;
    const name = request.port.slice(busPrefix.length);
    if (options.remote) {
      throw new BoardlineError('usage', `${line}: ${request.port} is served on this machine, and the docker daemon is on another one`, {
        hint: 'Fix: deploy to this machine’s daemon (no docker-host, DOCKER_HOST unset) to test the image against a virtual bus; on the Pi, name its real /dev/i2c-1',
      });
    }
    const record = await findBus(options.stateDir, name);
    if (record === undefined) {
      const running = (await listBuses(options.stateDir)).map((bus) => bus.name);
      throw new BoardlineError(
        'usage',
        `${line}: no virtual I2C bus named ${name} is running (${running.length === 0 ? 'none is' : `running: ${running.join(', ')}`})`,
        {
          hint: `Fix: start it first (boardline virtual-i2c start ${name === '' ? 'NAME' : name} --i2c KIND@ADDRESS), or name a running one`,
        },
      );
    }
    const insideBus = request.inside === undefined ? record.bus : /^\/dev\/i2c-(\d{1,3})$/.exec(request.inside)?.[1];
    if (insideBus === undefined || Number(insideBus) > 255) {
      throw new BoardlineError('usage', `${line}: a virtual I2C bus goes in as /dev/i2c-N, not ${request.inside ?? ''}`, {
        hint: `Fix: write ${request.port} -> /dev/i2c-${String(record.bus)} (the bus the app opens), or leave out the path inside`,
      });
    }
    mappings.push({ requested: request.port, record, insideBus: Number(insideBus) });
  }
  const insides = mappings.map((mapping) => mapping.insideBus);
  const twice = insides.find((bus, index) => insides.indexOf(bus) !== index);
  if (twice !== undefined) {
    throw new BoardlineError('usage', `Input "devices": two virtual I2C buses would both be /dev/i2c-${String(twice)} inside`, {
      hint: 'Fix: give each bus its own path inside, e.g. virtual-i2c:sensors -> /dev/i2c-3',
    });
  }
  return mappings;
}

/**
 * The docker create arguments that give a container of `platform` its buses: the FUSE file for an
 * image of this machine's architecture, else the shim built for the image's (see containerAccess).
 */
export async function busArguments(
  mappings: readonly BusMapping[],
  platform: string,
  host: { platform: string; arch: string; script: string },
): Promise<{ args: string[]; accesses: ContainerAccess[] }> {
  if (mappings.length === 0) return { args: [], accesses: [] };
  const imageArch = imageNativeArch(platform, 'Input "devices"');
  const hostArch = hostNativeArch(host.platform, host.arch);
  const shim = await requireNative(host.script, imageArch, shimName);
  const accesses = mappings.map((mapping) => containerAccess(mapping.record, { imageArch, hostArch, shim, insideBus: mapping.insideBus }));
  return { args: containerArguments(accesses), accesses };
}

export function describeBus(mapping: BusMapping, access: ContainerAccess): string {
  const how = access.via === 'fuse' ? 'its FUSE file' : 'the preload shim and its socket';
  return `${mapping.requested} → ${access.inside} (${how})`;
}
