import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { componentProject, gitlabCiLocal, jobLogs, selfComponent } from '../harness/gitlab-ci-local.js';
import { repoRoot } from '../harness/run-cli.js';
import { runProcess } from '../harness/run-process.js';

const run = promisify(execFile);

/** The release asset for runners without npm, made as the release workflow makes it. */
describe('the CLI bundle tarball (release asset boardline-cli-X.Y.Z.tgz)', () => {
  let version: string;
  let tarball: string;
  let unpacked: string;

  before(async () => {
    ({ version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string });
    const out = await mkdtemp(join(tmpdir(), 'boardline-cli-tarball-'));
    const made = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'cli-tarball.ts'), '--out', out], {
      cwd: repoRoot,
    });
    tarball = made.stdout.trim();
    unpacked = await mkdtemp(join(tmpdir(), 'boardline-cli-unpacked-'));
    await run('tar', ['-xzf', tarball, '-C', unpacked]);
  });

  it('is named after package.json’s version and holds one folder: the bundle with the prebuilds beside it, and the licence', async () => {
    assert.equal(basename(tarball), `boardline-cli-${version}.tgz`);
    const { stdout } = await run('tar', ['-tzf', tarball]);
    const entries = stdout.trim().split('\n');
    const top = `boardline-cli-${version}/`;
    assert.deepEqual(
      entries.filter((entry) => !entry.startsWith(top)),
      [],
    );
    for (const entry of [
      'cli/index.cjs',
      'cli/licenses.txt',
      'LICENSE',
      'prebuilds/linux-x64/',
      'prebuilds/linux-arm/',
      'prebuilds/linux-arm64/',
    ]) {
      assert.ok(entries.includes(`${top}${entry}`), `${top}${entry} is in the tarball`);
    }
    const bundle = join(unpacked, top, 'cli', 'index.cjs');
    assert.deepEqual(await readFile(bundle), await readFile(join(repoRoot, 'dist', 'cli', 'index.cjs')), 'the committed bundle, unchanged');
    assert.ok(((await stat(bundle)).mode & 0o111) !== 0, 'index.cjs is executable');
  });

  it('unpacked, node index.cjs runs from its folder: help, version, and the ports through the native prebuilds beside it', async () => {
    const cli = join(unpacked, `boardline-cli-${version}`, 'cli');
    const node = async (args: string[]) =>
      runProcess(process.execPath, ['index.cjs', ...args], { cwd: cli, timeoutMs: 60_000, what: `node index.cjs ${args.join(' ')}` });
    const help = await node(['--help']);
    assert.equal(help.exitCode, 0, help.stderr);
    assert.match(help.stdout, /^Usage: boardline <command> \[options\]$/m);
    assert.match(help.stdout, /^ {2}flash-serial /m);
    const printed = await node(['--version']);
    assert.equal(printed.stdout, `${version}\n`);
    const ports = await node(['ports', '--json']);
    assert.equal(ports.exitCode, 0, ports.stderr);
    assert.equal((JSON.parse(ports.stdout) as { ok: boolean }).ok, true);
  });

  it('runs GitLab components without npm when BOARDLINE_CLI names its index.cjs on the runner', async () => {
    const cli = join(unpacked, `boardline-cli-${version}`, 'cli', 'index.cjs');
    const board = `tgz${process.pid}`;
    const stateDir = await mkdtemp(join(tmpdir(), 'boardline-tarball-state-'));
    const pipeline = {
      stages: ['boot', 'test'],
      include: [selfComponent('virtual-board', { name: board, stage: 'boot', tags: ['shell'] })],
      // A later job sees the board the component started, through the CLI from the tarball too.
      check: {
        stage: 'test',
        script: [
          'node "$BOARDLINE_CLI" virtual-board status "$BOARDLINE_NAME" > status.txt',
          'node "$BOARDLINE_CLI" virtual-board stop "$BOARDLINE_NAME"',
        ],
        artifacts: { paths: ['status.txt'] },
      },
    };
    const dir = await componentProject({ '.gitlab-ci.yml': stringify(pipeline) });
    try {
      // An npx that fails the job: it can only have run the bundle BOARDLINE_CLI names.
      const noNpm = await mkdtemp(join(tmpdir(), 'boardline-no-npm-'));
      await writeFile(join(noNpm, 'npx'), '#!/bin/sh\necho "npx ran: $*" >&2\nexit 97\n', { mode: 0o755 });
      const run = await gitlabCiLocal(dir, [], {
        variables: { BOARDLINE_CLI: cli, BOARDLINE_STATE_DIR: stateDir },
        env: { PATH: `${noNpm}:${process.env['PATH'] ?? ''}` },
      });
      assert.equal(run.exitCode, 0, (await jobLogs(dir)) + run.stderr);
      assert.match(await readFile(join(dir, 'status.txt'), 'utf8'), new RegExp(board));
    } finally {
      await runProcess(process.execPath, [cli, 'virtual-board', 'stop', board], {
        env: { ...process.env, BOARDLINE_STATE_DIR: stateDir },
        timeoutMs: 60_000,
        what: 'virtual-board stop',
      });
    }
  });

  it('is the same bytes when made again from the same commit', async () => {
    const again = await mkdtemp(join(tmpdir(), 'boardline-cli-tarball-again-'));
    const made = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'cli-tarball.ts'), '--out', again], {
      cwd: repoRoot,
    });
    assert.deepEqual(await readFile(made.stdout.trim()), await readFile(tarball));
  });
});
