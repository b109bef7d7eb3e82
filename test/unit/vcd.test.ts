import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { vcdIdentifier, vcdSignalName, writeVcd } from '../../src/report/vcd.js';
import type { Level, PinTrace } from '../../src/virtual/pins/pin-trace.js';

const run = promisify(execFile);
const startUs = 7_000_000;

function trace(pin: string, initial: Level, changes: [number, Level][], durationUs: number, offsetUs = 0): PinTrace {
  return {
    pin,
    startUs: startUs + offsetUs,
    endUs: startUs + offsetUs + durationUs,
    initial,
    edges: changes.map(([atUs, level]) => ({ atUs: startUs + offsetUs + atUs, level })),
  };
}

/** `edges` changes of a pin toggling every `halfPeriodUs`, starting low. */
function toggling(pin: string, edges: number, halfPeriodUs: number): PinTrace {
  const changes: [number, Level][] = Array.from({ length: edges }, (_value, index) => [
    (index + 1) * halfPeriodUs,
    index % 2 === 0 ? 1 : 0,
  ]);
  return trace(pin, 0, changes, (edges + 1) * halfPeriodUs);
}

/** The level of a trace at each tick of the window, as a string of 0s and 1s: what a reader should sample. */
function expectedSamples(pinTrace: PinTrace, ticks: number, ticksPerUs = 1): string {
  let level: Level = pinTrace.initial;
  let next = 0;
  let samples = '';
  for (let tick = 0; tick < ticks; tick += 1) {
    for (; next < pinTrace.edges.length && (pinTrace.edges[next]?.atUs ?? 0) - pinTrace.startUs <= tick / ticksPerUs; next += 1) {
      level = pinTrace.edges[next]?.level ?? level;
    }
    samples += String(level);
  }
  return samples;
}

interface SigrokReading {
  samplerate: number;
  channels: Map<string, string>;
}

const workDir = await mkdtemp(join(tmpdir(), 'vcd-test-'));
after(() => rm(workDir, { recursive: true, force: true }));

