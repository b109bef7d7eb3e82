import { BoardlineError } from '../../errors.js';
import type { EspChip } from './chips.js';
import { RomCommandFailed, words, type RomClient } from './rom-client.js';
import { decodeResponse, encodeDataPacket, espChecksum, responseStatus, RomCommand, RomError, stubGreeting } from './rom-protocol.js';
import type { StubImage } from './stub-images.js';

/** How long a started stub has to say OHAI: esptool-js waits 3 s. */
export const stubGreetingMs = 3000;

/** The stub did not start: it was uploaded (or refused) and no greeting came. Under stub auto the ROM takes over. */
export class StubDidNotStart extends BoardlineError {
  constructor(message: string, chip: EspChip, cause?: unknown) {
    super('failed', message, {
      hint: `Fix: set stub auto (or false) to flash the ${chip.name} through its ROM loader; a chip in secure download mode runs no stub, and a board that keeps failing here may be browning out (check its power supply)`,
      ...(cause === undefined ? {} : { cause }),
    });
  }
}

/** MEM_BEGIN's words: size, number of blocks, block size, load address. */
export function memBeginArguments(size: number, blockBytes: number, address: number): Uint8Array {
  return words(size, Math.ceil(size / blockBytes), blockBytes, address);
}

/** MEM_END's words: 0 (jump, do not stay in the loader) and the entry point. */
export function memEndArguments(entry: number): Uint8Array {
  return words(entry === 0 ? 1 : 0, entry);
}

/** Loads one segment into RAM: MEM_BEGIN, then checksummed MEM_DATA blocks of the ROM's RAM block size. */
async function loadSegment(client: RomClient, chip: EspChip, address: number, bytes: Uint8Array, deadline: number): Promise<void> {
  const blockBytes = chip.romRamBlockBytes;
  const at = `0x${address.toString(16)}`;
  const wait = (): number => Math.max(1, Math.min(3000, deadline - Date.now()));
  await client.command(RomCommand.MEM_BEGIN, memBeginArguments(bytes.length, blockBytes, address), `MEM_BEGIN at ${at}`, wait());
  const blocks = Math.ceil(bytes.length / blockBytes);
  for (let sequence = 0; sequence < blocks; sequence += 1) {
    const block = bytes.subarray(sequence * blockBytes, (sequence + 1) * blockBytes);
    const what = `MEM_DATA ${sequence + 1} of ${blocks} at ${at}`;
    const send = (): Promise<unknown> =>
      client.command(RomCommand.MEM_DATA, encodeDataPacket(block, sequence), what, wait(), { checksum: espChecksum(block) });
    // As for flash blocks: a checksum the ROM found wrong (line noise) is worth the same block once more.
    await send().catch((error: unknown) => {
      if (error instanceof RomCommandFailed && error.code === RomError.INVALID_CRC) return send();
      throw error;
    });
  }
}

const greeting = Buffer.from(stubGreeting, 'latin1');

/**
 * Uploads Espressif's flasher stub into the chip's RAM through the ROM loader and starts it:
 * its code and data segments, then MEM_END to its entry point. The ROM's answer to MEM_END may
 * be lost (the jump can disturb the UART; esptool ignores it for a ROM), so what counts is the
 * stub's greeting, an "OHAI" frame, within 3 s. From then on the client speaks to the stub.
 */
export async function runStub(client: RomClient, chip: EspChip, image: StubImage, deadline: number): Promise<void> {
  try {
    await loadSegment(client, chip, image.textStart, image.text, deadline);
    await loadSegment(client, chip, image.dataStart, image.data, deadline);
  } catch (error) {
    if (error instanceof BoardlineError && error.kind === 'port') throw error;
    throw new StubDidNotStart(
      `The ${chip.name} on ${client.port} did not take the flasher stub into its RAM (${(error as Error).message})`,
      chip,
      error,
    );
  }
  await client.send(RomCommand.MEM_END, memEndArguments(image.entry));
  const until = Math.min(deadline, Date.now() + stubGreetingMs);
  let refused: string | undefined;
  for (;;) {
    let frame: Uint8Array;
    try {
      frame = await client.receiveFrame('the flasher stub greeting (OHAI)', until - Date.now());
    } catch (error) {
      if (error instanceof BoardlineError && error.kind === 'port') throw error;
      throw new StubDidNotStart(
        `The flasher stub did not greet within ${stubGreetingMs / 1000} s on the ${chip.name} at ${client.port}${refused === undefined ? '' : ` (${refused})`}`,
        chip,
        error,
      );
    }
    if (greeting.equals(frame)) break;
    // MEM_END's own answer comes first, when it is not lost; a refusal is noted for the message, the greeting may still come.
    const response = decodeResponse(frame);
    const status = response?.op === RomCommand.MEM_END ? responseStatus(response.data) : undefined;
    if (status?.failed === true) refused = new RomCommandFailed('MEM_END', status.code, client.port).message;
  }
  client.loader = 'stub';
}
