import { PinState, type AVRIOPort } from 'avr8js';
import { BoardlineError } from '../errors.js';
import type { Atmega328pPeripherals } from './atmega328p.js';
import { arduinoUnoPins, resolveUnoPin, type McuPin } from './pins/arduino-uno-pins.js';
import { PinHistory } from './pins/pin-history.js';
import type { Level, PinTrace } from './pins/pin-trace.js';

/** What drives a pin from outside: a level, nothing (a released button: the pull-up decides), or a voltage. */
export type PinDrive = { kind: 'level'; level: Level } | { kind: 'float' } | { kind: 'volts'; volts: number };

export interface PinReading {
  pin: string;
  level: Level;
  mode: 'output' | 'input' | 'input-pullup';
  /** What is driving it from outside, if anything. */
  driven?: string;
}

/** The ATmega328P's input thresholds at 5 V (datasheet: VIL max 0.3 VCC, VIH min 0.6 VCC). */
const vcc = 5;
const inputHighVolts = 0.6 * vcc;

/**
 * The board's pins as the outside world sees them: every level change recorded with its emulated
 * time (outputs, PWM from the timers, and inputs as driven), inputs driven from outside (a level,
 * a button with the firmware's pull-up, an ADC voltage), kept across resets as wiring would be.
 * A floating input without pull-up is recorded low: it reads whatever noise says on silicon.
 */
export class AvrPins {
  private readonly histories = new Map<string, PinHistory>();
  private readonly drives = new Map<string, PinDrive>();
  private parts: Atmega328pPeripherals | undefined;

  constructor(private readonly now: () => number) {
    for (const pin of arduinoUnoPins) this.histories.set(pin.name, new PinHistory(0));
  }

  /** Attaches to a freshly built MCU (power-on or reset): its pins start as inputs. */
  attach(parts: Atmega328pPeripherals): void {
    this.parts = parts;
    for (const [name, port] of Object.entries(parts.ports) as ['B' | 'C' | 'D', AVRIOPort][]) {
      port.addListener(() => this.portChanged(name));
      this.portChanged(name);
    }
  }

  private portOf(pin: McuPin): AVRIOPort | undefined {
    return this.parts?.ports[pin.port];
  }

  /** A write to PORT or DDR (or a timer's output compare): outputs may have changed, and pull-ups with them. */
  private portChanged(port: 'B' | 'C' | 'D'): void {
    for (const pin of arduinoUnoPins) if (pin.port === port) this.update(pin);
  }

  private update(pin: McuPin): void {
    const parts = this.parts;
    const port = this.portOf(pin);
    if (parts === undefined || port === undefined) return;
    const { mode, outputLevel } = this.modeOf(pin, port);
    const input = this.inputLevel(pin, mode);
    // What the firmware reads in PIN for an input: the outside drive, else its own pull-up.
    if (mode !== 'output') port.setPin(pin.bit, input === 1);
    const drive = this.drives.get(pin.name);
    if (pin.adcChannel !== undefined) parts.adc.channelValues[pin.adcChannel] = drive?.kind === 'volts' ? drive.volts : input * vcc;
    this.histories.get(pin.name)?.record(mode === 'output' ? outputLevel : input, this.now());
  }

  private modeOf(pin: McuPin, port: AVRIOPort): { mode: PinReading['mode']; outputLevel: Level } {
    const state = port.pinState(pin.bit);
    if (state === PinState.Low || state === PinState.High) return { mode: 'output', outputLevel: state === PinState.High ? 1 : 0 };
    return { mode: state === PinState.InputPullUp ? 'input-pullup' : 'input', outputLevel: 0 };
  }

  private inputLevel(pin: McuPin, mode: PinReading['mode']): Level {
    const drive = this.drives.get(pin.name);
    if (drive?.kind === 'level') return drive.level;
    if (drive?.kind === 'volts') return drive.volts >= inputHighVolts ? 1 : 0;
    return mode === 'input-pullup' ? 1 : 0;
  }

  /** Drives a pin from outside; `what` names the request, for the error. */
  drive(name: string, drive: PinDrive, what: string): McuPin {
    const pin = resolveUnoPin(name, what);
    if (drive.kind === 'volts') {
      if (pin.adcChannel === undefined) {
        throw new BoardlineError('usage', `${what}: pin ${pin.name} has no ADC channel`, { hint: 'Fix: set a voltage on A0–A5' });
      }
      if (!(drive.volts >= 0 && drive.volts <= vcc)) {
        throw new BoardlineError('usage', `${what}: ${drive.volts} V is outside 0–${vcc} V`, {
          hint: 'Fix: give a voltage the pin can take',
        });
      }
    }
    if (drive.kind === 'float') this.drives.delete(pin.name);
    else this.drives.set(pin.name, drive);
    this.update(pin);
    return pin;
  }

  readings(): PinReading[] {
    return arduinoUnoPins.map((pin) => {
      const port = this.portOf(pin);
      const { mode } = port === undefined ? { mode: 'input' as const } : this.modeOf(pin, port);
      const drive = this.drives.get(pin.name);
      const reading: PinReading = { pin: pin.name, level: this.histories.get(pin.name)?.level ?? 0, mode };
      if (drive !== undefined)
        reading.driven =
          drive.kind === 'volts' ? `${drive.volts} V` : drive.kind === 'level' ? (drive.level === 1 ? 'high' : 'low') : 'released';
      return reading;
    });
  }

  /** What each named pin did in [startUs, endUs), keyed by the name asked for. */
  traces(names: readonly string[], startUs: number, endUs: number): PinTrace[] {
    return names.map((name) => {
      const pin = resolveUnoPin(name, `pin ${name}`);
      const history = this.histories.get(pin.name);
      if (history === undefined) throw new Error(`no history for pin ${pin.name}`);
      if (history.completeSinceUs > startUs) {
        throw new BoardlineError(
          'failed',
          `Pin ${name} changed too often: its history no longer reaches back to ${Math.round(startUs)} µs`,
          {
            hint: 'Fix: use a shorter window',
          },
        );
      }
      return history.trace(name, startUs, endUs);
    });
  }
}
