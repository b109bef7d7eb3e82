import { createServer, connect, type Server } from 'node:net';
import { rm } from 'node:fs/promises';
import { BoardlineError, type FailureKind } from '../errors.js';

/**
 * A virtual board's control channel: a Unix socket taking one JSON line per request and
 * answering with one JSON line. It stands in for what a pty cannot carry: the reset line
 * (`reset`), the power switch (`stop`), and a look at the board (`status`).
 */
export type ControlCommand =
  | 'status'
  | 'reset'
  | 'download'
  | 'stop'
  | 'corrupt-next-block'
  | 'fail-next-write'
  | 'refuse-stub'
  | 'max-baud'
  | 'set'
  | 'pins'
  | 'history'
  | 'screenshot';

/**
 * `download` is a reset with the boot-mode pin held low (an ESP's GPIO0: into its ROM loader; an
 * AVR board resets as for `reset`). `corrupt-next-block` is line noise on demand: an ESP board
 * flips a bit of the next flash data block it receives, so a test can watch the ROM (or the
 * flasher stub) refuse it. `fail-next-write` makes the ESP flasher stub's next flash write fail,
 * reported with the next command as the stub reports it; `refuse-stub` makes the next flasher stub
 * the ROM jumps to never start (no greeting), as a chip in secure download mode. `max-baud`
 * (`{ baud: 460800 }`) is a USB bridge or cable that cannot carry faster rates: whenever the
 * loader runs above it, nothing crosses the line either way; no baud (or 0) removes the limit,
 * and a reset keeps it, as it is the hardware's.
 */
/**
 * The wired board's commands: `set` (a device field, a pin's drive or an ADC voltage), `pins`
 * (levels now), `history` (what pins did over a window of emulated time) and `screenshot` (a
 * display's panel as a PNG, base64).
 */
const commands: readonly ControlCommand[] = [
  'status',
  'reset',
  'download',
  'stop',
  'corrupt-next-block',
  'fail-next-write',
  'refuse-stub',
  'max-baud',
  'set',
  'pins',
  'history',
  'screenshot',
];

/** A command's arguments, as JSON carries them. */
export type ControlArguments = Readonly<Record<string, unknown>>;

export type ControlReply = { ok: true; [key: string]: unknown } | { ok: false; error: string; hint?: string; kind?: FailureKind };

export type ControlHandler = (command: ControlCommand, args: ControlArguments) => Promise<ControlReply>;

export async function serveControl(path: string, handle: ControlHandler): Promise<Server> {
  await rm(path, { force: true });
  const server = createServer((socket) => {
    let buffer = '';
    socket.setEncoding('utf8');
    socket.on('error', () => undefined);
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      const end = buffer.indexOf('\n');
      if (end === -1) return;
      let request: { command?: unknown; args?: unknown } = {};
      try {
        request = JSON.parse(buffer.slice(0, end)) as typeof request;
      } catch {
        request = {};
      }
      const { command } = request;
      const args = typeof request.args === 'object' && request.args !== null ? (request.args as ControlArguments) : {};
      const reply =
        typeof command === 'string' && (commands as readonly string[]).includes(command)
          ? handle(command as ControlCommand, args).catch((error: unknown): ControlReply => ({
              ok: false,
              error: (error as Error).message,
              // A refusal keeps its kind: a field out of range is the caller's input, as it would be locally.
              ...(error instanceof BoardlineError ? { kind: error.kind, ...(error.hint === undefined ? {} : { hint: error.hint }) } : {}),
            }))
          : Promise.resolve<ControlReply>({ ok: false, error: `unknown command ${JSON.stringify(command)}` });
      void reply.then((answer) => socket.end(`${JSON.stringify(answer)}\n`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(path, () => resolve());
  });
  return server;
}

/** Who answers on a control socket, for errors: a virtual board, or a virtual I2C bus. */
export interface ControlOwner {
  what: string;
  /** The command that lists the running ones. */
  status: string;
}

const virtualBoard: ControlOwner = { what: 'virtual board', status: 'boardline virtual-board status' };

/** Sends one command to a board's control socket and returns its answer, within a deadline. */
export async function sendControl(
  path: string,
  command: ControlCommand,
  args: ControlArguments = {},
  timeoutMs = 5000,
  owner: ControlOwner = virtualBoard,
): Promise<Record<string, unknown>> {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(path);
    let text = '';
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.setEncoding('utf8');
    socket.on('connect', () => socket.write(`${JSON.stringify({ command, args })}\n`));
    socket.on('data', (chunk: string) => (text += chunk));
    socket.on('end', () => {
      clearTimeout(timer);
      resolve(text);
    });
    socket.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch((error: unknown) => {
    throw new BoardlineError('port', `The ${owner.what}'s control channel ${path} did not answer ${command}: ${(error as Error).message}`, {
      hint: `Fix: check it still runs (${owner.status}), or start it again`,
      cause: error,
    });
  });
  const reply = JSON.parse(answer) as ControlReply;
  if (!reply.ok) {
    throw new BoardlineError(reply.kind ?? 'failed', `The ${owner.what} refused ${command}: ${reply.error}`, {
      ...(reply.hint === undefined ? {} : { hint: reply.hint }),
    });
  }
  const { ok: _ok, ...rest } = reply;
  return rest;
}
