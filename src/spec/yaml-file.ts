import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { BoardlineError } from '../errors.js';

/**
 * A YAML file read for a person's configuration: every node keeps its line, so an error can say
 * "wiring.yml line 7: unknown key adress". The file's name is part of each message.
 */
export class YamlFile {
  private readonly lines = new LineCounter();
  readonly root: Node | null;

  constructor(
    text: string,
    readonly source: string,
  ) {
    const document = parseDocument(text, { lineCounter: this.lines, prettyErrors: false });
    const problem = document.errors[0];
    if (problem !== undefined) {
      const line = this.lines.linePos(problem.pos[0]).line;
      throw new BoardlineError('usage', `${source} line ${line}: ${problem.message.split('\n')[0] ?? problem.code}`, {
        hint: 'Fix: correct the YAML syntax there',
      });
    }
    this.root = document.contents;
  }

  lineOf(node: Node | null | undefined): number {
    const offset = node?.range?.[0];
    return offset === undefined ? 1 : this.lines.linePos(offset).line;
  }

  /** "wiring.yml line 7" for a node. */
  where(node: Node | null | undefined): string {
    return `${this.source} line ${this.lineOf(node)}`;
  }

  fail(node: Node | null | undefined, message: string, hint: string): never {
    throw new BoardlineError('usage', `${this.where(node)}: ${message}`, { hint: `Fix: ${hint}` });
  }

  /** A mapping's entries, refusing keys not in `allowed` (each named with its line). */
  entries(node: Node | null | undefined, allowed: readonly string[], what: string): Map<string, { key: Node; value: Node | null }> {
    if (!isMap(node)) this.fail(node, `${what} must be a mapping`, `write ${what} as key: value lines`);
    const found = new Map<string, { key: Node; value: Node | null }>();
    for (const pair of node.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value) : '';
      if (!allowed.includes(key)) this.fail(keyNode, `unknown key ${JSON.stringify(key)} in ${what}`, `use one of ${allowed.join(', ')}`);
      found.set(key, { key: keyNode, value: (pair.value as Node | null) ?? null });
    }
    return found;
  }

  items(node: Node | null | undefined, what: string): Node[] {
    if (node === null || node === undefined) return [];
    if (!isSeq(node)) this.fail(node, `${what} must be a list`, `write each entry of ${what} on a line starting with "- "`);
    return node.items as Node[];
  }

  scalar(node: Node | null | undefined, what: string): string | number | boolean {
    if (!isScalar(node) || node.value === null) this.fail(node, `${what} needs a value`, `give ${what} a value`);
    const value = (node as { value: unknown }).value;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
    this.fail(node, `${what} must be a plain value`, `give ${what} a number or a word`);
  }

  number(node: Node | null | undefined, what: string): number {
    const value = this.scalar(node, what);
    const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    if (!Number.isFinite(number)) this.fail(node, `${what} must be a number, not ${JSON.stringify(value)}`, `give ${what} as a number`);
    return number;
  }

  string(node: Node | null | undefined, what: string): string {
    return String(this.scalar(node, what));
  }
}
