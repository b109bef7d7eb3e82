import type { BindingInterface, BindingPortInterface, OpenOptions, PortStatus, SetOptions, UpdateOptions } from '@serialport/bindings-cpp';
import { BoardlineError } from '../errors.js';
import type { NetworkAddress } from './network-address.js';
/** The certificates of an rfc2217s:// connection, as file contents. */
export interface TlsMaterial {
    ca?: Buffer;
    cert?: Buffer;
    key?: Buffer;
}
export interface NetworkBindingOptions {
    address: NetworkAddress;
    tls?: TlsMaterial;
    /** Said when the server does not do something it was asked (it confirms no modem lines). */
    onWarning: (message: string) => void;
    /** Deadline for the TCP (and TLS) connection. */
    connectTimeoutMs?: number;
    /** Deadline for each RFC 2217 acknowledgement. */
    ackTimeoutMs?: number;
    /** How long a raw tcp:// connection is watched for a server that turns it away at once. */
    busyWatchMs?: number;
}
/** The server turned the connection away because another client has the port. */
export declare class RemotePortBusy extends BoardlineError {
    constructor(url: string, said: string);
}
/**
 * A serial port on another machine as a serialport binding, so SerialLink, the expect engine and
 * the flashers use it exactly as a local tty. rfc2217:// and rfc2217s:// carry line settings and
 * modem lines through an Rfc2217Session; tcp:// carries raw bytes and has neither.
 */
export declare class NetworkSerialPort implements BindingPortInterface {
    readonly openOptions: Required<OpenOptions>;
    isOpen: boolean;
    private readonly socket;
    private readonly address;
    private readonly session;
    private readonly received;
    private reader;
    private lost;
    /** The socket's last error: TLS 1.3 refuses a client certificate only after the handshake. */
    private socketError;
    private constructor();
    /** Connects, negotiates and sets the line; a server that turns the client away is RemotePortBusy. */
    static open(options: NetworkBindingOptions, openOptions: Required<OpenOptions>): Promise<NetworkSerialPort>;
    /** What arrived before the line was set up, to tell a busy server's refusal from a board. */
    private startUp;
    private deliver;
    private onLost;
    private live;
    close(): Promise<void>;
    read(buffer: Buffer, offset: number, length: number): Promise<{
        buffer: Buffer;
        bytesRead: number;
    }>;
    write(buffer: Buffer): Promise<void>;
    update(options: UpdateOptions): Promise<void>;
    set(options: SetOptions): Promise<void>;
    get(): Promise<PortStatus>;
    getBaudRate(): Promise<{
        baudRate: number;
    }>;
    flush(): Promise<void>;
    drain(): Promise<void>;
}
/** A binding whose every port is the one network address (serialport passes it a path it ignores). */
export declare function networkBinding(options: NetworkBindingOptions): BindingInterface<NetworkSerialPort>;
