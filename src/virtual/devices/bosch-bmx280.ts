import { BoardlineError } from '../../errors.js';
import type { DeviceField, DeviceKind, DeviceOptions, I2cDevice } from '../i2c/i2c-device.js';

/**
 * Bosch's BMP280 (temperature, pressure) and BME280 (the same plus humidity) as their datasheets
 * (BST-BMP280-DS001, BST-BME280-DS002) describe them on I2C. The two parts share one register
 * map and one measurement engine; what differs (chip id, standby times, trimming, humidity, how
 * the IIR filter affects resolution) is a variant record, not code.
 *
 * The sensor measures the temperature, pressure and humidity set from outside. It produces the
 * raw ADC values that Bosch's integer compensation, run by the firmware with the trimming
 * coefficients it reads from the part, turns back into those values within the formulas'
 * resolution. Bosch publishes only the direction raw → physical, as integer code whose shifts and
 * truncations no closed form inverts exactly; each output is monotonic in its raw value, so a
 * binary search over the raw value with the very same integer formula finds the raw value the
 * firmware will decode closest to the set value.
 */

/** Temperature and pressure trimming words, as stored at 0x88…0x9F. */
interface PressureTrim {
  T1: number;
  T2: number;
  T3: number;
  P1: number;
  P2: number;
  P3: number;
  P4: number;
  P5: number;
  P6: number;
  P7: number;
  P8: number;
  P9: number;
}

/** The BME280's humidity trimming, at 0xA1 and 0xE1…0xE7. */
interface HumidityTrim {
  H1: number;
  H2: number;
  H3: number;
  H4: number;
  H5: number;
  H6: number;
}

interface Bmx280Variant {
  kind: string;
  description: string;
  chipId: number;
  /** config.t_sb 0…7 in microseconds; the parts differ in the last two codes. */
  standbyUs: readonly number[];
  /**
   * The BME280 outputs 20-bit temperature and pressure whenever the IIR filter is on; the
   * BMP280's resolution depends on the oversampling alone (BME280 datasheet, table 17).
   */
  filterWidensResolution: boolean;
  trim: PressureTrim;
  humidity: HumidityTrim | undefined;
}

const bmp280: Bmx280Variant = {
  kind: 'bmp280',
  description: 'Bosch BMP280 barometric pressure and temperature sensor',
  chipId: 0x58,
  standbyUs: [500, 62_500, 125_000, 250_000, 500_000, 1_000_000, 2_000_000, 4_000_000],
  filterWidensResolution: false,
  // The example coefficients of the BMP280 datasheet's compensation worked example.
  trim: { T1: 27504, T2: 26435, T3: -1000, P1: 36477, P2: -10685, P3: 3024, P4: 2855, P5: 140, P6: -7, P7: 15500, P8: -14600, P9: 6000 },
  humidity: undefined,
};

const bme280: Bmx280Variant = {
  kind: 'bme280',
  description: 'Bosch BME280 humidity, barometric pressure and temperature sensor',
  chipId: 0x60,
  standbyUs: [500, 62_500, 125_000, 250_000, 500_000, 1_000_000, 10_000, 20_000],
  filterWidensResolution: true,
  // A real part's trimming (as dumped on Bosch's community forum), different from the BMP280's so
  // firmware that hard-codes coefficients shows. Its dig_H5 was 0; 50, common on other parts, puts
  // bits in both nibbles of 0xE5 so firmware that unpacks dig_H4/dig_H5 wrongly shows too.
  trim: { T1: 28268, T2: 26231, T3: 50, P1: 37544, P2: -10969, P3: 3024, P4: 6255, P5: -54, P6: -7, P7: 9900, P8: -10230, P9: 4285 },
  humidity: { H1: 75, H2: 357, H3: 0, H4: 331, H5: 50, H6: 30 },
};

