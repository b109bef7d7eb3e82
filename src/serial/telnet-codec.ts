/**
 * Telnet framing (RFC 854/855) as RFC 2217 uses it: data bytes with IAC (0xff) doubled,
 * option negotiation (WILL/WONT/DO/DONT) and subnegotiations (IAC SB … IAC SE) whose payload
 * doubles IAC too. The decoder keeps its state between chunks, so a command split across TCP
 * reads decodes the same as one that arrived whole.
 */
export const IAC = 0xff;
export const DONT = 0xfe;
export const DO = 0xfd;
export const WONT = 0xfc;
export const WILL = 0xfb;
export const SB = 0xfa;
export const SE = 0xf0;

export type NegotiationVerb = typeof WILL | typeof WONT | typeof DO | typeof DONT;

export type TelnetEvent =
  | { type: 'data'; bytes: Buffer }
  | { type: 'negotiation'; verb: NegotiationVerb; option: number }
  | { type: 'subnegotiation'; option: number; payload: Buffer }
  /** Any other two-byte command (NOP, AYT, GA, …): nothing a serial client acts on. */
  | { type: 'command'; code: number };

type State = 'data' | 'iac' | 'option' | 'sb-option' | 'sb-payload' | 'sb-iac';

export class TelnetDecoder {
  private state: State = 'data';
  private verb: NegotiationVerb = WILL;
  private sbOption = 0;
  private sbPayload: number[] = [];

  /** Decodes one chunk as it came off the socket. Consecutive data bytes come as one event. */
  push(chunk: Uint8Array): TelnetEvent[] {
    const events: TelnetEvent[] = [];
    let data: number[] = [];
    const flushData = (): void => {
      if (data.length === 0) return;
      events.push({ type: 'data', bytes: Buffer.from(data) });
      data = [];
    };
    for (const byte of chunk) {
      switch (this.state) {
        case 'data':
          if (byte === IAC) this.state = 'iac';
          else data.push(byte);
          break;
        case 'iac':
          if (byte === IAC) {
            data.push(IAC);
            this.state = 'data';
          } else if (byte === WILL || byte === WONT || byte === DO || byte === DONT) {
            this.verb = byte;
            this.state = 'option';
          } else if (byte === SB) {
            this.state = 'sb-option';
          } else {
            flushData();
            events.push({ type: 'command', code: byte });
            this.state = 'data';
          }
          break;
        case 'option':
          flushData();
          events.push({ type: 'negotiation', verb: this.verb, option: byte });
          this.state = 'data';
          break;
        case 'sb-option':
          this.sbOption = byte;
          this.sbPayload = [];
          this.state = 'sb-payload';
          break;
        case 'sb-payload':
          if (byte === IAC) this.state = 'sb-iac';
          else this.sbPayload.push(byte);
          break;
        case 'sb-iac':
          if (byte === IAC) {
            this.sbPayload.push(IAC);
            this.state = 'sb-payload';
          } else {
            // IAC SE ends it; any other command inside a subnegotiation also ends it (RFC 855
            // leaves it undefined; ending there keeps a broken peer from swallowing the stream).
            flushData();
            events.push({ type: 'subnegotiation', option: this.sbOption, payload: Buffer.from(this.sbPayload) });
            this.state = 'data';
          }
          break;
      }
    }
    flushData();
    return events;
  }
}

/** Serial data as it goes on the wire: every 0xff doubled. */
export function escapeIac(bytes: Uint8Array): Buffer {
  let count = 0;
  for (const byte of bytes) if (byte === IAC) count += 1;
  if (count === 0) return Buffer.from(bytes);
  const out = Buffer.alloc(bytes.length + count);
  let at = 0;
  for (const byte of bytes) {
    out[at++] = byte;
    if (byte === IAC) out[at++] = IAC;
  }
  return out;
}

export function negotiation(verb: NegotiationVerb, option: number): Buffer {
  return Buffer.from([IAC, verb, option]);
}

export function subnegotiation(option: number, payload: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from([IAC, SB, option]), escapeIac(payload), Buffer.from([IAC, SE])]);
}
