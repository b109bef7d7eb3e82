import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { before, describe, it } from 'node:test';
import { promisify } from 'node:util';
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

  it('is the same bytes when made again from the same commit', async () => {
    const again = await mkdtemp(join(tmpdir(), 'boardline-cli-tarball-again-'));
    const made = await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'scripts', 'cli-tarball.ts'), '--out', again], {
      cwd: repoRoot,
    });
    assert.deepEqual(await readFile(made.stdout.trim()), await readFile(tarball));
  });
});
