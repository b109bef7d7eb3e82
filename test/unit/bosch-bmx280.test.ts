import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bme280Kind, bmp280Kind } from '../../src/virtual/devices/bosch-bmx280.js';
import type { DeviceField, DeviceKind, I2cDevice } from '../../src/virtual/i2c/i2c-device.js';
import { expectFailure } from '../harness/expect-error.js';

// Register addresses and bit fields from the BMP280 and BME280 datasheets' memory maps.
const ID = 0xd0;
const RESET = 0xe0;
const CTRL_HUM = 0xf2;
const STATUS = 0xf3;
const CTRL_MEAS = 0xf4;
const CONFIG = 0xf5;
const DATA = 0xf7;
const MEASURING = 0x08;
const IM_UPDATE = 0x01;

/** ctrl_meas: osrs_t [7:5], osrs_p [4:2], mode [1:0] (1 forced, 3 normal). */
const ctrlMeas = (osrsT: number, osrsP: number, mode: number): number => (osrsT << 5) | (osrsP << 2) | mode;
/** config: t_sb [7:5], filter [4:2]. */
const config = (standby: number, filter: number): number => (standby << 5) | (filter << 2);

/** Drives a device as a bus master would: START, address, bytes, repeated START, STOP. */
class Master {
  constructor(
    readonly device: I2cDevice,
    readonly address = 0x76,
  ) {}

  /** One write transfer: each register is sent as an (address, value) pair. */
  write(atUs: number, ...bytes: number[]): void {
    assert.ok(this.device.select(this.address, false, atUs), 'the address is acknowledged');
    for (const byte of bytes) assert.ok(this.device.write(byte, atUs), `0x${byte.toString(16)} is acknowledged`);
    this.device.stop(atUs);
  }

  /** Sets the register pointer, then reads count bytes after a repeated START. */
  read(atUs: number, register: number, count: number): number[] {
    assert.ok(this.device.select(this.address, false, atUs), 'the address is acknowledged');
    assert.ok(this.device.write(register, atUs), 'the register address is acknowledged');
    assert.ok(this.device.select(this.address, true, atUs), 'the repeated START is acknowledged');
    const bytes = Array.from({ length: count }, (_, index) => this.device.read(index < count - 1, atUs));
    this.device.stop(atUs);
    return bytes;
  }

  readByte(atUs: number, register: number): number {
    return this.read(atUs, register, 1)[0]!;
  }
}

// ---- Bosch's integer compensation, written from the datasheets' text for this test ----
// Every C operation is done on BigInt and wrapped to the C type it has, so int32 and int64
// behave exactly as on the firmware's side.

