import { BoardlineError } from '../errors.js';
import { DO, DONT, TelnetDecoder, WILL, WONT, escapeIac, negotiation, subnegotiation, type NegotiationVerb } from './telnet-codec.js';

/** Telnet options a serial client negotiates (RFC 856, 858, 2217). */
const BINARY = 0;
const SGA = 3;
export const COM_PORT_OPTION = 44;

/** COM-PORT-OPTION commands, client to server; the server answers each with the code + 100. */
export const comPort = {
  SET_BAUDRATE: 1,
  SET_DATASIZE: 2,
  SET_PARITY: 3,
  SET_STOPSIZE: 4,
  SET_CONTROL: 5,
  PURGE_DATA: 12,
} as const;
const serverReply = 100;
/** How long a server may take to greet before the client makes its offers anyway. */
const greetingWaitMs = 50;
/** How quiet a greeting server must fall before the client answers (its refusal comes at once). */
const greetingQuietMs = 20;

const parityCodes: Readonly<Record<string, number>> = { none: 1, odd: 2, even: 3, mark: 4, space: 5 };
const stopSizeCodes: Readonly<Record<string, number>> = { '1': 1, '2': 2, '1.5': 3 };
/** SET-CONTROL values for the modem lines and BREAK. */
const control = { breakOn: 5, breakOff: 6, dtrOn: 8, dtrOff: 9, rtsOn: 11, rtsOff: 12 } as const;

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

type OptionState = 'no' | 'want' | 'yes';

interface AckWaiter {
  resolve: (value: Buffer) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/**
 * The client side of RFC 2217 over any byte connection: Telnet option negotiation (BINARY both
 * ways, SGA, COM-PORT-OPTION; ECHO refused), line settings whose acknowledgements are awaited by
 * command code in whatever order they come, modem lines, purges, and serial data with IAC
 * doubled both ways. Knows nothing of sockets, so it is tested against scripted servers.
 */
export class Rfc2217Session {
  private readonly options: Rfc2217SessionOptions;
  private readonly decoder = new TelnetDecoder();
  /** What we do (WILL) and what we asked the server to do (DO), per option. */
  private readonly local = new Map<number, OptionState>();
  private readonly remote = new Map<number, OptionState>();
  private readonly waiters = new Map<number, AckWaiter[]>();
  private comPortReady: { resolve: () => void; reject: (error: Error) => void } | undefined;
  private failure: Error | undefined;
  private modemLinesAcknowledged = false;
  private warnedAboutControl = false;
  /** What the client has to send while the server greets; undefined once it may speak. */
  private held: Buffer[] | undefined;
  private holdTimer: NodeJS.Timeout | undefined;
  private controlWatch: NodeJS.Timeout | undefined;
  /** The lines as last set; BREAK starts off, so it is only sent once it is asked for. */
  private lastControl: { dtr?: boolean; rts?: boolean; brk?: boolean } = { brk: false };
  /** The baud rate the server last confirmed. */
  baudRate = 0;

  constructor(options: Rfc2217SessionOptions) {
    this.options = options;
  }

