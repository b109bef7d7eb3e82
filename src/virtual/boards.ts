import { BoardlineError } from '../errors.js';

/** A board the virtual board can be: an AVR board running its real bootloader, or an ESP with its ROM loader. */
export type VirtualBoardModel = AvrBoardModel | EspBoardModel;

interface BoardModelBase {
  name: string;
  /** The board it stands for, so flashing it needs no fqbn. */
  fqbn: string;
  description: string;
}

/** An ATmega328P board: its clock, the bootloader it runs and that bootloader's baud rate. */
export interface AvrBoardModel extends BoardModelBase {
  family: 'avr';
  frequencyHz: number;
  /**
   * Its bootloader, as a path inside the Arduino AVR core's bootloaders/ folder: Debian's
   * arduino-core-avr and arduino-cli's arduino:avr platform both ship it there.
   */
  defaultBootloader: string;
  bootloaderBaud: number;
}

/** An ESP board: its chip (as the ROM loader client's table names it) and its flash size. */
export interface EspBoardModel extends BoardModelBase {
  family: 'esp';
  chip: 'ESP8266' | 'ESP32';
  flashBytes: number;
  /** The MAC's eFuse words, so each model answers a MAC of Espressif's own ranges. */
  macWords: readonly number[];
}

export const virtualBoardModels: readonly VirtualBoardModel[] = [
  {
    family: 'avr',
    name: 'uno',
    fqbn: 'arduino:avr:uno',
    description: 'Arduino Uno: ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: 'optiboot/optiboot_atmega328.hex',
    bootloaderBaud: 115200,
  },
  {
    family: 'avr',
    name: 'nano',
    fqbn: 'arduino:avr:nano',
    description: 'Arduino Nano (new bootloader): ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: 'optiboot/optiboot_atmega328.hex',
    bootloaderBaud: 115200,
  },
  {
    // ATmegaBOOT, as on the Duemilanove, the old-bootloader Nano and the Pro Mini: it runs after
    // every reset, power-on included, and starts the application after about a second of silence.
    family: 'avr',
    name: 'duemilanove',
    fqbn: 'arduino:avr:diecimila:cpu=atmega328',
    description: 'Arduino Duemilanove: ATmega328P at 16 MHz with ATmegaBOOT (57600 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: 'atmega/ATmegaBOOT_168_atmega328.hex',
    bootloaderBaud: 57600,
  },
  {
    // A Wemos D1 mini: an ESP8266EX with 4 MB of flash behind a CH340.
    family: 'esp',
    name: 'esp8266',
    fqbn: 'esp8266:esp8266:d1_mini',
    description: 'ESP8266 (Wemos D1 mini): the ROM loader at 115200 baud, 4 MB flash',
    chip: 'ESP8266',
    flashBytes: 4 * 1024 * 1024,
    // MAC 18:fe:34:a1:b2:c3 (OUI choice 0 in word 1).
    macWords: [0xc3000000, 0x0000a1b2, 0],
  },
  {
    // An ESP32-DevKitC: an ESP32-D0WD with 4 MB of flash.
    family: 'esp',
    name: 'esp32',
    fqbn: 'esp32:esp32:esp32',
    description: 'ESP32 (DevKitC): the ROM loader at 115200 baud, up to 921600 after CHANGE_BAUDRATE, 4 MB flash',
    chip: 'ESP32',
    flashBytes: 4 * 1024 * 1024,
    // MAC 24:0a:c4:12:34:56.
    macWords: [0xc4123456, 0x0000240a],
  },
];

export function virtualBoardModel(name: string): VirtualBoardModel {
  const model = virtualBoardModels.find((entry) => entry.name === name);
  if (model === undefined) {
    throw new BoardlineError('usage', `Input "board": there is no virtual board "${name}"`, {
      hint: `Fix: use one of ${virtualBoardModels.map((entry) => entry.name).join(', ')}`,
    });
  }
  return model;
}
