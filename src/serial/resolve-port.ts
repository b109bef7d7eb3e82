import { createHash } from 'node:crypto';
import { realpath, stat } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import { renderPortTable } from '../report/port-table.js';
import { defaultHostRoots, listPorts, type HostRoots } from './list-ports.js';
import { findBoard, listBoards, type VirtualBoardRecord } from '../virtual/registry.js';
import type { NetworkAddress } from './network-address.js';
import { isNetworkPortValue } from './network-address.js';
import type { TlsMaterial } from './network-binding.js';
import type { PortInfo } from './port-info.js';
import type { PortTlsFiles } from './port-inputs.js';
import { deviceSlug } from './port-lock.js';
import { refuseTlsFor, resolveNetworkPort } from './resolve-network-port.js';

/** How the user named the port, and the device it came to. */
export interface ResolvedPort {
  /** What the user wrote: a path, a link, usb:VID:PID[:SERIAL], auto, a virtual board's name or a URL. */
  requested: string;
  /** The device to open: the device node with links followed, a virtual board's stable port link, or a network port's URL. */
  path: string;
  /** The name of its lock file (LCK..<lockName>): one per physical device, or per virtual board. */
  lockName: string;
  /** What is known about it, when it is a listed port (a pty is not). */
  info?: PortInfo;
  /** Set when the port is a virtual board's: reset goes through its control channel. */
  virtual?: { name: string; control: string; board: string };
  /** Set when the port is on another machine: rfc2217://, rfc2217s:// or tcp://. */
  network?: { address: NetworkAddress; tls?: TlsMaterial };
}

/** Where ports are looked for: the host's sysfs and /dev, and the virtual boards' state directory. */
export interface PortSearch {
  roots?: HostRoots;
  stateDir?: string;
  /** The tls- inputs, for an rfc2217s:// port. */
  tls?: PortTlsFiles;
}

interface UsbSelector {
  vendorId: string;
  productId: string;
  serialNumber?: string;
}

const usbSelectorPattern = /^usb:([0-9a-f]{4}):([0-9a-f]{4})(?::(.+))?$/i;

function parseUsbSelector(value: string): UsbSelector {
  const match = usbSelectorPattern.exec(value);
  if (match === null) {
    throw new BoardlineError('usage', `Input "port" has a malformed USB selector "${value}"`, {
      hint: 'Fix: write usb:VID:PID or usb:VID:PID:SERIAL with 4 hex digits each, e.g. usb:2341:0043 (boardline ports shows them)',
    });
  }
  const [, vendorId = '', productId = '', serialNumber] = match;
  const selector: UsbSelector = { vendorId: vendorId.toLowerCase(), productId: productId.toLowerCase() };
  if (serialNumber !== undefined) selector.serialNumber = serialNumber;
  return selector;
}

function listing(ports: readonly PortInfo[], boards: readonly VirtualBoardRecord[] = []): string {
  const physical = ports.length === 0 ? 'No serial ports are present on this machine.' : `Serial ports present:\n${renderPortTable(ports)}`;
  if (boards.length === 0) return physical;
  return `${physical}\nVirtual boards running:\n${boards.map((board) => `  ${board.name}  ${board.port}`).join('\n')}`;
}

/**
 * A virtual board's lock: its name, and a digest of where it lives, since two state directories
 * (two runners, two jobs with their own BOARDLINE_STATE_DIR) may each run a board of one name.
 */
function virtualLockName(board: VirtualBoardRecord): string {
  return `boardline-virtual-${board.name}-${createHash('sha256').update(board.port).digest('hex').slice(0, 8)}`;
}

function virtualPort(requested: string, board: VirtualBoardRecord): ResolvedPort {
  return {
    requested,
    path: board.port,
    lockName: virtualLockName(board),
    virtual: { name: board.name, control: board.control, board: board.board },
  };
}

/** The running virtual board whose port this is, by its link or by the pty the link points to now. */
async function virtualBoardAt(path: string, stateDir: string | undefined): Promise<VirtualBoardRecord | undefined> {
  if (stateDir === undefined) return undefined;
  for (const board of await listBoards(stateDir)) {
    if (board.port === path) return board;
    if ((await realpath(board.port).catch(() => undefined)) === path) return board;
  }
  return undefined;
}

