import { spawn, type ChildProcess } from 'node:child_process';
import { open, readFile, rm, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { BoardlineError } from '../../errors.js';

/** How long the FUSE front end may take to mount before the start fails. */
const readyTimeoutMs = 10_000;
/** How long it may take to unmount after SIGTERM before it is killed. */
const stopTimeoutMs = 5_000;

/**
 * The FUSE front end, a child of the daemon: it mounts /dev/i2c-N and turns each program's i2c-dev
 * calls into transfers on the bus socket. It is the daemon's child so it ends with it (it exits on
 * its own, unmounting, when the socket closes).
 */
export class FuseFrontEnd {
  private constructor(
    private readonly child: ChildProcess,
    private readonly exited: Promise<number | null>,
    /**
     * The mount point to remove once unmounted: the empty file the front end made where nothing was,
     * or one a front end killed with its daemon left (the empty file, or a stale mount over it).
     */
    private readonly madeMountPoint: string | undefined,
  ) {}

  /** Starts it and waits for its `ready` line; fails with its messages (`logPath`) if it exits first. */
  static async start(binary: string, socket: string, mount: string, bus: number, logPath: string): Promise<FuseFrontEnd> {
    const leftOver = await stat(mount).then(
      (info) => info.isFile() && info.size === 0,
      // ENOTCONN: a stale mount of a front end that died, still there.
      (error: unknown) => ['ENOENT', 'ENOTCONN'].includes((error as NodeJS.ErrnoException).code ?? ''),
    );
    // Its stderr is a file, not a pipe to this process: were this process killed, the front end's
    // message that the bus went away would meet a closed pipe (SIGPIPE) and kill it before it unmounts.
    const log = await open(logPath, 'w');
    const child = spawn(binary, ['--socket', socket, '--mount', mount, '--bus', String(bus)], { stdio: ['ignore', 'pipe', log.fd] });
    await log.close();
    const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
    const spawnFailed = new Promise<Error>((resolve) => child.once('error', resolve));
    const ready = new Promise<void>((resolve) => {
      // stdio[1] is 'pipe': stdout is there.
      createInterface({ input: child.stdout as Readable }).on('line', (line) => {
        if (line.trim() === 'ready') resolve();
      });
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), readyTimeoutMs)));
    const outcome = await Promise.race([ready.then(() => 'ready' as const), exited, spawnFailed, timeout]);
    clearTimeout(timer);
    if (outcome === 'ready') return new FuseFrontEnd(child, exited, leftOver ? mount : undefined);
    if (outcome === 'timeout') child.kill('SIGKILL');
    const why =
      outcome instanceof Error
        ? outcome.message
        : outcome === 'timeout'
          ? `no ready within ${readyTimeoutMs / 1000}s`
          : `exit code ${String(outcome)}`;
    const stderr = await readFile(logPath, 'utf8').catch(() => '');
    throw new BoardlineError('failed', `The FUSE front end ${binary} did not mount ${mount} (${why})`, {
      hint: 'Fix: see its message below; --mode preload needs no mount',
      ...(stderr.trim() === '' ? {} : { details: stderr.trim() }),
    });
  }

  /** Asks it to unmount and waits until it has (killing it if it hangs). */
  async stop(): Promise<void> {
    this.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), stopTimeoutMs)));
    if ((await Promise.race([this.exited, late])) === 'late') {
      this.child.kill('SIGKILL');
      await this.exited;
    }
    clearTimeout(timer);
    // /dev/i2c-N left as an empty file would look like a bus to the next program; only ours is removed.
    const left = this.madeMountPoint === undefined ? undefined : await stat(this.madeMountPoint).catch(() => undefined);
    if (this.madeMountPoint !== undefined && left?.isFile() === true && left.size === 0) await rm(this.madeMountPoint, { force: true });
  }

  /** Resolves when it exits on its own (the mount is gone: the daemon stops too). */
  get done(): Promise<number | null> {
    return this.exited;
  }
}
