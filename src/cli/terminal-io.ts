import type { Writable } from 'node:stream';
import type { Io, SourceLocation } from '../io.js';

function location(where: SourceLocation | undefined): string {
  if (where === undefined) return '';
  return `${where.file}${where.line === undefined ? '' : `:${where.line}`}${where.column === undefined ? '' : `:${where.column}`}: `;
}

/** A progress bar for an interactive terminal, redrawn in place: `Writing [#####-----]  50% 12288/24448 bytes`. */
export function progressBar(label: string, done: number, total: number, width = 30): string {
  const fraction = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(fraction * width);
  return `${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}% ${done}/${total} bytes`;
}

/**
 * The core's Io at a terminal: everything goes to stderr, so stdout carries only the result.
 * When stderr is an interactive terminal, progress is a bar redrawn in place.
 */
export function terminalIo(stderr: Writable & { isTTY?: boolean }, signal: AbortSignal, verbose: boolean): Io {
  let barShown = false;
  const write = (line: string): void => {
    stderr.write(`${barShown ? '\n' : ''}${line}\n`);
    barShown = false;
  };
  const progress = (label: string, done: number, total: number): void => {
    stderr.write(`\r${progressBar(label, done, total)}`);
    barShown = done < total;
    if (!barShown) stderr.write('\n');
  };
  return {
    signal,
    ...(stderr.isTTY === true ? { progress } : {}),
    info: (message) => write(message),
    debug: (message) => {
      if (verbose) write(`debug: ${message}`);
    },
    warning: (message, where) => write(`warning: ${location(where)}${message}`),
    error: (message, where) => write(`error: ${location(where)}${message}`),
  };
}
