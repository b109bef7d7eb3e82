import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderPinTimingSvg } from '../../src/report/pin-timing-svg.js';
import type { PinEdge, PinTrace } from '../../src/virtual/pins/pin-trace.js';

const startUs = 2_000_000;

function squareWave(pin: string, periodUs: number, durationUs: number): PinTrace {
  const edges: PinEdge[] = [];
  for (let atUs = periodUs / 2; atUs < durationUs; atUs += periodUs / 2)
    edges.push({ atUs: startUs + atUs, level: edges.length % 2 === 0 ? 1 : 0 });
  return { pin, startUs, endUs: startUs + durationUs, initial: 0, edges };
}

interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlElement[];
  /** Its own text, entities decoded. */
  text: string;
}

const entities: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  return raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
    assert.ok(whole.endsWith(';'), `a bare & in ${where}`);
    if (name.startsWith('#x')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const decoded = entities[name];
    assert.ok(decoded !== undefined, `unknown entity &${name}; in ${where}`);
    return decoded;
  });
}

/**
 * A strict well-formedness check of the XML an SVG needs: one root element, tags nested and closed,
 * attributes quoted and not repeated, no bare < or & in text or values. No comments, CDATA or DTD are
 * accepted, since the renderer writes none. Gives the element tree.
 */
function parseSvg(xml: string): XmlElement {
  const root: XmlElement = { name: '', attributes: new Map(), children: [], text: '' };
  const open: XmlElement[] = [root];
  const token = /<([A-Za-z][\w:.-]*)((?:\s+[A-Za-z_:][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|<\/([A-Za-z][\w:.-]*)\s*>|([^<]+)/y;
  while (token.lastIndex < xml.length) {
    const at = token.lastIndex;
    const match = token.exec(xml);
    assert.ok(match !== null, `not well-formed at offset ${at}: ${xml.slice(at, at + 40)}`);
    const [, name, attributeText = '', selfClosing, closing, text] = match;
    const parent = open.at(-1);
    assert.ok(parent !== undefined);
    if (name !== undefined) {
      const attributes = new Map<string, string>();
      for (const [, key = '', value = ''] of attributeText.matchAll(/([A-Za-z_:][\w:.-]*)\s*=\s*"([^"]*)"/g)) {
        assert.ok(!attributes.has(key), `attribute ${key} repeated on <${name}>`);
        attributes.set(key, decode(value, `<${name} ${key}>`));
      }
      const element: XmlElement = { name, attributes, children: [], text: '' };
      assert.ok(parent !== root || root.children.length === 0, 'more than one root element');
      parent.children.push(element);
      if (selfClosing !== '/') open.push(element);
    } else if (closing !== undefined) {
      assert.equal(closing, parent.name, `</${closing}> closes <${parent.name}>`);
      open.pop();
    } else if (text !== undefined) {
      if (parent === root) assert.match(text, /^\s*$/, 'text outside the root element');
      else parent.text += decode(text, `<${parent.name}>`);
    }
  }
  assert.equal(open.length, 1, `<${open.at(-1)?.name ?? ''}> is never closed`);
  const [svg] = root.children;
  assert.ok(svg !== undefined, 'no root element');
  return svg;
}

interface Row {
  label: string;
  wave: string;
  bands: number;
}

function rowsOf(svg: string): Row[] {
  const rows = [
    ...svg.matchAll(
      /<g><title>[^<]*<\/title><text[^>]*>([^<]*)<\/text><path class="wave" d="([^"]*)"\/>((?:<rect class="busy"[^>]*\/>)*)<\/g>/g,
    ),
  ];
  return rows.map(([, label = '', wave = '', bands = '']) => ({ label, wave, bands: bands.split('<rect').length - 1 }));
}

const tickLabels = (svg: string): string[] =>
  [...svg.matchAll(/<text [^>]*text-anchor="middle">([^<]*)<\/text>/g)].map((match) => match[1] ?? '');

