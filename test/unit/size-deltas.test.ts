import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SizeEntry } from '../../src/report/size-table.js';
import { containsMarker, sizeReportMarker, withMarker } from '../../src/review/comment-marker.js';
import {
  checkThresholds,
  computeSizeDeltas,
  formatPercent,
  parseThresholds,
  renderSizeComment,
  type SizeDelta,
} from '../../src/review/size-deltas.js';
import { expectFailure } from '../harness/expect-error.js';

function entry(sketch: string, fqbn: string, program: number, ram: number | null): SizeEntry {
  return { sketch, fqbn, program: { used: program, maximum: 32256 }, ram: ram === null ? null : { used: ram, maximum: 2048 } };
}

const base = [
  entry('blink', 'arduino:avr:uno', 1000, 100),
  entry('blink', 'arduino:avr:mega', 2000, 200),
  entry('sensor', 'arduino:avr:uno', 8000, 500),
  entry('old', 'arduino:avr:uno', 400, 10),
];
const current = [
  entry('blink', 'arduino:avr:uno', 1010, 104),
  entry('blink', 'arduino:avr:mega', 2000, 200),
  entry('sensor', 'arduino:avr:uno', 7900, 520),
  entry('blink', 'esp32:esp32:esp32', 250000, null),
];

const rowNames = (deltas: readonly SizeDelta[]): string[] => deltas.map((delta) => `${delta.sketch}@${delta.fqbn}:${delta.kind}`);

describe('size deltas: per sketch and board', () => {
  it('computes bytes and percent of the base for flash and RAM', () => {
    const deltas = computeSizeDeltas(current, base);
    const blink = deltas.find((delta) => delta.sketch === 'blink' && delta.fqbn === 'arduino:avr:uno')!;
    assert.deepEqual(blink.flash, { now: 1010, before: 1000, bytes: 10, percent: 1 });
    assert.deepEqual(blink.ram, { now: 104, before: 100, bytes: 4, percent: 4 });
    const sensor = deltas.find((delta) => delta.sketch === 'sensor')!;
    assert.equal(sensor.flash.bytes, -100);
    assert.equal(sensor.flash.percent, -1.25);
  });

  it('marks boards and sketches that are new or gone', () => {
    const deltas = computeSizeDeltas(current, base);
    const esp = deltas.find((delta) => delta.fqbn === 'esp32:esp32:esp32')!;
    assert.equal(esp.kind, 'new');
    assert.deepEqual(esp.flash, { now: 250000, before: null, bytes: null, percent: null });
    assert.deepEqual(esp.ram, { now: null, before: null, bytes: null, percent: null });
    const old = deltas.find((delta) => delta.sketch === 'old')!;
    assert.equal(old.kind, 'removed');
    assert.deepEqual(old.flash, { now: null, before: 400, bytes: null, percent: null });
  });

  it('orders by absolute flash change, then RAM, then new before removed before unchanged', () => {
    const deltas = computeSizeDeltas(current, base);
    assert.deepEqual(rowNames(deltas), [
      'sensor@arduino:avr:uno:compared',
      'blink@arduino:avr:uno:compared',
      'blink@esp32:esp32:esp32:new',
      'old@arduino:avr:uno:removed',
      'blink@arduino:avr:mega:compared',
    ]);
  });

  it('breaks a flash tie by RAM change', () => {
    const deltas = computeSizeDeltas(
      [entry('a', 'x:y:z', 110, 10), entry('b', 'x:y:z', 110, 50)],
      [entry('a', 'x:y:z', 100, 10), entry('b', 'x:y:z', 100, 10)],
    );
    assert.deepEqual(rowNames(deltas), ['b@x:y:z:compared', 'a@x:y:z:compared']);
  });

  it('gives rows without deltas when there is no base build', () => {
    const deltas = computeSizeDeltas(current, undefined);
    assert.equal(deltas.length, current.length);
    assert.ok(deltas.every((delta) => delta.kind === 'no-base' && delta.flash.bytes === null && delta.flash.now !== null));
  });
});