const register = {
  calibrationLow: 0x88,
  digH1: 0xa1,
  id: 0xd0,
  reset: 0xe0,
  calibrationHigh: 0xe1,
  ctrlHum: 0xf2,
  status: 0xf3,
  ctrlMeas: 0xf4,
  config: 0xf5,
  pressMsb: 0xf7,
  tempMsb: 0xfa,
  humMsb: 0xfd,
} as const;

const resetCommand = 0xb6;
/** Power-on and soft reset copy the NVM into the image registers; the datasheet's start-up time is 2 ms. */
const nvmCopyUs = 2000;
/** What a skipped or not yet made measurement leaves in its data registers. */
const skipped20 = 0x80000;
const skipped16 = 0x8000;
/** osrs codes 0…7 as sample counts; 5 and above all mean ×16. */
const oversampling = [0, 1, 2, 4, 8, 16, 16, 16] as const;
/** config.filter codes 0…7 as IIR coefficients; 1 is the filter off. */
const filterCoefficients = [1, 2, 4, 8, 16, 16, 16, 16] as const;
/**
 * Measurements replayed at most when time jumps: with constant inputs a ×16 filter settles far
 * below one LSB in a few hundred steps, so older ones cannot change what the registers show.
 */
const maxReplayedMeasurements = 512;

// ---- Bosch's integer compensation (BMP280 datasheet 3.11.3, BME280 datasheet 4.2.3), as the firmware runs it ----

/**
 * bmp280_compensate_T_int32 up to t_fine, the temperature in 1/5120 °C that the function rounds to
 * 0.01 °C and hands on to pressure and humidity. C's int32 arithmetic is Math.imul's and >>'s.
 */
function temperatureFine(adcT: number, trim: PressureTrim): number {
  const var1 = Math.imul((adcT >> 3) - trim.T1 * 2, trim.T2) >> 11;
  const offset = (adcT >> 4) - trim.T1;
  const var2 = Math.imul(Math.imul(offset, offset) >> 12, trim.T3) >> 14;
  return (var1 + var2) | 0;
}

/**
 * bmp280_compensate_P_int64 up to its final cast to uint32: pressure in Pa as Q24.8. BigInt's >>
 * and / round as gcc's int64 does. Kept signed, as the search needs it monotonic: raw values near
 * full scale decode to negative pressures, which the cast would turn into huge ones.
 */
function compensatePressure(adcP: number, tFine: number, trim: PressureTrim): number {
  let var1 = BigInt(tFine) - 128000n;
  let var2 = var1 * var1 * BigInt(trim.P6);
  var2 += (var1 * BigInt(trim.P5)) << 17n;
  var2 += BigInt(trim.P4) << 35n;
  var1 = ((var1 * var1 * BigInt(trim.P3)) >> 8n) + ((var1 * BigInt(trim.P2)) << 12n);
  var1 = (((1n << 47n) + var1) * BigInt(trim.P1)) >> 33n;
  if (var1 === 0n) return 0;
  let p = 1048576n - BigInt(adcP);
  p = (((p << 31n) - var2) * 3125n) / var1;
  var1 = (BigInt(trim.P9) * (p >> 13n) * (p >> 13n)) >> 25n;
  var2 = (BigInt(trim.P8) * p) >> 19n;
  p = ((p + var1 + var2) >> 8n) + (BigInt(trim.P7) << 4n);
  return Number(p);
}

/**
 * bme280_compensate_H_int32 before its clamp to 0…100 %RH: relative humidity in 1/1024 %RH.
 * Unclamped, so that 0 and 100 %RH come out as the raw values where the part's curve crosses
 * them, not as the ends of the flat clamped stretches.
 */
function compensateHumidityUnclamped(adcH: number, tFine: number, trim: HumidityTrim): number {
  let v = (tFine - 76800) | 0;
  const scaled = (((adcH << 14) - (trim.H4 << 20) - Math.imul(trim.H5, v) + 16384) | 0) >> 15;
  const temperatureTerm = Math.imul(Math.imul(v, trim.H6) >> 10, (Math.imul(v, trim.H3) >> 11) + 32768) >> 10;
  const gain = (Math.imul(temperatureTerm + 2097152, trim.H2) + 8192) >> 14;
  v = Math.imul(scaled, gain);
  v = (v - (Math.imul(Math.imul(v >> 15, v >> 15) >> 7, trim.H1) >> 4)) | 0;
  return v >> 12;
}

