import { readdir, readFile, readlink, realpath } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { PortInfo } from './port-info.js';

/**
 * Where the kernel's view of the machine is mounted. Tests point these at a tree laid out as the
 * kernel lays out sysfs; containers that mount /sys or /dev elsewhere can too.
 */
export interface HostRoots {
  sysfs: string;
  dev: string;
}

export const defaultHostRoots: HostRoots = { sysfs: '/sys', dev: '/dev' };

async function readText(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, 'utf8')).trim();
  } catch {
    return undefined;
  }
}

async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}

/**
 * Walks up from a tty's device directory to the USB device (the directory with idVendor), noting
 * the interface on the way. Reads sysfs directly rather than asking udevadm, which is often
 * missing in the containers CI jobs run in.
 */
async function usbIdentity(deviceDir: string, sysfsRoot: string): Promise<PortInfo['usb']> {
  let interfaceNumber: number | undefined;
  for (let dir = deviceDir; dir.startsWith(sysfsRoot) && dir !== sysfsRoot; dir = dirname(dir)) {
    const bInterfaceNumber = await readText(join(dir, 'bInterfaceNumber'));
    if (bInterfaceNumber !== undefined && interfaceNumber === undefined) interfaceNumber = parseInt(bInterfaceNumber, 16);
    const vendorId = await readText(join(dir, 'idVendor'));
    if (vendorId === undefined) continue;
    const productId = (await readText(join(dir, 'idProduct'))) ?? '';
    const usb: NonNullable<PortInfo['usb']> = { vendorId: vendorId.toLowerCase(), productId: productId.toLowerCase() };
    const serialNumber = await readText(join(dir, 'serial'));
    const manufacturer = await readText(join(dir, 'manufacturer'));
    const product = await readText(join(dir, 'product'));
    if (serialNumber !== undefined) usb.serialNumber = serialNumber;
    if (manufacturer !== undefined) usb.manufacturer = manufacturer;
    if (product !== undefined) usb.product = product;
    if (interfaceNumber !== undefined) usb.interface = interfaceNumber;
    return usb;
  }
  return undefined;
}

/** Maps each device node to the /dev/serial/by-id and by-path links that point at it. */
async function stableLinks(devRoot: string): Promise<Map<string, string[]>> {
  const links = new Map<string, string[]>();
  for (const kind of ['by-id', 'by-path']) {
    const dir = join(devRoot, 'serial', kind);
    for (const name of (await entries(dir)).sort()) {
      const link = join(dir, name);
      let target: string;
      try {
        target = resolve(dir, await readlink(link));
      } catch {
        continue;
      }
      links.set(target, [...(links.get(target) ?? []), link]);
    }
  }
  return links;
}

/**
 * Lists the serial ports of this machine: every tty the kernel backs with a real device (USB
 * adapters, native-USB boards, on-board UARTs), never the virtual consoles or ptys.
 */
export async function listPorts(roots: HostRoots = defaultHostRoots): Promise<PortInfo[]> {
  const classDir = join(roots.sysfs, 'class', 'tty');
  const links = await stableLinks(roots.dev);
  const ports: PortInfo[] = [];
  for (const name of await entries(classDir)) {
    let deviceDir: string;
    try {
      deviceDir = await realpath(join(classDir, name, 'device'));
    } catch {
      continue; // no backing device: a virtual console, or an 8250 placeholder with no UART behind it
    }
    if (deviceDir.includes('/devices/virtual/')) continue;
    // Since Linux 6.5 a UART's tty hangs off a serial-base "port" device two levels below the
    // hardware device; the hardware's driver is the one worth reporting.
    const subsystem = await realpath(join(deviceDir, 'subsystem')).catch(() => undefined);
    if (subsystem !== undefined && basename(subsystem) === 'serial-base') deviceDir = dirname(dirname(deviceDir));
    const driverLink = await realpath(join(deviceDir, 'driver')).catch(() => undefined);
    const driver = driverLink === undefined ? undefined : basename(driverLink);
    // The legacy 8250 driver registers ttyS0..ttyS31 whether or not a UART answers; those have no use here.
    if (driver === 'serial8250') continue;
    const path = join(roots.dev, name);
    const port: PortInfo = { path, links: links.get(path) ?? [] };
    const usb = await usbIdentity(deviceDir, await realpath(roots.sysfs));
    if (usb !== undefined) port.usb = usb;
    if (driver !== undefined) port.driver = driver;
    ports.push(port);
  }
  return ports.sort((a, b) => a.path.localeCompare(b.path, 'en', { numeric: true }));
}
