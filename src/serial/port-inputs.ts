import type { InputSpec } from '../spec/capability.js';

/** The inputs that reach a port wherever it is: on this machine, or served over the network. */
export const portAddressInputs = {
  port: {
    kind: 'string',
    default: 'auto',
    description:
      'Serial port: auto (the one USB serial device present), a device path, a /dev/serial/by-id or by-path link, usb:VID:PID[:SERIAL], or a board on another machine as rfc2217://HOST:PORT, rfc2217s://HOST:PORT (TLS) or tcp://HOST:PORT (raw).',
  },
  'tls-ca': {
    kind: 'path',
    description: "rfc2217s:// ports: the CA certificate (PEM) that signed the server's certificate; by default the system's CAs.",
  },
  'tls-cert': { kind: 'path', description: 'rfc2217s:// ports: a client certificate (PEM), for servers that demand one.' },
  'tls-key': { kind: 'path', description: "rfc2217s:// ports: the client certificate's private key (PEM)." },
} as const satisfies Record<string, InputSpec>;

/**
 * The inputs every capability that talks to a board shares, so flash-serial and verify-banner name,
 * default and document them identically.
 */
export const portInputs = {
  ...portAddressInputs,
  'lock-timeout': {
    kind: 'duration',
    default: '10m',
    description: "How long to wait for another job that holds the port (here, or a network port's server) before giving up.",
  },
  reset: {
    kind: 'choice',
    choices: ['auto', 'dtr', 'rts', 'none', 'esp-classic', 'esp-tight', 'esp-usb-jtag'],
    default: 'auto',
    description:
      "How to reset the board first: auto picks what the board needs; dtr or rts pulse that line; none leaves it running; esp-classic, esp-tight (CH340 boards on recent Linux) and esp-usb-jtag (VID 303A) are esptool's sequences into an ESP's ROM loader.",
  },
} as const satisfies Record<string, InputSpec>;

/** The TLS files a port may be given, by their input names. */
export interface PortTlsFiles {
  'tls-ca'?: string | undefined;
  'tls-cert'?: string | undefined;
  'tls-key'?: string | undefined;
}
