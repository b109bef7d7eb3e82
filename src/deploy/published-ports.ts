import { isIP } from 'node:net';
import { BoardlineError } from '../errors.js';

/** One `publish` line: [address:]host-port:container-port[/tcp|udp], as docker run -p takes it. */
export interface PublishedPort {
  address?: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

const publishPattern = /^(?:(\[[0-9a-f:.]+\]|[0-9.]+):)?(\d{1,5}):(\d{1,5})(?:\/(tcp|udp))?$/i;

function portNumber(text: string, line: string): number {
  const port = Number(text);
  if (port < 1 || port > 65_535) {
    throw new BoardlineError('usage', `Input "publish": ${text} in "${line}" is not a port number (1-65535)`, {
      hint: 'Fix: write host-port:container-port, e.g. 6769:6769',
    });
  }
  return port;
}

export function parsePublishedPorts(lines: readonly string[]): PublishedPort[] {
  const ports = lines.map((line): PublishedPort => {
    const match = publishPattern.exec(line.trim());
    if (match === null) {
      throw new BoardlineError('usage', `Input "publish": "${line}" is not host-port:container-port`, {
        hint: 'Fix: one mapping per line, e.g. 6769:6769, 127.0.0.1:8080:80 or 5683:5683/udp (a range is not taken)',
      });
    }
    const [, address, host = '', container = '', protocol = 'tcp'] = match;
    const port: PublishedPort = {
      hostPort: portNumber(host, line),
      containerPort: portNumber(container, line),
      protocol: protocol.toLowerCase() as 'tcp' | 'udp',
    };
    if (address !== undefined) {
      if (isIP(address.replace(/^\[(.*)\]$/, '$1')) === 0) {
        throw new BoardlineError('usage', `Input "publish": ${address} in "${line}" is not an IP address`, {
          hint: 'Fix: give the address to listen on, e.g. 127.0.0.1:8080:80 or [::1]:8080:80, or leave it out for all addresses',
        });
      }
      port.address = address;
    }
    return port;
  });
  const seen = new Set<string>();
  for (const port of ports) {
    const key = `${String(port.hostPort)}/${port.protocol}`;
    if (seen.has(key))
      throw new BoardlineError('usage', `Input "publish": host port ${key} is given twice`, { hint: 'Fix: publish each host port once' });
    seen.add(key);
  }
  return ports;
}

/** Where a published port is reached from here: its address when it is bound to one, else the docker host. */
export function reachableAt(port: PublishedPort | undefined, dockerHostName: string): string {
  const address = port?.address?.replace(/^\[(.*)\]$/, '$1');
  return address === undefined || address === '0.0.0.0' || address === '::' ? dockerHostName : address;
}

const addressPrefix = (port: PublishedPort): string => (port.address === undefined ? '' : `${port.address}:`);

export function publishArgument(port: PublishedPort): string {
  return `${addressPrefix(port)}${String(port.hostPort)}:${String(port.containerPort)}/${port.protocol}`;
}

/** How a published port reads in a summary: 127.0.0.1:8080 → 80/tcp. */
export function describePublished(port: PublishedPort): string {
  return `${addressPrefix(port)}${String(port.hostPort)} → ${String(port.containerPort)}/${port.protocol}`;
}
