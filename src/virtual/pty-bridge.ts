import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { rename, symlink, unlink } from 'node:fs/promises';

/** One socat process holding one pty, waiting for a client or serving one. */
interface Session {
  child: ChildProcessWithoutNullStreams;
  /** The pty's slave device, once socat has made it. */
  pty: Promise<string>;
  /** The same, once known: which session a client's pty is. */
  ptyPath?: string;
  connected: boolean;
}

/**
 * The virtual board's serial port: a pty whose slave side clients open at a stable path (a
 * symlink), made by socat, whose other end is this process. socat's wait-slave tells when a
 * client opens the port — what a real Uno's USB bridge turns into a DTR reset — and socat ends
 * when the client closes it. While a client is connected, a standby pty is made and the link
 * moves to it at once, so whoever opens the port next always finds a live one, even the instant
 * the current client closes. A client that opens it while another is connected waits its turn:
 * it is connected (and the board reset for it) when the first one closes. Bytes the board sends
 * while no client has the port open are lost, as on a real board.
 *
 * Events: 'connect' (a client opened the port), 'disconnect', 'data' (bytes from the client),
 * 'error' (socat cannot run).
 */
export class PtyBridge extends EventEmitter {
  private current: Session | undefined;
  private standby: Session | undefined;
  private stopped = false;
  private readonly link: string;

  constructor(link: string) {
    super();
    this.link = link;
  }

  get isConnected(): boolean {
    return this.current?.connected === true;
  }

  /**
   * Waits until the client that opened `pty` is the one connected to the board — its open has
   * been seen (and, on an AVR board, its open's reset done) — or `timeoutMs` passes. A client
   * that resets the board as soon as its open returns must not be overtaken by its own open's
   * reset: socat notices an open only at its next poll, and a client waiting its turn is connected
   * only when the one before it has gone, which on a loaded machine can come well after either.
   */
  async whenServing(pty: string, timeoutMs: number): Promise<boolean> {
    const serving = (): boolean => this.current?.connected === true && this.current.ptyPath === pty;
    if (serving()) return true;
    return new Promise<boolean>((resolve) => {
      const finish = (result: boolean): void => {
        clearTimeout(timer);
        this.off('connect', onConnect);
        resolve(result);
      };
      const onConnect = (): void => {
        if (serving()) finish(true);
      };
      const timer = setTimeout(() => finish(false), timeoutMs);
      this.on('connect', onConnect);
    });
  }

  /** Makes the first pty and points the link at it. */
  async start(): Promise<void> {
    this.stopped = false;
    this.current = this.spawnSession();
    await this.pointLinkAt(await this.current.pty);
  }

  write(bytes: Uint8Array): void {
    const session = this.current;
    if (session?.connected !== true) return;
    session.child.stdin.write(bytes);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const sessions = [this.current, this.standby].filter((session): session is Session => session !== undefined);
    await Promise.all(sessions.map((session) => this.kill(session)));
    await unlink(this.link).catch(() => undefined);
  }

  private async kill(session: Session): Promise<void> {
    if (session.child.exitCode !== null || session.child.signalCode !== null) return;
    const exited = new Promise((resolve) => session.child.once('exit', resolve));
    session.child.kill('SIGTERM');
    await exited;
  }

  /** Repoints the stable link atomically: a client never finds it missing. */
  private async pointLinkAt(pty: string): Promise<void> {
    const temporary = `${this.link}.${process.pid}.next`;
    await unlink(temporary).catch(() => undefined);
    await symlink(pty, temporary);
    await rename(temporary, this.link);
  }

  private spawnSession(): Session {
    // wait-slave polls for a client's open every pty-interval (1 s by default): 5 ms keeps the
    // reset-on-open as prompt as the DTR edge it stands for. -t 0: end at once when the client closes.
    const address = 'PTY,raw,echo=0,wait-slave,pty-interval=0.005';
    const child = spawn('socat', ['-d', '-d', '-t', '0', address, 'STDIO'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let log = '';
    let resolvePty: (pty: string) => void = () => undefined;
    let rejectPty: (error: Error) => void = () => undefined;
    const session: Session = {
      child,
      connected: false,
      pty: new Promise<string>((resolve, reject) => {
        resolvePty = resolve;
        rejectPty = reject;
      }),
    };
    session.pty.catch(() => undefined);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      log = (log + chunk).slice(-4096);
      const pty = /PTY is (\/dev\/\S+)/.exec(log)?.[1];
      if (pty !== undefined) {
        session.ptyPath = pty;
        resolvePty(pty);
      }
      if (!session.connected && log.includes('starting data transfer loop')) {
        session.connected = true;
        this.onConnect(session);
      }
    });
    child.stdout.on('data', (bytes: Buffer) => {
      if (session !== this.current) return; // a client waiting its turn talks to no one yet
      this.emit('data', bytes);
    });
    child.stdin.on('error', () => undefined); // socat gone mid-write: the exit handler deals with it
    child.once('error', (error) => {
      const problem = new Error(`socat could not start (apt-get install socat): ${error.message}`);
      rejectPty(problem);
      this.emit('error', problem);
    });
    child.once('exit', (code) => {
      rejectPty(new Error(`socat exited with code ${String(code)}:\n${log}`));
      void this.onExit(session, code, log);
    });
    return session;
  }

  private onConnect(session: Session): void {
    if (session !== this.current) return; // the standby: its client gets the board when the current one closes
    this.emit('connect');
    if (this.standby === undefined) this.makeStandby();
  }

  /** A pty for whoever opens the port next, with the link moved to it as soon as it exists. */
  private makeStandby(): void {
    const standby = this.spawnSession();
    this.standby = standby;
    standby.pty.then(
      (pty) => (this.standby === standby && !this.stopped ? this.pointLinkAt(pty) : undefined),
      () => undefined,
    );
  }

  private async onExit(session: Session, code: number | null, log: string): Promise<void> {
    if (session === this.standby) {
      this.standby = undefined;
      // A client that waited its turn and left took the standby pty with it: the link must not
      // dangle, so the next client finds a live port again.
      if (!this.stopped && this.current?.connected === true) this.makeStandby();
      return;
    }
    if (session !== this.current || this.stopped) return;
    if (!session.connected) {
      this.emit('error', new Error(`socat exited with code ${String(code)} before a client connected:\n${log}`));
      return;
    }
    session.connected = false;
    this.emit('disconnect');
    const next = this.standby ?? this.spawnSession();
    this.standby = undefined;
    this.current = next;
    try {
      // Usually the link points at the standby already; if it was not ready, it does now.
      await this.pointLinkAt(await next.pty);
    } catch (error) {
      this.emit('error', error);
      return;
    }
    if (next.connected) this.onConnect(next);
  }
}
