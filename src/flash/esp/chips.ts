import { RomCommand } from './rom-protocol.js';

/**
 * The ESP chips the ROM loader client and the virtual boards know, as data: how each ROM is told
 * apart, what its loader can do, where its SPI flash controller, UART divider and MAC eFuses are.
 * The values are the chips' own, as esptool's target classes and its "Serial Protocol" page give
 * them; where a value rests on something less direct, its comment says so.
 */
export type EspChipName = 'ESP8266' | 'ESP32' | 'ESP32-S2' | 'ESP32-S3' | 'ESP32-C3';

export interface EspChip {
  name: EspChipName;
  /**
   * Values of the chip-detect register (CHIP_DETECT_MAGIC_REG_ADDR). The ESP8266, ESP32 and
   * ESP32-S2 are told apart by it; the S3 and C3 change it between revisions (esptool no longer
   * relies on it for them and asks GET_SECURITY_INFO for the chip id instead).
   */
  magic: readonly number[];
  /** The chip id in ESP32-family image headers and in GET_SECURITY_INFO's answer; the ESP8266 has none. */
  imageChipId: number | undefined;
  /** Where the ROM boots from: the ESP8266's image, the ESP32 family's second-stage bootloader. */
  bootloaderOffset: number;
  /**
   * How many status bytes end each ROM response: 2 from the ESP8266 ROM, 4 from the ESP32 and
   * later ROMs (only the first two carry the status; the rest are reserved). Flasher stubs always send 2.
   */
  statusBytes: 2 | 4;
  /**
   * The commands beyond the base set every ROM loader has (FLASH_BEGIN/DATA/END, MEM_BEGIN/DATA/END,
   * SYNC, WRITE_REG, READ_REG). The ESP8266 ROM has none of them: SPI_ATTACH and SPI_SET_PARAMS are
   * "not supported" by it (FLASH_BEGIN attaches the flash), compressed download and SPI_FLASH_MD5
   * are stub-only there, as are CHANGE_BAUDRATE (esptool's change_baud is stub-or-ESP32-only) and a
   * ROM flash read; GET_SECURITY_INFO exists from the ESP32-S2 on.
   */
  rom: {
    /** Required before any flash command on these ROMs; its data is two words (the ROM takes a second, zero). */
    spiAttach: boolean;
    spiSetParams: boolean;
    /** CHANGE_BAUDRATE (new baud, 0): the ROM answers at the old baud, then switches. */
    changeBaud: boolean;
    /** FLASH_DEFL_BEGIN/DATA/END: zlib streams inflated by the ROM. */
    deflate: boolean;
    /** SPI_FLASH_MD5, answered by the ROM as 32 lowercase hex digits (the stubs send 16 raw bytes). */
    md5: boolean;
    /**
     * READ_FLASH_SLOW (offset, length ≤ 64): 64 bytes per answer. esptool uses it on the ESP32 ROM
     * and triggers it on the ESP32-S3's; the S2 and C3 inherit the routine in esptool.
     */
    readFlashSlow: boolean;
    /** GET_SECURITY_INFO: 12 bytes on the ESP32-S2 (no chip id), 20 from the S3 on (chip id at byte 12). */
    securityInfo: boolean;
  };
  /** GET_SECURITY_INFO's data length, where the ROM has the command. */
  securityInfoBytes: 12 | 20 | undefined;
  /**
   * The ESP8266 ROM erases the wrong amount for FLASH_BEGIN's erase size: asked for S sectors it
   * erases S plus min(S, sectors left to the next 64 KiB block), so a client asks for less (esptool's
   * get_erase_size). The stubs and later ROMs take the size as it is.
   */
  eraseSizeQuirk: boolean;
  /** FLASH_BEGIN and FLASH_DEFL_BEGIN take a fifth word (1 = encrypted write) on ROMs from the ESP32-S2 on; the ESP8266 and ESP32 ROMs take four. */
  beginTakesEncryptedFlag: boolean;
  /**
   * The largest FLASH_DATA / FLASH_DEFL_DATA block the ROM takes: esptool's ROM FLASH_WRITE_SIZE,
   * 0x400. A larger one is refused with "received message is invalid" (reported for the ESP32-C3
   * ROM with 2048-byte blocks, esptool issue 860); 0x4000 is the stubs' size.
   */
  romFlashBlockBytes: number;
  /** The largest MEM_DATA block the ROM takes (esptool's ESP_RAM_BLOCK). */
  romRamBlockBytes: number;
  /**
   * The SPI flash controller's user-command registers as offsets from `base`, as esptool's
   * run_spiflash_command drives them: USR (phases), USR1 (address length; on the ESP8266 also the
   * MOSI/MISO bit lengths), USR2 (command length and byte), ADDR, W0… (the 64-byte data buffer),
   * CMD (bit 18 starts the command and reads 0 when it is done).
   */
  spi: {
    base: number;
    cmd: number;
    addr: number;
    usr: number;
    usr1: number;
    usr2: number;
    w0: number;
    /** Only on the ESP32 and later: the data lengths have registers of their own. */
    mosiDlen?: number;
    misoDlen?: number;
    /**
     * Whether the controller sends the address from the register's top bit (ESP8266, ESP32: write
     * address << (32 - address bits)) or from the top of its low `address bits` (S2 and later: write it as it is).
     */
    addressMsb: boolean;
  };
  /** The UART divider register and the clock it divides in the ROM: esptool estimates the crystal from baud × divider. */
  uart: { clkdivRegister: number; clockHz: number };
  /**
   * The eFuse words the MAC is read from, in the order readMacAddress takes them. ESP8266: MAC0,
   * MAC1, MAC3 (OTP); ESP32: eFuse read words 1 and 2; later chips: the MAC block's two words.
   */
  macWords: readonly number[];
  /**
   * The RTC and super watchdog registers a chip reached over its own USB-JTAG-Serial peripheral
   * leaves running in the ROM loader (esptool's disable_watchdogs), where the chip has that peripheral.
   */
  usbJtagWatchdogs?: { rtcWdtConfig: number; rtcWdtProtect: number; swdConfig: number; swdProtect: number };
}

