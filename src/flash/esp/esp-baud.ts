import { BoardlineError } from '../../errors.js';
import type { Io } from '../../io.js';
import type { EspChip } from './chips.js';
import type { LoaderProfile } from './loader-profile.js';
import { loaderTitle, RomCommandFailed, words, type RomClient } from './rom-client.js';
import { chipDetectMagicAddress } from './chips.js';
import { romBaudRate, RomCommand } from './rom-protocol.js';

/** The port's side of a baud change: a local port's termios, or an rfc2217:// server's SET-BAUDRATE (network-binding.ts). */
export interface BaudPort {
  update: (options: { baudRate: number }, callback: (error: Error | null | undefined) => void) => void;
}

export interface BaudRequest {
  baud: number;
  /** Whether the baud input asked for it: then a port or board that cannot take it is an error, not a fallback. */
  asked: boolean;
  /** How the line's baud is set: a local port, an RFC 2217 server, or a raw TCP server whose own configuration fixes it. */
  line: 'local' | 'rfc2217' | 'fixed';
  io: Io;
}

/**
 * The result of a baud change: the baud the line runs at now, or `reconnect` when a default baud
 * did not work out (the port cannot be set to it, or the board stopped answering after it): the
 * port is back at the ROM's baud and the caller must reset and meet the board again at it.
 */
export type BaudChange = { baud: number } | { reconnect: string };

/**
 * A baud the input asked for that the line did not carry: the board stopped answering after the
 * change. Another attempt would meet the same bridge and cable, so it is not retried; the fix is the input.
 */
export class BaudNotCarried extends BoardlineError {}

function setPortBaud(port: BaudPort, baud: number): Promise<void> {
  return new Promise<void>((resolve, reject) =>
    port.update({ baudRate: baud }, (error) => (error === null || error === undefined ? resolve() : reject(error))),
  );
}

/**
 * Moves the loader and the port to a faster baud where the loader can. The loader answers
 * CHANGE_BAUDRATE at the old baud, then switches (a stub is also told the old baud, as it expects);
 * the port follows, and a register read checks both ends agree.
 */
export async function changeBaud(
  client: RomClient,
  chip: EspChip,
  profile: LoaderProfile,
  port: BaudPort,
  request: BaudRequest,
): Promise<BaudChange> {
  const { baud, io } = request;
  const from = client.baud;
  if (baud === from) return { baud };
  if (!profile.changeBaud) {
    io.warning(`The ${chip.name} ROM loader cannot change its baud rate: staying at ${from} (the flasher stub can; input stub)`);
    return { baud: from };
  }
  if (request.line === 'fixed') {
    // A raw TCP serial server's line runs at the baud its own configuration sets: the loader must stay at it.
    io.info(`A tcp:// port cannot change the line's baud rate: staying at ${from} (rfc2217:// can)`);
    return { baud: from };
  }
  const title = loaderTitle(client.loader);
  try {
    await client.command(RomCommand.CHANGE_BAUDRATE, words(baud, profile.baudSecondWord(from)), `CHANGE_BAUDRATE ${baud}`, 3000);
  } catch (error) {
    // Refused, the loader stays where it is: a default baud is not worth failing for.
    if (request.asked || !(error instanceof RomCommandFailed)) throw error;
    io.warning(`${error.message}; staying at ${from} baud`);
    return { baud: from };
  }
  try {
    await setPortBaud(port, baud);
  } catch (error) {
    // A port that went away instead shows at the next command, on the reconnect.
    const reason = `the port ${client.port} cannot be set to ${baud} baud: ${(error as Error).message}`;
    if (request.asked) {
      throw new BoardlineError('port', `Input "baud": ${reason}`, {
        hint: `Fix: set baud to ${romBaudRate} (the ROM's own), or a rate the USB bridge supports`,
        cause: error,
      });
    }
    return { reconnect: reason };
  }
  client.baud = baud;
  // The loader switches once its answer is out; anything in between is noise.
  await new Promise((resolve) => setTimeout(resolve, 50));
  client.link.discard();
  try {
    await client.readRegister(chipDetectMagicAddress, 1000);
  } catch (error) {
    if (error instanceof BoardlineError && error.kind === 'port') throw error;
    if (request.asked) {
      throw new BaudNotCarried(
        'timeout',
        `Input "baud": the ${title} on ${client.port} stopped answering after the change to ${baud} baud`,
        {
          hint: `Fix: set baud to a lower rate (${romBaudRate} always works), or leave it unset to have Boardline fall back on its own; long cables and some USB bridges do not carry ${baud}`,
          cause: error,
        },
      );
    }
    await setPortBaud(port, romBaudRate);
    client.baud = romBaudRate;
    return { reconnect: `the ${title} on ${client.port} stopped answering after the change to ${baud} baud` };
  }
  io.info(`Baud rate ${baud}${request.line === 'rfc2217' ? ', set on the serial server through RFC 2217 SET-BAUDRATE' : ''}`);
  return { baud };
}
