import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  createParser,
  detectFramework,
  frameworksPrinting,
  type FrameworkEvent,
  type FrameworkParser,
} from '../../src/verify-tests/framework.js';
import { createRegexParser } from '../../src/verify-tests/regex-framework.js';
import { expectFailure } from '../harness/expect-error.js';

/** Every line through one parser, in order, as a run would feed them. */
const feed = (parser: FrameworkParser, lines: readonly string[]): (FrameworkEvent | undefined)[] => lines.map((line) => parser.parse(line));
const one = (parser: FrameworkParser, line: string): FrameworkEvent | undefined => parser.parse(line);

describe('Unity', () => {
  const unity = (): FrameworkParser => createParser('unity');

  it('reads passing tests, with the test function line, the file as suite and the exec time', () => {
    assert.deepEqual(one(unity(), 'test/test_led.c:12:test_led_on:PASS'), {
      kind: 'test-result',
      name: 'test_led_on',
      status: 'passed',
      suite: 'test_led',
      file: 'test/test_led.c',
      line: 12,
    });
    assert.deepEqual(one(unity(), 'test/test_led.c:12:test_led_on:PASS (17 ms)'), {
      kind: 'test-result',
      name: 'test_led_on',
      status: 'passed',
      suite: 'test_led',
      file: 'test/test_led.c',
      line: 12,
      timeMs: 17,
    });
  });

  it('reads failures with the assertion line and the message, in both detail separators', () => {
    const failure = (line: string): FrameworkEvent | undefined => one(unity(), line);
    // An assertion: "FAIL:" then the expected/was text, in every version.
    assert.deepEqual(failure('test/test_math.c:41:test_add:FAIL: Expected 4 Was 5'), {
      kind: 'test-result',
      name: 'test_add',
      status: 'failed',
      suite: 'test_math',
      file: 'test/test_math.c',
      line: 41,
      message: 'Expected 4 Was 5',
    });
    // The user's message after the details: ". " up to 2.6, ":" from 2.7.
    assert.equal(
      (failure('test/test_math.c:41:test_add:FAIL: Expected 4 Was 5. carry lost') as { message: string }).message,
      'Expected 4 Was 5. carry lost',
    );
    assert.equal(
      (failure('test/test_math.c:41:test_add:FAIL: Expected 4 Was 5:carry lost') as { message: string }).message,
      'Expected 4 Was 5:carry lost',
    );
    // TEST_FAIL_MESSAGE: ": message" up to 2.6, ":message" from 2.7.
    assert.equal((failure('test/test_math.c:44:test_sub:FAIL: not written yet') as { message: string }).message, 'not written yet');
    assert.equal((failure('test/test_math.c:44:test_sub:FAIL:not written yet') as { message: string }).message, 'not written yet');
    // TEST_FAIL() without a message, with and without the exec time.
    assert.deepEqual(failure('test/test_math.c:47:test_mul:FAIL'), {
      kind: 'test-result',
      name: 'test_mul',
      status: 'failed',
      suite: 'test_math',
      file: 'test/test_math.c',
      line: 47,
    });
    const timed = failure('test/test_math.c:47:test_mul:FAIL (3 ms)') as { message?: string; timeMs?: number };
    assert.equal(timed.message, undefined);
    assert.equal(timed.timeMs, 3);
    // The exec time follows the message of a failure.
    const both = failure('test/test_math.c:41:test_add:FAIL: Expected 4 Was 5 (2 ms)') as { message: string; timeMs: number };
    assert.equal(both.message, 'Expected 4 Was 5');
    assert.equal(both.timeMs, 2);
  });

  it('reads ignored tests with and without a reason, and INFO as the named test output', () => {
    assert.deepEqual(one(unity(), 'test/test_led.c:30:test_blink:IGNORE'), {
      kind: 'test-result',
      name: 'test_blink',
      status: 'skipped',
      suite: 'test_led',
      file: 'test/test_led.c',
      line: 30,
    });
    const reason = one(unity(), 'test/test_led.c:31:test_fade:IGNORE: needs PWM (0 ms)') as {
      status: string;
      message: string;
      timeMs: number;
    };
    assert.equal(reason.status, 'skipped');
    assert.equal(reason.message, 'needs PWM');
    assert.equal(reason.timeMs, 0);
    assert.deepEqual(one(unity(), 'test/test_led.c:33:test_fade:INFO: duty 50%'), { kind: 'output', text: 'duty 50%', name: 'test_fade' });
    assert.deepEqual(one(unity(), 'test/test_led.c:33:test_fade:INFO'), { kind: 'output', text: '', name: 'test_fade' });
  });

  it('handles colons in the file (Windows drive letters) and in the name', () => {
    const windows = one(unity(), 'C:\\work\\fw\\test\\test_uart.c:88:test_baud:FAIL: Expected 9600 Was 4800') as Record<string, unknown>;
    assert.equal(windows.file, 'C:\\work\\fw\\test\\test_uart.c');
    assert.equal(windows.line, 88);
    assert.equal(windows.name, 'test_baud');
    assert.equal(windows.suite, 'test_uart');
    const cpp = one(unity(), 'D:/fw/test/test_queue.cpp:9:Queue::push_pop_2:PASS') as Record<string, unknown>;
    assert.equal(cpp.file, 'D:/fw/test/test_queue.cpp');
    assert.equal(cpp.name, 'Queue::push_pop_2');
    assert.equal(cpp.suite, 'test_queue');
    const parameterised = one(unity(), 'test/test_math.c:50:test_add(1, 2):PASS') as Record<string, unknown>;
    assert.equal(parameterised.name, 'test_add(1, 2)');
  });

  it('ends the run only on its real summary: dashes, then counts, then OK or FAIL', () => {
    const parser = unity();
    assert.deepEqual(feed(parser, ['test/t.c:1:test_a:PASS', '', '-----------------------', '3 Tests 1 Failures 1 Ignored ', 'FAIL']), [
      { kind: 'test-result', name: 'test_a', status: 'passed', suite: 't', file: 'test/t.c', line: 1 },
      undefined,
      { kind: 'note', text: '-----------------------' },
      { kind: 'summary', tests: 3, failed: 1, skipped: 1 },
      { kind: 'run-end', passed: false },
    ]);
    assert.deepEqual(feed(unity(), ['-----------------------', '2 Tests 0 Failures 0 Ignored ', 'OK']).slice(1), [
      { kind: 'summary', tests: 2, failed: 0, skipped: 0 },
      { kind: 'run-end', passed: true },
    ]);
    // UNITY_DIFFERENTIATE_FINAL_FAIL prints FAILED.
    assert.deepEqual(feed(unity(), ['-----------------------', '2 Tests 1 Failures 0 Ignored ', 'FAILED'])[2], {
      kind: 'run-end',
      passed: false,
    });
  });

  it('never takes a line that merely contains the words for a summary', () => {
    const parser = unity();
    assert.deepEqual(
      feed(parser, [
        'Tests 3 Failures 0 Ignored done',
        '12 Tests 0 Failures 0 Ignored ',
        'OK',
        '-----------------------',
        '12 Tests 0 Failures 0 Ignored (and more text)',
        'OK',
        '-----------------------',
        'measuring',
        '3 Tests 0 Failures 0 Ignored',
        '-',
        '3 Tests 0 Failures 0 Ignored',
        'FAIL',
      ]),
      [
        undefined,
        undefined,
        undefined,
        { kind: 'note', text: '-----------------------' },
        undefined,
        undefined,
        { kind: 'note', text: '-----------------------' },
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ],
    );
    // OK directly after a counts line only: a later OK is the test's own text.
    const late = unity();
    assert.deepEqual(feed(late, ['-----------------------', '1 Tests 0 Failures 0 Ignored ', '', 'OK']).slice(2), [undefined, undefined]);
  });

  it('rejects lines that only look like results', () => {
    for (const line of [
      'test_a:PASS',
      'test/t.c:x:test_a:PASS',
      'test/t.c:1:test_a:PASSED',
      'test/t.c:1:test_a:PASS: extra',
      'test/t.c:1:test_a:PASS (fast)',
      'all tests PASS',
    ]) {
      assert.equal(one(unity(), line), undefined, line);
    }
  });

  it('announces no test start, and ends on its run-end line', () => {
    const parser = unity();
    assert.equal(parser.framework, 'unity');
    assert.equal(parser.announcesStart, false);
    assert.equal(parser.endsWith, 'run-end');
  });
});

