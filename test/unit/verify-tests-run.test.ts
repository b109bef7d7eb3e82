import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { describe, it } from 'node:test';
import { watchConsole } from '../../src/serial/console-watch.js';
import { Transcript } from '../../src/serial/transcript.js';
import { defaultCrashPatterns } from '../../src/serial/crash-patterns.js';
import { createParser, type KnownFramework } from '../../src/verify-tests/framework.js';
import { renderTestsJUnit } from '../../src/verify-tests/junit-report.js';
import { TestRun, type RunDecision } from '../../src/verify-tests/test-run.js';

/** A run fed these lines one by one, 10 ms apart; what decided it, if anything did. */
function feed(
  lines: readonly string[],
  framework?: KnownFramework,
  testTimeoutMs = 60_000,
): { run: TestRun; decision: RunDecision | undefined; recognised: string[] } {
  const recognised: string[] = [];
  const run = new TestRun({
    parser: framework === undefined ? undefined : createParser(framework),
    create: createParser,
    onRecognised: (name) => recognised.push(name),
    testTimeoutMs,
    crashPatterns: defaultCrashPatterns,
  });
  for (const [index, line] of lines.entries()) {
    const { decision } = run.feed(line, (index + 1) * 10, 0);
    if (decision !== undefined) return { run, decision, recognised };
  }
  return { run, decision: undefined, recognised };
}

const unityRun = [
  'BOOT unit-tests',
  'test/test_math.c:12:test_add:PASS',
  'reading the sensor',
  'test/test_math.c:20:test_div:FAIL: Expected 2 Was 3',
  'test/test_math.c:31:test_later:IGNORE: not on this board',
  '',
  '-----------------------',
  '3 Tests 1 Failures 1 Ignored ',
  'FAIL',
];

