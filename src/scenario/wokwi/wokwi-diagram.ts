import { BoardlineError } from '../../errors.js';
import type { YamlFile } from '../../spec/yaml-file.js';
import { nearest } from './wokwi-nets.js';
import { ssd1306Device, type WokwiI2cDevice } from './wokwi-i2c.js';
import { buttonInput, potentiometerInput, switchInput, type InitialDrive, type PartInput } from './wokwi-inputs.js';
import { readDiagram, type DiagramPart } from './wokwi-read-diagram.js';
import type { WiringContext } from './wokwi-sides.js';
import { boardHeaders, terminalLabel, type BoardModel } from './wokwi-terminals.js';
import { renderWiring } from './wokwi-wiring-yaml.js';

/** A Wokwi diagram as Boardline runs it: the board, a wiring file, and how scenario steps reach its parts. */
export interface WokwiBoard {
  board: BoardModel;
  /** The diagram's file name as errors give it: "diagram.json". */
  source: string;
  /** The board part's id ("uno"), which expect-pin may name to read the board's own pins. */
  boardPartId: string;
  /** A wiring file in Boardline's format (src/virtual/wiring.ts): the I2C parts, and the pins parts hold from the start. */
  wiringYaml: string;
  /**
   * The `virtual-board set` assignments of a Wokwi set-control (pin.2=pressed, pin.A0=2.5V).
   * `where` names the scenario step ("scenario.yaml line 9") for errors.
   */
  setControl(partId: string, control: string, value: number, where: string): string[];
  /** The board pin ("13", "A0") a Wokwi expect-pin on a part's pin reads. */
  pinFor(partId: string, pin: string, where: string): string;
}

function usage(message: string, hint: string): never {
  throw new BoardlineError('usage', message, { hint: `Fix: ${hint}` });
}

function inputOf(context: WiringContext, part: DiagramPart): PartInput | undefined {
  if (part.kind.role === 'button') return buttonInput(context, part);
  if (part.kind.role === 'switch') return switchInput(context, part);
  if (part.kind.role === 'potentiometer') return potentiometerInput(context, part);
  return undefined;
}

/** Two parts holding one pin at the start would fight; the second is named at its line. */
function checkDrives(file: YamlFile, drives: readonly InitialDrive[]): void {
  for (const [index, drive] of drives.entries()) {
    const first = drives.slice(0, index).find((other) => other.pin === drive.pin);
    if (first !== undefined) {
      file.fail(
        drive.part.node,
        `${drive.part.id} and ${first.part.id} (line ${file.lineOf(first.part.node)}) both drive pin ${drive.pin}`,
        'wire each input part to a pin of its own',
      );
    }
  }
}

/**
 * Reads a Wokwi diagram.json (through YamlFile: JSON is YAML, so every node has its line) for an
 * Arduino Uno or Nano. Parts that cannot be stood in for, and wiring the emulated board cannot
 * honour, fail here at their line; a scenario's references to parts fail at the scenario's line.
 */
export function parseWokwiDiagram(file: YamlFile): WokwiBoard {
  const { model, board, parts, nets } = readDiagram(file);
  const context: WiringContext = { file, nets, board, model };
  const inputs = new Map<string, PartInput>();
  const devices: WokwiI2cDevice[] = [];
  for (const part of parts.values()) {
    const input = inputOf(context, part);
    if (input !== undefined) inputs.set(part.id, input);
    if (part.kind.role === 'ssd1306') devices.push(ssd1306Device(context, part));
  }
  const drives = [...inputs.values()].flatMap((input) => (input.initial === undefined ? [] : [input.initial]));
  checkDrives(file, drives);

  const partAt = (partId: string, where: string): DiagramPart =>
    parts.get(partId) ??
    usage(`${where}: part "${partId}" is not in ${file.source}`, `name one of the diagram's parts: ${[...parts.keys()].join(', ')}`);
  const described = (part: DiagramPart): string => `${part.type} "${part.id}" (${file.where(part.node)})`;

  return {
    board: model,
    source: file.source,
    boardPartId: board.id,
    wiringYaml: renderWiring(file, devices, drives),

    setControl(partId, control, value, where) {
      const part = partAt(partId, where);
      const documented = part.kind.controls ?? [];
      if (!documented.includes(control)) {
        usage(
          `${where}: ${described(part)} has no control "${control}"`,
          documented.length > 0
            ? `use ${documented.join(', ')}`
            : `Wokwi documents no automation control for a ${part.type}; drop the step`,
        );
      }
      const input = inputs.get(part.id);
      const found = input?.controls.get(control);
      if (input?.unwired !== undefined || found === undefined) {
        usage(
          `${where}: ${described(part)} cannot be moved: ${input?.unwired ?? 'it reaches no board pin'}`,
          'wire it to a board pin in the diagram',
        );
      }
      const assignments = found.assignments(value);
      if (assignments === undefined)
        usage(`${where}: ${part.id}'s ${control} takes ${found.values}, not ${value}`, `give ${control} ${found.values}`);
      return assignments;
    },

    pinFor(partId, pin, where) {
      const part = partAt(partId, where);
      if (!part.kind.pins.includes(pin)) {
        usage(
          `${where}: ${described(part)} has no pin "${pin}"`,
          part.kind.pins.length > 0 ? `name one of its pins: ${part.kind.pins.join(', ')}` : 'name a part that has pins',
        );
      }
      if (part === board) {
        const terminal = boardHeaders[model].get(pin);
        if (terminal?.kind === 'pin') return terminal.pin;
        usage(
          `${where}: ${board.id}:${pin} is ${terminal === undefined ? 'not a pin' : terminalLabel(terminal)}, not a pin the firmware drives${terminal?.kind === 'inert' ? ` (${terminal.why})` : ''}`,
          'name a digital pin (0–13) or A0–A5',
        );
      }
      const reached = nets.reach(part.id, pin);
      const near = nearest(reached).map((entry) => entry.terminal);
      const pins = [...new Set(near.flatMap((terminal) => (terminal.kind === 'pin' ? [terminal.pin] : [])))];
      const [only] = pins;
      if (only !== undefined && pins.length === 1 && near.length === 1) return only;
      const what = near.length === 0 ? 'is wired to no board pin' : `is wired to ${near.map(terminalLabel).join(' and ')}`;
      return usage(
        `${where}: ${part.id}:${pin} ${what} (${file.where(part.node)}), so there is no one board pin to read`,
        'expect-pin reads the board pin a part pin is wired to, directly or through resistors: name such a pin',
      );
    },
  };
}
