import type { InputSpec } from '../spec/capability.js';

/**
 * The inputs every capability that talks to a board shares, so flash-serial and verify-banner name,
 * default and document them identically.
 */
export const portInputs = {
  port: {
    kind: 'string',
    default: 'auto',
    description:
      'Serial port: auto (the one USB serial device present), a device path, a /dev/serial/by-id or by-path link, or usb:VID:PID[:SERIAL].',
  },
  'lock-timeout': {
    kind: 'duration',
    default: '10m',
    description: 'How long to wait for another job that holds the port before giving up.',
  },
  reset: {
    kind: 'choice',
    choices: ['auto', 'dtr', 'rts', 'none'],
    default: 'auto',
    description: 'How to reset the board first: auto picks what the board needs; dtr or rts pulse that line; none leaves it running.',
  },
} as const satisfies Record<string, InputSpec>;
