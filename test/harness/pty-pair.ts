import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface PtyPair {
  /** Link to one end: give it to the code under test. */
  a: string;
  /** Link to the other end: the test plays the board here. */
  b: string;
  /** Stops the cable carrying anything (socat stopped): bytes written at one end pile up until the pty's buffers are full. */
  hold(): void;
  /** Lets bytes cross again. */
  release(): void;
  close(): Promise<void>;
}

/**
 * A connected pair of real ptys from socat, the stand-in for a USB serial cable. socat is a
 * required test tool (installed by .ci/run): its absence fails the test, it never skips it.
 */
export async function openPtyPair(): Promise<PtyPair> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-pty-'));
  const a = join(dir, 'ttyA');
  const b = join(dir, 'ttyB');
  const child: ChildProcess = spawn('socat', [`pty,raw,echo=0,link=${a}`, `pty,raw,echo=0,link=${b}`], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => {
    child.once('error', (error) => reject(new Error(`socat could not start (${error.message}); install it: apt-get install socat`)));
    child.once('exit', (code) => reject(new Error(`socat exited with code ${code} before the ptys were ready`)));
  });
  const ready = (async () => {
    for (let waited = 0; !(existsSync(a) && existsSync(b)); waited += 20) {
      if (waited > 30_000) throw new Error('socat did not create the pty links within 30 s');
      await sleep(20);
    }
  })();
  await Promise.race([ready, failed]);
  failed.catch(() => undefined);
  return {
    a,
    b,
    hold: () => child.kill('SIGSTOP'),
    release: () => child.kill('SIGCONT'),
    close: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGCONT'); // a held cable cannot act on SIGTERM
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
