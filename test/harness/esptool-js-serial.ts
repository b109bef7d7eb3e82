import { SerialPort } from 'serialport';

/** The Web Serial options esptool-js's Transport passes to open(). */
interface WebSerialOpenOptions {
  baudRate: number;
}

/** The modem lines esptool-js's Transport sets (its reset sequences). */
interface WebSerialSignals {
  dataTerminalReady?: boolean;
  requestToSend?: boolean;
  break?: boolean;
}

/**
 * The part of the Web Serial SerialPort that esptool-js's Transport uses, over the serialport
 * package, so Espressif's own browser client runs unchanged in Node against a real tty or a
 * virtual board's pty. `setBaudRate` is the in-place baud change Transport prefers to closing and
 * reopening the port (a virtual board's port moves to a fresh pty when its client closes it).
 *
 * A pty has no modem lines: setting them fails there (ENOTTY), which Web Serial on such a port
 * would report too; here the attempt is recorded in `signals` and otherwise ignored, as avrdude
 * does, because a test resets a virtual board through its control channel.
 */
export class NodeWebSerialPort {
  readonly path: string;
  readable: ReadableStream<Uint8Array> | null = null;
  writable: WritableStream<Uint8Array> | null = null;
  /** Every setSignals call, and whether the tty took it. */
  readonly signals: { signals: WebSerialSignals; applied: boolean }[] = [];
  private port: SerialPort | undefined;

  constructor(path: string) {
    this.path = path;
  }

  getInfo(): { usbVendorId?: number; usbProductId?: number } {
    return {};
  }

  async open(options: WebSerialOpenOptions): Promise<void> {
    const port = new SerialPort({ path: this.path, baudRate: options.baudRate, autoOpen: false });
    await new Promise<void>((resolve, reject) => port.open((error) => (error === null ? resolve() : reject(error))));
    this.port = port;
    this.readable = new ReadableStream<Uint8Array>({
      start(controller) {
        port.on('data', (chunk: Buffer) => {
          try {
            controller.enqueue(new Uint8Array(chunk));
          } catch {
            // The reader cancelled the stream (Transport.disconnect): later bytes have no one to go to.
          }
        });
        port.once('close', () => {
          try {
            controller.close();
          } catch {
            // Already cancelled.
          }
        });
      },
    });
    this.writable = new WritableStream<Uint8Array>({
      write: (chunk) =>
        new Promise<void>((resolve, reject) => {
          port.write(Buffer.from(chunk), (error) => {
            if (error !== null && error !== undefined) reject(error);
            else port.drain((drainError) => (drainError === null ? resolve() : reject(drainError)));
          });
        }),
    });
  }

  async setSignals(signals: WebSerialSignals): Promise<void> {
    const port = this.port;
    const set: { dtr?: boolean; rts?: boolean; brk?: boolean } = {};
    if (signals.dataTerminalReady !== undefined) set.dtr = signals.dataTerminalReady;
    if (signals.requestToSend !== undefined) set.rts = signals.requestToSend;
    if (signals.break !== undefined) set.brk = signals.break;
    const applied = port !== undefined && (await new Promise<boolean>((resolve) => port.set(set, (error) => resolve(error === null))));
    this.signals.push({ signals, applied });
  }

  async setBaudRate(baudRate: number): Promise<void> {
    const port = this.port;
    if (port === undefined) throw new Error(`${this.path} is not open`);
    await new Promise<void>((resolve, reject) => port.update({ baudRate }, (error) => (error === null ? resolve() : reject(error))));
  }

  async close(): Promise<void> {
    const port = this.port;
    this.port = undefined;
    this.readable = null;
    this.writable = null;
    if (port === undefined || !port.isOpen) return;
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}