describe('verify-tests: a run read from console lines', () => {
  it('a Unity run: each result a case with its file, line and output; decided on the line after the summary', () => {
    const { run, decision, recognised } = feed(unityRun);
    assert.deepEqual(recognised, ['unity']);
    assert.deepEqual(decision, { result: 'fail', reason: '1 of 3 tests failed' });
    assert.deepEqual(
      run.cases.map((entry) => [entry.suite, entry.name, entry.status, entry.line]),
      [
        ['test_math', 'test_add', 'passed', 12],
        ['test_math', 'test_div', 'failed', 20],
        ['test_math', 'test_later', 'skipped', 31],
      ],
    );
    assert.deepEqual(run.cases[1]?.output, ['reading the sensor'], 'the line printed during the test is its output');
    const junit = renderTestsJUnit(run.cases, decision, 100);
    assert.match(junit, /<testsuite name="test_math" tests="3" failures="1" errors="0" skipped="1"/);
    assert.match(junit, /<failure message="Expected 2 Was 3" type="failed"><!\[CDATA\[test\/test_math\.c:20: Expected 2 Was 3\]\]>/);
  });

  it('a summary whose counts differ from the results seen is incomplete, saying how many are missing', () => {
    const { decision } = feed(unityRun.filter((line) => !line.includes('test_add')));
    assert.equal(decision?.result, 'incomplete');
    assert.match(decision.reason, /the summary counts 3 tests .* the console showed 2 results .*: 1 results are missing/);
  });

  it('lines that only contain the summary words never end the run', () => {
    const { decision, run } = feed([
      'test/t.c:1:test_a:PASS',
      'Tests 3 Failures 0 Ignored done',
      '12 Tests 0 Failures 0 Ignored (noise)',
      'OK',
      'test/t.c:2:test_b:PASS',
    ]);
    assert.equal(decision, undefined);
    assert.equal(run.cases.length, 2);
  });

  it('a hung Unity test is named after the last result; an announced one (ztest) by its name', () => {
    const unity = feed(['test/t.c:1:test_a:PASS'], 'unity', 5_000);
    assert.equal(unity.run.deadlineMs(), 10 + 5_000);
    assert.deepEqual(unity.run.expire(5_010), { result: 'hung', reason: 'no test result within 5 s after test_a (test-timeout)' });
    const ztest = feed(['Running TESTSUITE sensors', 'START - test_read'], 'ztest', 5_000);
    assert.equal(ztest.decision, undefined);
    assert.match(ztest.run.expire(5_020).reason, /^test test_read did not finish within 5 s/);
    assert.equal(ztest.run.cases.at(-1)?.status, 'hung');
  });

  it('a crash line fails the running test as crashed; AUnit starting over is a reboot, with the tests not run counted', () => {
    const crash = feed(['TestRunner started on 3 test(s).', 'Test first passed.', 'Guru Meditation Error: Core  1 panic'], 'aunit');
    assert.equal(crash.decision?.result, 'crashed');
    assert.match(crash.decision.reason, /the test after first crashed: .*Guru Meditation.*; 1 of 3 tests did not run/);
    const reboot = feed(['TestRunner started on 3 test(s).', 'Test first passed.', 'TestRunner started on 3 test(s).']);
    assert.equal(reboot.decision?.result, 'crashed');
    assert.match(reboot.decision.reason, /the test run started again: the board restarted/);
  });

  it('auto reads the line AUnit and ArduinoUnit share as ArduinoUnit until a line of its own settles it', () => {
    const arduinounit = feed([
      'Test one passed.',
      'Test two failed.',
      'Test summary: 1 passed, 1 failed, and 0 skipped, out of 2 test(s).',
    ]);
    assert.deepEqual(arduinounit.recognised, ['arduinounit']);
    assert.equal(arduinounit.decision?.result, 'fail');
    const aunit = feed([
      'Test one passed.',
      'Test two timed out.',
      'TestRunner summary: 1 passed, 0 failed, 0 skipped, 1 timed out, out of 2 test(s).',
    ]);
    assert.deepEqual(aunit.recognised, ['aunit']);
    assert.deepEqual(
      aunit.run.cases.map((entry) => entry.status),
      ['passed', 'hung'],
    );
    assert.equal(aunit.decision?.result, 'fail');
  });

  it('Unity starting over shows as a result reported twice: the test after the last result crashed; the banner before a run is no output', () => {
    const reboot = feed(['test/t.c:1:test_a:PASS', 'test/t.c:2:test_b:PASS', 'BOOT unit-tests', 'test/t.c:1:test_a:PASS']);
    assert.equal(reboot.decision?.result, 'crashed');
    assert.match(reboot.decision.reason, /^the test after test_b crashed: test_a reported a second time: the test run started again/);
    const aunit = feed(['BOOT unit-tests', 'TestRunner started on 1 test(s).', 'Test only passed.'], 'aunit');
    assert.deepEqual(aunit.run.cases[0]?.output, [], 'the banner printed before the run belongs to no test');
  });

  it('a result line the board sends in two parts with a pause between is read once, whole', async () => {
    const source = new EventEmitter();
    const run = new TestRun({ parser: createParser('unity'), create: createParser, testTimeoutMs: 60_000, crashPatterns: [] });
    const transcript = new Transcript();
    const watching = watchConsole(source, run, {
      timeoutMs: 60_000,
      signal: new AbortController().signal,
      transcript,
      encoding: 'utf8',
      stripAnsi: true,
      maxLineLength: 1024,
      partialLineQuietMs: 1,
    });
    source.emit('data', Buffer.from('test/t.c:1:test_a:PA'));
    // Longer than the quiet time after which a line without its end is fed to a consumer that takes parts.
    await new Promise((resolve) => setTimeout(resolve, 30));
    source.emit('data', Buffer.from('SS\r\n\r\n-----------------------\r\n1 Tests 0 Failures 0 Ignored \r\nOK\r\n'));
    const outcome = await watching;
    assert.deepEqual(outcome.status === 'decided' ? outcome.decision : outcome, { result: 'pass', reason: '' });
    assert.deepEqual(
      run.cases.map((entry) => [entry.name, entry.status, entry.output]),
      [['test_a', 'passed', []]],
    );
  });
});
