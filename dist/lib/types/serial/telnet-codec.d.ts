/**
 * Telnet framing (RFC 854/855) as RFC 2217 uses it: data bytes with IAC (0xff) doubled,
 * option negotiation (WILL/WONT/DO/DONT) and subnegotiations (IAC SB … IAC SE) whose payload
 * doubles IAC too. The decoder keeps its state between chunks, so a command split across TCP
 * reads decodes the same as one that arrived whole.
 */
export declare const IAC = 255;
export declare const DONT = 254;
export declare const DO = 253;
export declare const WONT = 252;
export declare const WILL = 251;
export declare const SB = 250;
export declare const SE = 240;
export type NegotiationVerb = typeof WILL | typeof WONT | typeof DO | typeof DONT;
export type TelnetEvent = {
    type: 'data';
    bytes: Buffer;
} | {
    type: 'negotiation';
    verb: NegotiationVerb;
    option: number;
} | {
    type: 'subnegotiation';
    option: number;
    payload: Buffer;
}
/** Any other two-byte command (NOP, AYT, GA, …): nothing a serial client acts on. */
 | {
    type: 'command';
    code: number;
};
export declare class TelnetDecoder {
    private state;
    private verb;
    private sbOption;
    private sbPayload;
    /** Decodes one chunk as it came off the socket. Consecutive data bytes come as one event. */
    push(chunk: Uint8Array): TelnetEvent[];
}
/** Serial data as it goes on the wire: every 0xff doubled. */
export declare function escapeIac(bytes: Uint8Array): Buffer;
export declare function negotiation(verb: NegotiationVerb, option: number): Buffer;
export declare function subnegotiation(option: number, payload: Uint8Array): Buffer;
