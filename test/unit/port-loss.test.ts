import assert from 'node:assert/strict';
import { once } from 'node:events';
import { unlinkSync } from 'node:fs';
import { mkdtemp, symlink } from 'node:fs/promises';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { BoardlineError } from '../../src/errors.js';
import { FlashReport } from '../../src/flash/flash-report.js';
import { withAttempts, type AttemptLimits } from '../../src/flash/native-attempts.js';
import { recordingIo, type Io } from '../../src/io.js';
import { parseNetworkAddress } from '../../src/serial/network-address.js';
import { closePort, openResolvedPort } from '../../src/serial/open-port.js';
import type { ResolvedPort } from '../../src/serial/resolve-port.js';
import type { SerialLink } from '../../src/serial/serial-link.js';
import { expectFailure } from '../harness/expect-error.js';
import { openPtyPair, type PtyPair } from '../harness/pty-pair.js';

/** Whether an attempt is worth retrying, as the STK500v1 backend decides it. */
const limits: AttemptLimits = {
  baud: 115200,
  retries: 2,
  deadline: Number.MAX_SAFE_INTEGER,
  lockTimeoutMs: 0,
  retriable: (error) => error.kind === 'timeout',
};

/** A board silent for this long has stopped answering: the attempt's read gives up. */
const silenceMs = 300;

/** A local port reached through a link of the test's own, which the test removes to unplug the board. */
async function linkedPort(pair: PtyPair): Promise<ResolvedPort> {
  const link = join(await mkdtemp(join(tmpdir(), 'boardline-loss-')), 'ttyUSB0');
  await symlink(pair.a, link);
  return { requested: link, path: link, lockName: 'ttyUSB0' };
}

/** An Io whose warning (the retry's announcement, between the attempt and the reopen) also runs `then`. */
function ioWarningThen(then: () => void): Io {
  const io = recordingIo();
  return {
    ...io,
    warning: (message) => {
      io.warning(message);
      then();
    },
  };
}

async function flashLike(
  port: ResolvedPort,
  io: Io,
  attempt: (link: SerialLink, number: number) => Promise<void>,
): Promise<BoardlineError> {
  return expectFailure('port', () =>
    withAttempts({ port, io, report: new FlashReport(io) }, limits, (link, _serial, number) => attempt(link, number)),
  );
}

describe('a port that goes away is reported as gone, whichever way it shows', () => {
  it('the stream closing under a pending read', async () => {
    const pair = await openPtyPair();
    const port = await linkedPort(pair);
    const error = await flashLike(port, recordingIo(), async (link) => {
      // Both ptys vanish under the pending read: it ends, and the stream closes.
      await Promise.all([link.read(2, 60_000, 'STK_GET_SYNC'), pair.close()]);
    });
    // The hangup itself ends the read, long before its 60 s deadline could.
    assert.match(
      error.message,
      new RegExp(`^Port ${port.path} went away: the line hung up: the device or the other side of the pty is gone`),
    );
    assert.match(error.hint ?? '', /unplugged/);
  });

  it('a board that stops answering and whose device is then missing', async () => {
    const pair = await openPtyPair();
    const port = await linkedPort(pair);
    try {
      const error = await flashLike(port, recordingIo(), async (link) => {
        unlinkSync(port.path); // the node goes, the pty stays open: no close event, only silence
        await link.read(2, silenceMs, 'STK_GET_SYNC');
      });
      assert.match(error.message, /went away: its device is gone; the board had stopped answering \(No answer to STK_GET_SYNC/);
    } finally {
      await pair.close();
    }
  });

  it('a reopen for the next attempt that finds nothing', async () => {
    const pair = await openPtyPair();
    const port = await linkedPort(pair);
    let attempts = 0;
    try {
      const io = ioWarningThen(() => unlinkSync(port.path));
      const error = await flashLike(port, io, async (link, number) => {
        attempts = number;
        await link.read(2, silenceMs, 'STK_GET_SYNC');
      });
      assert.equal(attempts, 1, 'no second attempt ran');
      assert.match(error.message, /went away: it was gone when attempt 2 came to reopen it \(Cannot open port .*No such file/);
    } finally {
      await pair.close();
    }
  });

  it('a port absent from the start cannot be opened; it did not go away', async () => {
    const port: ResolvedPort = { requested: '/dev/ttyUSB9', path: join(tmpdir(), 'boardline-no-such-tty'), lockName: 'none' };
    const error = await flashLike(port, recordingIo(), async () => undefined);
    assert.match(error.message, /^Cannot open port .*boardline-no-such-tty: .*No such file/);
  });
});

describe('a serial server that goes away', () => {
  async function listening(onClient: (socket: Socket) => void): Promise<{ server: Server; port: ResolvedPort }> {
    const server = createServer(onClient);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const address = server.address();
    assert.ok(address !== null && typeof address === 'object');
    const url = `tcp://127.0.0.1:${String(address.port)}`;
    return { server, port: { requested: url, path: url, lockName: 'net', network: { address: parseNetworkAddress(url) } } };
  }

  it('closing the connection under an attempt', async () => {
    const clients: Socket[] = [];
    const { server, port } = await listening((socket) => clients.push(socket));
    try {
      const error = await flashLike(port, recordingIo(), async (link) => {
        const answer = link.read(2, 60_000, 'STK_GET_SYNC');
        for (const client of clients) client.destroy();
        await answer;
      });
      assert.match(error.message, /went away: the connection to tcp:\/\/127\.0\.0\.1:\d+ was closed by the server or the network/);
      assert.match(error.hint ?? '', /ser2net still runs/);
    } finally {
      server.close();
    }
  });

  it('no longer listening when the next attempt connects again', async () => {
    const clients: Socket[] = [];
    const { server, port } = await listening((socket) => clients.push(socket));
    const io = ioWarningThen(() => {
      server.close();
      for (const client of clients) client.destroy();
    });
    const error = await flashLike(port, io, async (link) => {
      await link.read(2, silenceMs, 'STK_GET_SYNC');
    });
    assert.match(error.message, /went away: it was gone when attempt 2 came to reopen it \(Nothing is listening at 127\.0\.0\.1:\d+/);
  });
});

describe("a virtual board's port", () => {
  it('is waited for while the board runs, and is absent at once when the board has stopped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-virtual-'));
    const control = join(dir, 'control.sock');
    const pair = await openPtyPair();
    const port: ResolvedPort = {
      requested: 'uno1',
      path: join(dir, 'tty'),
      lockName: 'uno1',
      virtual: { name: 'uno1', control, board: 'uno' },
    };
    const io = recordingIo();
    try {
      // Between two clients the port's link is missing; the board shows it runs by its control
      // socket, and the link comes back once the opener has asked.
      const server = createServer((socket) => {
        socket.destroy();
        void symlink(pair.a, port.path).catch(() => undefined);
      });
      server.listen(control);
      await once(server, 'listening');
      const serial = await openResolvedPort(port, 115200, { io });
      await closePort(serial);
      server.close();
      await once(server, 'close');
      unlinkSync(port.path);
      // Stopped: no control socket, so a missing port is absent now, not after the wait a moving one gets.
      const error = await expectFailure('port', () => openResolvedPort(port, 115200, { io }));
      assert.match(error.message, /^Cannot open port .*tty: .*No such file/);
      assert.doesNotMatch(error.message, /did not come back/, 'the stopped board is not waited for');
    } finally {
      await pair.close();
    }
  });
});
