import { isMap, isScalar, isSeq, Scalar, type Node } from 'yaml';
import { BoardlineError } from '../errors.js';
import { compilePattern } from '../serial/patterns.js';
import { parseDuration } from '../spec/duration.js';
import type { YamlFile } from '../spec/yaml-file.js';
import { checkWindowUs } from '../virtual/pins/check-pins.js';
import { parsePinAssertions } from '../virtual/pins/pin-assertions.js';
import { resolveUnoPin } from '../virtual/pins/arduino-uno-pins.js';
import type { Scenario, ScenarioStep, StepBase } from './steps.js';

/** The step keys of a Boardline scenario, each with the keys that may stand beside it. */
export const stepKeys: Readonly<Record<string, readonly string[]>> = {
  send: [],
  expect: [],
  'expect-not': ['for'],
  set: [],
  press: [],
  release: [],
  pin: [],
  'wait-pin': [],
  'check-pins': ['duration', 'reset'],
  screenshot: ['device'],
  reset: [],
  delay: [],
};
const commonKeys = ['name', 'timeout'];

/** Reads \n, \r, \t, \0, \\ and \xHH in text YAML did not unescape itself (plain or single-quoted). */
function unescape(text: string): string {
  return text.replace(/\\(x[0-9a-fA-F]{2}|[nrt0\\])/g, (_, code: string) => {
    if (code.startsWith('x')) return String.fromCharCode(parseInt(code.slice(1), 16));
    return ({ n: '\n', r: '\r', t: '\t', '0': '\0', '\\': '\\' } as Record<string, string>)[code] ?? code;
  });
}

class StepReader {
  constructor(private readonly file: YamlFile) {}

  duration(node: Node | null, what: string): number {
    const text = this.file.string(node, what);
    const ms = parseDuration(text);
    if (ms === undefined) this.file.fail(node, `${what} ${JSON.stringify(text)} is not a duration`, 'write e.g. 500ms, 2s or 1m');
    return ms;
  }

  text(node: Node | null, what: string): string {
    const value = this.file.string(node, what);
    return isScalar(node) && node.type === Scalar.QUOTE_DOUBLE ? value : unescape(value);
  }

  pattern(node: Node | null, what: string): string {
    const source = this.file.string(node, what);
    if (source === '') this.file.fail(node, `${what} is empty`, 'give the text or /regex/ to look for');
    try {
      // Checked now, so a bad expression is named with its line before the board is touched.
      compilePattern(source.replace(/\$\{[A-Za-z_][A-Za-z0-9_]*\}/g, 'x'), what);
    } catch (error) {
      this.file.fail(node, (error as Error).message, 'correct the expression');
    }
    return source;
  }

  pin(node: Node | null, what: string): string {
    const name = this.file.string(node, what);
    try {
      return resolveUnoPin(name, what).name;
    } catch (error) {
      this.file.fail(node, (error as Error).message, 'use a digital pin 0–13, an analog pin A0–A5, or a port bit such as PB5');
    }
  }

  level(node: Node | null, what: string): 0 | 1 {
    const word = this.file.string(node, what).trim().toLowerCase();
    if (word === 'high' || word === '1') return 1;
    if (word === 'low' || word === '0') return 0;
    this.file.fail(node, `${what} ${JSON.stringify(word)} must be high or low`, 'write high or low');
  }

  /** The entries of a flow or block mapping as `KEY=VALUE` assignments. */
  assignments(node: Node | null, what: string, key: (text: string, keyNode: Node) => string): string[] {
    if (!isMap(node)) this.file.fail(node, `${what} must be a mapping`, `write it as { NAME: VALUE }`);
    return node.items.map((pair) => {
      const keyNode = pair.key as Node;
      return `${key(this.file.string(keyNode, `a key of ${what}`), keyNode)}=${this.file.string(pair.value as Node | null, `the value of ${what}`)}`;
    });
  }
}

