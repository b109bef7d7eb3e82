import { stat } from 'node:fs/promises';
import { BoardlineError, type BoardlineErrorOptions } from '../errors.js';
import type { ResolvedPort } from './resolve-port.js';

/**
 * An open that failed because nothing is there to open: no device node (unplugged, a virtual
 * board stopped), a pty whose other side is gone, or no serial server listening. Told apart from
 * a port that is there but refuses (busy, no permission), which no waiting or retrying changes.
 */
export class PortAbsent extends BoardlineError {
  constructor(message: string, options: BoardlineErrorOptions = {}) {
    super('port', message, options);
    this.name = 'PortAbsent';
  }
}

/** The errno texts of an absent local device, as the serial binding and node word them. */
const absentDevice = /ENOENT|ENODEV|ENXIO|EIO|No such file|No such device|Input\/output error/i;

export function isAbsentDeviceError(message: string): boolean {
  return absentDevice.test(message);
}

/** What to check when a port goes away under us: the cable here, the virtual board, or the server and network there. */
export function portLostHint(port: ResolvedPort): string {
  if (port.network !== undefined) {
    return `Fix: check that ser2net still runs on ${port.network.address.host} and the network between; the board may have been unplugged there`;
  }
  if (port.virtual !== undefined) {
    return `Fix: the virtual board ${port.virtual.name} was stopped or ended; boardline virtual-board status shows the boards running`;
  }
  return 'Fix: the board was unplugged or its USB reset; check the cable and the power supply';
}

/**
 * A port that was open and is gone, said one way wherever it is noticed — a closed stream, a
 * failed read or write, a reopen that finds nothing, the device missing once the board stopped
 * answering: kind port (exit 3), "Port P went away: CAUSE", and what to check. Which of those
 * events comes first is a matter of timing; the report depends only on the port being gone.
 */
export function portWentAway(path: string, cause: string, hint: string): BoardlineError {
  return new BoardlineError('port', `Port ${path} went away: ${cause}`, { hint });
}

/**
 * Whether the port is still there: a local or virtual port's node exists (links followed to
 * their end, so a link left pointing at a pty that is gone counts as gone). A network port is
 * taken as present: only a connection can tell, and a lost connection reports itself.
 */
export async function isPortPresent(port: ResolvedPort): Promise<boolean> {
  if (port.network !== undefined) return true;
  return stat(port.path).then(
    () => true,
    (error: unknown) => !isAbsentDeviceError(String((error as NodeJS.ErrnoException).code)),
  );
}
