/**
 * A device on a virtual I2C bus, as the bus master sees it. It knows nothing of the emulator that
 * drives the bus (avr8js's TWI today; a Linux app's /dev/i2c-1 later): every call carries the
 * emulated time, in microseconds since the board powered on, so a device can keep its own clocks
 * (an EEPROM's write cycle, a sensor's measurement time) in the board's time, not the host's.
 */
export interface I2cDevice {
  /** The kind it was wired as: bmp280, 24c02, ssd1306, … */
  readonly kind: string;
  /** The 7-bit addresses it answers: one for most parts; a 24C16 takes eight (its high address bits ride in the device address). */
  readonly addresses: readonly number[];
  /**
   * A START (or repeated START) and address byte selected it: `address` is which of its addresses,
   * `read` the R/W bit. Returns whether it acknowledges (an EEPROM in its write cycle does not).
   */
  select(address: number, read: boolean, atUs: number): boolean;
  /** A byte the master wrote after selecting it for writing; returns whether it acknowledges. */
  write(byte: number, atUs: number): boolean;
  /** The next byte for the master reading; `more` is whether the master will acknowledge it and read on. */
  read(more: boolean, atUs: number): number;
  /** A STOP ended the transfer it was selected in (also called before a repeated START selects another device). */
  stop(atUs: number): void;
  /** Values set from outside (`virtual-board set NAME DEVICE.FIELD=VALUE`): a temperature, a pressure. */
  readonly fields: readonly DeviceField[];
  /** Cells kept in the device's file across runs, if it has any (an EEPROM's array); the device reads and writes it in place. */
  readonly memory?: Uint8Array;
  /** A display's panel as a PNG, as it shows now. */
  screenshot?(): Buffer;
}

/** One settable, readable value of a device. */
export interface DeviceField {
  name: string;
  unit: string;
  description: string;
  /** The range a real part measures; set() refuses a value outside it. */
  min: number;
  max: number;
  get(): number;
  set(value: number): void;
}

/** What a wiring entry gives a device kind to build one from (already checked against the kind's addresses). */
export interface DeviceOptions {
  address: number;
  /** Initial field values by name, as the wiring file gives them. */
  values: Readonly<Record<string, number>>;
  /** The device file's contents from an earlier run, if there is one (its length checked by the kind). */
  memory: Uint8Array | undefined;
}

/** A kind of device the wiring file can name. One file per kind, listed in device-kinds.ts. */
export interface DeviceKind {
  /** As the wiring file names it, lower case: bmp280, 24c32. */
  kind: string;
  description: string;
  /** The 7-bit addresses the part can be strapped to; the first is the default. */
  addresses: readonly number[];
  /** Bytes of memory a device file keeps, if the kind keeps any. */
  memoryBytes?: number;
  create(options: DeviceOptions): I2cDevice;
}