/** The raw value in 0…max whose decoded value is closest to target, for a decoding that rises (or falls) monotonically with it. */
function closestRaw(decode: (raw: number) => number, target: number, max: number, rising: boolean): number {
  const reached = (raw: number): boolean => (rising ? decode(raw) >= target : decode(raw) <= target);
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (reached(middle)) high = middle;
    else low = middle + 1;
  }
  if (low > 0 && Math.abs(decode(low - 1) - target) <= Math.abs(decode(low) - target)) return low - 1;
  return low;
}

/** Remembers the last answer of an expensive search, since a sensor at rest asks the same one every measurement. */
class LastAnswer {
  private key = '';
  private value = 0;

  get(key: string, compute: () => number): number {
    if (key !== this.key) {
      this.value = compute();
      this.key = key;
    }
    return this.value;
  }
}

// ---- the part ----

interface DataRegisters {
  pressure: number;
  temperature: number;
  humidity: number;
}

/** One measurement cycle the part is running: a single forced one, or normal mode's endless series. */
interface Cycle {
  repeats: boolean;
  osrsT: number;
  osrsP: number;
  osrsH: number;
  measureUs: number;
  periodUs: number;
  nextCompletionUs: number;
}

type Quantity = 'temperature' | 'pressure' | 'humidity';

type Transfer = 'idle' | 'write-address' | 'write-data' | 'read';

/** The typical measurement time (BME280 datasheet 9.1; the BMP280's table 13 gives the same). */
function measurementUs(osrsT: number, osrsP: number, osrsH: number): number {
  const samples = (osrs: number): number => oversampling[osrs & 0x07] ?? 16;
  let us = 1000;
  if (osrsT !== 0) us += 2000 * samples(osrsT);
  if (osrsP !== 0) us += 2000 * samples(osrsP) + 500;
  if (osrsH !== 0) us += 2000 * samples(osrsH) + 500;
  return us;
}

function quantize(value: number, bits: number): number {
  const step = 2 ** (20 - bits);
  return Math.min(Math.max(Math.round(value / step) * step, 0), 0x100000 - step);
}

/** The NVM image: chip id and trimming, little-endian words at the datasheet's addresses. */
function nvmImage(variant: Bmx280Variant): Uint8Array {
  const image = new Uint8Array(256);
  const words = [variant.trim.T1, variant.trim.T2, variant.trim.T3, variant.trim.P1, variant.trim.P2, variant.trim.P3];
  words.push(variant.trim.P4, variant.trim.P5, variant.trim.P6, variant.trim.P7, variant.trim.P8, variant.trim.P9);
  words.forEach((word, index) => {
    image[register.calibrationLow + 2 * index] = word & 0xff;
    image[register.calibrationLow + 2 * index + 1] = (word >> 8) & 0xff;
  });
  image[register.id] = variant.chipId;
  const humidity = variant.humidity;
  if (humidity !== undefined) {
    const at = register.calibrationHigh;
    image[register.digH1] = humidity.H1;
    image[at] = humidity.H2 & 0xff;
    image[at + 1] = (humidity.H2 >> 8) & 0xff;
    image[at + 2] = humidity.H3;
    // dig_H4 and dig_H5 are 12-bit words sharing 0xE5: H4 [11:4] in 0xE4 and [3:0] in 0xE5's low
    // nibble, H5 [3:0] in 0xE5's high nibble and [11:4] in 0xE6.
    image[at + 3] = (humidity.H4 >> 4) & 0xff;
    image[at + 4] = ((humidity.H5 & 0x0f) << 4) | (humidity.H4 & 0x0f);
    image[at + 5] = (humidity.H5 >> 4) & 0xff;
    image[at + 6] = humidity.H6 & 0xff;
  }
  return image;
}

