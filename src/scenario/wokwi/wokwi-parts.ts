import { boardHeaders, type BoardModel } from './wokwi-terminals.js';

/** What a part is to Boardline's emulation: how it reaches the board, if it does at all. */
export type PartRole = 'board' | 'button' | 'switch' | 'potentiometer' | 'led' | 'resistor' | 'ssd1306' | 'gnd' | 'vcc' | 'cosmetic';

export interface PartType {
  role: PartRole;
  /** Every pin name Wokwi gives the part, so a connection to a pin it lacks is caught at its line. */
  pins: readonly string[];
  /** Pins joined inside the part whatever its state, e.g. a pushbutton's 1.l and 1.r. */
  joined: readonly (readonly string[])[];
  /** The automation controls Wokwi's part reference documents for set-control. */
  controls?: readonly string[];
  /** The I2C pins of a display, by the names the part gives them. */
  i2c?: { sda: string; scl: string };
}

function boardType(model: BoardModel): PartType {
  const header = boardHeaders[model];
  // Header pins that are one signal (GND.1–3, A4 and A4.2…) are joined, so nets meet through the board.
  const bySignal = new Map<string, string[]>();
  for (const [name, terminal] of header) {
    const key = terminal.kind === 'pin' ? `pin ${terminal.pin}` : terminal.kind === 'inert' ? `inert ${name}` : terminal.kind;
    bySignal.set(key, [...(bySignal.get(key) ?? []), name]);
  }
  return { role: 'board', pins: [...header.keys()], joined: [...bySignal.values()].filter((group) => group.length > 1) };
}

const pushbutton: PartType = {
  role: 'button',
  controls: ['pressed'],
  pins: ['1.l', '2.l', '1.r', '2.r'],
  joined: [
    ['1.l', '1.r'],
    ['2.l', '2.r'],
  ],
};

const potentiometer: PartType = { role: 'potentiometer', pins: ['GND', 'SIG', 'VCC'], joined: [], controls: ['position'] };

/**
 * The part types Boardline can stand in for, with the pin names of Wokwi's part reference.
 * Wokwi has no BMP280, BME280 or 24Cxx EEPROM part (its I2C sensors are a BMP180, an MPU6050, a
 * DS1307 clock), so of Boardline's I2C devices only the SSD1306 display has a Wokwi part.
 * wokwi-text and wokwi-logo are drawings with no pins; wokwi-gnd and wokwi-vcc are supply symbols.
 */
export const partTypes: ReadonlyMap<string, PartType> = new Map<string, PartType>([
  ['wokwi-arduino-uno', boardType('uno')],
  ['wokwi-arduino-nano', boardType('nano')],
  ['wokwi-pushbutton', pushbutton],
  ['wokwi-pushbutton-6mm', pushbutton],
  ['wokwi-slide-switch', { role: 'switch', pins: ['1', '2', '3'], joined: [] }],
  ['wokwi-led', { role: 'led', pins: ['A', 'C'], joined: [] }],
  ['wokwi-resistor', { role: 'resistor', pins: ['1', '2'], joined: [] }],
  ['wokwi-potentiometer', potentiometer],
  ['wokwi-slide-potentiometer', potentiometer],
  ['board-ssd1306', { role: 'ssd1306', pins: ['GND', 'SCL', 'SDA', 'VCC'], joined: [], i2c: { sda: 'SDA', scl: 'SCL' } }],
  // Deprecated by Wokwi for board-ssd1306, but old diagrams still use it; DC/RST/CS are its unused SPI pins.
  [
    'wokwi-ssd1306',
    { role: 'ssd1306', pins: ['DATA', 'CLK', 'DC', 'RST', 'CS', '3V3', 'GND', 'VIN'], joined: [], i2c: { sda: 'DATA', scl: 'CLK' } },
  ],
  ['wokwi-gnd', { role: 'gnd', pins: ['GND'], joined: [] }],
  ['wokwi-vcc', { role: 'vcc', pins: ['VCC'], joined: [] }],
  ['wokwi-text', { role: 'cosmetic', pins: [], joined: [] }],
  ['wokwi-logo', { role: 'cosmetic', pins: [], joined: [] }],
]);

/**
 * Microcontroller parts Wokwi offers besides the Uno and Nano: named as boards Boardline cannot
 * emulate, rather than as unknown parts. Peripheral modules also start with "board-" (board-ssd1306,
 * board-bmp180), so the board- families are listed by name.
 */
export function isOtherMcu(type: string): boolean {
  return (
    ['wokwi-arduino-mega', 'wokwi-attiny85', 'wokwi-pi-pico', 'wokwi-esp32-devkit-v1', 'wokwi-franzininho', 'wokwi-tinypico'].includes(
      type,
    ) || /^board-(esp32|xiao|pi-pico|st-nucleo|stm32|arduino|franzininho|wemos|m5stack|aitewinrobot|esp-01)/.test(type)
  );
}
