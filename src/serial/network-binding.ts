import { connect as connectTcp, type Socket } from 'node:net';
import { connect as connectTls } from 'node:tls';
import type { BindingInterface, BindingPortInterface, OpenOptions, PortStatus, SetOptions, UpdateOptions } from '@serialport/bindings-cpp';
import { BoardlineError } from '../errors.js';
import { PortAbsent } from './port-loss.js';
import type { NetworkAddress } from './network-address.js';
import { Rfc2217Session } from './rfc2217-session.js';

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

/** ser2net's words to a client beyond its accepter's max-connections. */
const busyText = /port already in use/i;

/** The server turned the connection away because another client has the port. */
export class RemotePortBusy extends BoardlineError {
  constructor(url: string, said: string) {
    super('port', `Port ${url} is busy: the server serves one client at a time and said "${said.trim()}"`, {
      hint: 'Fix: another job is using this board; raise lock-timeout, or give each job its own board',
    });
  }
}

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(`${message} (${code})`), { code });
}

function canceled(): Error {
  return Object.assign(new Error('the port was closed'), { canceled: true });
}

const tlsHint =
  "Fix: give tls-ca the CA certificate that signed the server's (ser2net's ssl filter cert=), and connect by the name the certificate holds";

function connectError(address: NetworkAddress, error: NodeJS.ErrnoException): BoardlineError {
  const where = `${address.host}:${address.port}`;
  switch (error.code) {
    case 'ECONNREFUSED':
      return new PortAbsent(`Nothing is listening at ${where} for ${address.url} (connection refused)`, {
        hint: 'Fix: start ser2net on that machine (ser2net -c ser2net.yaml; boardline ports --ser2net writes one), and check the port number',
      });
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new BoardlineError('port', `Host ${address.host} of ${address.url} cannot be found (${error.code})`, {
        hint: 'Fix: check the host name, or give its IP address',
      });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return new BoardlineError('port', `Host ${address.host} of ${address.url} cannot be reached (${error.code})`, {
        hint: 'Fix: check the network between this runner and the machine the board is on',
      });
    default:
      return (
        tlsFailure(address, error) ??
        new BoardlineError('port', `Cannot connect to ${address.url}: ${error.message}`, {
          hint: 'Fix: check ser2net runs on that machine and its accepter is on that port',
        })
      );
  }
}

/** A TLS failure said plainly: the server's certificate not trusted, or this client's refused. */
function tlsFailure(address: NetworkAddress, error: NodeJS.ErrnoException): BoardlineError | undefined {
  const where = `${address.host}:${address.port}`;
  const code = error.code ?? '';
  // OpenSSL's messages carry its source location; its reason is the part a person reads.
  const reason = ((error as { reason?: string }).reason ?? error.message).trim();
  // An alert is the server refusing this client: no certificate, or one its CA did not sign.
  if (/ALERT/.test(code)) {
    return new BoardlineError('port', `TLS to ${where} failed: the server refused this client's certificate: ${reason} (${code})`, {
      hint: "Fix: give tls-cert and tls-key a client certificate signed by the CA the server trusts (ser2net's ssl filter CA=)",
    });
  }
  if (/CERT|SSL|TLS|SIGNATURE|SELF_SIGNED|VERIFY/.test(code)) {
    return new BoardlineError('port', `TLS to ${where} failed: the server's certificate was not accepted: ${reason} (${code})`, {
      hint: tlsHint,
    });
  }
  return undefined;
}

/**
 * A serial port on another machine as a serialport binding, so SerialLink, the expect engine and
 * the flashers use it exactly as a local tty. rfc2217:// and rfc2217s:// carry line settings and
 * modem lines through an Rfc2217Session; tcp:// carries raw bytes and has neither.
 */
export class NetworkSerialPort implements BindingPortInterface {
  readonly openOptions: Required<OpenOptions>;
  isOpen = true;
  private readonly socket: Socket;
  private readonly address: NetworkAddress;
  private readonly session: Rfc2217Session | undefined;
  private readonly received: Buffer[] = [];
  private reader: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private lost: Error | undefined;
  /** The socket's last error: TLS 1.3 refuses a client certificate only after the handshake. */
  private socketError: NodeJS.ErrnoException | undefined;

  private constructor(socket: Socket, options: NetworkBindingOptions, openOptions: Required<OpenOptions>) {
    this.socket = socket;
    this.address = options.address;
    this.openOptions = openOptions;
    this.session =
      options.address.scheme === 'tcp'
        ? undefined
        : new Rfc2217Session({
            name: options.address.url,
            ackTimeoutMs: options.ackTimeoutMs ?? 5000,
            send: (bytes) => socket.write(bytes),
            onData: (bytes) => this.deliver(bytes),
            onWarning: options.onWarning,
          });
  }

