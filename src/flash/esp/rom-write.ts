import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { BoardlineError } from '../../errors.js';
import type { FlashReport } from '../flash-report.js';
import type { EspChip } from './chips.js';
import type { EspFlashFile } from './esp-firmware.js';
import type { LoaderProfile } from './loader-profile.js';
import { encodeDataPacket, espChecksum, RomCommand } from './rom-protocol.js';
import { RomCommandFailed, words, type RomClient } from './rom-client.js';
import { readFlashThroughRegisters } from './spi-flash.js';
import { readFlash } from './stub-flash.js';

/** Time the loader may take for work proportional to size (erasing, writing, hashing), with a floor. */
export function perMegabyte(secondsPerMb: number, bytes: number): number {
  return Math.max(3000, Math.ceil((secondsPerMb * 1000 * bytes) / 1e6));
}

export interface WriteOptions {
  report: FlashReport;
  /** Where the caller's time ends: no wait goes past it. */
  deadline: number;
}

export function remaining(deadline: number, wanted: number): number {
  return Math.max(1, Math.min(wanted, deadline - Date.now()));
}

/** FLASH_BEGIN's and FLASH_DEFL_BEGIN's words, with the fifth (0, not encrypted) where the loader takes one. */
function beginArguments(profile: LoaderProfile, ...values: number[]): Uint8Array {
  return words(...values, ...(profile.beginEncryptedWord ? [0] : []));
}

const hex = (address: number): string => `0x${address.toString(16)}`;

/**
 * Writes one file: FLASH_BEGIN (a ROM erases the region), then numbered FLASH_DATA blocks each
 * with its checksum, padded with 0xff to the block size as the ROM requires; or, where the loader
 * inflates, the zlib stream in FLASH_DEFL_DATA blocks. A block the loader refuses for its checksum
 * (line noise) is sent again once with the same sequence number before the attempt fails.
 *
 * The flasher stub acknowledges a block when it has it and writes it while the next one arrives,
 * so its write error comes with the next command: with the stub, a block counts as written when
 * the command after it is answered, and a file when its FLASH_*_END is.
 */
export async function writeFile(client: RomClient, profile: LoaderProfile, file: EspFlashFile, options: WriteOptions): Promise<void> {
  const blockBytes = profile.flashBlockBytes;
  const { report } = options;
  const at = hex(file.offset);
  if (profile.compress) {
    const compressed = deflateSync(file.data, { level: 9 });
    const blocks = Math.ceil(compressed.length / blockBytes);
    const writeSize = profile.deflateBeginSize(file.data.length);
    report.writing(file.offset);
    await client.command(
      RomCommand.FLASH_DEFL_BEGIN,
      beginArguments(profile, writeSize, blocks, blockBytes, file.offset),
      `FLASH_DEFL_BEGIN at ${at}`,
      remaining(options.deadline, profile.endAfterFile ? 3000 : perMegabyte(30, writeSize)),
    );
    for (let sequence = 0; sequence < blocks; sequence += 1) {
      const block = compressed.subarray(sequence * blockBytes, (sequence + 1) * blockBytes);
      await sendBlock(
        client,
        profile,
        RomCommand.FLASH_DEFL_DATA,
        block,
        sequence,
        `FLASH_DEFL_DATA ${sequence + 1} of ${blocks} at ${at}`,
        options,
        // The answer may wait for the previous block's inflate and write (the stub's), or this one's (a ROM's).
        perMegabyte(40, Math.min(file.data.length, block.length * 1032)),
      );
      // How far into the file, as the share of the compressed stream sent: progress within one region.
      report.advancing(file.offset, Math.floor((file.data.length * (sequence + 1)) / blocks));
    }
    if (profile.endAfterFile) await endFile(client, RomCommand.FLASH_DEFL_END, `FLASH_DEFL_END at ${at}`, file, options);
    report.written(file.offset);
    return;
  }
  const blocks = Math.ceil(file.data.length / blockBytes);
  // FLASH_BEGIN erases the region (the stub erases as it writes): from here the board no longer holds what was there.
  report.writing(file.offset);
  await client.command(
    RomCommand.FLASH_BEGIN,
    beginArguments(profile, profile.flashBeginSize(file.offset, file.data.length), blocks, blockBytes, file.offset),
    `FLASH_BEGIN at ${at}`,
    remaining(options.deadline, profile.endAfterFile ? 3000 : perMegabyte(30, file.data.length)),
  );
  let unconfirmed: number | undefined;
  for (let sequence = 0; sequence < blocks; sequence += 1) {
    const address = file.offset + sequence * blockBytes;
    const block = new Uint8Array(blockBytes).fill(0xff);
    block.set(file.data.subarray(sequence * blockBytes, (sequence + 1) * blockBytes));
    if (unconfirmed === undefined) report.writing(address);
    await sendBlock(
      client,
      profile,
      RomCommand.FLASH_DATA,
      block,
      sequence,
      `FLASH_DATA at ${hex(address)}`,
      options,
      perMegabyte(40, blockBytes),
    );
    if (unconfirmed !== undefined) report.written(unconfirmed);
    if (profile.acksBeforeWriting) unconfirmed = address;
    else report.written(address);
  }
  if (profile.endAfterFile) await endFile(client, RomCommand.FLASH_END, `FLASH_END at ${at}`, file, options);
  if (unconfirmed !== undefined) report.written(unconfirmed);
}

