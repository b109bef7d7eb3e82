import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultCrashPatterns } from '../../src/serial/crash-patterns.js';
import { ExpectMatcher } from '../../src/serial/expect-matcher.js';
import { LineSplitter } from '../../src/serial/line-splitter.js';
import { compilePattern, compilePatterns } from '../../src/serial/patterns.js';
import { Transcript } from '../../src/serial/transcript.js';
import { expectFailure } from '../harness/expect-error.js';

const splitter = (overrides: Partial<ConstructorParameters<typeof LineSplitter>[0]> = {}): LineSplitter =>
  new LineSplitter({ encoding: 'utf8', stripAnsi: true, maxLineLength: 1024, ...overrides });
const bytes = (text: string): Buffer => Buffer.from(text, 'latin1');

describe('LineSplitter', () => {
  it('joins lines split across reads and splits reads holding several lines', () => {
    const lines = splitter();
    assert.deepEqual(lines.push(bytes('BOOT bl')), []);
    assert.equal(lines.partial, 'BOOT bl');
    assert.deepEqual(lines.push(bytes('ink 3f2a91c\nready\nsen')), ['BOOT blink 3f2a91c', 'ready']);
    assert.equal(lines.partial, 'sen');
  });

  it('ends lines at \\r\\n, \\r or \\n, also when \\r\\n is split between reads', () => {
    const lines = splitter();
    assert.deepEqual(lines.push(bytes('one\r\ntwo\rthree\nfour\r')), ['one', 'two', 'three', 'four']);
    assert.deepEqual(lines.push(bytes('\nfive\n')), ['five']);
    assert.deepEqual(lines.push(bytes('\r\n')), ['']);
  });

  it('keeps multi-byte UTF-8 split across reads, and replaces invalid bytes', () => {
    const lines = splitter();
    const degrees = Buffer.from('t=21.5°C\n', 'utf8');
    assert.deepEqual(lines.push(degrees.subarray(0, 7)), []);
    assert.deepEqual(lines.push(degrees.subarray(7)), ['t=21.5°C']);
    assert.deepEqual(lines.push(Buffer.from([0xff, 0xfe, 0x41, 0x0a])), ['\ufffd\ufffdA']);
    assert.deepEqual(splitter({ encoding: 'latin1' }).push(Buffer.from([0xff, 0x41, 0x0a])), ['ÿA']);
  });

  it('strips ANSI sequences and control characters', () => {
    assert.deepEqual(splitter().push(bytes('\x1b[1;32mOK\x1b[0m \x1b]0;title\x07boot\x00\x07\tdone\n')), ['OK boot\tdone']);
    assert.deepEqual(splitter({ stripAnsi: false }).push(bytes('\x1b[32mOK\n')), ['\x1b[32mOK']);
  });

  it('cuts a run without line ends into bounded lines', () => {
    const lines = splitter({ maxLineLength: 4 });
    assert.deepEqual(lines.push(bytes('abcdefghij')), ['abcd', 'efgh']);
    assert.equal(lines.partial, 'ij');
  });
});

