import { BoardlineError, asBoardlineError } from '../errors.js';
import { closePort, openResolvedPort } from '../serial/open-port.js';
import { portLostHint } from '../serial/port-hints.js';
import { SerialLink } from '../serial/serial-link.js';
import type { OpenSerialPort } from '../serial/open-port.js';
import type { FlashSession } from './flash-backend.js';

export interface AttemptLimits {
  baud: number;
  retries: number;
  /** When the whole flash must be done by (ms since the epoch), retries included. */
  deadline: number;
  lockTimeoutMs: number;
  /** Whether an error is worth another attempt from sync (a timeout, a lost block), or final (a wrong chip). */
  retriable: (error: BoardlineError) => boolean;
}

/**
 * Runs a native protocol's flash with its retries: each attempt opens the port afresh and starts
 * from sync, so a board that lost its place is reset and met again; the report keeps what each
 * attempt wrote, so the warning (and a final failure) says what the board holds.
 */
export async function withAttempts<T>(
  session: FlashSession,
  limits: AttemptLimits,
  attempt: (link: SerialLink, serial: OpenSerialPort, number: number) => Promise<T>,
): Promise<T> {
  const { port, io, report } = session;
  for (let number = 1; ; number += 1) {
    const serial = await openResolvedPort(port, limits.baud, { io, busyTimeoutMs: limits.lockTimeoutMs });
    try {
      return await attempt(new SerialLink(serial, port.path, portLostHint(port)), serial, number);
    } catch (thrown) {
      const error = asBoardlineError(thrown);
      if (!limits.retriable(error) || number > limits.retries || Date.now() >= limits.deadline || io.signal.aborted) throw error;
      io.warning(`Attempt ${number} failed (${error.message}); ${report.describe()}. Retrying from sync`);
    } finally {
      await closePort(serial);
    }
  }
}
