import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordingIo } from '../../src/io.js';
import { lockFileName, lockPort } from '../../src/serial/port-lock.js';
import { expectFailure } from '../harness/expect-error.js';

const lockDir = (): Promise<string> => mkdtemp(join(tmpdir(), 'boardline-locks-'));

/** A pid no process has: one that just exited. */
async function deadPid(): Promise<number> {
  const child = spawn('true');
  await new Promise((done) => child.on('exit', done));
  return child.pid ?? 0;
}

describe('port locks', () => {
  it('names lock files the way UUCP-style tools do', () => {
    assert.equal(lockFileName('/dev/ttyACM0'), 'LCK..ttyACM0');
    assert.equal(lockFileName('/dev/pts/3'), 'LCK..pts_3');
  });

  it('writes the holder PID as ten ASCII digits, and removes the lock on release', async () => {
    const dir = await lockDir();
    const lock = await lockPort('/dev/ttyACM0', { lockDir: dir, timeoutMs: 1000, purpose: 'boardline verify-banner', io: recordingIo() });
    const [pidLine, purpose] = (await readFile(join(dir, 'LCK..ttyACM0'), 'latin1')).split('\n');
    assert.equal(pidLine, String(process.pid).padStart(10));
    assert.equal(purpose, 'boardline verify-banner');
    await lock.release();
    assert.deepEqual(await readdir(dir), []);
  });

  it('makes a second holder wait until the first releases', async () => {
    const dir = await lockDir();
    const io = recordingIo();
    const first = await lockPort('/dev/ttyUSB0', { lockDir: dir, timeoutMs: 1000, purpose: 'first', io });
    const order: string[] = [];
    const second = lockPort('/dev/ttyUSB0', { lockDir: dir, timeoutMs: 5000, purpose: 'second', io, pollMs: 20 }).then((lock) => {
      order.push('second acquired');
      return lock;
    });
    // Released once the second has found it locked (it says so when it starts waiting).
    while (!io.lines.some((line) => /is locked by/.test(line.message))) await sleep(10);
    order.push('first released');
    await first.release();
    await (await second).release();
    assert.deepEqual(order, ['first released', 'second acquired']);
    assert.match(
      io.lines.map((line) => line.message).join('\n'),
      new RegExp(`Port /dev/ttyUSB0 is locked by pid ${process.pid} \\(.+\\) since \\d\\d:\\d\\d:\\d\\d; waiting up to 5s`),
    );
  });

  it('gives up at the lock timeout, saying who holds the port', async () => {
    const dir = await lockDir();
    const holder = await lockPort('/dev/ttyUSB1', { lockDir: dir, timeoutMs: 1000, purpose: 'holder', io: recordingIo() });
    const error = await expectFailure('port', () =>
      lockPort('/dev/ttyUSB1', { lockDir: dir, timeoutMs: 300, purpose: 'waiter', io: recordingIo(), pollMs: 20 }),
    );
    const waited = new RegExp(
      `^Port /dev/ttyUSB1 is busy: locked by pid ${process.pid} \\(.*\\) since \\d\\d:\\d\\d:\\d\\d; waited (\\d+ms|[\\d.]+s)$`,
    ).exec(error.message);
    assert.ok(waited, error.message);
    const [, took = ''] = waited;
    assert.ok(took.endsWith('ms') ? Number(took.slice(0, -2)) >= 300 : Number(took.slice(0, -1)) >= 1, 'it waited out its timeout');
    assert.match(error.hint ?? '', /raise lock-timeout/);
    await holder.release();
  });

  it('recovers a lock whose holder is dead', async () => {
    const dir = await lockDir();
    const pid = await deadPid();
    await writeFile(join(dir, 'LCK..ttyACM1'), `${String(pid).padStart(10)}\n`);
    const io = recordingIo();
    const lock = await lockPort('/dev/ttyACM1', { lockDir: dir, timeoutMs: 1000, purpose: 'recoverer', io });
    assert.match(io.lines[0]?.message ?? '', new RegExp(`Removed a stale lock .*LCK\\.\\.ttyACM1 left by pid ${pid}, which is gone`));
    await lock.release();
  });

  it('never releases a lock that is no longer its own', async () => {
    const dir = await lockDir();
    const lock = await lockPort('/dev/ttyACM2', { lockDir: dir, timeoutMs: 1000, purpose: 'mine', io: recordingIo() });
    await writeFile(join(dir, 'LCK..ttyACM2'), `${String(process.ppid).padStart(10)}\nsomeone else\nother-token\n`);
    await lock.release();
    assert.deepEqual(await readdir(dir), ['LCK..ttyACM2']);
  });

  it('fails clearly when the lock directory cannot be written', async () => {
    const dir = join(await lockDir(), 'file-not-dir');
    await writeFile(dir, '');
    const error = await expectFailure('port', () =>
      lockPort('/dev/ttyACM3', { lockDir: dir, timeoutMs: 100, purpose: 'x', io: recordingIo() }),
    );
    assert.match(error.message, /^Cannot create the lock for \/dev\/ttyACM3 in /);
    assert.match(error.hint ?? '', /BOARDLINE_LOCK_DIR/);
  });
});
