import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { YamlFile } from '../../spec/yaml-file.js';
import { parseBoardlineStep, stepKeys } from '../parse-scenario.js';
import type { DelayStep, DriveStep, ExpectStep, Scenario, ScenarioStep, SendStep, WaitPinStep } from '../steps.js';
import type { WokwiBoard } from './wokwi-diagram.js';
import { wokwiDelayMs } from './wokwi-time.js';

/** The steps Boardline runs, by their Wokwi names. */
const runnable = ['wait-serial', 'write-serial', 'delay', 'set-control', 'expect-pin'] as const;
type Runnable = (typeof runnable)[number];

/** Wokwi steps (wokwi-cli's scenario commands) that have no counterpart here, named as such rather than as typos. */
const notRunnable = ['take-screenshot', 'touch', 'touch-press', 'touch-move', 'touch-release', 'expect-chip-output'];

interface StepSite {
  file: YamlFile;
  item: Node;
  value: Node | null;
  base: { where: string; line: number };
  /** The step's own `name:`, which Wokwi prints as it runs the step. */
  label: string | undefined;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * Wokwi's wait-serial waits for the text's bytes to come out of the serial port (wokwi-cli sets a
 * "serial-bytes" pause point): anywhere in the stream, as soon as they arrive, ending a line or
 * not. A literal pattern does that within a line; wholeLines stays off so a prompt printed
 * without a line ending still matches once the board falls quiet, as it would in Wokwi.
 */
function waitSerial({ file, value, base, label }: StepSite): ExpectStep {
  const raw = String(file.scalar(value, 'wait-serial'));
  // A trailing line ending asks for the text to end a line; matched within a line, the text alone is found there too.
  const text = raw.replace(/(\r?\n)+$/, '');
  if (text === '') file.fail(value, 'wait-serial needs text to wait for', 'give the text the firmware prints');
  if (/[\r\n]/.test(text)) {
    file.fail(value, 'wait-serial text spans lines, and Boardline matches within a line', 'split it into one wait-serial step a line');
  }
  // Text that reads as /regex/, or holds ${…} (Boardline's captured values), goes as an escaped regex so it stays literal.
  const pattern = /^\/.*\/[a-z]*$/s.test(text) || text.includes('${') ? `/${escapeRegex(text)}/` : text;
  return { kind: 'expect', ...base, name: label ?? `wait-serial ${JSON.stringify(text)}`, pattern, wholeLines: false };
}

function writeSerial({ file, value, base, label }: StepSite): SendStep {
  if (isSeq(value)) {
    const bytes = file.items(value, 'write-serial').map((node) => {
      const byte = file.number(node, 'a byte');
      if (!Number.isInteger(byte) || byte < 0 || byte > 255) file.fail(node, `${byte} is not a byte`, 'give byte values 0–255');
      return byte;
    });
    if (bytes.length === 0) file.fail(value, 'write-serial has no bytes', 'give at least one byte value, or the text to send');
    return { kind: 'send', ...base, name: label ?? `write-serial [${bytes.join(', ')}]`, data: { bytes } };
  }
  const text = String(file.scalar(value, 'write-serial'));
  if (text === '') file.fail(value, 'write-serial has nothing to send', 'give the text to send, or a list of byte values');
  const name = label ?? `write-serial ${JSON.stringify(text)}`;
  // Boardline fills ${name} in a send's text; Wokwi sends it as written, which bytes keep.
  if (text.includes('${')) return { kind: 'send', ...base, name, data: { bytes: [...Buffer.from(text, 'utf8')] } };
  return { kind: 'send', ...base, name, data: { text } };
}

function delay({ file, value, base, label }: StepSite): DelayStep {
  const scalar = file.scalar(value, 'delay');
  const ms = typeof scalar === 'string' ? wokwiDelayMs(scalar) : undefined;
  if (ms === undefined) {
    return file.fail(
      value,
      `delay ${JSON.stringify(scalar)} is not a time with its unit`,
      `write it with a unit, as Wokwi requires: ${String(scalar)}ms, 2s, 500us`,
    );
  }
  return { kind: 'delay', ...base, name: label ?? `delay ${String(scalar)}`, ms };
}

/** set-control's and expect-pin's fields: `part-id`, the control or pin under its old name or the newer `name`, and `value`. */
function partFields(site: StepSite, step: 'set-control' | 'expect-pin', oldName: 'control' | 'pin', board: WokwiBoard | undefined) {
  // Annotated, so a call to file.fail narrows what follows it (TypeScript wants an explicit type for that).
  const file: YamlFile = site.file;
  const { item, value } = site;
  const fields = file.entries(value, ['part-id', oldName, 'name', 'value'], step);
  const partId = fields.get('part-id');
  if (partId === undefined) file.fail(value, `${step} needs part-id`, 'name the part of the diagram, e.g. part-id: btn1');
  const named = [fields.get(oldName), fields.get('name')].filter((entry) => entry !== undefined);
  const [what, twice] = named;
  if (what === undefined)
    file.fail(value, `${step} needs name (or ${oldName})`, `say which ${oldName} of ${file.string(partId.value, 'part-id')}`);
  if (twice !== undefined)
    file.fail(twice.key, `${step} gives both ${oldName} and name`, `keep one: name is Wokwi's newer spelling of ${oldName}`);
  const valueEntry = fields.get('value');
  if (valueEntry === undefined)
    file.fail(value, `${step} needs value`, step === 'set-control' ? 'give the value to set' : 'give the level expected, 0 or 1');
  if (board === undefined) {
    file.fail(
      item,
      `${step} names a part of the diagram, and no diagram was given`,
      "pass diagram (the project's diagram.json) with the scenario",
    );
  }
  return {
    board,
    partId: file.string(partId.value, 'part-id'),
    what: file.string(what.value, oldName),
    number: file.number(valueEntry.value, 'value'),
    valueNode: valueEntry.value,
  };
}

function setControl(site: StepSite, board: WokwiBoard | undefined): DriveStep {
  const fields = partFields(site, 'set-control', 'control', board);
  const assignments = fields.board.setControl(fields.partId, fields.what, fields.number, site.base.where);
  const name = site.label ?? `set-control ${fields.partId}.${fields.what}=${fields.number}`;
  return { kind: 'drive', ...site.base, name, verb: 'set-control', assignments };
}

function expectPin(site: StepSite, board: WokwiBoard | undefined): WaitPinStep {
  const fields = partFields(site, 'expect-pin', 'pin', board);
  const level = fields.number;
  if (level !== 0 && level !== 1)
    site.file.fail(fields.valueNode, `expect-pin value ${level} is not a level`, 'expect 0 (low) or 1 (high)');
  const pin = fields.board.pinFor(fields.partId, fields.what, site.base.where);
  const name = site.label ?? `expect-pin ${fields.partId}:${fields.what} == ${level}`;
  return { kind: 'wait-pin', ...site.base, name, pin, level, withinUs: 0 };
}

/**
 * A step of Boardline's own written in a Wokwi scenario (wait-pin, check-pins, expect, …): an
 * expect-pin may be written as Boardline's richer wait-pin or check-pins, naming the board's pins.
 */
function boardlineStep(file: YamlFile, item: Node): ScenarioStep | undefined {
  if (!isMap(item)) return undefined;
  const keys = item.items.map((pair) => (isScalar(pair.key) ? String(pair.key.value) : ''));
  if (keys.some((key) => (runnable as readonly string[]).includes(key) || notRunnable.includes(key))) return undefined;
  return keys.some((key) => key in stepKeys) ? parseBoardlineStep(file, item) : undefined;
}

function parseStep(file: YamlFile, item: Node, board: WokwiBoard | undefined): ScenarioStep {
  const own = boardlineStep(file, item);
  if (own !== undefined) return own;
  const fields = file.entries(item, ['name', ...runnable, ...notRunnable], 'a step');
  for (const [key, entry] of fields) {
    if (notRunnable.includes(key)) {
      file.fail(
        entry.key,
        `Wokwi's ${key} step is not one Boardline runs`,
        `drop it, or run this scenario in Wokwi; Boardline runs ${runnable.join(', ')} and its own steps (${Object.keys(stepKeys).join(', ')})`,
      );
    }
  }
  const actions = runnable.filter((key) => fields.has(key));
  const [action, second] = actions;
  if (action === undefined)
    file.fail(
      item,
      'the step does nothing',
      `give it one of ${runnable.join(', ')}, or one of Boardline's own (${Object.keys(stepKeys).join(', ')})`,
    );
  if (second !== undefined)
    file.fail(fields.get(second)?.key, `one step holds both ${action} and ${second}`, 'give each its own step ("- " line)');
  const nameNode = fields.get('name')?.value;
  const site: StepSite = {
    file,
    item,
    value: fields.get(action)?.value ?? null,
    base: { where: file.where(item), line: file.lineOf(item) },
    label: nameNode === undefined ? undefined : file.string(nameNode, 'name'),
  };
  const parsers: Record<Runnable, () => ScenarioStep> = {
    'wait-serial': () => waitSerial(site),
    'write-serial': () => writeSerial(site),
    delay: () => delay(site),
    'set-control': () => setControl(site, board),
    'expect-pin': () => expectPin(site, board),
  };
  return parsers[action]();
}

/**
 * Reads a Wokwi automation scenario (name, version: 1, author, steps) into Boardline's steps.
 * Steps that reach parts (set-control, expect-pin) need the project's diagram; the others run on
 * any board. Every problem is named with its line in the scenario file.
 */
export function parseWokwiScenario(file: YamlFile, board: WokwiBoard | undefined): Scenario {
  // description: wokwi-cli's own tests write one; Wokwi ignores it, and so does Boardline.
  const top = file.entries(file.root, ['name', 'version', 'author', 'description', 'steps'], 'the scenario');
  const nameEntry = top.get('name');
  if (nameEntry === undefined) file.fail(file.root, 'the scenario has no name', 'add name: and what the scenario checks');
  const versionEntry = top.get('version');
  if (versionEntry === undefined) file.fail(file.root, 'the scenario has no version', 'add version: 1');
  const version = file.number(versionEntry.value, 'version');
  if (version !== 1)
    file.fail(
      versionEntry.value,
      `scenario version ${version} is not one Boardline knows`,
      'write version: 1, the one Wokwi scenarios have',
    );
  const stepsEntry = top.get('steps');
  if (stepsEntry === undefined) file.fail(file.root, 'the scenario has no steps', 'add steps: with a list of steps');
  const steps = file.items(stepsEntry.value, 'steps').map((item) => parseStep(file, item, board));
  return { name: file.string(nameEntry.value, 'name'), source: file.source, steps };
}