describe('patterns', () => {
  it('reads /regex/flags and literal text', () => {
    assert.ok(compilePattern('/boot (?<sha>[0-9a-f]+)/i', 'expect').regex.test('BOOT 3F2A'));
    assert.ok(compilePattern('a.b (1)', 'expect').regex.test('x a.b (1) y'));
    assert.ok(!compilePattern('a.b', 'expect').regex.test('axb'));
    const sticky = compilePattern('/ready/gy', 'expect');
    assert.ok(sticky.regex.test('ready') && sticky.regex.test('ready'), 'g and y are dropped, matching is not stateful');
  });

  it('names the input and the pattern when a regex is invalid', async () => {
    const error = await expectFailure('usage', () => compilePatterns(['ok', '/BOOT (unclosed/'], 'fail-on'));
    assert.match(error.message, /^Input "fail-on" has an invalid regular expression \/BOOT \(unclosed\/: /);
  });
});

describe('ExpectMatcher', () => {
  const expect = compilePatterns(['/BOOT (?<app>\\w+) (?<sha>[0-9a-f]{7})/', 'ready', '/heap=(?<heap>\\d+)/'], 'expect');

  it('matches in order, several patterns on one line, and collects named groups', () => {
    const matcher = new ExpectMatcher(expect, []);
    assert.equal(matcher.feed('ready heap=100', 10).decision, undefined, 'out of order: nothing yet');
    assert.equal(matcher.progress.matchedCount, 0);
    assert.equal(matcher.feed('BOOT blink 3f2a91c ready', 20).decision, undefined);
    assert.equal(matcher.progress.matchedCount, 2);
    assert.deepEqual(matcher.feed('heap=2048', 30).decision, { status: 'pass' });
    assert.deepEqual(matcher.progress.groups, { app: 'blink', sha: '3f2a91c', heap: '2048' });
    assert.deepEqual(
      matcher.progress.matches.map((match) => match.atMs),
      [20, 20, 30],
    );
  });

  it('continues after the consumed part of a line', () => {
    const matcher = new ExpectMatcher(compilePatterns(['a', 'a'], 'expect'), []);
    assert.equal(matcher.feed('a', 0).decision, undefined);
    assert.equal(matcher.feed('xa', 0, 2).decision, undefined, 'the part before the offset is already consumed');
    assert.deepEqual(matcher.feed('aa', 0).decision, { status: 'pass' });
  });

  it('fails on a fail-on pattern even on a line that also matches', () => {
    const matcher = new ExpectMatcher(expect, defaultCrashPatterns);
    const { decision } = matcher.feed("Guru Meditation Error: Core  1 panic'ed (LoadProhibited). BOOT x 1234567", 5);
    assert.equal(decision?.status, 'fail-pattern');
  });
});

describe('built-in crash patterns', () => {
  const crash = (line: string): boolean => defaultCrashPatterns.some((pattern) => pattern.regex.test(line));

  it('recognise real crash output of ESP8266, ESP32 and C libraries', () => {
    for (const line of [
      'Exception (28):',
      '>>>stack>>>',
      'Soft WDT reset',
      'Fatal exception 0(IllegalInstructionCause):',
      "Guru Meditation Error: Core  1 panic'ed (LoadProhibited). Exception was unhandled.",
      'abort() was called at PC 0x400d2a3b on core 1',
      '***ERROR*** A stack overflow in task loopTask has been detected.',
      'CORRUPT HEAP: Bad head at 0x3ffb8f04. Expected 0xabba1234 got 0x3ffb8f10',
      'assert failed: xQueueSemaphoreTake queue.c:1545 (( pxQueue ))',
      'Backtrace: 0x40083a4d:0x3ffb1e50 0x4008c9e1:0x3ffb1e70',
      '*** stack smashing detected ***: terminated',
    ]) {
      assert.ok(crash(line), line);
    }
  });

  it('leave a normal ESP boot alone', () => {
    for (const line of [
      ' ets Jan  8 2013,rst cause:2, boot mode:(3,6)',
      'load 0x4010f000, len 3460, room 16 ',
      'rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)',
      'BOOT blink 3f2a91c',
      'exception handling ready',
    ]) {
      assert.ok(!crash(line), line);
    }
  });
});

describe('Transcript', () => {
  it('keeps the beginning and the latest lines, and says what it left out', () => {
    const transcript = new Transcript({ headBytes: 40, tailBytes: 60 });
    for (let index = 0; index < 100; index += 1) transcript.add(index * 10, `line ${index}`);
    assert.equal(transcript.lineCount, 100);
    assert.ok(transcript.truncated);
    const rendered = transcript.render().split('\n');
    assert.match(rendered[0] ?? '', /^\[ {3}0\.000s\] line 0$/);
    assert.match(rendered.find((line) => line.includes('left out')) ?? '', /\d+ lines \(\d+ characters\) left out/);
    assert.match(rendered[rendered.length - 2] ?? '', /\] line 99$/);
    assert.deepEqual(transcript.lastLines(2), ['line 98', 'line 99']);
  });

  it('renders a short transcript whole', () => {
    const transcript = new Transcript();
    transcript.add(1234, 'BOOT');
    assert.equal(transcript.render(), '[   1.234s] BOOT\n');
    assert.ok(!transcript.truncated);
  });
});
