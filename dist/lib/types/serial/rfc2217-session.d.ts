export declare const COM_PORT_OPTION = 44;
/** COM-PORT-OPTION commands, client to server; the server answers each with the code + 100. */
export declare const comPort: {
    readonly SET_BAUDRATE: 1;
    readonly SET_DATASIZE: 2;
    readonly SET_PARITY: 3;
    readonly SET_STOPSIZE: 4;
    readonly SET_CONTROL: 5;
    readonly PURGE_DATA: 12;
};
export interface LineSettings {
    baudRate: number;
    dataBits?: number;
    parity?: string;
    stopBits?: number;
}
export interface Rfc2217SessionOptions {
    /** Puts bytes on the connection. */
    send: (bytes: Buffer) => void;
    /** Serial data from the board, with the Telnet framing taken off. */
    onData: (bytes: Buffer) => void;
    /** Said once when the server does not confirm modem-line changes. */
    onWarning: (message: string) => void;
    /** How long an acknowledgement may take: a server that never answers is an error, not a hang. */
    ackTimeoutMs: number;
    /** The port's name in messages: rfc2217://host:port. */
    name: string;
}
/**
 * The client side of RFC 2217 over any byte connection: Telnet option negotiation (BINARY both
 * ways, SGA, COM-PORT-OPTION; ECHO refused), line settings whose acknowledgements are awaited by
 * command code in whatever order they come, modem lines, purges, and serial data with IAC
 * doubled both ways. Knows nothing of sockets, so it is tested against scripted servers.
 */
export declare class Rfc2217Session {
    private readonly options;
    private readonly decoder;
    /** What we do (WILL) and what we asked the server to do (DO), per option. */
    private readonly local;
    private readonly remote;
    private readonly waiters;
    private comPortReady;
    private failure;
    private modemLinesAcknowledged;
    private warnedAboutControl;
    /** What the client has to send while the server greets; undefined once it may speak. */
    private held;
    private holdTimer;
    private controlWatch;
    /** The lines as last set; BREAK starts off, so it is only sent once it is asked for. */
    private lastControl;
    /** The baud rate the server last confirmed. */
    baudRate: number;
    constructor(options: Rfc2217SessionOptions);
    /** Offers what a serial client needs and waits until the server takes COM-PORT-OPTION. */
    start(): Promise<void>;
    /** Everything the client sends, held while the server greets. */
    private transmit;
    private endGreeting;
    /** Bytes from the connection. */
    receive(chunk: Uint8Array): void;
    /** Serial data for the board, framed. */
    frame(bytes: Uint8Array): Buffer;
    /**
     * Sets baud rate, data size, parity and stop size, and waits for all four acknowledgements.
     * A server that sets a different baud rate than asked is an error: the board would hear noise.
     */
    setLine(settings: LineSettings): Promise<void>;
    /**
     * Moves DTR, RTS and BREAK. Not awaited: ser2net serving a pty never acknowledges SET-CONTROL,
     * and a reset sequence waiting on each step would outlast a bootloader's window. A server that
     * stays silent is warned about once.
     */
    setControl(lines: {
        dtr?: boolean;
        rts?: boolean;
        brk?: boolean;
    }): void;
    private warnIfModemLinesUnconfirmed;
    /** Asks the server to discard what its buffers hold (1 received, 2 to send, 3 both). Not awaited. */
    purge(which: 1 | 2 | 3): void;
    /** The connection ended or broke: everything waiting fails with this error. */
    fail(error: Error): void;
    private throwIfFailed;
    private request;
    private removeWaiter;
    /** A COM-PORT-OPTION message from the server: an acknowledgement, or a notification we ignore. */
    private reply;
    /** Sends an offer once and remembers it, so the answer to it is not answered again. */
    private offer;
    /** RFC 1143's rule in short: answer only what changes a state, so two peers never loop. */
    private negotiate;
}
