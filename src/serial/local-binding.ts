import { read } from 'node:fs';
import { promisify } from 'node:util';
import { autoDetect, type BindingInterface, type BindingPortInterface } from '@serialport/bindings-cpp';
import { watchEveryAwaitedEvent, type ReadinessPoller } from './poller-events.js';

const readAsync = promisify(read);

/** What a unix port of serialport's binding has besides its interface: its descriptor and its readiness poller. */
interface UnixPort extends BindingPortInterface {
  fd: number | null;
  poller: ReadinessPoller & { once(event: 'readable', callback: (error: Error | null) => void): unknown };
}

function isUnixPort(port: BindingPortInterface): port is UnixPort {
  return 'fd' in port && 'poller' in port;
}

const tagged = (message: string, flags: { canceled?: true; disconnect?: true }): Error => Object.assign(new Error(message), flags);

const hungUp = (how: string): Error =>
  tagged(`the line hung up: the device or the other side of the pty is gone (${how})`, { disconnect: true });

/** Waits until the descriptor can be read. The poller failing on it (EBADF, as a hung-up tty makes it) is the line gone too. */
async function readable(port: UnixPort): Promise<void> {
  await new Promise<void>((resolve, reject) =>
    port.poller.once('readable', (failure) => {
      if (failure === null) resolve();
      else if (port.fd === null || (failure as { canceled?: boolean }).canceled === true)
        reject(tagged('Port is not open', { canceled: true }));
      else reject(hungUp(`waiting to read: ${failure.message}`));
    }),
  );
}

/**
 * Reads what is there, waiting for the descriptor to become readable. A read that returns no
 * bytes is the end of the line: a tty that was hung up (a USB serial device unplugged) or a pty
 * whose other side has closed (a virtual board stopped, socat ended).
 */
async function readOrHangUp(
  port: UnixPort,
  buffer: Buffer,
  offset: number,
  length: number,
): Promise<{ buffer: Buffer; bytesRead: number }> {
  for (;;) {
    const fd = port.fd;
    if (fd === null) throw tagged('Port is not open', { canceled: true });
    try {
      const { bytesRead } = await readAsync(fd, buffer, offset, length, null);
      if (bytesRead === 0) throw hungUp('end of file');
      return { buffer, bytesRead };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EAGAIN' && code !== 'EWOULDBLOCK' && code !== 'EINTR') throw error;
      if (port.fd === null) throw tagged('Port is not open', { canceled: true });
      await readable(port);
    }
  }
}

/**
 * A write to a line that is gone fails with EIO (a hung-up tty, a pty without its other side),
 * ENXIO or EBADF, or from the poll it waits on when the line is full (which the read's hang-up
 * may have just closed); there is no other way for a write to a local port to fail. A write cut
 * short by our own close (canceled) stays what it is.
 */
async function writeOrHangUp(port: UnixPort, write: (buffer: Buffer) => Promise<void>, buffer: Buffer): Promise<void> {
  try {
    await write(buffer);
  } catch (error) {
    if ((error as { canceled?: boolean }).canceled === true) throw error;
    throw hungUp(`writing: ${(error as Error).message}`);
  }
}

/**
 * serialport's binding for local ports, but for one thing. Its unix reader answers a read of no
 * bytes by reading again at once, forever: a port whose device was unplugged, or whose pty's
 * other side closed, spins a core and never reports closed, so whoever waits on it learns only
 * from its own timeout — later, and as a different error. Here such a read ends the port like
 * any failed read: the stream closes with the error, and the port is reported as gone. And the
 * same loss is said the same way however it shows — end of file on a read, EBADF from the poll a
 * read waits on, EIO from a write — so what the user reads does not depend on which came first.
 * And its poller keeps watching for a write's room while a read waits (poller-events.ts).
 */
export function localBinding(): BindingInterface {
  const base = autoDetect() as BindingInterface;
  return {
    list: () => base.list(),
    open: async (options) => {
      const port = await base.open(options);
      if (isUnixPort(port)) {
        watchEveryAwaitedEvent(port.poller);
        port.read = (buffer, offset, length) => readOrHangUp(port, buffer, offset, length);
        const write = port.write.bind(port);
        port.write = (buffer) => writeOrHangUp(port, write, buffer);
      }
      return port;
    },
  };
}