describe('AUnit', () => {
  const aunit = (): FrameworkParser => createParser('aunit');

  it('reads a whole run: runner start, assertions, results, duration and summary', () => {
    assert.deepEqual(
      feed(aunit(), [
        'TestRunner started on 5 test(s).',
        'Test led_on passed.',
        '/home/ci/Arduino/LedTest/LedTest.ino:24: Assertion failed: (3) == (4).',
        'Test math_add_2 failed.',
        'Test radio_tx skipped.',
        'Test slow_loop timed out.',
        'Test Queue::push passed.',
        'TestRunner duration: 0.052 seconds.',
        'TestRunner summary: 2 passed, 1 failed, 1 skipped, 1 timed out, out of 5 test(s).',
      ]),
      [
        { kind: 'run-start', expected: 5 },
        { kind: 'test-result', name: 'led_on', status: 'passed' },
        { kind: 'assertion', message: '(3) == (4)', file: '/home/ci/Arduino/LedTest/LedTest.ino', line: 24 },
        { kind: 'test-result', name: 'math_add_2', status: 'failed' },
        { kind: 'test-result', name: 'radio_tx', status: 'skipped' },
        { kind: 'test-result', name: 'slow_loop', status: 'timed-out' },
        { kind: 'test-result', name: 'Queue::push', status: 'passed' },
        { kind: 'note', text: 'TestRunner duration: 0.052 seconds.' },
        { kind: 'summary', tests: 5, failed: 1, skipped: 1, passed: 2, timedOut: 1 },
      ],
    );
  });

  it('reads every assertion form, Windows paths included, and keeps passed ones as output', () => {
    assert.deepEqual(one(aunit(), 'C:\\Users\\ci\\Sketch\\Sketch.ino:7: Assertion failed: (x=1) < (y=0).'), {
      kind: 'assertion',
      message: '(x=1) < (y=0)',
      file: 'C:\\Users\\ci\\Sketch\\Sketch.ino',
      line: 7,
    });
    assert.deepEqual(one(aunit(), 'Meta.ino:30: Assertion failed: Test slow_loop is not passed.'), {
      kind: 'assertion',
      message: 'Test slow_loop is not passed',
      file: 'Meta.ino',
      line: 30,
    });
    assert.deepEqual(one(aunit(), 'Bool.ino:12: Assertion failed: (true) is false.'), {
      kind: 'assertion',
      message: '(true) is false',
      file: 'Bool.ino',
      line: 12,
    });
    assert.deepEqual(one(aunit(), 'Status.ino:9: Status skipped.'), {
      kind: 'assertion',
      message: 'Status skipped',
      file: 'Status.ino',
      line: 9,
    });
    assert.deepEqual(one(aunit(), 'Status.ino:10: Status failed.'), {
      kind: 'assertion',
      message: 'Status failed',
      file: 'Status.ino',
      line: 10,
    });
    assert.deepEqual(one(aunit(), 'Ok.ino:5: Assertion passed: (1) == (1).'), {
      kind: 'output',
      text: 'Ok.ino:5: Assertion passed: (1) == (1).',
    });
  });

  it('takes only the exact runner lines', () => {
    for (const line of [
      'TestRunner started on some test(s).',
      'TestRunner summary: 2 passed, 1 failed, 1 skipped, out of 4 test(s).',
      'TestRunner summary: 2 passed, 0 failed, 0 skipped, 0 timed out, out of 2 test(s). extra',
      'Test led_on passed',
      'Test  passed.',
      'Test summary: 1 passed, 0 failed, and 0 skipped, out of 1 test(s).',
    ]) {
      assert.equal(one(aunit(), line), undefined, line);
    }
    const parser = aunit();
    assert.equal(parser.announcesStart, false);
    assert.equal(parser.endsWith, 'summary');
  });
});

