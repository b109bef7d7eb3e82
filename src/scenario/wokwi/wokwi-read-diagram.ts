import { isMap, isScalar, type Node } from 'yaml';
import type { YamlFile } from '../../spec/yaml-file.js';
import { Nets } from './wokwi-nets.js';
import { isOtherMcu, partTypes, type PartType } from './wokwi-parts.js';
import { boardHeaders, boardPartTypes, type BoardModel } from './wokwi-terminals.js';

/** A part of the diagram, with the nodes errors about it point at. */
export interface DiagramPart {
  id: string;
  type: string;
  kind: PartType;
  /** The part's `{ … }`, for errors about the part as a whole. */
  node: Node;
  attrs: ReadonlyMap<string, Node | null>;
}

export interface ReadDiagram {
  model: BoardModel;
  board: DiagramPart;
  parts: ReadonlyMap<string, DiagramPart>;
  nets: Nets;
}

/** A mapping's value at `key`, leaving other keys alone: diagram.json is written by Wokwi's editor, which adds keys over time. */
function field(node: Node, key: string): Node | null | undefined {
  if (!isMap(node)) return undefined;
  const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair === undefined ? undefined : ((pair.value as Node | null) ?? null);
}

function readParts(file: YamlFile, root: Node): DiagramPart[] {
  const partsNode = field(root, 'parts');
  if (partsNode === undefined)
    file.fail(root, 'the diagram has no "parts"', 'write the diagram in Wokwi\'s diagram.json format, with a "parts" list');
  const named = file.items(partsNode, 'parts').map((node) => {
    if (!isMap(node)) file.fail(node, 'a part must be an object', 'write each part as { "id": …, "type": … }');
    const idNode = field(node, 'id');
    const typeNode = field(node, 'type');
    if (idNode === undefined) file.fail(node, 'a part needs an "id"', 'give the part an "id" such as "btn1"');
    if (typeNode === undefined) file.fail(node, 'a part needs a "type"', 'give the part a "type" such as "wokwi-pushbutton"');
    return { node, idNode, typeNode, id: file.string(idNode, 'id'), type: file.string(typeNode, 'type') };
  });
  // The board first: an ESP32 project fails on its board, not on the first of its parts.
  const mcu = named.find((part) => isOtherMcu(part.type));
  if (mcu !== undefined) {
    file.fail(
      mcu.typeNode,
      `part "${mcu.id}" is a ${mcu.type}, and Boardline's virtual board is an ATmega328P`,
      'use a wokwi-arduino-uno or wokwi-arduino-nano diagram, or run this project in Wokwi itself',
    );
  }
  const parts: DiagramPart[] = [];
  for (const { node, idNode, typeNode, id, type } of named) {
    const other = parts.find((part) => part.id === id);
    if (other !== undefined) {
      file.fail(idNode, `part id "${id}" is used twice (also at line ${file.lineOf(other.node)})`, 'give each part its own id');
    }
    const kind = partTypes.get(type);
    if (kind === undefined) {
      file.fail(
        typeNode,
        `part "${id}" is a ${type}, which Boardline cannot stand in for`,
        `drop it from the diagram, or use parts Boardline supports: ${[...partTypes.keys()].join(', ')}`,
      );
    }
    const attrs = new Map<string, Node | null>();
    const attrsNode = field(node, 'attrs');
    if (attrsNode !== undefined && attrsNode !== null) {
      if (!isMap(attrsNode)) file.fail(attrsNode, `the attrs of part "${id}" must be an object`, 'write attrs as { "name": "value" }');
      for (const pair of attrsNode.items) if (isScalar(pair.key)) attrs.set(String(pair.key.value), (pair.value as Node | null) ?? null);
    }
    parts.push({ id, type, kind, node, attrs });
  }
  return parts;
}

function theBoard(file: YamlFile, root: Node, parts: readonly DiagramPart[]): { model: BoardModel; board: DiagramPart } {
  const boards = parts.filter((part) => part.kind.role === 'board');
  const [board, second] = boards;
  if (board === undefined) {
    file.fail(field(root, 'parts'), 'the diagram has no board', 'add a wokwi-arduino-uno or wokwi-arduino-nano part');
  }
  if (second !== undefined) {
    file.fail(
      second.node,
      `the diagram has two boards, "${board.id}" (line ${file.lineOf(board.node)}) and "${second.id}"`,
      'Boardline runs one board: keep one of them',
    );
  }
  return { model: boardPartTypes[board.type] ?? 'uno', board };
}

/** "part:pin" of a connection, checked against the diagram's parts and each part's pin names. */
function endpointOf(file: YamlFile, node: Node | undefined, parts: ReadonlyMap<string, DiagramPart>): { part: string; pin: string } {
  const text = file.string(node, 'a connection end');
  const colon = text.indexOf(':');
  if (colon <= 0)
    file.fail(node, `connection end "${text}" is not "part:pin"`, 'write each end as the part id and pin name, e.g. "btn1:1.l"');
  const part = parts.get(text.slice(0, colon));
  const pin = text.slice(colon + 1);
  if (part === undefined) {
    file.fail(node, `connection end "${text}" names no part of the diagram`, `use one of the part ids: ${[...parts.keys()].join(', ')}`);
  }
  if (!part.kind.pins.includes(pin)) {
    const pins = part.kind.pins.length === 0 ? `a ${part.type} has no pins` : `its pins are ${part.kind.pins.join(', ')}`;
    file.fail(node, `${part.type} "${part.id}" has no pin "${pin}"`, `connect one of its pins (${pins})`);
  }
  return { part: part.id, pin };
}

function buildNets(file: YamlFile, root: Node, model: BoardModel, parts: ReadonlyMap<string, DiagramPart>): Nets {
  const nets = new Nets();
  for (const part of parts.values()) {
    for (const group of part.kind.joined) for (const pin of group.slice(1)) nets.connect(part.id, group[0] ?? pin, part.id, pin);
    if (part.kind.role === 'resistor') nets.addResistor(part.id);
    if (part.kind.role === 'gnd') nets.addTerminal(part.id, 'GND', { kind: 'gnd' });
    if (part.kind.role === 'vcc') nets.addTerminal(part.id, 'VCC', { kind: 'vcc' });
    if (part.kind.role === 'board') for (const [pin, terminal] of boardHeaders[model]) nets.addTerminal(part.id, pin, terminal);
  }
  for (const connection of file.items(field(root, 'connections'), 'connections')) {
    const ends = file.items(connection, 'a connection');
    if (ends.length < 2) file.fail(connection, 'a connection needs two ends', 'write it as ["part:pin", "part:pin", "color", []]');
    // "$serialMonitor:RX" and the like are Wokwi's own instruments, not parts: the console is Boardline's serial port.
    if (ends.slice(0, 2).some((end) => isScalar(end) && String(end.value).startsWith('$'))) continue;
    const from = endpointOf(file, ends[0], parts);
    const to = endpointOf(file, ends[1], parts);
    nets.connect(from.part, from.pin, to.part, to.pin);
  }
  return nets;
}

/** Reads diagram.json's parts and connections into nets; every problem is named with its line. */
export function readDiagram(file: YamlFile): ReadDiagram {
  const root = file.root;
  if (root === null || !isMap(root))
    file.fail(root, 'diagram.json must be an object', 'give the diagram as Wokwi writes it: { "parts": […], "connections": […] }');
  const list = readParts(file, root);
  const { model, board } = theBoard(file, root, list);
  const parts = new Map(list.map((part) => [part.id, part]));
  return { model, board, parts, nets: buildNets(file, root, model, parts) };
}
