import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { afterEach, describe, it } from 'node:test';
import { ConsoleFeed, type LineConsumer, type WatchLimits, type WatchOutcome } from '../../src/serial/console-feed.js';
import { ExpectMatcher, type MatchDecision } from '../../src/serial/expect-matcher.js';
import { compilePattern } from '../../src/serial/patterns.js';
import { Transcript } from '../../src/serial/transcript.js';

const quietMs = 20;

interface Console {
  source: EventEmitter;
  feed: ConsoleFeed;
  transcript: Transcript;
  echoed: string[];
  /** What the board sends, as bytes. */
  send: (text: string) => void;
}

const opened: ConsoleFeed[] = [];

afterEach(() => {
  for (const feed of opened.splice(0)) feed.close();
});

function openConsole(): Console {
  const source = new EventEmitter();
  const transcript = new Transcript();
  const echoed: string[] = [];
  const feed = new ConsoleFeed(source, {
    encoding: 'utf8',
    stripAnsi: true,
    maxLineLength: 1024,
    transcript,
    partialLineQuietMs: quietMs,
    onLine: (line) => echoed.push(line),
  });
  opened.push(feed);
  return { source, feed, transcript, echoed, send: (text) => source.emit('data', Buffer.from(text, 'utf8')) };
}

function limits(timeoutMs = 5000, signal: AbortSignal = new AbortController().signal): WatchLimits {
  return { timeoutMs, signal };
}

/** An ExpectMatcher over the given patterns (no fail-on), as a consumer. */
function expecting(
  sources: readonly string[],
  options: { wholeLines?: boolean } = {},
): { matcher: ExpectMatcher; consumer: LineConsumer<MatchDecision> } {
  const matcher = new ExpectMatcher(
    sources.map((source) => compilePattern(source, 'expect')),
    [],
  );
  return { matcher, consumer: { ...options, feed: (line, atMs, offset) => matcher.feed(line, atMs, offset) } };
}

interface Recorder extends LineConsumer<string> {
  /** Every (line, offset) it was fed, in order. */
  readonly fed: [string, number][];
}

/**
 * A consumer that records what it is fed and decides (with the rest of the line from its offset)
 * when `until` matches that rest; it consumes up to the end of the match.
 */
function recorder(
  until: RegExp | undefined,
  options: { wholeLines?: boolean; keepsLines?: boolean; deadlineMs?: number; expire?: string } = {},
): Recorder {
  const fed: [string, number][] = [];
  const { deadlineMs, expire, ...flags } = options;
  return {
    ...flags,
    fed,
    feed: (line, _atMs, offset) => {
      fed.push([line, offset]);
      const rest = line.slice(offset);
      const match = until?.exec(rest);
      if (match === null || match === undefined) return { decision: undefined, consumed: offset };
      return { decision: rest, consumed: offset + match.index + match[0].length };
    },
    ...(deadlineMs === undefined ? {} : { deadlineMs: () => deadlineMs }),
    ...(expire === undefined ? {} : { expire: () => expire }),
  };
}

function decided<D>(outcome: WatchOutcome<D>): D {
  assert.equal(outcome.status, 'decided', JSON.stringify(outcome));
  return (outcome as { decision: D }).decision;
}

