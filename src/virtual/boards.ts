import { BoardlineError } from '../errors.js';

/** A board the virtual board can be: its MCU, clock, default bootloader and its baud rate. */
export interface VirtualBoardModel {
  name: string;
  /** The board it stands for, so flashing it needs no fqbn. */
  fqbn: string;
  description: string;
  frequencyHz: number;
  /** The bootloader Debian's arduino-core-avr ships for it. */
  defaultBootloader: string;
  bootloaderBaud: number;
}

const debianBootloaders = '/usr/share/arduino/hardware/arduino/avr/bootloaders';

export const virtualBoardModels: readonly VirtualBoardModel[] = [
  {
    name: 'uno',
    fqbn: 'arduino:avr:uno',
    description: 'Arduino Uno: ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
    bootloaderBaud: 115200,
  },
  {
    name: 'nano',
    fqbn: 'arduino:avr:nano',
    description: 'Arduino Nano (new bootloader): ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
    bootloaderBaud: 115200,
  },
  {
    // ATmegaBOOT, as on the Duemilanove, the old-bootloader Nano and the Pro Mini: it runs after
    // every reset, power-on included, and starts the application after about a second of silence.
    name: 'duemilanove',
    fqbn: 'arduino:avr:diecimila:cpu=atmega328',
    description: 'Arduino Duemilanove: ATmega328P at 16 MHz with ATmegaBOOT (57600 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: `${debianBootloaders}/atmega/ATmegaBOOT_168_atmega328.hex`,
    bootloaderBaud: 57600,
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
