import type { ControlArguments, ControlReply } from './control.js';
import type { PtyBridge } from './pty-bridge.js';

/**
 * How long a reset asked for by a client that has the port open may wait for that client to be
 * connected: only as long as socat takes to notice an open, or the client before it to leave.
 */
export const clientConnectWaitMs = 20_000;

/** The pty a reset request says its client has open (the `pty` argument), if it says. */
function requestingPty(args: ControlArguments): string | undefined {
  const pty = args['pty'];
  return typeof pty === 'string' ? pty : undefined;
}

/**
 * Before a reset asked for by a client with the port open: waits until that client is the one
 * connected, so the reset comes after its open's own (the DTR reset a real Uno gets on open),
 * and what the board says after it reaches that client. Returns the refusal to send when the
 * client never got connected (it closed, or stood waiting behind another for too long).
 */
export async function awaitClient(bridge: PtyBridge, args: ControlArguments): Promise<ControlReply | undefined> {
  const pty = requestingPty(args);
  if (pty === undefined || (await bridge.whenServing(pty, clientConnectWaitMs))) return undefined;
  return {
    ok: false,
    kind: 'port',
    error: `the port this client opened (${pty}) was not connected to the board within ${String(clientConnectWaitMs / 1000)} s`,
    hint: 'Fix: another client held the board that long; give each job its own board, or let them take turns through the port lock',
  };
}
