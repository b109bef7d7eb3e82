import { describePort, type PortInfo } from './port-info.js';

export interface Ser2netConfigOptions {
  /** The address the accepters bind to: loopback to reach them through a tunnel, 0.0.0.0 for the network. */
  listen: string;
  /** The TCP port of the first board; the next ones count up from it. */
  basePort: number;
}

/** The path ser2net should open: a stable link, so a board keeps its TCP port across replugs and reboots. */
function stablePath(port: PortInfo): string {
  return port.links.find((link) => link.includes('/by-id/')) ?? port.links.find((link) => link.includes('/by-path/')) ?? port.path;
}

function connectionName(port: PortInfo, index: number): string {
  const base = port.usb === undefined ? port.path.replace(/^\/dev\//, '') : `usb-${port.usb.vendorId}-${port.usb.productId}`;
  return `${base.replace(/[^A-Za-z0-9_-]/g, '-')}-${index + 1}`;
}

/**
 * A ser2net 4.x YAML file that exports the ports of this machine over RFC 2217: one connection per
 * port, opened by its /dev/serial/by-id link, one client at a time with no kicking of the current
 * one (a second job is turned away and waits, as at a locked local port), TCP_NODELAY and no
 * character delay (by default ser2net leaves Nagle's algorithm on and gathers bytes before sending,
 * which holds every short bootloader answer back: measured, a flash through it took 2.2x as long),
 * modem-status lines ignored (local) and no BREAK sent on connect (nobreak).
 */
export function renderSer2netConfig(ports: readonly PortInfo[], options: Ser2netConfigOptions): string {
  const host = options.listen.includes(':') ? `[${options.listen}]` : options.listen;
  const loopback = /^(127\.|::1$|localhost$)/.test(options.listen);
  const header = [
    '# ser2net.yaml written by `boardline ports --ser2net`: run `ser2net -c ser2net.yaml` (Debian: /etc/ser2net.yaml).',
    loopback
      ? '# Bound to loopback: reach it through an SSH tunnel (ssh -L 2217:localhost:2217 pi), or bind another address with --listen.'
      : '# RFC 2217 has no authentication: anyone who reaches these ports can flash these boards. Keep them on a trusted network,\n# or wrap the accepter in ssl(key=…,cert=…,CA=…,clientauth) and connect with rfc2217s:// and a client certificate.',
  ];
  if (ports.length === 0) return [...header, '# No serial ports are present on this machine: nothing to export.', ''].join('\n');
  const connections = ports.map((port, index) => {
    const tcpPort = options.basePort + index;
    const path = stablePath(port);
    const lines = [
      '',
      `# ${describePort(port)}: port rfc2217://${loopback ? 'localhost' : '<this-host>'}:${tcpPort}`,
      ...(path === port.path ? ['# (no stable /dev/serial link: the device name may change when it is replugged)'] : []),
      `connection: &${connectionName(port, index)}`,
      `  accepter: telnet(rfc2217),tcp(nodelay),${host},${tcpPort}`,
      `  connector: serialdev,${path},115200n81,local,nobreak`,
      '  enable: on',
      '  options:',
      '    max-connections: 1',
      '    kickolduser: false',
      '    chardelay: false',
    ];
    return lines.join('\n');
  });
  return `${[...header, ...connections].join('\n')}\n`;
}
