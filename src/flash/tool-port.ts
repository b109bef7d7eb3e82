import { BoardlineError } from '../errors.js';
import type { ResolvedPort } from '../serial/resolve-port.js';

/**
 * The port as an external flasher takes it. avrdude reaches raw TCP itself (-P net:HOST:PORT) but
 * speaks no RFC 2217; arduino-cli upload takes only local ports. Refused before anything is locked.
 */
export function externalToolPort(tool: 'avrdude' | 'arduino-cli', port: ResolvedPort): string {
  const network = port.network?.address;
  if (network === undefined) return port.path;
  if (tool === 'avrdude' && network.scheme === 'tcp') {
    return `net:${network.host.includes(':') ? `[${network.host}]` : network.host}:${network.port}`;
  }
  throw new BoardlineError('usage', `Input "protocol": ${tool} cannot reach ${network.url}`, {
    hint:
      tool === 'avrdude'
        ? 'Fix: use protocol stk500v1 (native, speaks RFC 2217), or serve the board as raw TCP (ser2net accepter tcp,PORT) and give tcp://HOST:PORT'
        : 'Fix: use a native protocol (stk500v1 for AVR boards, esp-rom for ESP boards: both reach network ports), or run the job on the machine the board is on',
  });
}