function rangeError(kind: string, field: DeviceField, value: number): BoardlineError {
  return new BoardlineError(
    'usage',
    `${kind} ${field.name} ${value} ${field.unit} is outside what the part measures (${field.min}…${field.max} ${field.unit})`,
    { hint: `Fix: set ${field.name} to a value from ${field.min} to ${field.max} ${field.unit}` },
  );
}

/**
 * The part learns the time only from bus calls: each one first brings it up to that moment,
 * landing the measurements that finished since the last call (no timers, no host clock). A value
 * set from outside carries no time, so measurements finishing after the last bus call before it
 * see it.
 */
class Bmx280 implements I2cDevice {
  readonly kind: string;
  readonly addresses: readonly number[];
  readonly fields: readonly DeviceField[];

  private readonly nvm: Uint8Array;
  private readonly physical: Record<Quantity, number> = { temperature: 20, pressure: 1013.25, humidity: 50 };
  private ctrlHum = 0;
  private ctrlMeas = 0;
  private config = 0;
  private data: DataRegisters = { pressure: skipped20, temperature: skipped20, humidity: skipped16 };
  /** The data registers as a burst read began: a measurement finishing meanwhile shows after the STOP. */
  private shadow: DataRegisters | undefined;
  private filterMemory: { temperature: number | undefined; pressure: number | undefined } = { temperature: undefined, pressure: undefined };
  private cycle: Cycle | undefined;
  private nvmCopyUntilUs = nvmCopyUs;
  private nowUs = 0;
  private pointer = 0;
  private transfer: Transfer = 'idle';
  private readonly temperatureRaw = new LastAnswer();
  private readonly pressureRaw = new LastAnswer();
  private readonly humidityRaw = new LastAnswer();

  constructor(
    private readonly variant: Bmx280Variant,
    options: DeviceOptions,
  ) {
    this.kind = variant.kind;
    this.addresses = [options.address];
    this.nvm = nvmImage(variant);
    const fields: DeviceField[] = [
      this.field('temperature', '°C', 'air temperature at the sensor', -40, 85),
      this.field('pressure', 'hPa', 'absolute air pressure', 300, 1100),
    ];
    if (variant.humidity !== undefined) fields.push(this.field('humidity', '%RH', 'relative humidity', 0, 100));
    this.fields = fields;
    for (const [name, value] of Object.entries(options.values)) {
      const field = fields.find((candidate) => candidate.name === name);
      if (field === undefined) {
        throw new BoardlineError('usage', `${variant.kind} has no value ${JSON.stringify(name)}`, {
          hint: `Fix: give it ${fields.map((candidate) => candidate.name).join(', ')}`,
        });
      }
      field.set(value);
    }
  }

  private field(name: Quantity, unit: string, description: string, min: number, max: number): DeviceField {
    const field: DeviceField = {
      name,
      unit,
      description,
      min,
      max,
      get: () => this.physical[name],
      set: (value: number) => {
        if (!Number.isFinite(value) || value < min || value > max) throw rangeError(this.kind, field, value);
        this.physical[name] = value;
      },
    };
    return field;
  }

  select(address: number, read: boolean, atUs: number): boolean {
    if (address !== this.addresses[0]) return false;
    this.advance(atUs);
    this.transfer = read ? 'read' : 'write-address';
    this.shadow = read ? { ...this.data } : undefined;
    return true;
  }

  write(byte: number, atUs: number): boolean {
    this.advance(atUs);
    // Writes come as (register, value) pairs; the pointer does not move on by itself.
    if (this.transfer === 'write-address') {
      this.pointer = byte & 0xff;
      this.transfer = 'write-data';
    } else if (this.transfer === 'write-data') {
      this.writeRegister(this.pointer, byte & 0xff, atUs);
      this.transfer = 'write-address';
    } else {
      return false;
    }
    return true;
  }