describe('ConsoleFeed: no line lost between watches', () => {
  it('keeps lines that arrive while nothing watches for the next watch, in order', async () => {
    const { feed, send, echoed, transcript } = openConsole();
    send('boot\nready v1');
    send('.4\nwaiting\n');
    const first = expecting(['/ready v(?<version>\\S+)/']);
    assert.deepEqual(decided(await feed.watch(first.consumer, limits())), { status: 'pass' });
    assert.equal(first.matcher.progress.matches[0]?.line, 'ready v1.4');
    assert.deepEqual(first.matcher.progress.groups, { version: '1.4' });

    // More lines arrive between the two watches; the next one reads "waiting" first.
    send('tick 1\ntick 2\n');
    const second = recorder(/tick 2/);
    assert.equal(decided(await feed.watch(second, limits())), 'tick 2');
    assert.deepEqual(second.fed, [
      ['waiting', 0],
      ['tick 1', 0],
      ['tick 2', 0],
    ]);
    assert.deepEqual(echoed, ['boot', 'ready v1.4', 'waiting', 'tick 1', 'tick 2']);
    assert.equal(transcript.lineCount, 5);
  });

  it('leaves the lines after the deciding one (from the same read) to the next watch', async () => {
    const { feed, send } = openConsole();
    const first = recorder(/^one$/);
    const watching = feed.watch(first, limits());
    send('one\ntwo\nthree\n');
    assert.equal(decided(await watching), 'one');
    assert.deepEqual(first.fed, [['one', 0]]);

    const second = recorder(/three/);
    assert.equal(decided(await feed.watch(second, limits())), 'three');
    assert.deepEqual(second.fed, [
      ['two', 0],
      ['three', 0],
    ]);
  });

  it('matches two patterns of one line in two watches, each after the previous match', async () => {
    const { feed, send } = openConsole();
    send('a=1 b=2 c\n');
    const a = expecting(['/a=\\d/']);
    decided(await feed.watch(a.consumer, limits()));
    const b = expecting(['/b=\\d/']);
    decided(await feed.watch(b.consumer, limits()));
    assert.equal(b.matcher.progress.matches[0]?.line, 'a=1 b=2 c');

    // A third watch for a=\d is fed only what is left of the line (" c"), so it waits for a new line.
    const again = recorder(/a=\d/);
    const watching = feed.watch(again, limits());
    assert.deepEqual(again.fed, [['a=1 b=2 c', 7]]);
    send('x a=3\n');
    assert.equal(decided(await watching), 'x a=3');
    assert.deepEqual(again.fed, [
      ['a=1 b=2 c', 7],
      ['x a=3', 0],
    ]);
  });

  it('does not match the first pattern again on a line fully consumed by two matches', async () => {
    const { feed, send } = openConsole();
    send('a=1 b=2\n');
    decided(await feed.watch(expecting(['/a=\\d/']).consumer, limits()));
    decided(await feed.watch(expecting(['/b=\\d/']).consumer, limits()));
    const third = expecting(['/a=\\d/']);
    const watching = feed.watch(third.consumer, limits());
    send('a=9\n');
    decided(await watching);
    assert.deepEqual(
      third.matcher.progress.matches.map((match) => match.line),
      ['a=9'],
    );
  });
});

describe('ConsoleFeed: keepsLines', () => {
  it('a consumer that keeps lines and ends at its deadline leaves what it read to the next watch', async () => {
    const { feed, send } = openConsole();
    send('l1\n');
    const quiet = recorder(/panic/, { keepsLines: true, deadlineMs: feed.elapsed() + 30, expire: 'quiet' });
    const watching = feed.watch(quiet, limits());
    send('l2\n');
    const outcome = await watching;
    assert.equal(decided(outcome), 'quiet');
    assert.deepEqual(quiet.fed, [
      ['l1', 0],
      ['l2', 0],
    ]);

    const next = recorder(/l2/);
    assert.equal(decided(await feed.watch(next, limits())), 'l2');
    assert.deepEqual(next.fed, [
      ['l1', 0],
      ['l2', 0],
    ]);
  });

  it('a consumer that does not keep lines uses up what it read, also when it ends at its deadline', async () => {
    const { feed, send } = openConsole();
    send('l1\n');
    const quiet = recorder(/panic/, { deadlineMs: feed.elapsed() + 30, expire: 'quiet' });
    const watching = feed.watch(quiet, limits());
    send('l2\n');
    assert.equal(decided(await watching), 'quiet');
    assert.deepEqual(quiet.fed, [
      ['l1', 0],
      ['l2', 0],
    ]);

    const next = recorder(/./);
    const nextWatch = feed.watch(next, limits());
    assert.deepEqual(next.fed, []);
    send('l3\n');
    assert.equal(decided(await nextWatch), 'l3');
    assert.deepEqual(next.fed, [['l3', 0]]);
  });

  it('a consumer that keeps lines and ends by timeout also leaves them', async () => {
    const { feed, send } = openConsole();
    send('l1\nl2\n');
    const watcher = recorder(/panic/, { keepsLines: true });
    const outcome = await feed.watch(watcher, limits(30));
    assert.equal(outcome.status, 'timeout');
    const next = recorder(/l1/);
    assert.equal(decided(await feed.watch(next, limits())), 'l1');
    assert.deepEqual(next.fed, [['l1', 0]]);
  });
});

