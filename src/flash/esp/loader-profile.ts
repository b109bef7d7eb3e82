import type { EspChip } from './chips.js';
import type { LoaderKind } from './rom-client.js';
import { romBaudRate, RomError, StubError, stubFlashBlockBytes } from './rom-protocol.js';

const sectorBytes = 4096;

/**
 * What the loader a client speaks to can do and how it wants to be spoken to: the chip's ROM
 * loader, or Espressif's flasher stub once it runs in the chip's RAM. The write, verify and baud
 * code read this instead of the chip's ROM table, so both loaders share one client and the
 * differences stay in one place (esptool's ROM and stub loader classes, as data).
 */
export interface LoaderProfile {
  kind: LoaderKind;
  /** FLASH_DATA / FLASH_DEFL_DATA block size: 1 KiB for every ROM, 16 KiB for the stub. */
  flashBlockBytes: number;
  /** Whether files go as zlib streams (FLASH_DEFL_*): where the ROM inflates, and always with the stub (the ESP8266's too). */
  compress: boolean;
  /**
   * The first word of FLASH_DEFL_BEGIN. A ROM erases that much up front, rounded to whole blocks
   * as esptool sends it; the stub counts it down as it writes and fails FLASH_DEFL_END unless it
   * is exactly the inflated length.
   */
  deflateBeginSize: (length: number) => number;
  /** The first word of FLASH_BEGIN: the erase size (the ESP8266 ROM's erase bug worked around), the length for the stub. */
  flashBeginSize: (offset: number, length: number) => number;
  /** FLASH_BEGIN / FLASH_DEFL_BEGIN take a fifth word (not encrypted): ROMs from the ESP32-S2 on; the stub takes four, as esptool-js sends them. */
  beginEncryptedWord: boolean;
  /**
   * FLASH_END / FLASH_DEFL_END [1] after each file. The stub acknowledges a block before writing
   * it, so only END's answer says the last one was written; on a ROM both of END's forms leave
   * the loader (reboot, or run the code), so no END is sent there, as esptool does.
   */
  endAfterFile: boolean;
  /** Whether a block's answer comes before its write: then the next command's answer is what confirms it. */
  acksBeforeWriting: boolean;
  /** SPI_FLASH_MD5's answer: 32 hex digits from a ROM, 16 raw bytes from the stub; none from the ESP8266 ROM. */
  md5: 'hex' | 'raw' | 'none';
  /** How the flash is read back where there is no MD5: the SPI controller's registers (ESP8266 ROM). */
  readBack: 'registers' | 'read-flash';
  /** Whether CHANGE_BAUDRATE is there (not on the ESP8266 ROM). */
  changeBaud: boolean;
  /** CHANGE_BAUDRATE's second word: 0 for a ROM, the current baud for a stub (the older stub computes its divider from it). */
  baudSecondWord: (currentBaud: number) => number;
  /** The baud data goes at when the input sets none. */
  defaultBaud: number;
  /** SPI_ATTACH's data length: two words to the ESP32-family ROMs; the stub attaches the flash itself and takes one word if asked. */
  spiAttachBytes: 8 | 4;
  /** SPI_SET_PARAMS (24 bytes): the ESP32-family ROMs and the stub. */
  spiSetParams: boolean;
  /** The error code for a block whose checksum the loader found wrong: the one failure worth the same block again. */
  badChecksum: number;
}

/**
 * esptool's default with the ROM: fast, and within what the common USB bridges (CP210x, CH340,
 * FTDI) carry.
 */
export const romFastBaud = 460800;
/** esptool's and arduino-esp32's upload speed with the stub. */
export const stubFastBaud = 921600;

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

export function romProfile(chip: EspChip): LoaderProfile {
  const blockBytes = chip.romFlashBlockBytes;
  return {
    kind: 'rom',
    flashBlockBytes: blockBytes,
    compress: chip.rom.deflate,
    deflateBeginSize: (length) => Math.ceil(length / blockBytes) * blockBytes,
    flashBeginSize: (offset, length) => eraseSize(chip, offset, length),
    beginEncryptedWord: chip.beginTakesEncryptedFlag,
    endAfterFile: false,
    acksBeforeWriting: false,
    md5: chip.rom.md5 ? 'hex' : 'none',
    readBack: 'registers',
    changeBaud: chip.rom.changeBaud,
    baudSecondWord: () => 0,
    defaultBaud: chip.rom.changeBaud ? romFastBaud : romBaudRate,
    spiAttachBytes: 8,
    spiSetParams: chip.rom.spiSetParams,
    badChecksum: RomError.INVALID_CRC,
  };
}

/** The flasher stub (esp-flasher-stub v1.x, the same on every chip): what esptool-js 0.7.0 does once IS_STUB. */
export function stubProfile(): LoaderProfile {
  return {
    kind: 'stub',
    flashBlockBytes: stubFlashBlockBytes,
    compress: true,
    deflateBeginSize: (length) => length,
    flashBeginSize: (_offset, length) => length,
    beginEncryptedWord: false,
    endAfterFile: true,
    acksBeforeWriting: true,
    md5: 'raw',
    readBack: 'read-flash',
    changeBaud: true,
    baudSecondWord: (currentBaud) => currentBaud,
    defaultBaud: stubFastBaud,
    spiAttachBytes: 4,
    spiSetParams: true,
    badChecksum: StubError.BAD_DATA_CHECKSUM,
  };
}

export function profileFor(kind: LoaderKind, chip: EspChip): LoaderProfile {
  return kind === 'stub' ? stubProfile() : romProfile(chip);
}