describe('ArduinoUnit', () => {
  const arduinounit = (): FrameworkParser => createParser('arduinounit');

  it('reads results, assertions with and without a message, and the summary', () => {
    assert.deepEqual(
      feed(arduinounit(), [
        'Assertion failed: (a=1) == (b=2), file /tmp/arduino/sketch/Math.ino, line 14.',
        'Test add failed.',
        'Test sub passed.',
        'Test my radio test skipped.',
        'Assertion failed: (count=3) < (limit=2), file C:\\Sketch\\Math.ino, line 22 [queue overflow].',
        'Test queue_2 failed.',
        'Test summary: 1 passed, 2 failed, and 1 skipped, out of 4 test(s).',
      ]),
      [
        { kind: 'assertion', message: '(a=1) == (b=2)', file: '/tmp/arduino/sketch/Math.ino', line: 14 },
        { kind: 'test-result', name: 'add', status: 'failed' },
        { kind: 'test-result', name: 'sub', status: 'passed' },
        { kind: 'test-result', name: 'my radio test', status: 'skipped' },
        { kind: 'assertion', message: '(count=3) < (limit=2) [queue overflow]', file: 'C:\\Sketch\\Math.ino', line: 22 },
        { kind: 'test-result', name: 'queue_2', status: 'failed' },
        { kind: 'summary', tests: 4, failed: 2, skipped: 1, passed: 1 },
      ],
    );
  });

  it('reads an aborted test and keeps passed assertions as output', () => {
    assert.deepEqual(one(arduinounit(), 'Assertion failed: test slow aborted, file ArduinoUnit.cpp, line 183.'), {
      kind: 'assertion',
      message: 'test slow aborted',
      file: 'ArduinoUnit.cpp',
      line: 183,
    });
    assert.deepEqual(one(arduinounit(), 'Assertion passed: (x=1) == (1=1), file T.ino, line 3.'), {
      kind: 'output',
      text: 'Assertion passed: (x=1) == (1=1), file T.ino, line 3.',
    });
  });

  it('knows no timeouts and takes only the exact summary', () => {
    for (const line of [
      'Test slow timed out.',
      'Test summary: 1 passed, 0 failed, 0 skipped, out of 1 test(s).',
      'Test summary: 1 passed, 0 failed, and 0 skipped, out of 1 test(s). More',
      'TestRunner summary: 1 passed, 0 failed, 0 skipped, 0 timed out, out of 1 test(s).',
      'Assertion failed: (a=1) == (b=2)',
    ]) {
      assert.equal(one(arduinounit(), line), undefined, line);
    }
    assert.equal(arduinounit().endsWith, 'summary');
  });
});