describe('size deltas: the comment', () => {
  const marker = sizeReportMarker();

  it('starts with the marker and names the base commit', () => {
    const sha = '0123456789abcdef0123456789abcdef01234567';
    const body = renderSizeComment({ marker, deltas: computeSizeDeltas(current, base), base: { sha, how: 'base commit' } });
    assert.equal(body.split('\n')[0], marker);
    assert.ok(containsMarker(body, marker));
    assert.match(body, /^### Sketch size changes$/m);
    assert.match(body, new RegExp(`^Compared with the base commit ${sha}\\.$`, 'm'));
    assert.match(body, /^\| Sketch \| Board \| Flash \| Δ flash \| Δ % \| RAM \| Δ RAM \| Δ % \|$/m);
  });

  it('writes each row with signed bytes and percents, and new and removed rows as such', () => {
    const body = renderSizeComment({
      marker,
      deltas: computeSizeDeltas(current, base),
      base: { sha: 'abc1234', how: 'newest on the base branch' },
    });
    const lines = body.split('\n');
    assert.ok(lines.includes('| `sensor` | `arduino:avr:uno` | 7900 | -100 | -1.25% | 520 | +20 | +4.00% |'), body);
    assert.ok(lines.includes('| `blink` | `arduino:avr:uno` | 1010 | +10 | +1.00% | 104 | +4 | +4.00% |'), body);
    assert.ok(lines.includes('| `blink` | `esp32:esp32:esp32` | 250000 | new | — | — | new | — |'), body);
    assert.ok(lines.includes('| `old` | `arduino:avr:uno` | (was 400) | removed | — | (was 10) | removed | — |'), body);
    assert.ok(lines.includes('| `blink` | `arduino:avr:mega` | 2000 | 0 | 0% | 200 | 0 | 0% |'), body);
    assert.match(body, /^Compared with the newest build on the base branch \(abc1234\)\.$/m);
  });

  it('sums up the largest increases and the new and removed pairs', () => {
    const body = renderSizeComment({ marker, deltas: computeSizeDeltas(current, base), base: { sha: 'abc1234', how: 'given file' } });
    assert.match(
      body,
      /^Largest increase: flash \+10 bytes \(\+1\.00%\) for `blink` on `arduino:avr:uno`; RAM \+20 bytes \(\+4\.00%\) for `sensor` on `arduino:avr:uno`\. 1 new, 1 removed sketch\/board pairs\.$/m,
    );
  });

  it('says nothing grew when nothing did', () => {
    const body = renderSizeComment({ marker, deltas: computeSizeDeltas(base, base), base: { how: 'target branch pipeline' } });
    assert.match(body, /^Compared with the target branch's latest successful pipeline\.$/m);
    assert.match(body, /^Nothing grew\.$/m);
  });

  it('says there are no deltas without a base build, and does not fail', () => {
    const body = renderSizeComment({ marker, deltas: computeSizeDeltas(current, undefined), base: undefined });
    assert.match(body, /^No base build was found, so no deltas\.$/m);
    assert.ok(body.split('\n').includes('| `blink` | `arduino:avr:uno` | 1010 | — | — | 104 | — | — |'), body);
    assert.doesNotMatch(body, /Largest increase|Nothing grew/);
  });

  it('keeps names with pipes and backticks inside their cell, and quotes a base that is not a SHA', () => {
    const deltas = computeSizeDeltas([entry('a|b`c', 'x:y:z', 1, 1)], []);
    const body = renderSizeComment({ marker, deltas, base: { sha: 'v1.2', how: 'given file' } });
    assert.ok(body.includes('| `` a\\|b`c `` | `x:y:z` |'), body);
    assert.match(body, /given base report \(`v1\.2`\)/);
  });

  it('shows the biggest rows only when there are too many', () => {
    const many = Array.from({ length: 5 }, (_, index) => entry(`s${index}`, 'x:y:z', 100 + index, 1));
    const body = renderSizeComment({
      marker,
      deltas: computeSizeDeltas(many, many),
      base: { sha: 'abc1234', how: 'base commit' },
      maxRows: 3,
    });
    assert.equal(body.split('\n').filter((line) => line.startsWith('| `s')).length, 3);
    assert.match(body, /^2 more rows with smaller changes not shown\.$/m);
  });

  it('formats percents too small for two decimals as below 0.01%', () => {
    assert.equal(formatPercent(0.004), '+<0.01%');
    assert.equal(formatPercent(-0.004), '-<0.01%');
    assert.equal(formatPercent(12.345), '+12.35%');
    assert.equal(formatPercent(null), '—');
  });
});

describe('size deltas: the marker', () => {
  it('keeps keyed and unkeyed markers apart', () => {
    const plain = sizeReportMarker();
    const keyed = sizeReportMarker('firmware / uno');
    assert.equal(plain, '<!-- boardline:size-report -->');
    assert.equal(keyed, '<!-- boardline:size-report key=firmware / uno -->');
    assert.ok(!containsMarker(`${keyed}\nbody`, plain));
    assert.ok(!containsMarker(`${plain}\nbody`, keyed));
    assert.ok(containsMarker(`body\r\n${keyed}\r\n`, keyed));
  });

  it('does not take a quoted or inline mention for ours', () => {
    const marker = sizeReportMarker();
    assert.ok(!containsMarker(`> ${marker}`, marker));
    assert.ok(!containsMarker(`see \`${marker}\``, marker));
  });

  it('adds the marker to a body that lacks it, once', () => {
    const marker = sizeReportMarker('a');
    assert.equal(withMarker('hello', marker), `${marker}\nhello`);
    assert.equal(withMarker(`${marker}\nhello`, marker), `${marker}\nhello`);
  });

  it('refuses a key that would break the HTML comment', async () => {
    await expectFailure('usage', () => sizeReportMarker('a --> b'), /size report key/);
    await expectFailure('usage', () => sizeReportMarker('a\nb'));
  });
});

describe('size deltas: fail-on-increase', () => {
  it('reads bytes and percents in the documented forms', () => {
    const thresholds = parseThresholds(['flash 1%', 'flash 512', 'ram 64 bytes', 'ram 2 %', '', 'FLASH 0.5%']);
    assert.deepEqual(
      thresholds.map(({ memory, limit, unit }) => [memory, limit, unit]),
      [
        ['flash', 1, 'percent'],
        ['flash', 512, 'bytes'],
        ['ram', 64, 'bytes'],
        ['ram', 2, 'percent'],
        ['flash', 0.5, 'percent'],
      ],
    );
  });

  for (const bad of ['flash', 'rom 5%', 'flash -1', 'ram 1.5 bytes', 'flash 5 kB', 'ram five']) {
    it(`refuses "${bad}", naming the input and the item`, async () => {
      const error = await expectFailure('usage', () => parseThresholds([bad]), /fail-on-increase/);
      assert.ok(error.message.includes(`"${bad}"`), error.message);
      assert.match(error.hint ?? '', /^Fix: /);
    });
  }

  it('reports the growths over a limit with which board, what and by how much', () => {
    const deltas = computeSizeDeltas(current, base);
    const breaches = checkThresholds(deltas, parseThresholds(['flash 5', 'ram 10', 'flash 0.5%']));
    assert.deepEqual(
      breaches.map(({ sketch, fqbn, memory, bytes }) => [sketch, fqbn, memory, bytes]),
      [
        ['blink', 'arduino:avr:uno', 'flash', 10],
        ['sensor', 'arduino:avr:uno', 'ram', 20],
        ['blink', 'arduino:avr:uno', 'flash', 10],
      ],
    );
    assert.equal(
      breaches[0]?.message,
      'blink on arduino:avr:uno: flash grew by 10 bytes (+1.00%), more than the 5 bytes fail-on-increase allows ("flash 5")',
    );
    assert.equal(
      breaches[1]?.message,
      'sensor on arduino:avr:uno: RAM grew by 20 bytes (+4.00%), more than the 10 bytes fail-on-increase allows ("ram 10")',
    );
    assert.equal(
      breaches[2]?.message,
      'blink on arduino:avr:uno: flash grew by 10 bytes (+1.00%), more than the 0.5% fail-on-increase allows ("flash 0.5%")',
    );
  });

  it('lets a growth exactly at the limit pass, and ignores shrinking, new and removed rows', () => {
    const deltas = computeSizeDeltas(current, base);
    assert.deepEqual(checkThresholds(deltas, parseThresholds(['flash 10', 'ram 20', 'flash 1%', 'ram 4%'])), []);
    assert.equal(checkThresholds(deltas, parseThresholds(['flash 0'])).length, 1);
  });

  it('counts growth from an empty base as over any percent', () => {
    const deltas = computeSizeDeltas([entry('a', 'x:y:z', 10, 5)], [entry('a', 'x:y:z', 10, 0)]);
    assert.equal(checkThresholds(deltas, parseThresholds(['ram 1000%']))[0]?.percent, null);
  });
});
