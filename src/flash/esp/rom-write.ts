import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { BoardlineError } from '../../errors.js';
import type { FlashReport } from '../flash-report.js';
import type { EspChip } from './chips.js';
import type { EspFlashFile } from './esp-firmware.js';
import { encodeDataPacket, espChecksum, RomCommand, RomError } from './rom-protocol.js';
import { words, type RomClient } from './rom-client.js';
import { readFlashThroughRegisters } from './spi-flash.js';

const sectorBytes = 4096;

/**
 * The erase size FLASH_BEGIN must be given. The ESP8266 ROM erases wrongly: asked for N sectors it
 * erases the sectors up to the next 64 KiB block boundary twice over, so esptool asks for less
 * (its get_erase_size), and so does this. Other ROMs take the size as it is.
 */
export function eraseSize(chip: EspChip, offset: number, size: number): number {
  if (!chip.eraseSizeQuirk) return size;
  const sectorsPerBlock = 16;
  const sectors = Math.ceil(size / sectorBytes);
  const startSector = Math.floor(offset / sectorBytes);
  const headSectors = Math.min(sectors, sectorsPerBlock - (startSector % sectorsPerBlock));
  return sectors < 2 * headSectors ? Math.floor((sectors + 1) / 2) * sectorBytes : (sectors - headSectors) * sectorBytes;
}

/** Time the ROM may take for work proportional to size (erasing, writing, hashing), with a floor. */
function perMegabyte(secondsPerMb: number, bytes: number): number {
  return Math.max(3000, Math.ceil((secondsPerMb * 1000 * bytes) / 1e6));
}

export interface WriteOptions {
  compress: boolean;
  report: FlashReport;
  /** Where the caller's time ends: no wait goes past it. */
  deadline: number;
}

function remaining(deadline: number, wanted: number): number {
  return Math.max(1, Math.min(wanted, deadline - Date.now()));
}

/** The extra FLASH_BEGIN word ROMs from the ESP32-S2 on take: 0, not encrypted. */
function beginArguments(chip: EspChip, ...values: number[]): Uint8Array {
  return words(...values, ...(chip.beginTakesEncryptedFlag ? [0] : []));
}

/**
 * Writes one file: FLASH_BEGIN (the ROM erases the region), then numbered FLASH_DATA blocks each
 * with its checksum, padded with 0xff to the block size as the ROM requires; or, where the ROM
 * inflates, the zlib stream in FLASH_DEFL_DATA blocks. A block the ROM refuses (bad checksum from
 * line noise) is sent again once with the same sequence number before the attempt fails.
 */
export async function writeFile(client: RomClient, chip: EspChip, file: EspFlashFile, options: WriteOptions): Promise<void> {
  const blockBytes = chip.romFlashBlockBytes;
  const { report } = options;
  if (options.compress) {
    const compressed = deflateSync(file.data, { level: 9 });
    const blocks = Math.ceil(compressed.length / blockBytes);
    // The ROM erases the uncompressed size, rounded up to whole blocks as esptool does.
    const writeSize = Math.ceil(file.data.length / blockBytes) * blockBytes;
    await client.command(
      RomCommand.FLASH_DEFL_BEGIN,
      beginArguments(chip, writeSize, blocks, blockBytes, file.offset),
      `FLASH_DEFL_BEGIN at 0x${file.offset.toString(16)}`,
      remaining(options.deadline, perMegabyte(30, writeSize)),
    );
    for (let sequence = 0; sequence < blocks; sequence += 1) {
      const block = compressed.subarray(sequence * blockBytes, (sequence + 1) * blockBytes);
      await sendBlock(
        client,
        RomCommand.FLASH_DEFL_DATA,
        block,
        sequence,
        `FLASH_DEFL_DATA ${sequence + 1} of ${blocks} at 0x${file.offset.toString(16)}`,
        options,
        perMegabyte(40, Math.min(file.data.length, block.length * 1032)),
      );
    }
    report.written(file.offset);
    return;
  }
  const blocks = Math.ceil(file.data.length / blockBytes);
  // FLASH_BEGIN erases the region: from here the board no longer holds what was there.
  report.writing(file.offset);
  await client.command(
    RomCommand.FLASH_BEGIN,
    beginArguments(chip, eraseSize(chip, file.offset, file.data.length), blocks, blockBytes, file.offset),
    `FLASH_BEGIN at 0x${file.offset.toString(16)}`,
    remaining(options.deadline, perMegabyte(30, file.data.length)),
  );
  for (let sequence = 0; sequence < blocks; sequence += 1) {
    const address = file.offset + sequence * blockBytes;
    const block = new Uint8Array(blockBytes).fill(0xff);
    block.set(file.data.subarray(sequence * blockBytes, (sequence + 1) * blockBytes));
    report.writing(address);
    await sendBlock(
      client,
      RomCommand.FLASH_DATA,
      block,
      sequence,
      `FLASH_DATA at 0x${address.toString(16)}`,
      options,
      perMegabyte(40, blockBytes),
    );
    report.written(address);
  }
}

async function sendBlock(
  client: RomClient,
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
      // Only a checksum the ROM found wrong is worth the same block again: anything else lost the ROM's place.
      const badChecksum = error instanceof BoardlineError && 'code' in error && error.code === RomError.INVALID_CRC;
      if (!badChecksum || send >= 2) throw error;
    }
  }
}

/** The MD5 the ROM computes of a flash region; the ROM answers it as 32 hex digits. */
export async function flashMd5(client: RomClient, address: number, length: number, deadline: number): Promise<string> {
  const reply = await client.command(
    RomCommand.SPI_FLASH_MD5,
    words(address, length, 0, 0),
    `SPI_FLASH_MD5 at 0x${address.toString(16)}`,
    remaining(deadline, perMegabyte(8, length)),
    {
      dataLength: 32,
    },
  );
  return Buffer.from(reply.data).toString('latin1').toLowerCase();
}

/**
 * Checks what each file left in flash: by the ROM's MD5 where it has one, else (the ESP8266 ROM) by
 * reading the flash back through the SPI controller's registers, which costs several times the
 * write's time on the wire.
 */
export async function verifyFile(
  client: RomClient,
  chip: EspChip,
  file: EspFlashFile,
  report: FlashReport,
  deadline: number,
): Promise<void> {
  const at = `0x${file.offset.toString(16)}`;
  if (chip.rom.md5) {
    const expected = createHash('md5').update(file.data).digest('hex');
    const got = await flashMd5(client, file.offset, file.data.length, deadline);
    report.verifying(file.data.length, file.data.length);
    if (got !== expected) {
      throw new BoardlineError(
        'failed',
        `Verify failed on ${client.port}: flash at ${at} (${file.data.length} bytes) has MD5 ${got}, ${file.path} has ${expected}`,
        {
          hint: 'Fix: flash again; if it keeps failing, the flash may be worn or write-protected',
        },
      );
    }
    return;
  }
  const read = await readFlashThroughRegisters(
    client,
    chip,
    file.offset,
    file.data.length,
    (done) => report.verifying(done, file.data.length),
    deadline,
  );
  const differs = read.findIndex((byte, index) => byte !== file.data[index]);
  if (differs !== -1) {
    throw new BoardlineError(
      'failed',
      `Verify failed on ${client.port}: flash at 0x${(file.offset + differs).toString(16)} reads 0x${(read[differs] ?? 0).toString(16)}, ${file.path} has 0x${(file.data[differs] ?? 0).toString(16)}`,
      { hint: 'Fix: flash again; if it keeps failing, the flash may be worn or write-protected' },
    );
  }
}