interface Trim {
  T: [bigint, bigint, bigint];
  P: [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
  H: [bigint, bigint, bigint, bigint, bigint, bigint] | undefined;
}

const s32 = (value: bigint): bigint => BigInt.asIntN(32, value);
const s64 = (value: bigint): bigint => BigInt.asIntN(64, value);

function decodeTrim(low: number[], high: number[] | undefined): Trim {
  const u16 = (at: number): bigint => BigInt(low[at]! | (low[at + 1]! << 8));
  const s16 = (at: number): bigint => BigInt.asIntN(16, u16(at));
  const P = Array.from({ length: 9 }, (_, index) => (index === 0 ? u16(6) : s16(6 + 2 * index))) as Trim['P'];
  let H: Trim['H'];
  if (high !== undefined) {
    const signedByte = (value: number): bigint => BigInt.asIntN(8, BigInt(value));
    const e4 = high[3]!;
    const e5 = high[4]!;
    const e6 = high[5]!;
    H = [
      BigInt(low[25]!),
      BigInt.asIntN(16, BigInt(high[0]! | (high[1]! << 8))),
      BigInt(high[2]!),
      signedByte(e4) * 16n + BigInt(e5 & 0x0f),
      signedByte(e6) * 16n + BigInt(e5 >> 4),
      signedByte(high[6]!),
    ];
  }
  return { T: [u16(0), s16(2), s16(4)], P, H };
}

function referenceTemperature(adcT: number, trim: Trim): { centi: number; tFine: bigint } {
  const [T1, T2, T3] = trim.T;
  const adc = BigInt(adcT);
  const var1 = s32(s32((adc >> 3n) - (T1 << 1n)) * T2) >> 11n;
  const delta = s32((adc >> 4n) - T1);
  const var2 = s32((s32(delta * delta) >> 12n) * T3) >> 14n;
  const tFine = s32(var1 + var2);
  return { centi: Number(s32(tFine * 5n + 128n) >> 8n), tFine };
}

/** Pressure in Pa as the Q24.8 uint32 bmp280_compensate_P_int64 returns. */
function referencePressure(adcP: number, tFine: bigint, trim: Trim): bigint {
  const [P1, P2, P3, P4, P5, P6, P7, P8, P9] = trim.P;
  let var1 = s64(tFine - 128000n);
  let var2 = s64(s64(var1 * var1) * P6);
  var2 = s64(var2 + s64(s64(var1 * P5) << 17n));
  var2 = s64(var2 + s64(P4 << 35n));
  var1 = s64((s64(s64(var1 * var1) * P3) >> 8n) + s64(s64(var1 * P2) << 12n));
  var1 = s64(s64((1n << 47n) + var1) * P1) >> 33n;
  if (var1 === 0n) return 0n;
  let p = s64(1048576n - BigInt(adcP));
  p = s64(s64(s64(p << 31n) - var2) * 3125n) / var1;
  var1 = s64(s64(P9 * (p >> 13n)) * (p >> 13n)) >> 25n;
  var2 = s64(P8 * p) >> 19n;
  p = s64((s64(p + var1 + var2) >> 8n) + (P7 << 4n));
  return BigInt.asUintN(32, p);
}

/** Relative humidity in 1/1024 %RH, as bme280_compensate_H_int32 returns it. */
function referenceHumidity(adcH: number, tFine: bigint, trim: Trim): number {
  const [H1, H2, H3, H4, H5, H6] = trim.H!;
  let x = s32(tFine - 76800n);
  const left = s32(s32(s32(s32(BigInt(adcH) << 14n) - s32(H4 << 20n)) - s32(H5 * x)) + 16384n) >> 15n;
  const inner = s32(s32(s32(s32(x * H6) >> 10n) * s32((s32(x * H3) >> 11n) + 32768n)) >> 10n) + 2097152n;
  const right = s32(s32(inner * H2) + 8192n) >> 14n;
  x = s32(left * right);
  x = s32(x - (s32(s32(s32((x >> 15n) * (x >> 15n)) >> 7n) * H1) >> 4n));
  if (x < 0n) x = 0n;
  if (x > 419430400n) x = 419430400n;
  return Number(x >> 12n);
}

// ---- reading the part as firmware would ----

interface Reading {
  rawT: number;
  rawP: number;
  rawH: number | undefined;
  celsius: number;
  pascal: number;
  humidity: number | undefined;
}

interface Part {
  device: I2cDevice;
  master: Master;
  trim: Trim;
  humid: boolean;
}

function wire(kind: DeviceKind, values: Record<string, number> = {}, address = 0x76): Part {
  const device = kind.create({ address, values, memory: undefined });
  const master = new Master(device, address);
  const humid = kind === bme280Kind;
  const trim = decodeTrim(master.read(5000, 0x88, 26), humid ? master.read(5000, 0xe1, 7) : undefined);
  return { device, master, trim, humid };
}

function burst(part: Part, atUs: number): Reading {
  const bytes = part.master.read(atUs, DATA, part.humid ? 8 : 6);
  const rawP = (bytes[0]! << 12) | (bytes[1]! << 4) | (bytes[2]! >> 4);
  const rawT = (bytes[3]! << 12) | (bytes[4]! << 4) | (bytes[5]! >> 4);
  const rawH = part.humid ? (bytes[6]! << 8) | bytes[7]! : undefined;
  const temperature = referenceTemperature(rawT, part.trim);
  return {
    rawT,
    rawP,
    rawH,
    celsius: temperature.centi / 100,
    pascal: Number(referencePressure(rawP, temperature.tFine, part.trim)) / 256,
    humidity: rawH === undefined ? undefined : referenceHumidity(rawH, temperature.tFine, part.trim) / 1024,
  };
}

function assertNear(actual: number, expected: number, tolerance: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= tolerance, `${what}: ${actual}, expected ${expected} ± ${tolerance}`);
}

