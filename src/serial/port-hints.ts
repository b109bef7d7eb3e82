import type { ResolvedPort } from './resolve-port.js';

/** What to check when a port goes away under us: the cable here, or the server and network there. */
export function portLostHint(port: ResolvedPort): string {
  if (port.network !== undefined) {
    return `Fix: check that ser2net still runs on ${port.network.address.host} and the network between; the board may have been unplugged there`;
  }
  return 'Fix: the board was unplugged or its USB reset; check the cable and the power supply';
}
