import { BoardlineError } from '../errors.js';

/**
 * A port on another machine: rfc2217:// (Telnet COM port control, RFC 2217, as ser2net's
 * telnet(rfc2217) accepter, pyserial and esptool speak it), rfc2217s:// (the same inside TLS, as
 * ser2net's ssl filter serves it) or tcp:// (raw bytes, no line control: ser2net's tcp accepter).
 */
export type NetworkScheme = 'rfc2217' | 'rfc2217s' | 'tcp';

export interface NetworkAddress {
  scheme: NetworkScheme;
  /** The host name or address, IPv6 without its brackets. */
  host: string;
  port: number;
  /** The address as it is shown everywhere: scheme://host:port, IPv6 in brackets. */
  url: string;
}

const schemes: readonly NetworkScheme[] = ['rfc2217', 'rfc2217s', 'tcp'];
const urlShape = /^([a-z][a-z0-9+.-]*):\/\//i;
/**
 * A transport's scheme however little of `//` follows it (`rfc2217:/pi:2217`): meant as a network
 * port, and never a device path or a board name (neither starts so), so it is refused as a
 * malformed URL rather than looked for on disk.
 */
const transportPrefix = /^(rfc2217s?|tcp):/i;

/** Whether a port value is written as a URL (and so is a network port, or a mistake). */
export function isNetworkPortValue(value: string): boolean {
  const text = value.trim();
  return urlShape.test(text) || transportPrefix.test(text);
}

function malformed(value: string, input: string, why: string): BoardlineError {
  return new BoardlineError('usage', `Input "${input}" has a malformed network port "${value}": ${why}`, {
    hint: 'Fix: write rfc2217://HOST:PORT, rfc2217s://HOST:PORT or tcp://HOST:PORT, with an IPv6 address in brackets (rfc2217://[fd00::2]:2217)',
  });
}

export function parseNetworkAddress(value: string, input = 'port'): NetworkAddress {
  const text = value.trim();
  const bare = transportPrefix.exec(text)?.[1]?.toLowerCase();
  if (bare !== undefined && !urlShape.test(text)) {
    const rest = text.slice(bare.length + 1).replace(/^\/+/, '');
    throw malformed(value, input, `${bare}: must be followed by // and HOST:PORT${rest === '' ? '' : `, as in ${bare}://${rest}`}`);
  }
  const scheme = urlShape.exec(text)?.[1]?.toLowerCase() ?? '';
  if (!schemes.includes(scheme as NetworkScheme)) {
    throw malformed(value, input, `${scheme === '' ? 'no scheme' : `${scheme}:// is not a serial transport`} (rfc2217, rfc2217s or tcp)`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw malformed(value, input, 'not a URL');
  }
  if (url.username !== '' || url.password !== '')
    throw malformed(value, input, 'a user or password has no place in it (RFC 2217 has no login)');
  if ((url.pathname !== '' && url.pathname !== '/') || url.search !== '' || url.hash !== '') {
    throw malformed(value, input, 'nothing may follow HOST:PORT');
  }
  const bracketed = url.hostname;
  if (bracketed === '') throw malformed(value, input, 'the host is missing');
  const host = bracketed.startsWith('[') ? bracketed.slice(1, -1) : bracketed;
  if (url.port === '') throw malformed(value, input, 'the TCP port is missing (ser2net serves each board on a port of its own)');
  const port = Number(url.port);
  if (port < 1 || port > 65535) throw malformed(value, input, 'the TCP port must be 1 to 65535');
  return { scheme: scheme as NetworkScheme, host, port, url: `${scheme}://${bracketed}:${port}` };
}
