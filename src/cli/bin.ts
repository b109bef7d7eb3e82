#!/usr/bin/env node
import { homedir, tmpdir } from 'node:os';
import { contextDirectories } from '../capabilities/context.js';
import { reviewContext } from '../review/review-context.js';
import { runCli } from './run-cli.js';

// The process boundary: the only place the CLI touches argv, the environment and the exit code.
const controller = new AbortController();
// `on`, not `once`: execa's exit-signal handler re-raises a signal that has no other listener left,
// which would kill the process in the middle of putting things back (a deploy's rollback).
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());

void (async () => {
  const review = await reviewContext(process.env);
  return runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
    verbose: process.env['BOARDLINE_DEBUG'] === '1',
    env: process.env,
    places: {
      host: { platform: process.platform, arch: process.arch },
      ...contextDirectories(process.env, { tempDir: tmpdir(), uid: process.getuid?.() ?? 0, home: homedir() }),
      // Background work (a virtual board) runs this same CLI again, under the same node and flags.
      selfCommand: [process.execPath, ...process.execArgv, process.argv[1] ?? ''],
      review,
      variables: process.env,
    },
  });
})().then((code) => {
  process.exitCode = code;
  // A command that read stdin (monitor) leaves it flowing; let the process end.
  process.stdin.pause();
});