/** The ROM address whose value differs per chip model (esptool's CHIP_DETECT_MAGIC_REG_ADDR). */
export const chipDetectMagicAddress = 0x40001000;

const esp32FamilyRom = {
  spiAttach: true,
  spiSetParams: true,
  changeBaud: true,
  deflate: true,
  md5: true,
  readFlashSlow: true,
  securityInfo: false,
};
/** ESP32-S2 and later controllers: registers moved down by 4 and the data buffer at 0x58. */
const laterSpi = { cmd: 0x00, addr: 0x04, usr: 0x18, usr1: 0x1c, usr2: 0x20, mosiDlen: 0x24, misoDlen: 0x28, w0: 0x58, addressMsb: false };
const romBlocks = { romFlashBlockBytes: 0x400, romRamBlockBytes: 0x1800 };

export const espChips: readonly EspChip[] = [
  {
    name: 'ESP8266',
    magic: [0xfff0c101],
    imageChipId: undefined,
    bootloaderOffset: 0x0,
    statusBytes: 2,
    rom: {
      spiAttach: false,
      spiSetParams: false,
      changeBaud: false,
      deflate: false,
      md5: false,
      readFlashSlow: false,
      securityInfo: false,
    },
    securityInfoBytes: undefined,
    eraseSizeQuirk: true,
    beginTakesEncryptedFlag: false,
    ...romBlocks,
    spi: { base: 0x60000200, cmd: 0x00, addr: 0x04, usr: 0x1c, usr1: 0x20, usr2: 0x24, w0: 0x40, addressMsb: true },
    // The APB clock is twice the 26 MHz crystal (esptool's XTAL_CLK_DIVIDER 2).
    uart: { clkdivRegister: 0x60000014, clockHz: 52_000_000 },
    macWords: [0x3ff00050, 0x3ff00054, 0x3ff0005c],
  },
  {
    name: 'ESP32',
    magic: [0x00f01d83],
    imageChipId: 0,
    bootloaderOffset: 0x1000,
    statusBytes: 4,
    rom: esp32FamilyRom,
    securityInfoBytes: undefined,
    eraseSizeQuirk: false,
    beginTakesEncryptedFlag: false,
    ...romBlocks,
    spi: {
      base: 0x3ff42000,
      cmd: 0x00,
      addr: 0x04,
      usr: 0x1c,
      usr1: 0x20,
      usr2: 0x24,
      mosiDlen: 0x28,
      misoDlen: 0x2c,
      w0: 0x80,
      addressMsb: true,
    },
    uart: { clkdivRegister: 0x3ff40014, clockHz: 40_000_000 },
    macWords: [0x3ff5a004, 0x3ff5a008],
  },
  {
    name: 'ESP32-S2',
    magic: [0x000007c6],
    imageChipId: 2,
    bootloaderOffset: 0x1000,
    statusBytes: 4,
    rom: { ...esp32FamilyRom, securityInfo: true },
    securityInfoBytes: 12,
    eraseSizeQuirk: false,
    beginTakesEncryptedFlag: true,
    ...romBlocks,
    spi: { base: 0x3f402000, ...laterSpi },
    uart: { clkdivRegister: 0x3f400014, clockHz: 40_000_000 },
    macWords: [0x3f41a044, 0x3f41a048],
  },
  {
    name: 'ESP32-S3',
    magic: [0x00000009],
    imageChipId: 9,
    bootloaderOffset: 0x0,
    statusBytes: 4,
    rom: { ...esp32FamilyRom, securityInfo: true },
    securityInfoBytes: 20,
    eraseSizeQuirk: false,
    beginTakesEncryptedFlag: true,
    ...romBlocks,
    spi: { base: 0x60002000, ...laterSpi },
    uart: { clkdivRegister: 0x60000014, clockHz: 40_000_000 },
    macWords: [0x60007044, 0x60007048],
    // RTC_CNTL at 0x60008000: WDT config0 +0x98, its write protect +0xb0; SWD config +0xb4, protect +0xb8.
    usbJtagWatchdogs: { rtcWdtConfig: 0x60008098, rtcWdtProtect: 0x600080b0, swdConfig: 0x600080b4, swdProtect: 0x600080b8 },
  },
  {
    name: 'ESP32-C3',
    magic: [0x6921506f, 0x1b31506f, 0x4881606f, 0x4361606f],
    imageChipId: 5,
    bootloaderOffset: 0x0,
    statusBytes: 4,
    rom: { ...esp32FamilyRom, securityInfo: true },
    securityInfoBytes: 20,
    eraseSizeQuirk: false,
    beginTakesEncryptedFlag: true,
    ...romBlocks,
    spi: { base: 0x60002000, ...laterSpi },
    uart: { clkdivRegister: 0x60000014, clockHz: 40_000_000 },
    macWords: [0x60008844, 0x60008848],
    // RTC_CNTL at 0x60008000: WDT config0 +0x90, its write protect +0xa8; SWD config +0xac, protect +0xb0.
    usbJtagWatchdogs: { rtcWdtConfig: 0x60008090, rtcWdtProtect: 0x600080a8, swdConfig: 0x600080ac, swdProtect: 0x600080b0 },
  },
];

