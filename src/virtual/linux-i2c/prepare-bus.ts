import { join, resolve } from 'node:path';
import { BoardlineError } from '../../errors.js';
import { checkBoardName } from '../registry.js';
import { loadWiring, type WiredDevice } from '../wiring.js';
import { checkBusNumber, resolveMode, type I2cMode, type RequestedMode } from './bus-mode.js';
import { busDirectory, findBus, listBuses } from './bus-registry.js';
import { fuseName, hostNativeArch, nativeArches, nativeDirectory, requireNative, shimName, type NativeArch } from './native-binaries.js';

export interface BusRequest {
  name: string | undefined;
  bus: number;
  i2c: readonly string[];
  wiring: string | undefined;
  mode: RequestedMode;
}

export interface PreparedBus {
  name: string;
  bus: number;
  mode: I2cMode;
  devices: WiredDevice[];
  directory: string;
  socket: string;
  fuseBinary: string | undefined;
  /** The shim for this machine, and where each architecture's is (for an emulated program). */
  shim: string;
  shims: Record<NativeArch, string>;
}

/**
 * Everything `virtual-i2c start` checks before it goes to the background, so bad input fails in
 * the foreground: the name, the wiring (a bus has no pins), the bus number, the mode and the
 * native parts it needs. `run` checks the same again in the background.
 */
export async function prepareBus(
  request: BusRequest,
  place: { stateDir: string; platform: string; arch: string; script: string; uid: number },
): Promise<PreparedBus> {
  const name = request.name ?? `i2c-${request.bus}`;
  checkBoardName(name, 'virtual I2C bus', 'i2c-1');
  if ((await findBus(place.stateDir, name)) !== undefined) {
    throw new BoardlineError('usage', `Input "name": a virtual I2C bus named ${name} is already running`, {
      hint: `Fix: stop it first (boardline virtual-i2c stop ${name}), or give another name`,
    });
  }
  const sameBus = (await listBuses(place.stateDir)).find((other) => other.bus === request.bus);
  if (sameBus !== undefined) {
    throw new BoardlineError('usage', `Input "bus": bus ${request.bus} is already served by the virtual I2C bus ${sameBus.name}`, {
      hint: `Fix: stop it first (boardline virtual-i2c stop ${sameBus.name}), or give another --bus`,
    });
  }
  const wiring = await loadWiring(request.wiring, request.i2c, {
    message: 'a virtual I2C bus has no pins: pins: is for virtual boards (virtual-board start --wiring)',
    hint: 'drop the pins: section, or keep it in a wiring file of its own for virtual-board',
  });
  await checkBusNumber(request.bus);
  const mode = await resolveMode(request.mode, place.uid);
  const arch = hostNativeArch(place.platform, place.arch);
  const shim = await requireNative(place.script, arch, shimName);
  const fuseBinary = mode === 'fuse' ? await requireNative(place.script, arch, fuseName) : undefined;
  const directory = resolve(busDirectory(place.stateDir, name));
  const socket = join(directory, 'bus.sock');
  // BOARDLINE_I2C_BUSES and QEMU_SET_ENV separate their items with commas.
  if (socket.includes(',')) {
    throw new BoardlineError('usage', `The bus socket ${socket} would contain a comma, which the preload environment cannot carry`, {
      hint: 'Fix: set BOARDLINE_STATE_DIR to a directory whose path has no comma',
    });
  }
  const shims = Object.fromEntries(nativeArches.map((each) => [each, join(nativeDirectory(place.script, each), shimName)])) as Record<
    NativeArch,
    string
  >;
  return { name, bus: request.bus, mode, devices: wiring.devices, directory, socket, fuseBinary, shim, shims };
}