/** A step's value as a person reads it in the summary: `press 2`, `wait-pin { pin: 13, level: high }`. */
function describe(kind: string, value: Node | null): string {
  const plain = (node: unknown): string => {
    if (isScalar(node))
      return typeof node.value === 'string' && node.type !== Scalar.PLAIN ? JSON.stringify(node.value) : String(node.value);
    if (isMap(node)) return `{ ${node.items.map((pair) => `${plain(pair.key)}: ${plain(pair.value)}`).join(', ')} }`;
    if (isSeq(node)) return `[${node.items.map(plain).join(', ')}]`;
    return '';
  };
  const text = value === null || (isScalar(value) && value.value === null) ? '' : plain(value);
  return (text === '' ? kind : `${kind} ${text}`).slice(0, 160);
}

/** One step of Boardline's own kinds (a Wokwi scenario may hold them beside its own). */
export function parseBoardlineStep(file: YamlFile, node: Node): ScenarioStep {
  return parseStep(file, node, new StepReader(file));
}

function parseStep(file: YamlFile, node: Node, reader: StepReader): ScenarioStep {
  // A bare word is a step without arguments: "- reset".
  if (isScalar(node)) {
    const word = file.string(node, 'a step');
    if (word !== 'reset') {
      file.fail(
        node,
        `${JSON.stringify(word)} is not a step`,
        `write a step as KEY: VALUE, with KEY one of ${Object.keys(stepKeys).join(', ')}`,
      );
    }
    return { kind: 'reset', where: file.where(node), line: file.lineOf(node), name: 'reset' };
  }
  if (!isMap(node)) file.fail(node, 'a step must be a mapping', 'write a step as KEY: VALUE');
  const named = node.items.map((pair) => String((pair.key as Scalar).value)).filter((key) => key in stepKeys);
  // A key that may stand beside another step's key is that step's setting (check-pins' reset).
  const kinds = named.filter((key) => !named.some((other) => other !== key && (stepKeys[other] ?? []).includes(key)));
  if (kinds.length !== 1) {
    file.fail(
      node,
      kinds.length === 0 ? 'the step says nothing to do' : `one step does ${kinds.join(' and ')}`,
      `give each step one of ${Object.keys(stepKeys).join(', ')}`,
    );
  }
  const kind = kinds[0] as string;
  const fields = file.entries(node, [kind, ...(stepKeys[kind] ?? []), ...commonKeys], `a ${kind} step`);
  const value = fields.get(kind)?.value ?? null;
  const field = (name: string): Node | null | undefined => fields.get(name)?.value;
  const nameNode = field('name');
  const timeoutNode = field('timeout');
  const base: StepBase = {
    where: file.where(fields.get(kind)?.key),
    line: file.lineOf(fields.get(kind)?.key),
    name: nameNode === undefined ? describe(kind, value) : file.string(nameNode, 'name'),
    ...(timeoutNode === undefined ? {} : { timeoutMs: reader.duration(timeoutNode, 'timeout') }),
  };
  switch (kind) {
    case 'send': {
      if (isSeq(value)) {
        const bytes = value.items.map((item) => {
          const byte = file.number(item as Node, 'a byte');
          if (!Number.isInteger(byte) || byte < 0 || byte > 255)
            file.fail(item as Node, `${byte} is not a byte`, 'give values 0–255 (0x41 or 65)');
          return byte;
        });
        return { ...base, kind: 'send', data: { bytes } };
      }
      return { ...base, kind: 'send', data: { text: reader.text(value, 'send') } };
    }
    case 'expect':
      return { ...base, kind: 'expect', pattern: reader.pattern(value, 'expect') };
    case 'expect-not': {
      const forNode = field('for');
      if (forNode === undefined) file.fail(node, 'expect-not needs "for": how long nothing may match', 'add e.g. "for: 3s" beside it');
      return { ...base, kind: 'expect-not', pattern: reader.pattern(value, 'expect-not'), forMs: reader.duration(forNode, 'for') };
    }
    case 'set':
      return {
        ...base,
        kind: 'drive',
        verb: 'set',
        assignments: reader.assignments(value, 'set', (key, keyNode) => {
          if (!/^[^.=\s]+\.[^=\s]+$/.test(key))
            file.fail(keyNode, `${JSON.stringify(key)} is not DEVICE.FIELD`, 'write e.g. bmp280.temperature: 30');
          return key;
        }),
      };
    case 'press':
    case 'release': {
      const pin = reader.pin(value, kind);
      return { ...base, kind: 'drive', verb: kind, assignments: [`pin.${pin}=${kind === 'press' ? 'pressed' : 'released'}`] };
    }
    case 'pin':
      return {
        ...base,
        kind: 'drive',
        verb: 'pin',
        assignments: reader.assignments(value, 'pin', (key, keyNode) => `pin.${reader.pin(keyNode, `pin ${key}`)}`),
      };
    case 'wait-pin': {
      const wait = file.entries(value, ['pin', 'level', 'within'], 'wait-pin');
      const pinNode = wait.get('pin')?.value;
      const levelNode = wait.get('level')?.value;
      if (pinNode === undefined || levelNode === undefined)
        file.fail(value, 'wait-pin needs a pin and a level', 'write { pin: 13, level: high, within: 2s }');
      const withinNode = wait.get('within')?.value;
      const withinMs = withinNode === undefined ? 0 : reader.duration(withinNode, 'within');
      return {
        ...base,
        kind: 'wait-pin',
        pin: reader.pin(pinNode, 'pin'),
        level: reader.level(levelNode, 'level'),
        withinUs: withinMs * 1000,
      };
    }
    case 'check-pins': {
      const lines = isSeq(value)
        ? value.items.map((item) => file.string(item as Node, 'an assertion'))
        : [file.string(value, 'check-pins')];
      let assertions;
      try {
        assertions = parsePinAssertions(lines);
      } catch (error) {
        file.fail(
          value,
          (error as Error).message,
          (error as BoardlineError).hint?.replace(/^Fix: /, '') ?? 'see verify-pins for the forms',
        );
      }
      if (assertions.length === 0)
        file.fail(value, 'check-pins has no assertion', 'write e.g. "pin 13 toggles with a period of 1 s ± 5 % for 3 s"');
      const durationNode = field('duration');
      const resetNode = field('reset');
      const durationUs = checkWindowUs(
        assertions,
        durationNode === undefined ? undefined : reader.duration(durationNode, 'duration') * 1000,
      );
      return {
        ...base,
        kind: 'check-pins',
        assertions: lines,
        durationUs,
        ...(resetNode === undefined ? {} : { reset: file.scalar(resetNode, 'reset') === true }),
      };
    }
    case 'screenshot': {
      const deviceNode = field('device');
      return {
        ...base,
        kind: 'screenshot',
        path: file.string(value, 'screenshot'),
        ...(deviceNode === undefined ? {} : { device: file.string(deviceNode, 'device') }),
      };
    }
    case 'reset':
      return { ...base, kind: 'reset' };
    case 'delay':
      return { ...base, kind: 'delay', ms: reader.duration(value, 'delay') };
  }
  throw new Error(`unhandled step ${kind}`);
}

/** A Boardline scenario (name, steps, fail-on), every error naming its line. */
export function parseBoardlineScenario(file: YamlFile): Scenario {
  const top = file.entries(file.root, ['name', 'steps', 'fail-on'], 'the scenario');
  const stepsNode = top.get('steps')?.value;
  if (stepsNode === undefined) file.fail(file.root, 'the scenario has no steps', 'add "steps:" with one step a line');
  const reader = new StepReader(file);
  const steps = file.items(stepsNode, 'steps').map((node) => parseStep(file, node, reader));
  if (steps.length === 0) file.fail(stepsNode, 'the scenario has no steps', 'add one step a line under "steps:"');
  const nameNode = top.get('name')?.value;
  const failOnNode = top.get('fail-on')?.value;
  return {
    name: nameNode === undefined ? file.source : file.string(nameNode, 'name'),
    source: file.source,
    steps,
    ...(failOnNode === undefined ? {} : { failOn: file.items(failOnNode, 'fail-on').map((item) => reader.pattern(item, 'fail-on')) }),
  };
}