  /** Connects, negotiates and sets the line; a server that turns the client away is RemotePortBusy. */
  static async open(options: NetworkBindingOptions, openOptions: Required<OpenOptions>): Promise<NetworkSerialPort> {
    const socket = await connectSocket(options);
    const port = new NetworkSerialPort(socket, options, openOptions);
    try {
      await port.startUp(openOptions, options.busyWatchMs ?? 150);
    } catch (error) {
      socket.destroy();
      throw error;
    }
    return port;
  }

  /** What arrived before the line was set up, to tell a busy server's refusal from a board. */
  private startUp(openOptions: Required<OpenOptions>, busyWatchMs: number): Promise<void> {
    const socket = this.socket;
    socket.on('error', (error) => (this.socketError = error));
    socket.on('data', (chunk: Buffer) => {
      if (this.session === undefined) this.deliver(chunk);
      else this.session.receive(chunk);
    });
    return new Promise<void>((resolveOnce, rejectOnce) => {
      let settled = false;
      const resolve = (): void => {
        if (!settled) resolveOnce();
        settled = true;
      };
      const reject = (error: Error): void => {
        if (!settled) rejectOnce(error);
        settled = true;
      };
      const early = (): string => Buffer.concat(this.received).toString('latin1');
      const onClose = (): void => {
        const said = early();
        const error = busyText.test(said)
          ? new RemotePortBusy(this.address.url, said)
          : ((this.socketError === undefined ? undefined : tlsFailure(this.address, this.socketError)) ??
            new BoardlineError(
              'port',
              `${this.address.url} closed the connection before the port was ready${said === '' ? '' : `; it said "${said.trim()}"`}${this.socketError === undefined ? '' : ` (${this.socketError.message})`}`,
              {
                hint: 'Fix: check the server log (ser2net -d); its serial device may be missing',
              },
            ));
        this.session?.fail(error);
        reject(error);
      };
      socket.once('close', onClose);
      const ready = (): void => {
        if (settled) return;
        socket.off('close', onClose);
        socket.once('close', () => this.onLost());
        // Whatever came before the line was ready belongs to no one (a server's greeting).
        this.received.length = 0;
        resolve();
      };
      if (this.session === undefined) {
        // ser2net turns a surplus client away the moment it connects: watch briefly for that.
        setTimeout(() => {
          if (!busyText.test(early())) ready();
          else reject(new RemotePortBusy(this.address.url, early()));
        }, busyWatchMs);
        return;
      }
      const session = this.session;
      session
        .start()
        .then(() =>
          session.setLine({
            baudRate: openOptions.baudRate,
            dataBits: openOptions.dataBits,
            parity: openOptions.parity,
            stopBits: openOptions.stopBits,
          }),
        )
        .then(ready, (error: unknown) => {
          socket.off('close', onClose);
          const said = early();
          if (busyText.test(said)) reject(new RemotePortBusy(this.address.url, said));
          else if (said !== '' && error instanceof BoardlineError && error.kind === 'timeout') {
            // Garbage instead of Telnet: what it said tells which server it really is.
            const shown = JSON.stringify(said.slice(0, 60));
            reject(
              new BoardlineError(
                'timeout',
                `${error.message}; it sent ${shown} instead`,
                error.hint === undefined ? {} : { hint: error.hint },
              ),
            );
          } else reject(error as Error);
        });
    });
  }

  private deliver(bytes: Buffer): void {
    this.received.push(bytes);
    const reader = this.reader;
    this.reader = undefined;
    reader?.resolve();
  }

  private onLost(): void {
    const reason = this.socketError === undefined ? '' : ` (${this.socketError.message})`;
    this.lost ??= new BoardlineError('port', `the connection to ${this.address.url} was closed by the server or the network${reason}`, {
      hint: 'Fix: check that ser2net still runs on that machine and the network between; the board itself may be unplugged there',
    });
    this.session?.fail(this.lost);
    const reader = this.reader;
    this.reader = undefined;
    reader?.reject(this.lost);
  }

  private live(): void {
    if (!this.isOpen) throw canceled();
    if (this.lost !== undefined) throw this.lost;
  }

