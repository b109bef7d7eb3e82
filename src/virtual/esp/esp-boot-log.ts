import type { EspChip } from '../../flash/esp/chips.js';
import { parseEspImage } from '../../flash/esp/esp-image.js';

/**
 * Why the chip (re)started: power applied, its EN/RST pin pulsed (an auto-reset circuit, a button),
 * the ROM rebooting it (FLASH_END 0), or the ROM leaving its loader for the flash (FLASH_END 1),
 * which is no reset and prints no banner.
 */
export type BootCause = 'power-on' | 'reset-pin' | 'software' | 'run';

/**
 * What an ESP's ROM prints as it starts, as public boot logs of real boards show it: the ESP8266
 * at 74880 baud ("ets Jan  8 2013", the reset cause and boot mode, then its reading of the image
 * at 0x0), the ESP32 family at 115200 ("rst:…,boot:…", the SPI settings, each segment it loads
 * from the second-stage bootloader, and the entry point). A virtual board runs no Xtensa or
 * RISC-V code, so after the ROM's own lines one line of Boardline's says the code is not executed.
 */
export function bootLog(chip: EspChip, mode: 'download' | 'flash', flash: Uint8Array, cause: BootCause = 'reset-pin'): string {
  return chip.name === 'ESP8266' ? esp8266Log(chip, mode, flash, cause) : esp32Log(chip, mode, flash, cause);
}

const hex = (value: number, digits = 0): string => `0x${value.toString(16).padStart(digits, '0')}`;

function boardline(chip: EspChip, text: string): string {
  return `[boardline virtual ${chip.name}] ${text}\r\n`;
}

function notExecuted(chip: EspChip, entry: number): string {
  return boardline(
    chip,
    `image read; its code at entry ${hex(entry, 8)} is not executed: a virtual board runs no ${chip.name === 'ESP32-C3' ? 'RISC-V' : 'Xtensa'} code`,
  );
}

/** The ESP8266 ROM's reset causes: 1 power-on, 2 the reset pin (and its own reboots, as far as public logs show). */
const esp8266Cause: Record<BootCause, number> = { 'power-on': 1, 'reset-pin': 2, software: 2, run: 2 };

function esp8266Log(chip: EspChip, mode: 'download' | 'flash', flash: Uint8Array, cause: BootCause): string {
  // boot mode's first number is the strapping pins GPIO15, GPIO0, GPIO2: 3 boots the flash, 1 the UART loader.
  const banner =
    cause === 'run' ? '' : ` ets Jan  8 2013,rst cause:${esp8266Cause[cause]}, boot mode:(${mode === 'download' ? '1,7' : '3,6'})\r\n\r\n`;
  if (mode === 'download') return banner;
  const image = parseEspImage(flash, false);
  if (!image.ok) return `${banner}ets_main.c \r\n${boardline(chip, `no image at 0x0 (${image.problem}): the ROM stops here`)}`;
  let log = banner;
  // The ROM reads the image in 16-byte rows: after each segment's header, "room" is what is left of
  // the current row, "tail" what its data leaves in its last row; "chksum" is the running checksum.
  let position = 8;
  let checksum = 0xef;
  for (const segment of image.segments) {
    position += 8;
    const room = 16 - (position % 16);
    const tail = (((segment.length - room) % 16) + 16) % 16;
    for (let index = segment.dataOffset; index < segment.dataOffset + segment.length; index += 1) checksum ^= flash[index] ?? 0;
    log += `load ${hex(segment.loadAddress, 8)}, len ${segment.length}, room ${room} \r\ntail ${tail}\r\nchksum ${hex(checksum, 2)}\r\n`;
    position += segment.length;
  }
  log += `csum ${hex(image.checksum.computed, 2)}\r\n`;
  if (image.checksum.stored !== image.checksum.computed)
    return `${log}csum err\r\nets_main.c \r\n${boardline(chip, `the image stores checksum ${hex(image.checksum.stored, 2)}: the ROM stops here`)}`;
  return `${log}${notExecuted(chip, image.header.entry)}`;
}

const esp32Modes = ['QIO', 'QOUT', 'DIO', 'DOUT'];
/** The SPI clock divider the ROM reports for the header's flash frequency code (80, 40, 26, 20 MHz of 80). */
const esp32ClockDivider: Readonly<Record<number, number>> = { 0x0: 2, 0x1: 3, 0x2: 4, 0xf: 1 };
const esp32Reset: Record<BootCause, string> = {
  // EN is the chip's power-up pin: pulsing it is a power-on reset to the ESP32.
  'power-on': '0x1 (POWERON_RESET)',
  'reset-pin': '0x1 (POWERON_RESET)',
  software: '0xc (SW_CPU_RESET)',
  run: '',
};
/** A real chip with no valid image prints its complaint a few times, then its RTC watchdog resets it and it tries again. */
const invalidHeaderRepeats = 8;

function esp32Log(chip: EspChip, mode: 'download' | 'flash', flash: Uint8Array, cause: BootCause): string {
  const boot =
    mode === 'download' ? '0x3 (DOWNLOAD_BOOT(UART0/UART1/SDIO_REI_REO_V2))\r\nwaiting for download' : '0x13 (SPI_FAST_FLASH_BOOT)';
  const head = cause === 'run' ? '' : `ets Jun  8 2016 00:22:57\r\n\r\nrst:${esp32Reset[cause]},boot:${boot}\r\n`;
  if (mode === 'download') return head;
  const at = chip.bootloaderOffset;
  const image = parseEspImage(flash.subarray(at), true);
  if (!image.ok) {
    const word = new DataView(flash.buffer, flash.byteOffset + at, 4).getUint32(0, true);
    return `${head}${`invalid header: ${hex(word, 8)}\r\n`.repeat(invalidHeaderRepeats)}${boardline(
      chip,
      `no valid image at ${hex(at)} (${image.problem}); a real chip's watchdog would reset it and try again`,
    )}`;
  }
  const wpPin = flash[at + 8] ?? 0xee;
  const divider = esp32ClockDivider[image.header.flashFrequencyCode] ?? 2;
  let log = `${head}configsip: 0, SPIWP:${hex(wpPin, 2)}\r\nclk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00\r\nmode:${esp32Modes[image.header.flashMode] ?? 'DIO'}, clock div:${divider}\r\n`;
  for (const segment of image.segments) log += `load:${hex(segment.loadAddress, 8)},len:${segment.length}\r\n`;
  if (image.checksum.stored !== image.checksum.computed) {
    // Not a text taken from a real chip's log (none at hand shows this case): the facts, in the ROM's style.
    return `${log}checksum failure. Calculated ${hex(image.checksum.computed, 2)} read ${hex(image.checksum.stored, 2)}\r\n`;
  }
  return `${log}entry ${hex(image.header.entry, 8)}\r\n${notExecuted(chip, image.header.entry)}`;
}
