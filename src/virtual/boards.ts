import { BoardlineError } from '../errors.js';

/** A board the virtual board can be: its MCU, clock, default bootloader and its baud rate. */
export interface VirtualBoardModel {
  name: string;
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
    description: 'Arduino Uno: ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
    bootloaderBaud: 115200,
  },
  {
    name: 'nano',
    description: 'Arduino Nano (new bootloader): ATmega328P at 16 MHz with optiboot (115200 baud)',
    frequencyHz: 16_000_000,
    defaultBootloader: `${debianBootloaders}/optiboot/optiboot_atmega328.hex`,
    bootloaderBaud: 115200,
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