/** FLASH_END / FLASH_DEFL_END [1]: stay in the loader; its answer carries the last block's write error, if any. */
async function endFile(client: RomClient, op: number, what: string, file: EspFlashFile, options: WriteOptions): Promise<void> {
  await client.command(op, words(1), what, remaining(options.deadline, perMegabyte(40, Math.min(file.data.length, 0x4000 * 1032))));
}

async function sendBlock(
  client: RomClient,
  profile: LoaderProfile,
  op: number,
  block: Uint8Array,
  sequence: number,
  what: string,
  options: WriteOptions,
  timeoutMs: number,
): Promise<void> {
  const packet = encodeDataPacket(block, sequence);
  for (let send = 1; ; send += 1) {
    try {
      await client.command(op, packet, what, remaining(options.deadline, timeoutMs), { checksum: espChecksum(block) });
      return;
    } catch (error) {
      // Only a checksum the loader found wrong is worth the same block again: anything else lost its place
      // (and from the stub may be the previous block's write failing).
      const badChecksum = error instanceof RomCommandFailed && error.code === profile.badChecksum;
      if (!badChecksum || send >= 2) throw error;
    }
  }
}

/**
 * The MD5 the loader computes of a flash region, as lowercase hex: a ROM answers 32 hex digits,
 * the flasher stub the 16 raw bytes of the digest.
 */
export async function flashMd5(
  client: RomClient,
  profile: LoaderProfile,
  address: number,
  length: number,
  deadline: number,
): Promise<string> {
  const raw = profile.md5 === 'raw';
  const reply = await client.command(
    RomCommand.SPI_FLASH_MD5,
    words(address, length, 0, 0),
    `SPI_FLASH_MD5 at ${hex(address)}`,
    remaining(deadline, perMegabyte(8, length)),
    { dataLength: raw ? 16 : 32 },
  );
  return raw ? Buffer.from(reply.data).toString('hex') : Buffer.from(reply.data).toString('latin1').toLowerCase();
}

const verifyHint = 'Fix: flash again; if it keeps failing, the flash may be worn or write-protected';

/**
 * Checks what each file left in flash: by the loader's MD5 where it has one (every chip with the
 * stub), else (the ESP8266 ROM) by reading the flash back through the SPI controller's registers,
 * which costs several times the write's time on the wire.
 */
export async function verifyFile(
  client: RomClient,
  chip: EspChip,
  profile: LoaderProfile,
  file: EspFlashFile,
  report: FlashReport,
  deadline: number,
): Promise<void> {
  if (profile.md5 !== 'none') {
    const expected = createHash('md5').update(file.data).digest('hex');
    const got = await flashMd5(client, profile, file.offset, file.data.length, deadline);
    report.verifying(file.data.length, file.data.length);
    if (got !== expected) {
      throw new BoardlineError(
        'failed',
        `Verify failed on ${client.port}: flash at ${hex(file.offset)} (${file.data.length} bytes) has MD5 ${got}, ${file.path} has ${expected}`,
        { hint: verifyHint },
      );
    }
    return;
  }
  const progress = (done: number): void => report.verifying(done, file.data.length);
  const read =
    profile.readBack === 'read-flash'
      ? await readFlash(client, file.offset, file.data.length, progress, deadline)
      : await readFlashThroughRegisters(client, chip, file.offset, file.data.length, progress, deadline);
  const differs = read.findIndex((byte, index) => byte !== file.data[index]);
  if (differs !== -1) {
    throw new BoardlineError(
      'failed',
      `Verify failed on ${client.port}: flash at ${hex(file.offset + differs)} reads 0x${(read[differs] ?? 0).toString(16)}, ${file.path} has 0x${(file.data[differs] ?? 0).toString(16)}`,
      { hint: verifyHint },
    );
  }
}
