/**
 * A port on another machine: rfc2217:// (Telnet COM port control, RFC 2217, as ser2net's
 * telnet(rfc2217) accepter, pyserial and esptool speak it), rfc2217s:// (the same inside TLS, as
 * ser2net's ssl filter serves it) or tcp:// (raw bytes, no line control: ser2net's tcp accepter).
 */
export type NetworkScheme = 'rfc2217' | 'rfc2217s' | 'tcp';
export interface NetworkAddress {
    scheme: NetworkScheme;
    /** The host name or address, IPv6 without its brackets. */
    host: string;
    port: number;
    /** The address as it is shown everywhere: scheme://host:port, IPv6 in brackets. */
    url: string;
}
/** Whether a port value is written as a URL (and so is a network port, or a mistake). */
export declare function isNetworkPortValue(value: string): boolean;
export declare function parseNetworkAddress(value: string, input?: string): NetworkAddress;