describe('ztest', () => {
  const ztest = (): FrameworkParser => createParser('ztest');
  const line67 = '='.repeat(67);

  it('reads a run of today’s ztest, from the boot banner to PROJECT EXECUTION', () => {
    assert.deepEqual(
      feed(ztest(), [
        '*** Booting Zephyr OS build v3.6.0 ***',
        'Running TESTSUITE math',
        line67,
        'START - test_add',
        '',
        '    Assertion failed at tests/math/src/main.c:21: math_test_add: (sum not equal to 4)',
        'carry lost',
        ' FAIL - test_add in 0.012 seconds',
        line67,
        'START - test_sub',
        ' PASS - test_sub in 1.005 seconds',
        line67,
        'START - test_div',
        ' SKIP - test_div in 0.000 seconds',
        line67,
        'TESTSUITE math failed.',
        '',
        '------ TESTSUITE SUMMARY START ------',
        '',
        'SUITE FAIL -  50.00% [math]: pass = 1, fail = 1, skip = 1, total = 3 duration = 1.017 seconds',
        ' - FAIL - [math.test_add] duration = 0.012 seconds',
        ' - PASS - [math.test_sub] duration = 1.005 seconds',
        ' - SKIP - [math.test_div] duration = 0.000 seconds',
        '',
        '------ TESTSUITE SUMMARY END ------',
        '',
        line67,
        'PROJECT EXECUTION FAILED',
      ]),
      [
        { kind: 'run-start' },
        { kind: 'suite-start', suite: 'math' },
        { kind: 'note', text: line67 },
        { kind: 'test-start', name: 'test_add', suite: 'math' },
        undefined,
        { kind: 'assertion', message: 'math_test_add: (sum not equal to 4)', file: 'tests/math/src/main.c', line: 21 },
        undefined,
        { kind: 'test-result', name: 'test_add', status: 'failed', timeMs: 12, suite: 'math' },
        { kind: 'note', text: line67 },
        { kind: 'test-start', name: 'test_sub', suite: 'math' },
        { kind: 'test-result', name: 'test_sub', status: 'passed', timeMs: 1005, suite: 'math' },
        { kind: 'note', text: line67 },
        { kind: 'test-start', name: 'test_div', suite: 'math' },
        { kind: 'test-result', name: 'test_div', status: 'skipped', timeMs: 0, suite: 'math' },
        { kind: 'note', text: line67 },
        { kind: 'suite-end', suite: 'math', passed: false },
        undefined,
        { kind: 'note', text: '------ TESTSUITE SUMMARY START ------' },
        undefined,
        { kind: 'summary', suite: 'math', tests: 3, failed: 1, skipped: 1, passed: 1 },
        { kind: 'note', text: ' - FAIL - [math.test_add] duration = 0.012 seconds' },
        { kind: 'note', text: ' - PASS - [math.test_sub] duration = 1.005 seconds' },
        { kind: 'note', text: ' - SKIP - [math.test_div] duration = 0.000 seconds' },
        undefined,
        { kind: 'note', text: '------ TESTSUITE SUMMARY END ------' },
        undefined,
        { kind: 'note', text: line67 },
        { kind: 'run-end', passed: false },
      ],
    );
  });

  it('reads the older forms: lower-case suite lines, "starting test", results without a time', () => {
    assert.deepEqual(
      feed(ztest(), [
        'Running test suite kernel_timer',
        'starting test - test_timer_start',
        'PASS - test_timer_start',
        'START - test_timer_stop',
        ' FAIL - test_timer_stop',
        'Test suite kernel_timer failed.',
        'Test suite other succeeded',
        'PROJECT EXECUTION SUCCESSFUL',
      ]),
      [
        { kind: 'suite-start', suite: 'kernel_timer', runStart: true },
        { kind: 'test-start', name: 'test_timer_start', suite: 'kernel_timer' },
        { kind: 'test-result', name: 'test_timer_start', status: 'passed', suite: 'kernel_timer' },
        { kind: 'test-start', name: 'test_timer_stop', suite: 'kernel_timer' },
        { kind: 'test-result', name: 'test_timer_stop', status: 'failed', suite: 'kernel_timer' },
        { kind: 'suite-end', suite: 'kernel_timer', passed: false },
        { kind: 'suite-end', suite: 'other', passed: true },
        { kind: 'run-end', passed: true },
      ],
    );
  });

  it('reads the seconds fraction as milliseconds, right for the old unpadded form too', () => {
    const time = (line: string): number | undefined => (one(ztest(), line) as { timeMs?: number }).timeMs;
    assert.equal(time(' PASS - test_a in 0.012 seconds'), 12);
    assert.equal(time(' PASS - test_a in 0.120 seconds'), 120);
    assert.equal(time(' PASS - test_a in 0.12 seconds'), 12, 'the old "%u.%u": 12 ms printed as 0.12');
    assert.equal(time(' PASS - test_a in 2.5 seconds'), 2005);
  });

  it('marks the first suite of a run as its start when no boot banner came, and restarts on a banner', () => {
    const parser = ztest();
    assert.deepEqual(feed(parser, ['Running TESTSUITE a', 'Running TESTSUITE b']), [
      { kind: 'suite-start', suite: 'a', runStart: true },
      { kind: 'suite-start', suite: 'b' },
    ]);
    // A banner in the middle of a run is the board restarting.
    assert.deepEqual(feed(parser, ['*** Booting Zephyr OS build v3.6.0 ***', 'Running TESTSUITE a', 'START - test_x']), [
      { kind: 'run-start' },
      { kind: 'suite-start', suite: 'a' },
      { kind: 'test-start', name: 'test_x', suite: 'a' },
    ]);
    assert.deepEqual(one(parser, '*** Booting nRF Connect SDK v2.5.0 ***'), { kind: 'run-start' });
    assert.deepEqual(feed(parser, ['PROJECT EXECUTION SUCCESSFUL', 'Running TESTSUITE a']), [
      { kind: 'run-end', passed: true },
      { kind: 'suite-start', suite: 'a', runStart: true },
    ]);
  });

  it('takes from the summary block the results whose own lines were lost, flaky ones as failures', () => {
    const parser = ztest();
    feed(parser, ['Running TESTSUITE io', 'START - test_read', ' PASS - test_read in 0.001 seconds', 'START - test_write']);
    assert.deepEqual(
      feed(parser, [
        '------ TESTSUITE SUMMARY START ------',
        'SUITE FAIL -  33.33% [io]: pass = 1, fail = 2, skip = 0, total = 3 duration = 0.010 seconds',
        ' - PASS - [io.test_read] duration = 0.001 seconds',
        ' - FAIL - [io.test_write] duration = 0.004 seconds',
        ' - FLAKY - [io.test_seek] - (Failed 1 of 3 attempts) - duration = 0.005 seconds',
        '------ TESTSUITE SUMMARY END ------',
      ]).slice(2, 5),
      [
        { kind: 'note', text: ' - PASS - [io.test_read] duration = 0.001 seconds' },
        { kind: 'test-result', name: 'test_write', suite: 'io', status: 'failed', timeMs: 4 },
        { kind: 'test-result', name: 'test_seek', suite: 'io', status: 'failed', timeMs: 5, message: 'Flaky: failed 1 of 3 attempts' },
      ],
    );
    // Outside the block the same lines are no summary.
    assert.equal(one(parser, 'SUITE PASS - 100.00% [io]: pass = 1, fail = 0, skip = 0, total = 1 duration = 0.001 seconds'), undefined);
    assert.equal(one(parser, ' - PASS - [io.test_read] duration = 0.001 seconds'), undefined);
  });

  it('reads assumptions, terse assertions and mock failures as details, and ignores look-alikes', () => {
    assert.deepEqual(one(ztest(), '    Assertion failed at C:/zephyrproject/app/tests/main.c:40'), {
      kind: 'assertion',
      message: 'Assertion failed',
      file: 'C:/zephyrproject/app/tests/main.c',
      line: 40,
    });
    assert.deepEqual(one(ztest(), '    Assumption failed at tests/main.c:12: test_net: (link_up is false)'), {
      kind: 'assertion',
      message: 'Assumption failed: test_net: (link_up is false)',
      file: 'tests/main.c',
      line: 12,
    });
    assert.deepEqual(one(ztest(), 'Test test_mock failed: Unused mock return values'), {
      kind: 'assertion',
      message: 'Unused mock return values',
    });
    assert.deepEqual(one(ztest(), '   Assertion succeeded at tests/main.c:9 (test_ok)'), {
      kind: 'output',
      text: '   Assertion succeeded at tests/main.c:9 (test_ok)',
    });
    assert.deepEqual(one(ztest(), 'RunID: 5e3d1c'), { kind: 'note', text: 'RunID: 5e3d1c' });
    for (const line of [
      'FAIL - test_thing@45. ',
      'FAIL - test_thing@45. value 3',
      'PASS - ',
      'PROJECT EXECUTION SUCCESSFUL!',
      'Running TESTSUITE',
      'START -',
    ]) {
      assert.equal(one(ztest(), line), undefined, line);
    }
    const parser = ztest();
    assert.equal(parser.announcesStart, true);
    assert.equal(parser.endsWith, 'run-end');
  });
});

