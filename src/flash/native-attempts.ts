import { BoardlineError, asBoardlineError } from '../errors.js';
import { closePort, openResolvedPort } from '../serial/open-port.js';
import { isPortPresent, PortAbsent, portLostHint, portWentAway } from '../serial/port-loss.js';
import { SerialLink } from '../serial/serial-link.js';
import type { OpenSerialPort } from '../serial/open-port.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
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
 *
 * A port that goes away is reported as gone however it shows: as the stream closing under an
 * attempt, as a board that stopped answering and whose device is then missing, or as a reopen
 * for the next attempt that finds nothing to open.
 */
export async function withAttempts<T>(
  session: FlashSession,
  limits: AttemptLimits,
  attempt: (link: SerialLink, serial: OpenSerialPort, number: number) => Promise<T>,
): Promise<T> {
  const { port, io, report } = session;
  const hint = portLostHint(port);
  for (let number = 1; ; number += 1) {
    const serial = await reopen(port, limits, session, number);
    try {
      return await attempt(new SerialLink(serial, port.path, hint), serial, number);
    } catch (thrown) {
      let error = asBoardlineError(thrown);
      if (error.kind !== 'port' && !(await isPortPresent(port))) {
        error = portWentAway(port.path, `its device is gone; the board had stopped answering (${error.message})`, hint);
      }
      if (!limits.retriable(error) || number > limits.retries || Date.now() >= limits.deadline || io.signal.aborted) throw error;
      io.warning(`Attempt ${number} failed (${error.message}); ${report.describe()}. Retrying from sync`);
    } finally {
      await closePort(serial);
    }
  }
}

/** Opens the port for an attempt; one that was open for the attempt before and cannot be found now went away. */
async function reopen(port: ResolvedPort, limits: AttemptLimits, session: FlashSession, number: number): Promise<OpenSerialPort> {
  try {
    return await openResolvedPort(port, limits.baud, { io: session.io, busyTimeoutMs: limits.lockTimeoutMs });
  } catch (error) {
    if (number === 1 || !(error instanceof PortAbsent)) throw error;
    throw portWentAway(port.path, `it was gone when attempt ${number} came to reopen it (${error.message})`, portLostHint(port));
  }
}
