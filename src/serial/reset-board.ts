import type { Io } from '../io.js';
import { sendControl } from '../virtual/control.js';
import { clientConnectWaitMs } from '../virtual/reset-request.js';
import { openedPty } from './open-port.js';
import { espDownloadResets, resetThroughModemLines, type ModemLines, type ResetMode, type ResetResult } from './reset.js';
import type { ResolvedPort } from './resolve-port.js';

/**
 * Resets the board behind a port: a virtual board through its control channel (a pty has no reset
 * line), any other through the modem control lines. A virtual board is told whether the reset is
 * into its loader ('download': an ESP's ROM loader, with its boot pin low) or a plain one, as the
 * sequence asked for would do on the real board's auto-reset circuit.
 */
export async function resetBoard(port: ResolvedPort, lines: ModemLines, mode: ResetMode, io: Io): Promise<ResetResult> {
  if (mode === 'none') return 'skipped';
  if (port.virtual !== undefined) {
    const intoLoader = (espDownloadResets as readonly string[]).includes(mode);
    // The board waits, if it must, until this client's open has been seen: the reset comes after the open's own.
    const pty = openedPty(lines);
    await sendControl(
      port.virtual.control,
      intoLoader ? 'download' : 'reset',
      pty === undefined ? {} : { pty },
      clientConnectWaitMs + 10_000,
    );
    io.info(`Reset virtual board ${port.virtual.name}${intoLoader ? ' into its ROM loader' : ''} through its control channel`);
    return 'done';
  }
  return resetThroughModemLines(lines, mode, port.path, io);
}