export function chipByName(name: string): EspChip | undefined {
  return espChips.find((chip) => chip.name === name);
}

export function chipByMagic(magic: number): EspChip | undefined {
  return espChips.find((chip) => chip.magic.includes(magic >>> 0));
}

/** By the chip id of an image header or GET_SECURITY_INFO (ESP32 = 0, S2 = 2, C3 = 5, S3 = 9). */
export function chipById(id: number): EspChip | undefined {
  return espChips.find((chip) => chip.imageChipId === id);
}

const baseCommands: ReadonlySet<number> = new Set([
  RomCommand.FLASH_BEGIN,
  RomCommand.FLASH_DATA,
  RomCommand.FLASH_END,
  RomCommand.MEM_BEGIN,
  RomCommand.MEM_END,
  RomCommand.MEM_DATA,
  RomCommand.SYNC,
  RomCommand.WRITE_REG,
  RomCommand.READ_REG,
]);

/** Whether the chip's ROM loader has a command (see EspChip.rom for the reasons). */
export function romHasCommand(chip: EspChip, op: number): boolean {
  if (baseCommands.has(op)) return true;
  switch (op) {
    case RomCommand.SPI_ATTACH:
      return chip.rom.spiAttach;
    case RomCommand.SPI_SET_PARAMS:
      return chip.rom.spiSetParams;
    case RomCommand.CHANGE_BAUDRATE:
      return chip.rom.changeBaud;
    case RomCommand.FLASH_DEFL_BEGIN:
    case RomCommand.FLASH_DEFL_DATA:
    case RomCommand.FLASH_DEFL_END:
      return chip.rom.deflate;
    case RomCommand.SPI_FLASH_MD5:
      return chip.rom.md5;
    case RomCommand.READ_FLASH_SLOW:
      return chip.rom.readFlashSlow;
    case RomCommand.GET_SECURITY_INFO:
      return chip.rom.securityInfo;
    default:
      return false;
  }
}

const hex2 = (byte: number): string => (byte & 0xff).toString(16).padStart(2, '0');

/** The six MAC bytes from the words at chip.macWords (read in that order). */
export function macFromWords(chip: EspChip, values: readonly number[]): number[] {
  const [word0 = 0, word1 = 0, word3 = 0] = values;
  if (chip.name === 'ESP8266') {
    // MAC3 holds the OUI on later chips; older ones say which of Espressif's two OUIs in MAC1's bits 23:16.
    const oui = word3 !== 0 ? [word3 >>> 16, word3 >>> 8, word3] : ((word1 >>> 16) & 0xff) === 0 ? [0x18, 0xfe, 0x34] : [0xac, 0xd0, 0x74];
    return [...oui, word1 >>> 8, word1, word0 >>> 24].map((byte) => byte & 0xff);
  }
  // The second word's low 16 bits are the first two bytes (its upper ones a CRC on the ESP32), the first word the other four.
  return [word1 >>> 8, word1, word0 >>> 24, word0 >>> 16, word0 >>> 8, word0].map((byte) => byte & 0xff);
}

/** The inverse of macFromWords: what a chip with this MAC holds at each of chip.macWords. */
export function macToWords(chip: EspChip, mac: readonly number[]): number[] {
  const [b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0] = mac;
  if (chip.name === 'ESP8266') return [(b5 << 24) >>> 0, (b3 << 8) | b4, (b0 << 16) | (b1 << 8) | b2];
  return [((b2 << 24) | (b3 << 16) | (b4 << 8) | b5) >>> 0, (b0 << 8) | b1];
}

export function formatMac(bytes: readonly number[]): string {
  return bytes.map(hex2).join(':');
}

/** The MAC as aa:bb:cc:dd:ee:ff, read through READ_REG one word at a time (the ROM answers commands in turn). */
export async function readMacAddress(chip: EspChip, read: (address: number) => Promise<number>): Promise<string> {
  const values: number[] = [];
  for (const address of chip.macWords) values.push(await read(address));
  return formatMac(macFromWords(chip, values));
}