  /** Offers what a serial client needs and waits until the server takes COM-PORT-OPTION. */
  start(): Promise<void> {
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(
          new BoardlineError('timeout', `${this.options.name} did not negotiate RFC 2217 within ${this.options.ackTimeoutMs} ms`, {
            hint: 'Fix: the server is not an RFC 2217 server (ser2net needs accepter telnet(rfc2217),tcp,PORT); for a raw TCP server use tcp://',
          }),
        );
      }, this.options.ackTimeoutMs);
      this.comPortReady = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
    });
    // ser2net greets first, and a surplus client is greeted with "Port already in use" and a close.
    // Bytes sent while it closes reach a socket with them unread, which the kernel answers with a
    // reset that discards the refusal before it is read. So nothing is sent until the server has
    // greeted and fallen quiet (or has said nothing for a moment): then offers and answers go out.
    this.held = [];
    this.holdTimer = setTimeout(() => this.endGreeting(), greetingWaitMs);
    return ready;
  }

  /** Everything the client sends, held while the server greets. */
  private transmit(bytes: Buffer): void {
    if (this.held === undefined) this.options.send(bytes);
    else this.held.push(bytes);
  }

  private endGreeting(): void {
    clearTimeout(this.holdTimer);
    const held = this.held;
    if (held === undefined || this.failure !== undefined) return;
    this.held = undefined;
    for (const option of [BINARY, SGA, COM_PORT_OPTION]) this.offer(WILL, option);
    for (const option of [BINARY, SGA]) this.offer(DO, option);
    for (const bytes of held) this.options.send(bytes);
  }

  /** Bytes from the connection. */
  receive(chunk: Uint8Array): void {
    if (this.held !== undefined) {
      clearTimeout(this.holdTimer);
      this.holdTimer = setTimeout(() => this.endGreeting(), greetingQuietMs);
    }
    for (const event of this.decoder.push(chunk)) {
      if (event.type === 'data') this.options.onData(event.bytes);
      else if (event.type === 'negotiation') this.negotiate(event.verb, event.option);
      else if (event.type === 'subnegotiation' && event.option === COM_PORT_OPTION) this.reply(event.payload);
    }
  }

  /** Serial data for the board, framed. */
  frame(bytes: Uint8Array): Buffer {
    return escapeIac(bytes);
  }

  /**
   * Sets baud rate, data size, parity and stop size, and waits for all four acknowledgements.
   * A server that sets a different baud rate than asked is an error: the board would hear noise.
   */
  async setLine(settings: LineSettings): Promise<void> {
    const baud = Buffer.alloc(4);
    baud.writeUInt32BE(settings.baudRate);
    const requests: [number, Buffer][] = [[comPort.SET_BAUDRATE, baud]];
    if (settings.dataBits !== undefined) requests.push([comPort.SET_DATASIZE, Buffer.of(settings.dataBits)]);
    const parity = settings.parity === undefined ? undefined : parityCodes[settings.parity];
    if (parity !== undefined) requests.push([comPort.SET_PARITY, Buffer.of(parity)]);
    const stopSize = settings.stopBits === undefined ? undefined : stopSizeCodes[String(settings.stopBits)];
    if (stopSize !== undefined) requests.push([comPort.SET_STOPSIZE, Buffer.of(stopSize)]);
    const acks = requests.map(([command, value]) => this.request(command, value));
    const [baudAck] = await Promise.all(acks);
    const confirmed = baudAck !== undefined && baudAck.length >= 4 ? baudAck.readUInt32BE(0) : 0;
    if (confirmed !== settings.baudRate) {
      throw new BoardlineError('port', `${this.options.name} set the line to ${confirmed} baud, not the ${settings.baudRate} asked for`, {
        hint: 'Fix: the serial server or its adapter cannot do that baud rate; choose one it supports',
      });
    }
    this.baudRate = confirmed;
  }

  /**
   * Moves DTR, RTS and BREAK. Not awaited: ser2net serving a pty never acknowledges SET-CONTROL,
   * and a reset sequence waiting on each step would outlast a bootloader's window. A server that
   * stays silent is warned about once.
   */
  setControl(lines: { dtr?: boolean; rts?: boolean; brk?: boolean }): void {
    this.throwIfFailed();
    const changes: number[] = [];
    const modemLines =
      (lines.dtr !== undefined && lines.dtr !== this.lastControl.dtr) || (lines.rts !== undefined && lines.rts !== this.lastControl.rts);
    if (lines.dtr !== undefined && lines.dtr !== this.lastControl.dtr) changes.push(lines.dtr ? control.dtrOn : control.dtrOff);
    if (lines.rts !== undefined && lines.rts !== this.lastControl.rts) changes.push(lines.rts ? control.rtsOn : control.rtsOff);
    if (lines.brk !== undefined && lines.brk !== this.lastControl.brk) changes.push(lines.brk ? control.breakOn : control.breakOff);
    this.lastControl = { ...this.lastControl, ...lines };
    for (const value of changes) this.transmit(subnegotiation(COM_PORT_OPTION, Buffer.of(comPort.SET_CONTROL, value)));
    if (modemLines && !this.modemLinesAcknowledged && this.controlWatch === undefined) {
      // A server answers within a round trip; one second is slack enough, and short enough to be
      // said while the reset it concerns is still on screen.
      this.controlWatch = setTimeout(() => this.warnIfModemLinesUnconfirmed(), Math.min(1000, this.options.ackTimeoutMs));
      this.controlWatch.unref();
    }
  }

  private warnIfModemLinesUnconfirmed(): void {
    if (this.controlWatch === undefined || this.modemLinesAcknowledged || this.warnedAboutControl) return;
    this.warnedAboutControl = true;
    this.options.onWarning(
      `${this.options.name} does not acknowledge SET-CONTROL: DTR and RTS may not have moved (ser2net serving a pty cannot move them)`,
    );
  }

  /** Asks the server to discard what its buffers hold (1 received, 2 to send, 3 both). Not awaited. */
  purge(which: 1 | 2 | 3): void {
    this.throwIfFailed();
    this.transmit(subnegotiation(COM_PORT_OPTION, Buffer.of(comPort.PURGE_DATA, which)));
  }

  /** The connection ended or broke: everything waiting fails with this error. */
  fail(error: Error): void {
    this.failure ??= error;
    clearTimeout(this.holdTimer);
    // Closed before the watch ran out: what it would have said is still worth saying.
    this.warnIfModemLinesUnconfirmed();
    clearTimeout(this.controlWatch);
    this.comPortReady?.reject(this.failure);
    this.comPortReady = undefined;
    for (const [command, list] of this.waiters) {
      for (const waiter of list) {
        clearTimeout(waiter.timer);
        waiter.reject(this.failure);
      }
      this.waiters.delete(command);
    }
  }

  private throwIfFailed(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  private request(command: number, value: Buffer): Promise<Buffer> {
    this.throwIfFailed();
    const acknowledged = new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.removeWaiter(command, waiter);
        reject(
          new BoardlineError(
            'timeout',
            `${this.options.name} did not acknowledge ${commandName(command)} within ${this.options.ackTimeoutMs} ms`,
            {
              hint: 'Fix: check the server is ser2net (or another RFC 2217 server) with its serial device present',
            },
          ),
        );
      }, this.options.ackTimeoutMs);
      const waiter: AckWaiter = { resolve, reject, timer };
      const list = this.waiters.get(command) ?? [];
      list.push(waiter);
      this.waiters.set(command, list);
    });
    this.transmit(subnegotiation(COM_PORT_OPTION, Buffer.concat([Buffer.of(command), value])));
    return acknowledged;
  }

  private removeWaiter(command: number, waiter: AckWaiter): void {
    const list = this.waiters.get(command)?.filter((other) => other !== waiter) ?? [];
    if (list.length === 0) this.waiters.delete(command);
    else this.waiters.set(command, list);
  }

  /** A COM-PORT-OPTION message from the server: an acknowledgement, or a notification we ignore. */
  private reply(payload: Buffer): void {
    const code = payload[0];
    if (code === undefined || code < serverReply) return;
    const command = code - serverReply;
    // Only an answer about DTR or RTS (7-9, 10-12) says the modem lines moved: ser2net serving a
    // pty answers BREAK changes but never these.
    const value = payload[1] ?? 0;
    if (command === comPort.SET_CONTROL && value >= 7 && value <= 12) this.modemLinesAcknowledged = true;
    const waiter = this.waiters.get(command)?.[0];
    if (waiter === undefined) return; // a notification (line or modem state), or an ack nobody awaits
    this.removeWaiter(command, waiter);
    clearTimeout(waiter.timer);
    waiter.resolve(payload.subarray(1));
  }

  /** Sends an offer once and remembers it, so the answer to it is not answered again. */
  private offer(verb: typeof WILL | typeof DO, option: number): void {
    const table = verb === WILL ? this.local : this.remote;
    if (table.get(option) !== undefined) return;
    table.set(option, 'want');
    this.transmit(negotiation(verb, option));
  }

  /** RFC 1143's rule in short: answer only what changes a state, so two peers never loop. */
  private negotiate(verb: NegotiationVerb, option: number): void {
    const wanted = option === BINARY || option === SGA || option === COM_PORT_OPTION;
    if (verb === DO || verb === DONT) {
      const state = this.local.get(option) ?? 'no';
      if (verb === DO) {
        if (!wanted) this.transmit(negotiation(WONT, option));
        else if (state !== 'yes') {
          if (state === 'no') this.transmit(negotiation(WILL, option));
          this.local.set(option, 'yes');
          if (option === COM_PORT_OPTION) {
            this.comPortReady?.resolve();
            this.comPortReady = undefined;
          }
        }
      } else {
        if (state === 'yes') this.transmit(negotiation(WONT, option));
        this.local.set(option, 'no');
        if (option === COM_PORT_OPTION) {
          this.fail(
            new BoardlineError('port', `${this.options.name} refuses RFC 2217 (it answered DONT COM-PORT-OPTION)`, {
              hint: 'Fix: make the ser2net accepter telnet(rfc2217),tcp,PORT (plain telnet has no port control), or use a tcp:// port',
            }),
          );
        }
      }
      return;
    }
    const state = this.remote.get(option) ?? 'no';
    // The server may do BINARY and SGA; ECHO (which ser2net offers) and anything else is refused:
    // a serial line echoes nothing the board did not send.
    const welcome = option === BINARY || option === SGA;
    if (verb === WILL) {
      if (!welcome) this.transmit(negotiation(DONT, option));
      else if (state !== 'yes') {
        if (state === 'no') this.transmit(negotiation(DO, option));
        this.remote.set(option, 'yes');
      }
    } else {
      if (state === 'yes') this.transmit(negotiation(DONT, option));
      this.remote.set(option, 'no');
    }
  }
}

function commandName(command: number): string {
  const entry = Object.entries(comPort).find(([, code]) => code === command);
  return entry === undefined ? `command ${command}` : entry[0].replace('_', '-');
}
