/** The inputs that reach a port wherever it is: on this machine, or served over the network. */
export declare const portAddressInputs: {
    readonly port: {
        readonly kind: "string";
        readonly default: "auto";
        readonly description: "Serial port: auto (the one USB serial device present), a device path, a /dev/serial/by-id or by-path link, usb:VID:PID[:SERIAL], or a board on another machine as rfc2217://HOST:PORT, rfc2217s://HOST:PORT (TLS) or tcp://HOST:PORT (raw).";
    };
    readonly 'tls-ca': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: the CA certificate (PEM) that signed the server's certificate; by default the system's CAs.";
    };
    readonly 'tls-cert': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: a client certificate (PEM), for servers that demand one.";
    };
    readonly 'tls-key': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: the client certificate's private key (PEM).";
    };
};
/**
 * The inputs every capability that talks to a board shares, so flash-serial and verify-banner name,
 * default and document them identically.
 */
export declare const portInputs: {
    readonly 'lock-timeout': {
        readonly kind: "duration";
        readonly default: "10m";
        readonly description: "How long to wait for another job that holds the port (here, or a network port's server) before giving up.";
    };
    readonly reset: {
        readonly kind: "choice";
        readonly choices: readonly ["auto", "dtr", "rts", "none", "esp-classic", "esp-tight", "esp-usb-jtag"];
        readonly default: "auto";
        readonly description: "How to reset the board first: auto picks what the board needs; dtr or rts pulse that line; none leaves it running; esp-classic, esp-tight (CH340 boards on recent Linux) and esp-usb-jtag (VID 303A) are esptool's sequences into an ESP's ROM loader.";
    };
    readonly port: {
        readonly kind: "string";
        readonly default: "auto";
        readonly description: "Serial port: auto (the one USB serial device present), a device path, a /dev/serial/by-id or by-path link, usb:VID:PID[:SERIAL], or a board on another machine as rfc2217://HOST:PORT, rfc2217s://HOST:PORT (TLS) or tcp://HOST:PORT (raw).";
    };
    readonly 'tls-ca': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: the CA certificate (PEM) that signed the server's certificate; by default the system's CAs.";
    };
    readonly 'tls-cert': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: a client certificate (PEM), for servers that demand one.";
    };
    readonly 'tls-key': {
        readonly kind: "path";
        readonly description: "rfc2217s:// ports: the client certificate's private key (PEM).";
    };
};
/** The TLS files a port may be given, by their input names. */
export interface PortTlsFiles {
    'tls-ca'?: string | undefined;
    'tls-cert'?: string | undefined;
    'tls-key'?: string | undefined;
}
