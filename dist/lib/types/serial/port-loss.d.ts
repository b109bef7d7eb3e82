import { BoardlineError, type BoardlineErrorOptions } from '../errors.js';
import type { ResolvedPort } from './resolve-port.js';
/**
 * An open that failed because nothing is there to open: no device node (unplugged, a virtual
 * board stopped), a pty whose other side is gone, or no serial server listening. Told apart from
 * a port that is there but refuses (busy, no permission), which no waiting or retrying changes.
 */
export declare class PortAbsent extends BoardlineError {
    constructor(message: string, options?: BoardlineErrorOptions);
}
export declare function isAbsentDeviceError(message: string): boolean;
/** What to check when a port goes away under us: the cable here, the virtual board, or the server and network there. */
export declare function portLostHint(port: ResolvedPort): string;
/**
 * A port that was open and is gone, said one way wherever it is noticed — a closed stream, a
 * failed read or write, a reopen that finds nothing, the device missing once the board stopped
 * answering: kind port (exit 3), "Port P went away: CAUSE", and what to check. Which of those
 * events comes first is a matter of timing; the report depends only on the port being gone.
 */
export declare function portWentAway(path: string, cause: string, hint: string): BoardlineError;
/**
 * Whether the port is still there: a local or virtual port's node exists (links followed to
 * their end, so a link left pointing at a pty that is gone counts as gone). A network port is
 * taken as present: only a connection can tell, and a lost connection reports itself.
 */
export declare function isPortPresent(port: ResolvedPort): Promise<boolean>;
