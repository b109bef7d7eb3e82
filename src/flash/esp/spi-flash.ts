import { BoardlineError } from '../../errors.js';
import type { EspChip } from './chips.js';
import { words, type RomClient } from './rom-client.js';
import { RomCommand } from './rom-protocol.js';

/** SPI flash commands sent through the flash controller's user-command registers. */
const flashCommand = { readId: 0x9f, read: 0x03 } as const;

const usrCommand = 1 << 31;
const usrAddress = 1 << 30;
const usrMiso = 1 << 28;
const cmdUsr = 1 << 18;
const commandLengthShift = 28;
const addressLengthShift = 26;

/** The address register's value: ESP8266 and ESP32 controllers take a 24-bit address in its top bits, later ones as it is. */
function addressRegister(chip: EspChip, address: number): number {
  return chip.spi.addressMsb ? (address << 8) >>> 0 : address >>> 0;
}

/** The most one user command can read: the controller's data buffer, W0 to W15. */
export const spiBufferBytes = 64;

/**
 * Sets the controller up for a user command: its bit lengths (in their own registers from the
 * ESP32 on; in USR1 on the ESP8266: MISO in bits 16:8, the address in 31:26), which phases it has,
 * and the command byte. Starting it (CMD's USR bit) and the address are the caller's.
 */
async function setUpUserCommand(client: RomClient, chip: EspChip, command: number, misoBits: number, addressBits: number): Promise<void> {
  const spi = chip.spi;
  const addressField = addressBits === 0 ? 0 : (addressBits - 1) << addressLengthShift;
  if (spi.mosiDlen !== undefined && spi.misoDlen !== undefined) {
    if (misoBits > 0) await client.writeRegister(spi.base + spi.misoDlen, misoBits - 1);
    await client.writeRegister(spi.base + spi.usr1, addressField);
  } else {
    await client.writeRegister(spi.base + spi.usr1, (misoBits === 0 ? 0 : (misoBits - 1) << 8) | addressField);
  }
  await client.writeRegister(spi.base + spi.usr, usrCommand | (misoBits > 0 ? usrMiso : 0) | (addressBits > 0 ? usrAddress : 0));
  await client.writeRegister(spi.base + spi.usr2, (7 << commandLengthShift) | command);
}

/**
 * Runs one SPI flash command through the flash controller's registers with READ_REG/WRITE_REG,
 * as esptool does where the ROM has no command for it: the command byte, an optional 24-bit
 * address, then `readBytes` read back into the data buffer. This is the only way to read the
 * flash of an ESP8266 whose ROM has neither SPI_FLASH_MD5 nor a flash read command.
 */
export async function runSpiFlashCommand(
  client: RomClient,
  chip: EspChip,
  command: number,
  readBytes: number,
  address?: number,
): Promise<Uint8Array> {
  const spi = chip.spi;
  await setUpUserCommand(client, chip, command, readBytes * 8, address === undefined ? 0 : 24);
  if (address !== undefined) await client.writeRegister(spi.base + spi.addr, addressRegister(chip, address));
  await client.writeRegister(spi.base + spi.cmd, cmdUsr);
  for (let poll = 0; ; poll += 1) {
    if (((await client.readRegister(spi.base + spi.cmd)) & cmdUsr) === 0) break;
    if (poll >= 10)
      throw new BoardlineError('failed', `The SPI flash command 0x${command.toString(16)} did not complete on ${client.port}`);
  }
  const result = new Uint8Array(Math.ceil(readBytes / 4) * 4);
  const view = new DataView(result.buffer);
  for (let word = 0; word * 4 < readBytes; word += 1)
    view.setUint32(word * 4, await client.readRegister(spi.base + spi.w0 + word * 4), true);
  return result.subarray(0, readBytes);
}