/** Reads a VCD with libsigrok's VCD input (PulseView's): the channels' samples, one character each. */
async function readWithSigrok(vcd: string, name: string): Promise<SigrokReading> {
  const path = join(workDir, `${name}.vcd`);
  await writeFile(path, vcd);
  let stdout: string;
  try {
    ({ stdout } = await run('sigrok-cli', ['-I', 'vcd', '-i', path, '-O', 'bits:width=256'], { maxBuffer: 64 * 1024 * 1024 }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      assert.fail('sigrok-cli is not installed, and this test checks the VCD with a real reader: apt-get install sigrok-cli');
    }
    throw error;
  }
  const samplerate = /^META samplerate: (\d+)$/m.exec(stdout)?.[1];
  assert.ok(samplerate !== undefined, `sigrok-cli reported no samplerate:\n${stdout.slice(0, 500)}`);
  const channels = new Map<string, string>();
  for (const match of stdout.matchAll(/^([A-Za-z_][\w]*):([01 ]+)$/gm)) {
    const [, channel = '', bits = ''] = match;
    channels.set(channel, (channels.get(channel) ?? '') + bits.replace(/ /g, ''));
  }
  return { samplerate: Number(samplerate), channels };
}

describe('writeVcd', () => {
  const blink = trace(
    '13',
    0,
    [
      [3, 1],
      [5, 0],
      [8, 1],
    ],
    10,
  );
  const analog = trace('A0', 1, [[5, 0]], 10);

  it('writes the header, one wire per pin, initial values and changes merged by time', () => {
    const vcd = writeVcd([blink, analog], { version: 'Boardline 1.2.3', date: new Date('2026-01-02T03:04:05Z'), module: 'my board' });
    assert.equal(
      vcd,
      [
        '$date 2026-01-02T03:04:05.000Z $end',
        '$version Boardline 1.2.3 $end',
        '$timescale 1us $end',
        '$scope module my_board $end',
        '$var wire 1 ! pin13 $end',
        '$var wire 1 " A0 $end',
        '$upscope $end',
        '$enddefinitions $end',
        '#0',
        '$dumpvars',
        '0!',
        '1"',
        '$end',
        '#3',
        '1!',
        '#5',
        '0!',
        '0"',
        '#8',
        '1!',
        '#10',
        '',
      ].join('\n'),
    );
  });

  it('is deterministic without a date, and writes times in nanoseconds when asked', () => {
    const vcd = writeVcd(
      [
        trace(
          '2',
          0,
          [
            [1.5, 1],
            [2.0625, 0],
          ],
          4,
        ),
      ],
      { version: 'v', timescale: '1ns' },
    );
    assert.doesNotMatch(vcd, /\$date/);
    assert.match(vcd, /\$timescale 1ns \$end\n\$scope module board \$end/);
    assert.match(vcd, /\n#1500\n1!\n#2063\n0!\n#4000\n$/);
  });

  it('folds changes at the window start into the initial values and drops pulses narrower than a tick', () => {
    const vcd = writeVcd(
      [
        trace(
          '4',
          0,
          [
            [0, 1],
            [2.2, 0],
            [2.4, 1],
            [6, 0],
          ],
          9,
        ),
      ],
      { version: 'v' },
    );
    assert.match(vcd, /\$dumpvars\n1!\n\$end\n#6\n0!\n#9\n$/);
  });

  it('marks a pin unknown outside its own window', () => {
    const vcd = writeVcd([blink, trace('7', 1, [], 3, 6)], { version: 'v' });
    assert.match(vcd, /\$dumpvars\n0!\nx"\n\$end\n#3\n1!\n#5\n0!\n#6\n1"\n#8\n1!\n#9\nx"\n#10\n$/);
  });

  it('names signals as viewers accept them and gives every signal its own printable code', () => {
    assert.deepEqual(['13', 'D13', 'A0', 'a b', ''].map(vcdSignalName), ['pin13', 'D13', 'A0', 'a_b', 'pin']);
    const codes = Array.from({ length: 94 * 95 + 5 }, (_value, index) => vcdIdentifier(index));
    assert.equal(new Set(codes).size, codes.length);
    assert.ok(codes.every((code) => /^[!-~]+$/.test(code)));
    assert.deepEqual([codes[0], codes[93], codes[94], codes.at(-1)?.length], ['!', '~', '!!', 3]);
    const twice = writeVcd([trace('13', 0, [], 1), trace('13', 0, [], 1)], { version: 'v' });
    assert.match(twice, /\$var wire 1 ! pin13 \$end\n\$var wire 1 " pin13_2 \$end/);
  });

  it('stays compact: 20,000 edges in well under 1 MB, times increasing, edges at one time under one #time', () => {
    assert.ok(writeVcd([toggling('9', 20_000, 1020)], { version: 'v' }).length < 300_000);
    const vcd = writeVcd([toggling('9', 20_000, 1020), toggling('10', 20_000, 2040)], { version: 'v' });
    assert.ok(vcd.length < 500_000, `${vcd.length} bytes`);
    const times = [...vcd.matchAll(/^#(\d+)$/gm)].map((match) => Number(match[1]));
    assert.ok(times.every((time, index) => index === 0 || time > (times[index - 1] ?? 0)));
    // Every second edge of pin 9 coincides with one of pin 10: 30,000 distinct times, then #0, pin 9's end and the window's end.
    assert.equal(times.length, 30_000 + 3);
    assert.match(vcd, /\n#2040\n0!\n1"\n#3060\n/);
  });

  it('reads back in sigrok (PulseView) with the levels and sample rate it was written with', async () => {
    const reading = await readWithSigrok(writeVcd([blink, analog], { version: 'v' }), 'small');
    assert.equal(reading.samplerate, 1_000_000);
    assert.deepEqual(
      [...reading.channels],
      [
        ['pin13', '0001100011'],
        ['A0', '1111100000'],
      ],
    );
    assert.equal(reading.channels.get('pin13'), expectedSamples(blink, 10));
  });

  it('reads back in sigrok at a 1 ns timescale', async () => {
    const fine = trace(
      '2',
      0,
      [
        [1.5, 1],
        [2.25, 0],
      ],
      4,
    );
    const reading = await readWithSigrok(writeVcd([fine], { version: 'v', timescale: '1ns' }), 'fine');
    assert.equal(reading.samplerate, 1_000_000_000);
    assert.equal(reading.channels.get('pin2'), expectedSamples(fine, 4000, 1000));
  });

  it('reads back in sigrok with every one of thousands of edges', async () => {
    const pwm = toggling('9', 4000, 51);
    const slow: PinTrace = { ...toggling('10', 1999, 102), endUs: pwm.endUs };
    const reading = await readWithSigrok(writeVcd([pwm, slow], { version: 'v' }), 'busy');
    const ticks = pwm.endUs - pwm.startUs;
    // Compared as counts and a first mismatch, so that a failure does not print two 200,000-character strings.
    for (const [name, pinTrace] of [
      ['pin9', pwm],
      ['pin10', slow],
    ] as const) {
      const read = reading.channels.get(name) ?? '';
      const expected = expectedSamples(pinTrace, ticks);
      assert.equal(read.length, ticks, name);
      const mismatch = Array.from({ length: ticks }, (_value, index) => index).findIndex((index) => read[index] !== expected[index]);
      assert.equal(mismatch, -1, `${name} differs first at sample ${mismatch}`);
      assert.equal(read.match(/01|10/g)?.length, pinTrace.edges.length, name);
    }
  });
});
