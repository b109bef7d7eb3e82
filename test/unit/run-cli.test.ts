import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { runCli, type Terminal } from '../../src/cli/run-cli.js';

/** The CLI in this process, with its streams captured; only commands that stop before any work are run. */
async function cli(argv: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const terminal: Terminal = {
    stdin: new PassThrough(),
    stdout,
    stderr,
    signal: new AbortController().signal,
    verbose: false,
    env,
    places: {
      tempDir: '/nonexistent/tmp',
      lockDir: '/nonexistent/lock',
      stateDir: '/nonexistent/state',
      toolCacheDir: '/nonexistent/tools',
      dockerConfigDir: '/nonexistent/docker',
      buildxConfigDir: '/nonexistent/buildx',
      host: { platform: 'linux', arch: 'x64' },
      selfCommand: [],
    },
  };
  const code = await runCli(argv, terminal);
  stdout.end();
  stderr.end();
  return { code, stdout: String(stdout.read() ?? ''), stderr: String(stderr.read() ?? '') };
}

const virtualBoardVerbs = ['start', 'status', 'reset', 'stop', 'set', 'pins', 'screenshot', 'trace', 'run'];

describe('runCli', () => {
  it('lists the commands of a group with one line each for --help, and exits 0', async () => {
    for (const help of ['--help', '-h', 'help']) {
      const run = await cli(['virtual-board', help]);
      assert.equal(run.code, 0, help);
      assert.equal(run.stderr, '');
      for (const verb of virtualBoardVerbs) {
        assert.equal(run.stdout.split('\n').filter((line) => line.startsWith(`  ${verb} `)).length, 1, `${help}: ${verb}`);
      }
      assert.match(run.stdout, /^ {2}status +Show the running virtual boards, or one of them\.$/m);
      assert.match(run.stdout, /boardline virtual-board <command> --help/);
    }
    const json = await cli(['virtual-board', '--json', '--help']);
    assert.equal(json.code, 0);
    const listed = JSON.parse(json.stdout) as { group: string; commands: { command: string }[] };
    assert.deepEqual(listed.commands.map((entry) => entry.command).sort(), virtualBoardVerbs.map((verb) => `virtual-board ${verb}`).sort());
  });

  it('names the commands when a group is given none', async () => {
    const run = await cli(['virtual-board']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: virtual-board needs a command: start, status, reset, stop, set, pins, screenshot, trace, run\n/);
    assert.match(run.stderr, /\nFix: write boardline virtual-board <command> \(boardline virtual-board --help says what each does\)\n$/);
    const unknown = await cli(['virtual-board', 'halt']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /Unknown command "virtual-board halt"\nFix: use one of start, status, /);
  });

  it('names the flag in the fix for a missing input, or its variable under --inputs-from-env', async () => {
    const run = await cli(['verify-banner', '--port', '/dev/ttyACM0']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^error: Input "expect" is required by verify-banner\nFix: set --expect: /);
    const fromEnv = await cli(['verify-banner', '--inputs-from-env', '--json'], { BOARDLINE_INPUT_PORT: '/dev/ttyACM0' });
    assert.equal(fromEnv.code, 2);
    const error = (JSON.parse(fromEnv.stdout) as { error: { message: string; hint: string } }).error;
    assert.equal(error.message, 'Input "expect" is required by verify-banner');
    assert.match(error.hint, /^Fix: set BOARDLINE_INPUT_EXPECT \(or --expect\): /);
  });
});
