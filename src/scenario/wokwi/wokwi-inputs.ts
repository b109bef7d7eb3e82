import { isScalar } from 'yaml';
import { resolveUnoPin } from '../../virtual/pins/arduino-uno-pins.js';
import type { DiagramPart } from './wokwi-read-diagram.js';
import { pullOf, sideOf, type Rail, type Side, type WiringContext } from './wokwi-sides.js';

/** A drive the wiring file holds from the start: where a part rests before any step moves it. */
export interface InitialDrive {
  pin: string;
  drive: { level: 'low' | 'high' } | { volts: number };
  part: DiagramPart;
  why: string;
}

/** One automation control of a part, as Wokwi's part reference names it. */
export interface PartControl {
  /** The values Wokwi documents, for errors: "0 (release) or 1 (press)". */
  values: string;
  /** The `virtual-board set` assignments for a value, or undefined when the value is outside the documented ones. */
  assignments(value: number): string[] | undefined;
}

export interface PartInput {
  controls: ReadonlyMap<string, PartControl>;
  initial?: InitialDrive;
  /** Why the part's controls reach no board pin, said when a scenario moves it. */
  unwired?: string;
}

const railName: Record<Rail, string> = { gnd: 'GND', vcc: '5V' };

/** The level a board pin rests at with nothing pressing on it: its pull resistor's rail, else left floating. */
function restingLevel(context: WiringContext, pin: string): 'low' | 'high' | undefined {
  const pull = pullOf(context, pin);
  return pull === undefined ? undefined : pull === 'gnd' ? 'low' : 'high';
}

/**
 * A pushbutton joins its contact 1 (1.l, 1.r) to its contact 2 (2.l, 2.r) while pressed. With one
 * contact on a board pin and the other on GND it presses as pin.N=pressed; on 5V as pin.N=high.
 * Released, the pin goes back to its pull resistor's level, or floats (to the firmware's pull-up).
 */
export function buttonInput(context: WiringContext, part: DiagramPart): PartInput {
  const { file, nets } = context;
  if (nets.sameNet(part.id, '1.l', part.id, '2.l')) {
    file.fail(
      part.node,
      `the two contacts of ${part.id} are wired together, so pressing it changes nothing`,
      'wire one contact to a pin and the other to GND or 5V',
    );
  }
  const a = sideOf(context, part, '1.l');
  const b = sideOf(context, part, '2.l');
  if (a.kind === 'pin' && b.kind === 'pin') {
    file.fail(
      part.node,
      `${part.id} is wired between pin ${a.pin} and pin ${b.pin}; Boardline drives a pin from outside only against GND or 5V`,
      'wire one contact to the pin and the other to GND (with INPUT_PULLUP) or 5V',
    );
  }
  const [signal, other]: [Side, Side] = b.kind === 'pin' ? [b, a] : [a, b];
  if (signal.kind !== 'pin') return { controls: new Map(), unwired: `${part.id} is wired to no board pin` };
  if (other.kind !== 'rail') {
    return { controls: new Map(), unwired: `${part.id} joins pin ${signal.pin} to nothing: its other contact reaches neither GND nor 5V` };
  }
  const pin = signal.pin;
  const resting = restingLevel(context, pin);
  const press = other.rail === 'gnd' ? 'pressed' : 'high';
  const release = resting ?? (other.rail === 'gnd' ? 'released' : 'float');
  const pressed: PartControl = {
    values: '0 (release) or 1 (press)',
    assignments: (value) => (value === 1 ? [`pin.${pin}=${press}`] : value === 0 ? [`pin.${pin}=${release}`] : undefined),
  };
  const controls = new Map([['pressed', pressed]]);
  if (resting === undefined) return { controls };
  return {
    controls,
    initial: { pin, drive: { level: resting }, part, why: `${part.id} released: the pin's pull resistor holds it ${resting}` },
  };
}

/**
 * A slide switch joins its common pin 2 to pin 1 (handle left, attr value "") or pin 3 (right,
 * value "1"). Its common on a board pin gives that pin the level of the end it is joined to.
 * Wokwi's reference gives the slide switch no automation control, so only its start is used.
 */
export function switchInput(context: WiringContext, part: DiagramPart): PartInput {
  const { file } = context;
  const common = sideOf(context, part, '2');
  const ends = { left: sideOf(context, part, '1'), right: sideOf(context, part, '3') };
  for (const end of [ends.left, ends.right]) {
    if (end.kind === 'pin') {
      file.fail(
        part.node,
        `${part.id} switches board pin ${end.pin}; Boardline drives pins from outside only against GND or 5V`,
        'wire the common pin (2) to the board pin and the ends (1, 3) to GND and 5V',
      );
    }
  }
  if (common.kind !== 'pin') return { controls: new Map(), unwired: `${part.id}'s common pin 2 is wired to no board pin` };
  const valueNode = part.attrs.get('value');
  const raw = valueNode === undefined || valueNode === null || !isScalar(valueNode) ? '' : String(valueNode.value).trim();
  if (raw !== '' && raw !== '0' && raw !== '1') {
    file.fail(valueNode, `${part.id}'s value "${raw}" is not a slide switch position`, 'give value "" (handle left) or "1" (handle right)');
  }
  const position = raw === '1' ? 'right' : 'left';
  const end = ends[position];
  const level = end.kind === 'rail' ? (end.rail === 'gnd' ? 'low' : 'high') : restingLevel(context, common.pin);
  const controls = new Map<string, PartControl>();
  if (level === undefined) return { controls };
  const why =
    end.kind === 'rail'
      ? `${part.id} is ${position}, joining the pin to ${railName[end.rail]}`
      : `${part.id} is ${position}, on an open end`;
  return { controls, initial: { pin: common.pin, drive: { level }, part, why } };
}

const supplyVolts = 5;
/** Wokwi's potentiometer value attr runs over analogRead's range. */
const fullScale = 1023;

function voltsText(volts: number): string {
  return `${Number(volts.toFixed(4))}V`;
}

/**
 * A potentiometer puts position × 5 V on the board pin its SIG reaches. Wokwi does not simulate
 * the analog circuit (its reference says GND/VCC may be left unwired), so neither does this.
 */
export function potentiometerInput(context: WiringContext, part: DiagramPart): PartInput {
  const { file } = context;
  const signal = sideOf(context, part, 'SIG');
  if (signal.kind !== 'pin') return { controls: new Map(), unwired: `${part.id}'s SIG is wired to no board pin` };
  const pin = signal.pin;
  if (resolveUnoPin(pin, part.id).adcChannel === undefined) {
    file.fail(part.node, `${part.id}:SIG is wired to pin ${pin}, which has no analog input`, 'wire SIG to one of A0–A5');
  }
  const valueNode = part.attrs.get('value');
  const start = valueNode === undefined || valueNode === null ? 0 : file.number(valueNode, `${part.id}'s value`);
  if (!(start >= 0 && start <= fullScale)) {
    file.fail(valueNode, `${part.id}'s value ${start} is outside 0–${fullScale}`, `give its starting position as 0–${fullScale}`);
  }
  const position: PartControl = {
    values: '0.0 to 1.0',
    assignments: (value) => (value >= 0 && value <= 1 ? [`pin.${pin}=${voltsText(value * supplyVolts)}`] : undefined),
  };
  const volts = Number(((start / fullScale) * supplyVolts).toFixed(4));
  return {
    controls: new Map([['position', position]]),
    initial: { pin, drive: { volts }, part, why: `${part.id} starts at ${start} of ${fullScale}` },
  };
}