describe('ConsoleFeed: a line without an ending', () => {
  it('matches a prompt once the board falls quiet, and feeds only the rest when its line ends', async () => {
    const { feed, send } = openConsole();
    const prompt = expecting(['> ']);
    const watching = feed.watch(prompt.consumer, limits());
    send('> ');
    // Resolves by itself once the prompt has been quiet for partialLineQuietMs.
    const outcome = await watching;
    assert.deepEqual(decided(outcome), { status: 'pass' });
    assert.ok(outcome.elapsedMs >= quietMs - 2, `decided after ${outcome.elapsedMs} ms`);
    assert.equal(prompt.matcher.progress.matches[0]?.line, '> ');

    send('done\n');
    const next = recorder(/.*/);
    assert.equal(decided(await feed.watch(next, limits())), 'done');
    assert.deepEqual(next.fed, [['> done', 2]]);
  });

  it('does not match the consumed prompt again when its line completes', async () => {
    const { feed, send } = openConsole();
    send('> ');
    decided(await feed.watch(expecting(['> ']).consumer, limits()));
    send('done\n');
    const again = expecting(['> ']);
    const watching = feed.watch(again.consumer, limits());
    send('> \n');
    decided(await watching);
    assert.deepEqual(
      again.matcher.progress.matches.map((match) => match.line),
      ['> '],
    );
  });

  it('never feeds an unfinished line to a consumer of whole lines', async () => {
    const { feed, send } = openConsole();
    const whole = recorder(/./, { wholeLines: true });
    const watching = feed.watch(whole, limits(quietMs * 4));
    send('> ');
    // Well past the quiet time: it times out without having been fed the prompt.
    assert.equal((await watching).status, 'timeout');
    assert.deepEqual(whole.fed, []);

    const next = recorder(/done/, { wholeLines: true });
    const nextWatch = feed.watch(next, limits());
    send('done\n');
    assert.equal(decided(await nextWatch), '> done');
    assert.deepEqual(next.fed, [['> done', 0]]);
  });

  it('a consumer that keeps lines and decides on an unfinished line uses up the lines before it, as on a complete line', async () => {
    const { feed, send } = openConsole();
    send('a\n> ');
    const keeper = recorder(/>/, { keepsLines: true });
    assert.equal(decided(await feed.watch(keeper, limits())), '> ');
    send('done\n');
    const next = recorder(/done/);
    assert.equal(decided(await feed.watch(next, limits())), ' done');
    // As pump() does for a complete line: "a" used up, "> done" fed from the end of the match.
    assert.deepEqual(next.fed, [['> done', 1]]);
  });
});

