import type { YamlFile } from '../../spec/yaml-file.js';
import { nearest, type Nets } from './wokwi-nets.js';
import type { DiagramPart } from './wokwi-read-diagram.js';
import { terminalLabel, type BoardModel } from './wokwi-terminals.js';

export interface WiringContext {
  file: YamlFile;
  nets: Nets;
  board: DiagramPart;
  model: BoardModel;
}

export type Rail = 'gnd' | 'vcc';

/** What one pin of a part is wired to: a board pin, a rail, or nothing Boardline can see. */
export type Side = { kind: 'pin'; pin: string } | { kind: 'rail'; rail: Rail } | { kind: 'none' };

/**
 * The side of a part pin, by what its net reaches with the fewest resistors between: a wire (or a
 * series resistor) to pin 2 makes it pin 2, even when pin 2 also has a pull resistor to GND.
 * Wiring that makes no sense for a digital pin (a pin shorted to GND, two pins tied) is refused.
 */
export function sideOf(context: WiringContext, part: DiagramPart, pin: string): Side {
  const { file, nets } = context;
  const reached = nets.reach(part.id, pin);
  if (reached.length === 0) return { kind: 'none' };
  const near = nearest(reached).map((entry) => entry.terminal);
  const here = `${part.id}:${pin}`;
  for (const terminal of near) {
    if (terminal.kind === 'inert') {
      file.fail(
        part.node,
        `${here} is wired to the board's ${terminal.label}, and ${terminal.why}`,
        'wire it to a digital or analog pin, GND or 5V',
      );
    }
  }
  const pins = [...new Set(near.flatMap((terminal) => (terminal.kind === 'pin' ? [terminal.pin] : [])))];
  const rails = [...new Set(near.flatMap((terminal) => (terminal.kind === 'gnd' || terminal.kind === 'vcc' ? [terminal.kind] : [])))];
  const labels = near.map(terminalLabel).join(' and ');
  if (pins.length + rails.length > 1) {
    file.fail(
      part.node,
      `${here} is wired to ${labels} at once, which would short them`,
      'check the wires of the part: each net should reach one board pin or one rail',
    );
  }
  const [boardPin] = pins;
  if (boardPin !== undefined) return { kind: 'pin', pin: boardPin };
  const [rail] = rails;
  return rail === undefined ? { kind: 'none' } : { kind: 'rail', rail };
}

/** The rail a board pin is pulled to through resistors (an external pull-up or pull-down), if one is nearest. */
export function pullOf(context: WiringContext, pin: string): Rail | undefined {
  const rails = context.nets
    .reach(context.board.id, pin)
    .filter((entry) => entry.resistors > 0 && (entry.terminal.kind === 'gnd' || entry.terminal.kind === 'vcc'));
  if (rails.length === 0) return undefined;
  const kinds = new Set(nearest(rails).map((entry) => entry.terminal.kind as Rail));
  // A divider to both rails leaves the pin in between: no level to hold it at.
  return kinds.size === 1 ? [...kinds][0] : undefined;
}