  read(_more: boolean, atUs: number): number {
    this.advance(atUs);
    const value = this.readRegister(this.pointer, atUs);
    this.pointer = (this.pointer + 1) & 0xff;
    return value;
  }

  stop(atUs: number): void {
    this.advance(atUs);
    this.transfer = 'idle';
    this.shadow = undefined;
  }

  private readRegister(address: number, atUs: number): number {
    const data = this.shadow ?? this.data;
    const humidity = this.variant.humidity !== undefined;
    switch (address) {
      case register.reset:
        return 0;
      case register.ctrlHum:
        return humidity ? this.ctrlHum : 0;
      case register.status:
        return (this.measuring(atUs) ? 0x08 : 0) | (atUs < this.nvmCopyUntilUs ? 0x01 : 0);
      case register.ctrlMeas:
        return this.ctrlMeas;
      case register.config:
        return this.config;
      case register.pressMsb:
      case register.pressMsb + 1:
      case register.pressMsb + 2:
        return byteOf20(data.pressure, address - register.pressMsb);
      case register.tempMsb:
      case register.tempMsb + 1:
      case register.tempMsb + 2:
        return byteOf20(data.temperature, address - register.tempMsb);
      case register.humMsb:
        return humidity ? data.humidity >> 8 : 0;
      case register.humMsb + 1:
        return humidity ? data.humidity & 0xff : 0;
      default:
        return this.nvm[address] ?? 0;
    }
  }

  private writeRegister(address: number, value: number, atUs: number): void {
    switch (address) {
      case register.reset:
        if (value === resetCommand) this.reset(atUs);
        return;
      case register.ctrlHum:
        if (this.variant.humidity !== undefined) this.ctrlHum = value & 0x07;
        return;
      case register.ctrlMeas:
        this.ctrlMeas = value;
        this.startCycle(atUs);
        return;
      case register.config:
        // "Writes to the config register in normal mode may be ignored": the model always ignores
        // them, so firmware that relies on them working finds out here rather than on some parts.
        if ((this.ctrlMeas & 0x03) === 0x03) return;
        this.config = value & 0xfd;
        // Writing the filter setting resets the filter: the next sample passes unfiltered.
        this.filterMemory = { temperature: undefined, pressure: undefined };
        return;
      default:
        // Calibration, id, status and data are read-only; reserved registers take nothing.
        return;
    }
  }

  private reset(atUs: number): void {
    this.ctrlHum = 0;
    this.ctrlMeas = 0;
    this.config = 0;
    this.data = { pressure: skipped20, temperature: skipped20, humidity: skipped16 };
    this.filterMemory = { temperature: undefined, pressure: undefined };
    this.cycle = undefined;
    this.nvmCopyUntilUs = atUs + nvmCopyUs;
  }

  /** A write to ctrl_meas starts what its mode asks from now: nothing (sleep), one measurement (forced) or a series (normal). */
  private startCycle(atUs: number): void {
    const mode = this.ctrlMeas & 0x03;
    if (mode === 0) {
      this.cycle = undefined;
      return;
    }
    const osrsT = (this.ctrlMeas >> 5) & 0x07;
    const osrsP = (this.ctrlMeas >> 2) & 0x07;
    // ctrl_hum is read here only, so a change to it waits for the next ctrl_meas write, as the datasheet says.
    const osrsH = this.variant.humidity === undefined ? 0 : this.ctrlHum;
    const measureUs = measurementUs(osrsT, osrsP, osrsH);
    const standbyUs = this.variant.standbyUs[(this.config >> 5) & 0x07] ?? 0;
    const repeats = mode === 0x03;
    this.cycle = { repeats, osrsT, osrsP, osrsH, measureUs, periodUs: measureUs + standbyUs, nextCompletionUs: atUs + measureUs };
  }

  private measuring(atUs: number): boolean {
    return this.cycle !== undefined && atUs >= this.cycle.nextCompletionUs - this.cycle.measureUs;
  }

