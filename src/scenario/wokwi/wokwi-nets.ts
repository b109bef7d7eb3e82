import type { Terminal } from './wokwi-terminals.js';

/** A terminal a part pin reaches, and through how many resistors: 0 is a plain wire. */
export interface Reached {
  terminal: Terminal;
  resistors: number;
}

function endpoint(part: string, pin: string): string {
  return `${part}:${pin}`;
}

/**
 * The diagram's wires as nets (union-find over "part:pin" endpoints). Resistors are kept apart as
 * edges between nets: Boardline's pins are digital, so a series resistor still carries the level
 * (LED anode — 220 Ω — pin 13 is pin 13), but the number crossed tells a wire from a pull resistor.
 */
export class Nets {
  private readonly parent = new Map<string, string>();
  private readonly resistors: [string, string][] = [];
  private readonly terminals = new Map<string, Terminal[]>();

  private root(key: string): string {
    let node = key;
    for (let up = this.parent.get(node); up !== undefined && up !== node; up = this.parent.get(node)) node = up;
    // Diagrams hold tens of parts: pointing the start at its root is all the compression needed.
    if (node !== key) this.parent.set(key, node);
    return node;
  }

  join(a: string, b: string): void {
    const rootA = this.root(a);
    const rootB = this.root(b);
    if (rootA !== rootB) this.parent.set(rootA, rootB);
  }

  connect(partA: string, pinA: string, partB: string, pinB: string): void {
    this.join(endpoint(partA, pinA), endpoint(partB, pinB));
  }

  addResistor(part: string): void {
    this.resistors.push([endpoint(part, '1'), endpoint(part, '2')]);
  }

  /** Marks a pin as a terminal (a board header pin, a GND symbol): nets that hold it end there. */
  addTerminal(part: string, pin: string, terminal: Terminal): void {
    const key = endpoint(part, pin);
    this.terminals.set(key, [...(this.terminals.get(key) ?? []), terminal]);
  }

  sameNet(partA: string, pinA: string, partB: string, pinB: string): boolean {
    return this.root(endpoint(partA, pinA)) === this.root(endpoint(partB, pinB));
  }

  /** Every terminal the pin reaches through wires and resistors, nearest first, each once at its shortest. */
  reach(part: string, pin: string): Reached[] {
    const terminalsByNet = new Map<string, Terminal[]>();
    for (const [key, terminals] of this.terminals) {
      const net = this.root(key);
      terminalsByNet.set(net, [...(terminalsByNet.get(net) ?? []), ...terminals]);
    }
    const edges = new Map<string, string[]>();
    for (const [a, b] of this.resistors) {
      const netA = this.root(a);
      const netB = this.root(b);
      if (netA === netB) continue;
      edges.set(netA, [...(edges.get(netA) ?? []), netB]);
      edges.set(netB, [...(edges.get(netB) ?? []), netA]);
    }
    // Breadth first: every edge is one resistor, so the first visit of a net is its shortest.
    const start = this.root(endpoint(part, pin));
    const distance = new Map<string, number>([[start, 0]]);
    const queue = [start];
    const found = new Map<string, Reached>();
    for (let net = queue.shift(); net !== undefined; net = queue.shift()) {
      const resistors = distance.get(net) ?? 0;
      for (const terminal of terminalsByNet.get(net) ?? []) {
        const key = JSON.stringify(terminal);
        if (!found.has(key)) found.set(key, { terminal, resistors });
      }
      for (const next of edges.get(net) ?? []) {
        if (distance.has(next)) continue;
        distance.set(next, resistors + 1);
        queue.push(next);
      }
    }
    return [...found.values()];
  }
}

/** The terminals at the smallest number of resistors: what the pin is wired to, as against pulled to. */
export function nearest(reached: readonly Reached[]): Reached[] {
  const least = Math.min(...reached.map((entry) => entry.resistors));
  return reached.filter((entry) => entry.resistors === least);
}