  async close(): Promise<void> {
    if (!this.isOpen) return;
    this.isOpen = false;
    const reader = this.reader;
    this.reader = undefined;
    reader?.reject(canceled());
    this.session?.fail(canceled());
    await new Promise<void>((resolve) => {
      if (this.socket.destroyed) {
        resolve();
        return;
      }
      const timer = setTimeout(() => this.socket.destroy(), 1000);
      this.socket.once('close', () => {
        clearTimeout(timer);
        resolve();
      });
      this.socket.end();
    });
  }

  async read(buffer: Buffer, offset: number, length: number): Promise<{ buffer: Buffer; bytesRead: number }> {
    while (this.received.length === 0) {
      this.live();
      await new Promise<void>((resolve, reject) => (this.reader = { resolve, reject }));
    }
    let bytesRead = 0;
    while (bytesRead < length) {
      const head = this.received[0];
      if (head === undefined) break;
      const take = Math.min(head.length, length - bytesRead);
      head.copy(buffer, offset + bytesRead, 0, take);
      bytesRead += take;
      if (take === head.length) this.received.shift();
      else this.received[0] = head.subarray(take);
    }
    return { buffer, bytesRead };
  }

  async write(buffer: Buffer): Promise<void> {
    this.live();
    const framed = this.session === undefined ? buffer : this.session.frame(buffer);
    await new Promise<void>((resolve, reject) => {
      this.socket.write(framed, (error) => (error === undefined || error === null ? resolve() : reject(this.lost ?? error)));
    });
  }

  async update(options: UpdateOptions): Promise<void> {
    this.live();
    if (this.session === undefined) return; // tcp:// has no line settings: the server's apply
    await this.session.setLine({ baudRate: options.baudRate });
  }

  async set(options: SetOptions): Promise<void> {
    this.live();
    if (this.session === undefined) throw withCode(`${this.address.url} is raw TCP and has no modem control lines`, 'ENOTTY');
    this.session.setControl({ dtr: options.dtr ?? false, rts: options.rts ?? false, brk: options.brk ?? false });
  }

  async get(): Promise<PortStatus> {
    this.live();
    throw withCode(`${this.address.url} does not report modem lines`, 'ENOTTY');
  }

  async getBaudRate(): Promise<{ baudRate: number }> {
    this.live();
    if (this.session === undefined) throw withCode(`${this.address.url} is raw TCP and has no baud rate of its own`, 'ENOTTY');
    return { baudRate: this.session.baudRate };
  }

  async flush(): Promise<void> {
    this.live();
    this.received.length = 0;
    this.session?.purge(3);
  }

  async drain(): Promise<void> {
    this.live();
    if (this.socket.writableLength === 0) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.socket.off('close', done);
        this.socket.off('drain', done);
        resolve();
      };
      this.socket.once('drain', done);
      this.socket.once('close', done);
    });
  }
}

function connectSocket(options: NetworkBindingOptions): Promise<Socket> {
  const { address } = options;
  const timeoutMs = options.connectTimeoutMs ?? 10_000;
  return new Promise<Socket>((resolve, reject) => {
    const secure = address.scheme === 'rfc2217s';
    const socket = secure
      ? connectTls({
          host: address.host,
          port: address.port,
          ...(/^[\d.]+$|:/.test(address.host) ? {} : { servername: address.host }),
          ...options.tls,
        })
      : connectTcp({ host: address.host, port: address.port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(
        new BoardlineError('timeout', `No answer from ${address.host}:${address.port} for ${address.url} within ${timeoutMs} ms`, {
          hint: 'Fix: check the host is up and that no firewall drops the connection',
        }),
      );
    }, timeoutMs);
    const onError = (error: NodeJS.ErrnoException): void => {
      clearTimeout(timer);
      reject(connectError(address, error));
    };
    socket.once('error', onError);
    socket.once(secure ? 'secureConnect' : 'connect', () => {
      clearTimeout(timer);
      socket.off('error', onError);
      // A later socket error always ends in 'close', where the port reports it (startUp listens).
      socket.setNoDelay(true);
      socket.setKeepAlive(true, 10_000);
      resolve(socket);
    });
  });
}

/** A binding whose every port is the one network address (serialport passes it a path it ignores). */
export function networkBinding(options: NetworkBindingOptions): BindingInterface<NetworkSerialPort> {
  return {
    list: async () => [],
    open: (openOptions) =>
      NetworkSerialPort.open(options, {
        dataBits: 8,
        lock: true,
        stopBits: 1,
        parity: 'none',
        rtscts: false,
        xon: false,
        xoff: false,
        xany: false,
        hupcl: true,
        ...openOptions,
      }),
  };
}