describe('ConsoleFeed: how a watch ends without a decision', () => {
  it('reports the port lost, with the reason, to a watch in progress', async () => {
    const { feed, source, send } = openConsole();
    const watcher = recorder(/never/);
    const watching = feed.watch(watcher, limits());
    send('hello\n');
    source.emit('close', new Error('device unplugged'));
    const outcome = await watching;
    assert.equal(outcome.status, 'port-lost');
    assert.equal((outcome as { reason: string }).reason, 'device unplugged');
    assert.equal(feed.lostReason, 'device unplugged');
    assert.deepEqual(watcher.fed, [['hello', 0]]);
  });

  it('says the port was closed when the close carries no error, and treats an error event as a loss', async () => {
    const closed = openConsole();
    const watching = closed.feed.watch(recorder(/never/), limits());
    closed.source.emit('close');
    assert.deepEqual({ ...(await watching), elapsedMs: 0 }, { status: 'port-lost', elapsedMs: 0, reason: 'the port was closed' });

    const failed = openConsole();
    const failing = failed.feed.watch(recorder(/never/), limits());
    failed.source.emit('error', new Error('EIO'));
    assert.deepEqual({ ...(await failing), elapsedMs: 0 }, { status: 'port-lost', elapsedMs: 0, reason: 'EIO' });
  });

  it('feeds lines buffered before the close to a later watch first, then reports the loss', async () => {
    const { feed, source, send } = openConsole();
    send('boot ok\nlast words\n');
    source.emit('close', new Error('device unplugged'));
    // The buffered line decides.
    assert.equal(decided(await feed.watch(recorder(/boot ok/), limits())), 'boot ok');
    // Buffered lines that do not decide are fed, then the loss is reported.
    const watcher = recorder(/never/);
    const outcome = await feed.watch(watcher, limits());
    assert.equal(outcome.status, 'port-lost');
    assert.equal((outcome as { reason: string }).reason, 'device unplugged');
    assert.deepEqual(watcher.fed, [['last words', 0]]);
    // And every later watch learns it at once.
    const after = await feed.watch(recorder(/never/), limits());
    assert.equal(after.status, 'port-lost');
    assert.equal((after as { reason: string }).reason, 'device unplugged');
  });

  it('lets an unfinished line printed before the close decide a later watch', async () => {
    const { feed, source, send } = openConsole();
    send('> ');
    source.emit('close');
    assert.equal(decided(await feed.watch(recorder(/>/), limits())), '> ');
  });

  it('times out when nothing decides within timeoutMs', async () => {
    const { feed, send } = openConsole();
    const watcher = recorder(/never/);
    const watching = feed.watch(watcher, limits(30));
    send('noise\n');
    const outcome = await watching;
    assert.equal(outcome.status, 'timeout');
    assert.ok(outcome.elapsedMs >= 25, `timed out after ${outcome.elapsedMs} ms`);
    assert.deepEqual(watcher.fed, [['noise', 0]]);
  });

  it('is cancelled when the signal aborts, and at once when it has already aborted', async () => {
    const { feed } = openConsole();
    const controller = new AbortController();
    const watching = feed.watch(recorder(/never/), limits(5000, controller.signal));
    controller.abort();
    assert.equal((await watching).status, 'cancelled');

    const before = await feed.watch(recorder(/never/), limits(5000, AbortSignal.abort()));
    assert.equal(before.status, 'cancelled');
  });

  it('cancels the watch in progress when the feed is closed', async () => {
    const { feed } = openConsole();
    const watching = feed.watch(recorder(/never/), limits());
    feed.close();
    assert.equal((await watching).status, 'cancelled');
  });
});

describe('ConsoleFeed: one watch at a time, and close', () => {
  it('refuses a second watch while one is in progress, and allows it after', async () => {
    const { feed, send } = openConsole();
    const watching = feed.watch(recorder(/one/), limits());
    assert.throws(() => feed.watch(recorder(/two/), limits()), /one watch at a time/);
    send('one\n');
    assert.equal(decided(await watching), 'one');
    const next = feed.watch(recorder(/two/), limits());
    send('two\n');
    assert.equal(decided(await next), 'two');
  });

  it('puts the unfinished line into the transcript when closed, and stops listening', () => {
    const { feed, send, source, transcript } = openConsole();
    send('\x1b[32mline1\x1b[0m\r\n> ');
    assert.deepEqual(transcript.lastLines(5), ['line1']);
    feed.close();
    assert.deepEqual(transcript.lastLines(5), ['line1', '> ']);
    assert.equal(source.listenerCount('data'), 0);
    assert.equal(source.listenerCount('close'), 0);
    assert.equal(source.listenerCount('error'), 0);
    // Closing twice adds nothing.
    feed.close();
    assert.equal(transcript.lineCount, 2);
  });
});