  /** Brings the part to the time of a bus event: every measurement that finished since the last one lands. */
  private advance(atUs: number): void {
    if (atUs < this.nowUs) return;
    this.nowUs = atUs;
    const cycle = this.cycle;
    if (cycle === undefined || atUs < cycle.nextCompletionUs) return;
    if (!cycle.repeats) {
      this.measure(cycle);
      this.ctrlMeas &= ~0x03;
      this.cycle = undefined;
      return;
    }
    const finished = Math.floor((atUs - cycle.nextCompletionUs) / cycle.periodUs) + 1;
    for (let count = Math.min(finished, maxReplayedMeasurements); count > 0; count--) this.measure(cycle);
    cycle.nextCompletionUs += finished * cycle.periodUs;
  }

  private measure(cycle: Cycle): void {
    const trim = this.variant.trim;
    const filter = (this.config >> 2) & 0x07;
    const temperatureTarget = Math.round(this.physical.temperature * 5120);
    const idealT = this.temperatureRaw.get(String(temperatureTarget), () =>
      closestRaw((raw) => temperatureFine(raw, trim), temperatureTarget, 0xfffff, true),
    );
    let temperature = skipped20;
    if (cycle.osrsT !== 0) temperature = quantize(this.filtered('temperature', idealT, filter), this.resolutionBits(cycle.osrsT, filter));
    // The firmware decodes pressure and humidity with the t_fine of the temperature it reads, so
    // the raw values are made for that one; with temperature skipped, for the true temperature.
    const tFine = temperatureFine(cycle.osrsT !== 0 ? temperature : idealT, trim);

    let pressure = skipped20;
    if (cycle.osrsP !== 0) {
      const target = Math.round(this.physical.pressure * 100 * 256);
      const idealP = this.pressureRaw.get(`${target}@${tFine}`, () =>
        closestRaw((raw) => compensatePressure(raw, tFine, trim), target, 0xfffff, false),
      );
      pressure = quantize(this.filtered('pressure', idealP, filter), this.resolutionBits(cycle.osrsP, filter));
    }

    let humidity = skipped16;
    const humidityTrim = this.variant.humidity;
    if (humidityTrim !== undefined && cycle.osrsH !== 0) {
      const target = Math.round(this.physical.humidity * 1024);
      humidity = this.humidityRaw.get(`${target}@${tFine}`, () =>
        closestRaw((raw) => compensateHumidityUnclamped(raw, tFine, humidityTrim), target, 0xffff, true),
      );
    }
    this.data = { pressure, temperature, humidity };
  }

  /** data_filtered = (data_filtered_old · (c − 1) + data_ADC) / c, kept unrounded as the part keeps more bits than it outputs. */
  private filtered(channel: 'temperature' | 'pressure', raw: number, filter: number): number {
    const coefficient = filterCoefficients[filter] ?? 1;
    const memory = this.filterMemory[channel];
    const next = coefficient === 1 || memory === undefined ? raw : (memory * (coefficient - 1) + raw) / coefficient;
    this.filterMemory[channel] = next;
    return next;
  }

  private resolutionBits(osrs: number, filter: number): number {
    if (filter !== 0 && this.variant.filterWidensResolution) return 20;
    return 15 + Math.min(osrs, 5);
  }
}

/** Byte 0 (msb), 1 (lsb) or 2 (xlsb, bits 7:4) of a 20-bit data register triple. */
function byteOf20(value: number, index: number): number {
  if (index === 0) return (value >> 12) & 0xff;
  if (index === 1) return (value >> 4) & 0xff;
  return (value & 0x0f) << 4;
}

function kindOf(variant: Bmx280Variant): DeviceKind {
  return {
    kind: variant.kind,
    description: variant.description,
    // SDO to GND gives 0x76, to VDDIO 0x77.
    addresses: [0x76, 0x77],
    create: (options) => new Bmx280(variant, options),
  };
}

export const bmp280Kind: DeviceKind = kindOf(bmp280);
export const bme280Kind: DeviceKind = kindOf(bme280);