describe('renderPinTimingSvg', () => {
  it('is well-formed XML with one row per pin, its name escaped, sized for the rows and the axis', () => {
    const traces = [
      squareWave('13', 1_000_000, 5_000_000),
      squareWave('A0', 500_000, 5_000_000),
      squareWave('<odd & "pin">', 2_000_000, 5_000_000),
    ];
    const svg = renderPinTimingSvg(traces);
    const root = parseSvg(svg);
    assert.equal(root.name, 'svg');
    assert.equal(root.attributes.get('width'), '600');
    assert.equal(root.attributes.get('height'), String(8 + 3 * 30 + 4 + 30));
    const rows = root.children.filter((child) => child.name === 'g');
    assert.deepEqual(
      rows.map((row) => row.children.filter((child) => child.name === 'text').map((text) => text.text)),
      [['pin 13'], ['A0'], ['<odd & "pin">']],
    );
    assert.deepEqual(
      rows.map((row) => row.children.find((child) => child.name === 'title')?.text),
      ['pin 13: 9 edges', 'A0: 19 edges', '<odd & "pin">: 4 edges'],
    );
    assert.deepEqual(
      rowsOf(svg).map((row) => row.label),
      ['pin 13', 'A0', '&lt;odd &amp; &quot;pin&quot;&gt;'],
    );
  });

  it('draws a square wave with a step per edge where edges are pixels apart', () => {
    const trace = squareWave('13', 1_000_000, 5_000_000);
    const [row] = rowsOf(renderPinTimingSvg([trace]));
    assert.ok(row !== undefined);
    assert.equal(row.bands, 0);
    assert.equal(row.wave.match(/V/g)?.length, trace.edges.length);
    // Starts low at the plot's left edge and ends at its right edge (600 - 16).
    assert.match(row.wave, /^M72 32H/);
    assert.match(row.wave, /H584$/);
  });

  it('labels a few ticks in readable units', () => {
    assert.deepEqual(tickLabels(renderPinTimingSvg([squareWave('13', 1_000_000, 5_000_000)])), ['0 s', '1 s', '2 s', '3 s', '4 s', '5 s']);
    assert.deepEqual(tickLabels(renderPinTimingSvg([squareWave('9', 100, 2000)])), ['0 s', '500 µs', '1 ms', '1.5 ms', '2 ms']);
  });

  it('stays small for 20,000 edges, drawing crowded pixel columns as busy bands', () => {
    const busy = squareWave('9', 500, 5_000_000);
    assert.equal(busy.edges.length, 19_999);
    const quiet = squareWave('13', 1_000_000, 5_000_000);
    const svg = renderPinTimingSvg([busy, quiet]);
    assert.ok(svg.length < 50_000, `${svg.length} bytes`);
    parseSvg(svg);
    const [busyRow, quietRow] = rowsOf(svg);
    assert.ok(busyRow !== undefined && quietRow !== undefined);
    // Every column is crowded, so the whole row is one band.
    assert.equal(busyRow.bands, 1);
    assert.match(svg, /<rect class="busy" x="72" y="14" width="512" height="18"\/>/);
    assert.equal(quietRow.bands, 0);
  });

  it('mixes single steps and bands for a pin that bursts, and follows the width asked', () => {
    const burst: PinEdge[] = Array.from({ length: 1000 }, (_value, index) => ({
      atUs: startUs + 2_000_000 + index * 100,
      level: index % 2 === 0 ? 1 : 0,
    }));
    const trace: PinTrace = {
      pin: '5',
      startUs,
      endUs: startUs + 4_000_000,
      initial: 0,
      edges: [{ atUs: startUs + 1_000_000, level: 1 }, { atUs: startUs + 1_500_000, level: 0 }, ...burst],
    };
    const svg = renderPinTimingSvg([trace], { width: 1000 });
    assert.match(svg, /^<svg [^>]*width="1000"/);
    const [row] = rowsOf(svg);
    assert.equal(row?.bands, 1);
    assert.equal(row.wave.match(/V/g)?.length, 2);
    parseSvg(svg);
  });
});
