import type { Io } from '../io.js';
import { sendControl } from '../virtual/control.js';
import { resetThroughModemLines, type ModemLines, type ResetMode, type ResetResult } from './reset.js';
import type { ResolvedPort } from './resolve-port.js';

/**
 * Resets the board behind a port: a virtual board through its control channel (a pty has no reset
 * line), any other through the modem control lines.
 */
export async function resetBoard(port: ResolvedPort, lines: ModemLines, mode: ResetMode, io: Io): Promise<ResetResult> {
  if (mode === 'none') return 'skipped';
  if (port.virtual !== undefined) {
    await sendControl(port.virtual.control, 'reset');
    io.info(`Reset virtual board ${port.virtual.name} through its control channel`);
    return 'done';
  }
  return resetThroughModemLines(lines, mode, port.path, io);
}