/** The flash chip's size from its JEDEC id: the capacity byte is log2 of the size in bytes (0x16 = 4 MB). */
export async function detectFlashSize(client: RomClient, chip: EspChip): Promise<{ jedecId: number; bytes: number | undefined }> {
  const id = await runSpiFlashCommand(client, chip, flashCommand.readId, 3);
  const jedecId = ((id[0] ?? 0) << 16) | ((id[1] ?? 0) << 8) | (id[2] ?? 0);
  const capacity = id[2] ?? 0;
  // Chips with sizes from 256 KB to 128 MB; anything else (0xff from a missing chip) is unknown.
  const bytes = capacity >= 0x12 && capacity <= 0x1b ? 2 ** capacity : undefined;
  return { jedecId, bytes };
}

/**
 * Reads flash through the controller's registers for a read-back verify: the READ command is set
 * up once, then each 64-byte buffer is one pipelined run of commands (address, start, a poll of
 * the busy bit, W0–W15). A poll that finds the controller still busy (it never is on a real
 * chip: its 64-byte read takes microseconds, the next command a millisecond to arrive) falls
 * back to running that buffer's command step by step.
 */
export async function readFlashThroughRegisters(
  client: RomClient,
  chip: EspChip,
  address: number,
  length: number,
  onProgress: (done: number) => void,
  deadline: number,
): Promise<Uint8Array> {
  const spi = chip.spi;
  const data = new Uint8Array(length);
  await setUpUserCommand(client, chip, flashCommand.read, spiBufferBytes * 8, 24);
  const write = (register: number, value: number): { op: number; data: Uint8Array; what: string } => ({
    op: RomCommand.WRITE_REG,
    data: words(spi.base + register, value, 0xffffffff, 0),
    what: `WRITE_REG 0x${(spi.base + register).toString(16)}`,
  });
  const read = (register: number): { op: number; data: Uint8Array; what: string } => ({
    op: RomCommand.READ_REG,
    data: words(spi.base + register),
    what: `READ_REG 0x${(spi.base + register).toString(16)}`,
  });
  for (let done = 0; done < length; done += spiBufferBytes) {
    const count = Math.min(spiBufferBytes, length - done);
    if (Date.now() >= deadline) {
      throw new BoardlineError(
        'timeout',
        `The read-back verify on ${client.port} did not finish within the timeout (${done} of ${length} bytes at 0x${address.toString(16)} checked)`,
        {
          hint: "Fix: raise timeout (an ESP8266 ROM is read back at about 1.4 KB/s at 115200 baud), or set verify false to rely on the ROM's per-block checksums",
        },
      );
    }
    const replies = await client.pipeline(
      [
        write(spi.addr, addressRegister(chip, address + done)),
        write(spi.cmd, cmdUsr),
        read(spi.cmd),
        ...Array.from({ length: spiBufferBytes / 4 }, (_, word) => read(spi.w0 + word * 4)),
      ],
      Math.max(1, Math.min(2000, deadline - Date.now())),
    );
    const busy = ((replies[2]?.value ?? cmdUsr) & cmdUsr) !== 0;
    if (busy) {
      data.set(await runSpiFlashCommand(client, chip, flashCommand.read, count, address + done), done);
    } else {
      const buffer = new Uint8Array(spiBufferBytes);
      const view = new DataView(buffer.buffer);
      replies.slice(3).forEach((reply, word) => view.setUint32(word * 4, reply.value, true));
      data.set(buffer.subarray(0, count), done);
    }
    onProgress(done + count);
  }
  return data;
}

export function formatFlashSize(bytes: number): string {
  return bytes >= 1 << 20 ? `${bytes / (1 << 20)}MB` : `${bytes / 1024}KB`;
}

/** SPI_SET_PARAMS: the flash's size and geometry, for the loader's own flash routines (24 bytes, ROM and stub alike). */
export async function setFlashParameters(client: RomClient, flashBytes: number): Promise<void> {
  await client.command(RomCommand.SPI_SET_PARAMS, words(0, flashBytes, 64 * 1024, 4096, 256, 0xffff), 'SPI_SET_PARAMS', 3000);
}