function fieldOf(device: I2cDevice, name: string): DeviceField {
  const field = device.fields.find((candidate) => candidate.name === name);
  assert.ok(field, `${device.kind} has a ${name} field`);
  return field;
}

/** Typical measurement time in µs: 1 ms + 2 ms per sample, + 0.5 ms for pressure and humidity (BME280 datasheet 9.1). */
function typicalUs(samplesT: number, samplesP: number, samplesH = 0): number {
  return 1000 + 2000 * samplesT + (samplesP > 0 ? 2000 * samplesP + 500 : 0) + (samplesH > 0 ? 2000 * samplesH + 500 : 0);
}

const both = [bmp280Kind, bme280Kind] as const;

describe('Bosch BMP280 and BME280', () => {
  it('follows the datasheet worked example with this test compensation (BMP280 example trimming)', () => {
    const part = wire(bmp280Kind);
    assert.deepEqual(part.trim.T, [27504n, 26435n, -1000n]);
    assert.deepEqual(part.trim.P, [36477n, -10685n, 3024n, 2855n, 140n, -7n, 15500n, -14600n, 6000n]);
    const temperature = referenceTemperature(519888, part.trim);
    assert.equal(temperature.centi, 2508);
    // 100653.27 Pa in the datasheet's floating-point example; the 64-bit integer code lands within 1/256 Pa of it.
    assertNear(Number(referencePressure(415148, temperature.tFine, part.trim)) / 256, 100653.27, 0.02, 'example pressure, Pa');
  });

  it('answers the chip id, at 0x76 by default or 0x77 when strapped so', () => {
    assert.deepEqual(bmp280Kind.addresses, [0x76, 0x77]);
    assert.deepEqual(bme280Kind.addresses, [0x76, 0x77]);
    assert.equal(wire(bmp280Kind).master.readByte(5000, ID), 0x58);
    assert.equal(wire(bme280Kind).master.readByte(5000, ID), 0x60);
    const strapped = wire(bme280Kind, {}, 0x77);
    assert.deepEqual(strapped.device.addresses, [0x77]);
    assert.equal(strapped.device.select(0x76, false, 5000), false);
    assert.equal(strapped.master.readByte(5000, ID), 0x60);
  });

  it('stores the BME280 humidity trimming with dig_H4 and dig_H5 sharing 0xE5', () => {
    const part = wire(bme280Kind);
    const packed = part.master.read(5000, 0xe4, 3);
    assert.ok((packed[1]! & 0x0f) !== 0 && packed[1]! >> 4 !== 0, 'both nibbles of 0xE5 carry bits');
    assert.deepEqual(part.trim.H, [75n, 357n, 0n, 331n, 50n, 30n]);
  });

  for (const kind of both) {
    it(`${kind.kind}: gives back what is set, through Bosch's integer compensation, within its resolution`, () => {
      const cases = [
        { temperature: -40, pressure: 300, humidity: 0 },
        { temperature: -40, pressure: 1100, humidity: 100 },
        { temperature: 85, pressure: 300, humidity: 100 },
        { temperature: 85, pressure: 1100, humidity: 0 },
        { temperature: 21.37, pressure: 1013.25, humidity: 43.21 },
        { temperature: -0.01, pressure: 987.65, humidity: 99.5 },
        { temperature: 0, pressure: 500, humidity: 0.5 },
      ];
      for (const values of cases) {
        const part = wire(kind, kind === bme280Kind ? values : { temperature: values.temperature, pressure: values.pressure });
        const what = JSON.stringify(values);
        if (part.humid) part.master.write(10_000, CTRL_HUM, 1);
        // ×16 temperature and pressure: 20-bit output, 0.16 Pa steps.
        part.master.write(10_000, CTRL_MEAS, ctrlMeas(5, 5, 1));
        const reading = burst(part, 200_000);
        assertNear(reading.celsius, values.temperature, 0.01, `${what} °C`);
        assertNear(reading.pascal, values.pressure * 100, 0.2, `${what} Pa`);
        if (part.humid) {
          // 16-bit humidity: the datasheet's 0.008 %RH resolution.
          assertNear(reading.humidity!, values.humidity, 0.008, `${what} %RH`);
        }
        // ×1: 16-bit output, 2.62 Pa steps, so within half a step and the formula's rounding.
        part.master.write(300_000, CTRL_MEAS, ctrlMeas(1, 1, 1));
        const coarse = burst(part, 400_000);
        assertNear(coarse.celsius, values.temperature, 0.01, `${what} ×1 °C`);
        assertNear(coarse.pascal, values.pressure * 100, 1.5, `${what} ×1 Pa`);
      }
    });

    it(`${kind.kind}: starts at 20 °C and 1013.25 hPa (and 50 %RH) unless the wiring sets values`, () => {
      const part = wire(kind);
      assert.equal(fieldOf(part.device, 'temperature').get(), 20);
      assert.equal(fieldOf(part.device, 'pressure').get(), 1013.25);
      assert.equal(
        part.device.fields.some((field) => field.name === 'humidity'),
        part.humid,
      );
      if (part.humid) assert.equal(fieldOf(part.device, 'humidity').get(), 50);
      if (part.humid) part.master.write(10_000, CTRL_HUM, 1);
      part.master.write(10_000, CTRL_MEAS, ctrlMeas(5, 5, 1));
      const reading = burst(part, 100_000);
      assertNear(reading.celsius, 20, 0.01, '°C');
      assertNear(reading.pascal, 101325, 0.2, 'Pa');
      if (part.humid) assertNear(reading.humidity!, 50, 0.008, '%RH');
    });

    it(`${kind.kind}: holds reset values until a measurement, and a soft reset brings them back`, () => {
      const part = wire(kind);
      const { master } = part;
      // Power-on copies the NVM for the start-up time, 2 ms.
      assert.equal(master.readByte(0, STATUS), IM_UPDATE);
      assert.equal(master.readByte(2000, STATUS), 0);
      const resetData = part.humid ? [0x80, 0, 0, 0x80, 0, 0, 0x80, 0] : [0x80, 0, 0, 0x80, 0, 0];
      assert.deepEqual(master.read(3000, DATA, resetData.length), resetData);
      assert.deepEqual(master.read(3000, CTRL_HUM, 4), [0, 0, 0, 0]);

      if (part.humid) master.write(10_000, CTRL_HUM, 3);
      master.write(10_000, CONFIG, config(2, 3), CTRL_MEAS, ctrlMeas(1, 1, 3));
      assert.notDeepEqual(master.read(100_000, DATA, resetData.length), resetData);
      master.write(100_000, RESET, 0xb5);
      assert.equal(master.readByte(100_000, CTRL_MEAS), ctrlMeas(1, 1, 3), 'only 0xB6 resets');

      master.write(200_000, RESET, 0xb6);
      assert.equal(master.readByte(200_000, RESET), 0, 'the reset register reads 0');
      assert.equal(master.readByte(200_001, STATUS), IM_UPDATE);
      assert.equal(master.readByte(201_999, STATUS), IM_UPDATE);
      assert.equal(master.readByte(202_000, STATUS), 0);
      assert.deepEqual(master.read(202_000, CTRL_HUM, 4), [0, 0, 0, 0], 'ctrl_hum, status, ctrl_meas and config');
      // Asleep after the reset: no measurement ever lands again on its own.
      assert.deepEqual(master.read(5_000_000, DATA, resetData.length), resetData);
    });

    it(`${kind.kind}: a forced measurement sets measuring for its time, then updates the data and sleeps`, () => {
      const part = wire(kind);
      const { master } = part;
      const settings = part.humid ? ctrlMeas(2, 5, 1) : ctrlMeas(1, 1, 1);
      const durationUs = part.humid ? typicalUs(2, 16, 4) : typicalUs(1, 1);
      assert.equal(durationUs, part.humid ? 46_000 : 5_500);
      if (part.humid) master.write(10_000, CTRL_HUM, 3);
      master.write(10_000, CTRL_MEAS, settings);
      assert.equal(master.readByte(10_001, STATUS), MEASURING);
      assert.equal(master.readByte(10_001, CTRL_MEAS), settings);
      assert.equal(master.readByte(10_000 + durationUs - 1, STATUS), MEASURING);
      assert.deepEqual(master.read(10_000 + durationUs - 1, DATA, 6), [0x80, 0, 0, 0x80, 0, 0]);

      const done = 10_000 + durationUs;
      assert.equal(master.readByte(done, STATUS), 0);
      assert.equal(master.readByte(done, CTRL_MEAS), settings & ~0x03, 'back to sleep mode');
      const reading = burst(part, done);
      assertNear(reading.celsius, 20, 0.01, '°C');
      assertNear(reading.pascal, 101325, part.humid ? 0.2 : 1.5, 'Pa');
      if (part.humid) assertNear(reading.humidity!, 50, 0.008, '%RH');

      // One measurement only: a later change is not measured until forced again.
      fieldOf(part.device, 'temperature').set(30);
      assertNear(burst(part, done + 1_000_000).celsius, 20, 0.01, 'not measured again while asleep');
      master.write(done + 1_000_000, CTRL_MEAS, settings);
      assertNear(burst(part, done + 1_000_000 + durationUs).celsius, 30, 0.01, 'measured when forced again');
    });

    // t_sb codes 6 and 7 are where the parts differ.
    const standbyTable: readonly (readonly [number, number])[] =
      kind === bmp280Kind
        ? [
            [0, 0.5],
            [6, 2000],
            [7, 4000],
          ]
        : [
            [0, 0.5],
            [6, 10],
            [7, 20],
          ];
    for (const [code, standbyMs] of standbyTable) {
      it(`${kind.kind}: normal mode measures every measurement time + ${standbyMs} ms standby (t_sb ${code})`, () => {
        const part = wire(kind);
        const { master } = part;
        const measureUs = part.humid ? typicalUs(1, 1, 1) : typicalUs(1, 1);
        const periodUs = measureUs + standbyMs * 1000;
        const t0 = 10_000;
        if (part.humid) master.write(t0, CTRL_HUM, 1);
        master.write(t0, CONFIG, config(code, 0), CTRL_MEAS, ctrlMeas(1, 1, 3));
        const first = t0 + measureUs;
        assert.equal(master.readByte(first - 1, STATUS), MEASURING);
        assertNear(burst(part, first).celsius, 20, 0.01, 'the first measurement');
        assert.equal(master.readByte(first, STATUS), 0, 'standby');

        fieldOf(part.device, 'temperature').set(30);
        const second = first + periodUs;
        assert.equal(master.readByte(second - measureUs - 1, STATUS), 0, 'still in standby');
        assert.equal(master.readByte(second - measureUs, STATUS), MEASURING, 'the next measurement starts after the standby');
        assertNear(burst(part, second - 1).celsius, 20, 0.01, 'until the second measurement ends');
        assertNear(burst(part, second).celsius, 30, 0.01, 'the second measurement');
        assert.equal(master.readByte(second, CTRL_MEAS), ctrlMeas(1, 1, 3), 'still in normal mode');

        fieldOf(part.device, 'temperature').set(-5);
        assertNear(burst(part, second + 10 * periodUs).celsius, -5, 0.01, 'and on, forever');
      });
    }

    it(`${kind.kind}: a skipped measurement leaves 0x80000 (0x8000 for humidity) in its registers`, () => {
      const part = wire(kind);
      const { master } = part;
      master.write(10_000, CTRL_MEAS, ctrlMeas(1, 0, 1));
      const onlyTemperature = master.read(100_000, DATA, 6);
      assert.deepEqual(onlyTemperature.slice(0, 3), [0x80, 0, 0]);
      assert.notDeepEqual(onlyTemperature.slice(3), [0x80, 0, 0]);

      master.write(100_000, CTRL_MEAS, ctrlMeas(0, 1, 1));
      const onlyPressure = master.read(200_000, DATA, part.humid ? 8 : 6);
      assert.deepEqual(onlyPressure.slice(3, 6), [0x80, 0, 0]);
      assert.notDeepEqual(onlyPressure.slice(0, 3), [0x80, 0, 0]);
      if (part.humid) assert.deepEqual(onlyPressure.slice(6), [0x80, 0], 'ctrl_hum 0 skips humidity');
    });

    it(`${kind.kind}: outputs 16 + (osrs − 1) bits with the filter off`, () => {
      const part = wire(kind);
      const temperatures = [20.01, 20.02, 20.03, 20.04, 20.05];
      for (const [osrs, zeroBits] of [
        [1, 4],
        [2, 3],
        [3, 2],
        [4, 1],
        [5, 0],
      ] as const) {
        const lowBits: number[] = [];
        for (const [index, temperature] of temperatures.entries()) {
          fieldOf(part.device, 'temperature').set(temperature);
          const at = 1_000_000 * (osrs * 10 + index);
          part.master.write(at, CTRL_MEAS, ctrlMeas(osrs, osrs, 1));
          const reading = burst(part, at + 500_000);
          assert.equal(reading.rawT % 2 ** zeroBits, 0, `osrs ${osrs}: temperature low bits zero`);
          assert.equal(reading.rawP % 2 ** zeroBits, 0, `osrs ${osrs}: pressure low bits zero`);
          lowBits.push(reading.rawT % 2 ** (zeroBits + 1), reading.rawP % 2 ** (zeroBits + 1));
        }
        assert.ok(
          lowBits.some((bits) => bits !== 0),
          `osrs ${osrs}: the lowest bit in use is used`,
        );
      }
    });

    it(`${kind.kind}: with the IIR filter on, resolution is ${kind === bme280Kind ? '20 bits' : 'still set by osrs'}`, () => {
      const part = wire(kind);
      part.master.write(10_000, CONFIG, config(0, 2), CTRL_MEAS, ctrlMeas(1, 1, 3));
      const lowNibbles: number[] = [];
      for (let step = 1; step <= 12; step++) {
        const reading = burst(part, 10_000 + step * typicalUs(1, 1) + (step - 1) * 500);
        lowNibbles.push(reading.rawT & 0x0f, reading.rawP & 0x0f);
        fieldOf(part.device, 'temperature').set(20 + step * 0.37);
      }
      if (kind === bme280Kind)
        assert.ok(
          lowNibbles.some((bits) => bits !== 0),
          'some values use all 20 bits',
        );
      else assert.deepEqual(new Set(lowNibbles), new Set([0]));
    });

    it(`${kind.kind}: the IIR filter converges on a step as (old · 15 + new) / 16 per sample`, () => {
      const part = wire(kind);
      const { master } = part;
      const measureUs = typicalUs(16, 16);
      const periodUs = measureUs + 500;
      const t0 = 10_000;
      master.write(t0, CONFIG, config(0, 4), CTRL_MEAS, ctrlMeas(5, 5, 3));
      const sampleAt = (k: number): number => t0 + measureUs + (k - 1) * periodUs;
      assertNear(burst(part, sampleAt(1)).celsius, 20, 0.01, 'the first sample initialises the filter');
      assertNear(burst(part, sampleAt(50)).celsius, 20, 0.01, 'steady before the step');

      fieldOf(part.device, 'temperature').set(30);
      const after = (k: number): number => burst(part, sampleAt(50 + k)).celsius;
      const readings = Array.from({ length: 30 }, (_, index) => after(index + 1));
      assertNear(readings[0]!, 20.625, 0.02, 'one sample after the step');
      for (let index = 1; index < readings.length; index++) assert.ok(readings[index]! > readings[index - 1]!, 'rising');
      // Table 6: a ×16 filter takes 22 samples to reach 75 % of a step.
      assert.ok(readings[20]! < 27.5 && readings[21]! >= 27.5, `21: ${readings[20]}, 22: ${readings[21]}`);
      assertNear(after(600), 30, 0.01, 'settled');
    });

    it(`${kind.kind}: writing config resets the filter (while asleep) and is ignored in normal mode`, () => {
      const part = wire(kind);
      const { master } = part;
      master.write(10_000, CONFIG, config(0, 4), CTRL_MEAS, ctrlMeas(5, 5, 1));
      assertNear(burst(part, 200_000).celsius, 20, 0.01, 'the first forced sample');
      fieldOf(part.device, 'temperature').set(40);
      master.write(200_000, CTRL_MEAS, ctrlMeas(5, 5, 1));
      assertNear(burst(part, 400_000).celsius, 21.25, 0.02, 'filtered: 20 + 20 / 16');
      master.write(400_000, CONFIG, config(0, 4), CTRL_MEAS, ctrlMeas(5, 5, 1));
      assertNear(burst(part, 600_000).celsius, 40, 0.01, 'the filter restarted from the new sample');

      master.write(600_000, CTRL_MEAS, ctrlMeas(1, 1, 3));
      master.write(700_000, CONFIG, config(5, 0));
      assert.equal(master.readByte(700_000, CONFIG), config(0, 4));
      master.write(700_000, CTRL_MEAS, ctrlMeas(1, 1, 0));
      master.write(700_000, CONFIG, config(5, 0));
      assert.equal(master.readByte(700_000, CONFIG), config(5, 0));
    });

    it(`${kind.kind}: takes several registers in one write as (address, value) pairs, without auto-increment`, () => {
      const part = wire(kind);
      const { master } = part;
      master.write(10_000, CONFIG, config(1, 2), CTRL_MEAS, ctrlMeas(2, 3, 0));
      assert.deepEqual(master.read(10_000, CTRL_MEAS, 2), [ctrlMeas(2, 3, 0), config(1, 2)]);
      // Auto-incrementing writes would put the third byte into config; here it is the next pair's address.
      master.write(20_000, CTRL_MEAS, ctrlMeas(1, 1, 0), 0x00);
      assert.deepEqual(master.read(20_000, CTRL_MEAS, 2), [ctrlMeas(1, 1, 0), config(1, 2)]);
    });

    it(`${kind.kind}: ignores writes to read-only registers and auto-increments reads`, () => {
      const part = wire(kind);
      const { master } = part;
      const calibration = master.read(10_000, 0x88, 26);
      master.write(10_000, ID, 0x12, 0x88, 0x00, 0x8a, 0xff, DATA, 0x00, STATUS, 0xff);
      assert.equal(master.readByte(10_000, ID), kind === bmp280Kind ? 0x58 : 0x60);
      assert.deepEqual(master.read(10_000, 0x88, 26), calibration);
      assert.deepEqual(master.read(10_000, DATA, 3), [0x80, 0, 0]);
      assert.equal(master.readByte(10_000, STATUS), 0);
      master.write(20_000, CONFIG, config(3, 1), CTRL_MEAS, ctrlMeas(1, 1, 1));
      assert.deepEqual(master.read(20_001, STATUS, 3), [MEASURING, ctrlMeas(1, 1, 1), config(3, 1)]);
    });

    it(`${kind.kind}: keeps one burst read consistent while a measurement lands during it`, () => {
      const part = wire(kind);
      const { device, master } = part;
      const measureUs = typicalUs(1, 1);
      const periodUs = measureUs + 500;
      master.write(10_000, CTRL_MEAS, ctrlMeas(1, 1, 3));
      const first = 10_000 + measureUs;
      const before = master.read(first, DATA, 6);
      fieldOf(device, 'temperature').set(35);
      fieldOf(device, 'pressure').set(950);
      const second = first + periodUs;

      assert.ok(device.select(0x76, false, second - 100), 'selected for writing');
      device.write(DATA, second - 100);
      assert.ok(device.select(0x76, true, second - 100), 'selected for reading');
      const bytes = [device.read(true, second - 100), device.read(true, second - 50), device.read(true, second)];
      bytes.push(device.read(true, second + 10), device.read(true, second + 20), device.read(false, second + 30));
      device.stop(second + 30);
      assert.deepEqual(bytes, before, 'all six bytes from the earlier measurement');

      const reading = burst(part, second + 40);
      assertNear(reading.celsius, 35, 0.01, 'the new one shows after the STOP');
      assertNear(reading.pascal, 95000, 1.5, 'Pa');
    });

    it(`${kind.kind}: refuses values a real part cannot measure`, async () => {
      const part = wire(kind);
      const temperature = fieldOf(part.device, 'temperature');
      const pressure = fieldOf(part.device, 'pressure');
      assert.deepEqual([temperature.unit, temperature.min, temperature.max], ['°C', -40, 85]);
      assert.deepEqual([pressure.unit, pressure.min, pressure.max], ['hPa', 300, 1100]);
      await expectFailure('usage', () => temperature.set(85.5), /temperature 85\.5 °C is outside .*-40…85 °C/);
      await expectFailure('usage', () => temperature.set(-41), /temperature/);
      await expectFailure('usage', () => temperature.set(Number.NaN), /temperature/);
      await expectFailure('usage', () => pressure.set(299), /pressure 299 hPa/);
      await expectFailure('usage', () => pressure.set(1101), /pressure/);
      assert.equal(temperature.get(), 20, 'a refused value changes nothing');
      await expectFailure('usage', () => kind.create({ address: 0x76, values: { pressure: 2000 }, memory: undefined }), /pressure/);
      if (part.humid) {
        const humidity = fieldOf(part.device, 'humidity');
        assert.deepEqual([humidity.unit, humidity.min, humidity.max], ['%RH', 0, 100]);
        await expectFailure('usage', () => humidity.set(-0.1), /humidity/);
        await expectFailure('usage', () => humidity.set(100.1), /humidity/);
      } else {
        await expectFailure(
          'usage',
          () => kind.create({ address: 0x76, values: { humidity: 50 }, memory: undefined }),
          /no value "humidity"/,
        );
      }
    });
  }

  it('bme280: ctrl_hum takes effect only with the next write to ctrl_meas', () => {
    const part = wire(bme280Kind);
    const { master } = part;
    master.write(10_000, CTRL_MEAS, ctrlMeas(1, 1, 3));
    assert.deepEqual(master.read(100_000, 0xfd, 2), [0x80, 0]);
    master.write(100_000, CTRL_HUM, 1);
    assert.equal(master.readByte(100_000, CTRL_HUM), 1);
    assert.deepEqual(master.read(1_000_000, 0xfd, 2), [0x80, 0], 'still skipped after many more measurements');
    master.write(1_000_000, CTRL_MEAS, ctrlMeas(1, 1, 3));
    assert.equal(master.readByte(1_000_000 + typicalUs(1, 1, 1) - 1, STATUS), MEASURING, 'the measurement now includes humidity');
    assertNear(burst(part, 1_000_000 + typicalUs(1, 1, 1)).humidity!, 50, 0.008, 'humidity measured');
  });

  it('bmp280: has no ctrl_hum or humidity registers', () => {
    const part = wire(bmp280Kind);
    part.master.write(10_000, CTRL_HUM, 5, CTRL_MEAS, ctrlMeas(1, 1, 1));
    assert.equal(part.master.readByte(10_000, CTRL_HUM), 0);
    assert.equal(part.master.readByte(10_000 + typicalUs(1, 1) - 1, STATUS), MEASURING);
    assert.equal(part.master.readByte(10_000 + typicalUs(1, 1), STATUS), 0, 'no humidity time added');
  });
});