describe('detectFramework', () => {
  it('names the framework of a distinctive line', () => {
    const cases: [string, string][] = [
      ['test/test_led.c:12:test_led_on:PASS', 'unity'],
      ['C:\\fw\\test\\test_uart.c:88:test_baud:FAIL: Expected 9600 Was 4800', 'unity'],
      ['test/test_led.c:30:test_blink:IGNORE', 'unity'],
      ['TestRunner started on 3 test(s).', 'aunit'],
      ['TestRunner summary: 3 passed, 0 failed, 0 skipped, 0 timed out, out of 3 test(s).', 'aunit'],
      ['Test slow_loop timed out.', 'aunit'],
      ['Sketch.ino:7: Assertion failed: (1) == (2).', 'aunit'],
      ['Test summary: 1 passed, 0 failed, and 0 skipped, out of 1 test(s).', 'arduinounit'],
      ['Assertion failed: (a=1) == (b=2), file Math.ino, line 14.', 'arduinounit'],
      ['Running TESTSUITE math', 'ztest'],
      [' PASS - test_add in 0.012 seconds', 'ztest'],
      ['TESTSUITE math succeeded', 'ztest'],
      ['PROJECT EXECUTION FAILED', 'ztest'],
      ['------ TESTSUITE SUMMARY START ------', 'ztest'],
    ];
    for (const [line, framework] of cases) {
      assert.equal(detectFramework(line), framework, line);
      assert.deepEqual(frameworksPrinting(line), [framework], line);
    }
  });

  it('names none for a line AUnit and ArduinoUnit share, but says which share it', () => {
    assert.equal(detectFramework('Test led_on passed.'), undefined);
    assert.deepEqual(frameworksPrinting('Test led_on passed.'), ['aunit', 'arduinounit']);
    assert.deepEqual(frameworksPrinting('Test my radio test failed.'), ['aunit', 'arduinounit']);
    // Both parsers read the shared line alike, so reading it before the choice is settled loses nothing.
    assert.deepEqual(createParser('aunit').parse('Test led_on skipped.'), createParser('arduinounit').parse('Test led_on skipped.'));
  });

  it('names none for plain lines any firmware could print', () => {
    for (const line of [
      '',
      'hello',
      'OK',
      'FAIL',
      '-----------------------',
      '3 Tests 0 Failures 0 Ignored ',
      'Running test suite math',
      'PASS - test_add',
      'START - test_add',
      '*** Booting Zephyr OS build v3.6.0 ***',
    ]) {
      assert.equal(detectFramework(line), undefined, line);
      assert.deepEqual(frameworksPrinting(line), [], line);
    }
  });
});

