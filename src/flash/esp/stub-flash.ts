import { createHash } from 'node:crypto';
import { BoardlineError } from '../../errors.js';
import { words, type RomClient } from './rom-client.js';
import { StubCommand } from './rom-protocol.js';

/**
 * The flash operations only Espressif's flasher stub has (no ROM loader knows their opcodes):
 * erasing a region or the whole chip, and streaming the flash back. Each needs the stub running
 * (stub-loader.ts); they are library functions for now, beside the write and verify.
 */

const sectorBytes = 0x1000;
/** READ_FLASH's frames: esptool's 0x1000-byte packets (the stub takes at most 4096). */
export const readFlashPacketBytes = 0x1000;
/** How many packets the stub may send before an acknowledgement: esptool asks for 64; esp-flasher-stub sends one at a time whatever is asked. */
const readFlashInFlight = 64;

const hex = (value: number): string => `0x${value.toString(16)}`;

function timeFor(secondsPerMb: number, bytes: number, deadline: number): number {
  return Math.max(1, Math.min(Math.max(3000, Math.ceil((secondsPerMb * 1000 * bytes) / 1e6)), deadline - Date.now()));
}

function requireStub(client: RomClient, what: string): void {
  if (client.loader !== 'stub') {
    throw new BoardlineError('usage', `${what} needs the flasher stub running on ${client.port}; the ROM loader has no such command`, {
      hint: 'Fix: start the stub first (input stub auto or true)',
    });
  }
}

/** ERASE_REGION's arguments: offset and size, each a whole number of 4 KiB sectors, or the stub refuses them (bad data length). */
export function eraseRegionArguments(offset: number, size: number): Uint8Array {
  if (offset % sectorBytes !== 0 || size % sectorBytes !== 0 || size <= 0) {
    throw new BoardlineError('usage', `Cannot erase ${size} bytes at ${hex(offset)}: the flasher stub erases whole 4 KiB sectors`, {
      hint: 'Fix: give an offset and a size that are multiples of 0x1000',
    });
  }
  return words(offset, size);
}

/** Erases whole sectors (checked before anything is sent); the stub answers once they are erased. */
export async function eraseRegion(client: RomClient, offset: number, size: number, deadline: number): Promise<void> {
  const data = eraseRegionArguments(offset, size);
  requireStub(client, 'ERASE_REGION');
  await client.command(StubCommand.ERASE_REGION, data, `ERASE_REGION ${hex(offset)}+${hex(size)}`, timeFor(30, size, deadline));
}

/** Erases the whole flash chip: esptool allows it two minutes. */
export async function eraseFlash(client: RomClient, deadline: number): Promise<void> {
  requireStub(client, 'ERASE_FLASH');
  await client.command(StubCommand.ERASE_FLASH, new Uint8Array(0), 'ERASE_FLASH', Math.max(1, Math.min(120_000, deadline - Date.now())));
}

/** READ_FLASH's arguments as esptool sends them: offset, length, packet size, packets in flight. */
export function readFlashArguments(offset: number, length: number): Uint8Array {
  return words(offset, length, readFlashPacketBytes, readFlashInFlight);
}

/** The acknowledgement of READ_FLASH's data: a frame of the running total received, as a little-endian u32. */
export function readFlashAck(total: number): Uint8Array {
  return words(total);
}

/**
 * Reads flash through the stub: READ_FLASH is answered, then the data comes as bare SLIP frames,
 * each acknowledged with the total so far (the stub sends the next one on it), and last the MD5
 * of everything it sent as a 16-byte frame, which is compared with what arrived.
 */
export async function readFlash(
  client: RomClient,
  offset: number,
  length: number,
  onProgress: (done: number) => void,
  deadline: number,
): Promise<Uint8Array> {
  requireStub(client, 'READ_FLASH');
  const what = `READ_FLASH ${hex(offset)}+${hex(length)}`;
  await client.command(StubCommand.READ_FLASH, readFlashArguments(offset, length), what, timeFor(1, length, deadline));
  const data = new Uint8Array(length);
  let received = 0;
  while (received < length) {
    const frame = await client.receiveFrame(`${what} data at ${hex(offset + received)}`, timeFor(1, readFlashPacketBytes, deadline));
    if (frame.length === 0 || received + frame.length > length) {
      throw new BoardlineError(
        'failed',
        `${what} on ${client.port}: the stub sent ${frame.length} bytes with ${length - received} to come`,
        {
          hint: 'Fix: read again; if it keeps failing, lower the baud rate',
        },
      );
    }
    data.set(frame, received);
    received += frame.length;
    await client.sendFrame(readFlashAck(received));
    onProgress(received);
  }
  const digest = await client.receiveFrame(`${what} digest`, timeFor(1, readFlashPacketBytes, deadline));
  const expected = createHash('md5').update(data).digest();
  if (!expected.equals(digest)) {
    throw new BoardlineError(
      'failed',
      `${what} on ${client.port}: the data that arrived has MD5 ${expected.toString('hex')}, the stub sent ${Buffer.from(digest).toString('hex')}`,
      { hint: 'Fix: read again; if it keeps failing, lower the baud rate' },
    );
  }
  return data;
}