function notFound(message: string, ports: readonly PortInfo[], hint: string): BoardlineError {
  return new BoardlineError('port', message, { hint, details: listing(ports) });
}

function matchesUsb(port: PortInfo, selector: UsbSelector): boolean {
  const usb = port.usb;
  if (usb === undefined || usb.vendorId !== selector.vendorId || usb.productId !== selector.productId) return false;
  return selector.serialNumber === undefined || usb.serialNumber === selector.serialNumber;
}

/** The one port a selection left, or a clear error naming what was found. */
function exactlyOne(requested: string, candidates: PortInfo[], ports: readonly PortInfo[], what: string): ResolvedPort {
  const [only, ...others] = candidates;
  if (only === undefined) {
    throw notFound(
      `No serial port matches port "${requested}": ${what}`,
      ports,
      'Fix: plug the board in, or set port to one of the ports listed',
    );
  }
  if (others.length > 0) {
    throw notFound(
      `Port "${requested}" is ambiguous: ${candidates.length} ports match (${candidates.map((port) => port.path).join(', ')})`,
      ports,
      'Fix: name one of them, by its /dev/serial/by-id link or as usb:VID:PID:SERIAL',
    );
  }
  return { requested, path: only.path, lockName: deviceSlug(only.path), info: only };
}

/**
 * Resolves the `port` input. Never assumes /dev/ttyUSB0: `auto` takes the one USB serial device
 * present and refuses to guess between several.
 */
export async function resolvePort(requested: string, search: PortSearch = {}): Promise<ResolvedPort> {
  const roots = search.roots ?? defaultHostRoots;
  const value = requested.trim();
  if (value === '') {
    throw new BoardlineError('usage', 'Input "port" is empty', {
      hint: 'Fix: set port to auto, a device path, a /dev/serial/by-id link or usb:VID:PID',
    });
  }
  if (isNetworkPortValue(value)) return resolveNetworkPort(value, search.tls);
  refuseTlsFor(value, search.tls);
  if (value === 'auto') {
    const ports = await listPorts(roots);
    return exactlyOne(
      value,
      ports.filter((port) => port.usb !== undefined),
      ports,
      'no USB serial device is connected',
    );
  }
  if (value.toLowerCase().startsWith('usb:')) {
    const selector = parseUsbSelector(value);
    const ports = await listPorts(roots);
    return exactlyOne(
      value,
      ports.filter((port) => matchesUsb(port, selector)),
      ports,
      'no USB device has that identity',
    );
  }
  if (!value.includes('/')) {
    const board = search.stateDir === undefined ? undefined : await findBoard(search.stateDir, value);
    if (board !== undefined) return virtualPort(value, board);
    const boards = search.stateDir === undefined ? [] : await listBoards(search.stateDir);
    throw new BoardlineError('port', `Port "${value}" is not a device path, a USB selector, auto, or a running virtual board`, {
      hint: 'Fix: give the full path (e.g. /dev/ttyACM0), one of the ports listed, or start the virtual board first',
      details: listing(await listPorts(roots), boards),
    });
  }
  const board = await virtualBoardAt(value, search.stateDir);
  if (board !== undefined) return virtualPort(value, board);
  let path: string;
  try {
    path = await realpath(value);
  } catch {
    const ports = await listPorts(roots);
    throw notFound(`Port ${value} does not exist`, ports, 'Fix: check the board is plugged in, or set port to one of the ports listed');
  }
  const status = await stat(path);
  if (!status.isCharacterDevice()) {
    throw new BoardlineError('port', `Port ${value} is not a serial device (${path} is not a character device)`, {
      hint: 'Fix: point port at a tty such as /dev/ttyUSB0 or a /dev/serial/by-id link',
    });
  }
  const pty = await virtualBoardAt(path, search.stateDir);
  if (pty !== undefined) return virtualPort(value, pty);
  const info = (await listPorts(roots)).find((port) => port.path === path);
  const resolved: ResolvedPort = { requested: value, path, lockName: deviceSlug(path) };
  return info === undefined ? resolved : { ...resolved, info };
}