describe('regex framework', () => {
  const patterns = {
    result:
      '/^\\[(?<suite>\\w+)\\] (?<name>[\\w:]+) (?<status>\\w+(?: out)?)(?: \\((?<time>\\d+) ms\\))?(?: at (?<file>[^:]+):(?<line>\\d+))?(?: - (?<message>.*))?$/',
    end: '/^DONE (?<tests>\\d+) tests, (?<failed>\\d+) failed, (?<skipped>\\d+) skipped$/',
    start: '/^RUN (?<name>[\\w:]+)$/',
  };

  it('reads results from the named groups and maps the status words', () => {
    const parser = createRegexParser(patterns, 'test-patterns');
    assert.equal(parser.framework, 'regex');
    assert.equal(parser.announcesStart, true);
    assert.equal(parser.endsWith, 'summary');
    assert.deepEqual(
      feed(parser, [
        'RUN io::read',
        '[io] io::read ok (12 ms)',
        '[io] write FAIL at src/io.c:33 - wrote 0 bytes',
        'DONE 2 tests, 1 failed, 0 skipped',
      ]),
      [
        { kind: 'test-start', name: 'io::read' },
        { kind: 'test-result', name: 'io::read', status: 'passed', suite: 'io', timeMs: 12 },
        { kind: 'test-result', name: 'write', status: 'failed', message: 'wrote 0 bytes', file: 'src/io.c', line: 33, suite: 'io' },
        { kind: 'summary', tests: 2, failed: 1, skipped: 0 },
      ],
    );
    const status = (word: string): unknown => (parser.parse(`[s] t ${word}`) as { status: string }).status;
    const words: [string, string][] = [
      ['pass', 'passed'],
      ['PASSED', 'passed'],
      ['Ok', 'passed'],
      ['fail', 'failed'],
      ['Failed', 'failed'],
      ['ERROR', 'failed'],
      ['skip', 'skipped'],
      ['SKIPPED', 'skipped'],
      ['ignore', 'skipped'],
      ['Ignored', 'skipped'],
      ['TIMEOUT', 'timed-out'],
      ['timed out', 'timed-out'],
    ];
    for (const [word, expected] of words) assert.equal(status(word), expected, word);
    assert.equal(parser.parse('nothing here'), undefined);
  });

  it('reads an unknown status word as a failure and keeps the word', () => {
    const parser = createRegexParser(patterns, 'test-patterns');
    assert.deepEqual(parser.parse('[s] flaky_one MAYBE - twice'), {
      kind: 'test-result',
      name: 'flaky_one',
      status: 'failed',
      message: 'unknown status "MAYBE": twice',
      suite: 's',
    });
  });

  it('takes bare expressions, ends on a run-end without counts, with its status group', () => {
    const parser = createRegexParser({ result: '^(?<name>\\S+) => (?<status>\\w+)$', end: '^ALL DONE(?: (?<status>\\w+))?$' });
    assert.equal(parser.announcesStart, false);
    assert.equal(parser.endsWith, 'run-end');
    assert.deepEqual(feed(parser, ['t1 => pass', 'ALL DONE', 'ALL DONE failed', 'ALL DONE ok']), [
      { kind: 'test-result', name: 't1', status: 'passed' },
      { kind: 'run-end', passed: true },
      { kind: 'run-end', passed: false },
      { kind: 'run-end', passed: true },
    ]);
    // Flags of the /…/flags form apply; g and y are dropped, so matching stays per line.
    const caseless = createRegexParser({ result: '/^(?<name>\\w+): (?<status>pass|fail)$/gi', end: '/^end$/i' });
    assert.deepEqual(feed(caseless, ['alpha: PASS', 'alpha: PASS', 'END']), [
      { kind: 'test-result', name: 'alpha', status: 'passed' },
      { kind: 'test-result', name: 'alpha', status: 'passed' },
      { kind: 'run-end', passed: true },
    ]);
  });

  it('refuses patterns without their required groups, naming the input', async () => {
    const noStatus = await expectFailure('usage', () =>
      createRegexParser({ result: '/^(?<name>\\w+) ok$/', end: '/^end$/' }, 'test-patterns'),
    );
    assert.equal(noStatus.message, 'Input "test-patterns" has a result pattern /^(?<name>\\w+) ok$/ without the named group "status"');
    assert.match(noStatus.hint ?? '', /^Fix: /);
    const neither = await expectFailure('usage', () => createRegexParser({ result: '^(\\w+) (\\w+)$', end: 'end' }, 'test-patterns'));
    assert.match(neither.message, /without the named groups "name" and "status"$/);
    const noName = await expectFailure('usage', () => createRegexParser({ ...patterns, start: '/^RUN (\\w+)$/' }, 'test-patterns'));
    assert.match(noName.message, /^Input "test-patterns" has a start pattern .* without the named group "name"$/);
    const halfCounts = await expectFailure('usage', () =>
      createRegexParser({ ...patterns, end: '/^(?<tests>\\d+) tests$/' }, 'test-patterns'),
    );
    assert.match(
      halfCounts.message,
      /^Input "test-patterns" has an end pattern .* without the named group "failed" \(it names a count, so it needs both\)$/,
    );
  });

  it('refuses invalid and empty expressions, naming the input and the pattern', async () => {
    const invalid = await expectFailure('usage', () =>
      createRegexParser({ result: '/^(?<name>\\w+ (?<status>\\w+)$/', end: 'end' }, 'test-patterns'),
    );
    assert.match(invalid.message, /^Input "test-patterns" has an invalid result pattern \/\^\(\?<name>\\w\+ \(\?<status>\\w\+\)\$\/: /);
    assert.match(invalid.hint ?? '', /^Fix: /);
    const badEnd = await expectFailure('usage', () => createRegexParser({ ...patterns, end: '[unclosed' }, 'test-patterns'));
    assert.match(badEnd.message, /^Input "test-patterns" has an invalid end pattern \[unclosed: /);
    const empty = await expectFailure('usage', () => createRegexParser({ ...patterns, end: '//' }, 'test-patterns'));
    assert.equal(empty.message, 'Input "test-patterns" has an empty end pattern');
    const defaultName = await expectFailure('usage', () => createRegexParser({ result: '(', end: 'x' }));
    assert.match(defaultName.message, /^Input "patterns" has an invalid result pattern \(: /);
  });
});
