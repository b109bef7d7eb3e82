import type { Writable } from 'node:stream';
import type { Io, SourceLocation } from '../io.js';

function location(where: SourceLocation | undefined): string {
  if (where === undefined) return '';
  return `${where.file}${where.line === undefined ? '' : `:${where.line}`}${where.column === undefined ? '' : `:${where.column}`}: `;
}

/** The core's Io at a terminal: everything goes to stderr, so stdout carries only the result. */
export function terminalIo(stderr: Writable, signal: AbortSignal, verbose: boolean): Io {
  const write = (line: string): void => {
    stderr.write(`${line}\n`);
  };
  return {
    signal,
    info: (message) => write(message),
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
    warning: (message, where) => write(`warning: ${location(where)}${message}`),
    error: (message, where) => write(`error: ${location(where)}${message}`),
  };
}
