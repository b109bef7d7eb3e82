import assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildBannerFirmware } from '../harness/firmware.js';
import { repoRoot } from '../harness/run-cli.js';
import { runProcess, type ProcessRun } from '../harness/run-process.js';

/**
 * The environment of an npm run from a test: without what `npm test` sets for its own package
 * (npm_package_*, npm_lifecycle_*, npm_config_local_prefix …), which would point a child npm at
 * this repository instead of the project it is run in.
 */
function npmEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!/^npm_(package_|lifecycle_|command$|execpath$|node_execpath$|config_local_prefix$|config_call$)/i.test(name)) env[name] = value;
  }
  return { ...env, ...extra };
}

async function npm(args: readonly string[], cwd: string, timeoutMs = 300_000): Promise<ProcessRun> {
  const run = await runProcess('npm', args, { cwd, env: npmEnv(), timeoutMs, what: `npm ${args.join(' ')}` });
  assert.equal(run.exitCode, 0, `npm ${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

interface PackResult {
  filename: string;
  files: { path: string; mode: number }[];
}

describe('the npm package, packed and installed into an empty project', () => {
  const packageJson = { name: '', version: '' };
  let packed: PackResult;
  let tarball: string;
  let project: string;
  let stateDir: string;
  let boardline: string;
  const boards: string[] = [];

  before(async () => {
    Object.assign(packageJson, JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as typeof packageJson);
    const out = await mkdtemp(join(tmpdir(), 'boardline-npm-pack-'));
    // What `npm publish` uploads: npm pack of the checkout (it builds nothing: dist/ is committed).
    const pack = await npm(['pack', '--json', '--pack-destination', out], repoRoot);
    const results = JSON.parse(pack.stdout) as PackResult[];
    assert.equal(results.length, 1);
    packed = results[0]!;
    tarball = join(out, packed.filename);
    project = await mkdtemp(join(tmpdir(), 'boardline-npm-consumer-'));
    await writeFile(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }, null, 2)}\n`);
    // As a user installs it: the tarball's dependencies from the registry (the npm cache first).
    await npm(['install', '--prefix', project, '--no-audit', '--no-fund', '--prefer-offline', tarball], project);
    boardline = join(project, 'node_modules', '.bin', 'boardline');
    stateDir = await mkdtemp(join(tmpdir(), 'boardline-npm-state-'));
  });

  after(async () => {
    for (const name of boards) await installedCli(['virtual-board', 'stop', '--name', name]);
  });

  /** The installed bin run as npm links it (node_modules/.bin/boardline: its shebang and mode), from the project. */
  async function installedCli(args: readonly string[]): Promise<ProcessRun> {
    return runProcess(boardline, args, {
      cwd: project,
      env: { ...npmEnv(), BOARDLINE_STATE_DIR: stateDir },
      timeoutMs: 60_000,
      what: `boardline ${args.join(' ')}`,
    });
  }

  it('holds the bundles, their prebuilds, the actions, README, CHANGELOG and LICENSE, and no sources or tests', () => {
    assert.equal(packed.filename, `${packageJson.name}-${packageJson.version}.tgz`);
    const paths = new Set(packed.files.map((file) => file.path));
    for (const path of [
      'package.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'dist/cli/index.cjs',
      'dist/lib/index.cjs',
      'dist/lib/index.mjs',
      'dist/lib/types/index.d.ts',
      'dist/prebuilds/linux-x64/@serialport+bindings-cpp.glibc.node',
      'dist/prebuilds/linux-arm64/@serialport+bindings-cpp.armv8.glibc.node',
      'actions/flash-serial/action.yml',
      'dist/flash-serial/index.cjs',
    ]) {
      assert.ok(paths.has(path), `the package holds ${path}`);
    }
    const stray = [...paths].filter((path) => /^(src|test|scripts|bench|examples|components|node_modules)\//.test(path));
    assert.deepEqual(stray, []);
    const bin = packed.files.find((file) => file.path === 'dist/cli/index.cjs');
    assert.ok(bin !== undefined && (bin.mode & 0o111) !== 0, 'the bin is executable in the tarball');
  });

  it('boardline on the project’s PATH prints its help and its version, and lists the ports', async () => {
    const help = await installedCli(['--help']);
    assert.equal(help.exitCode, 0, help.stderr);
    assert.match(help.stdout, /^Usage: boardline <command> \[options\]$/m);
    for (const command of ['flash-serial', 'verify-banner', 'ports', 'monitor', 'virtual-board start']) {
      assert.match(help.stdout, new RegExp(`^  ${command} `, 'm'));
    }
    const version = await installedCli(['--version']);
    assert.equal(version.exitCode, 0, version.stderr);
    assert.equal(version.stdout, `${packageJson.version}\n`);
    // ports opens serialport's native binding: the installed package finds its prebuilds.
    const ports = await installedCli(['ports', '--json']);
    assert.equal(ports.exitCode, 0, ports.stderr);
    const result = JSON.parse(ports.stdout) as { ok: boolean; outputs: { ports: unknown[] } };
    assert.equal(result.ok, true);
    assert.ok(Array.isArray(result.outputs.ports));
  });

  it('starts a virtual board, verifies its banner over the serial port and stops it, all from the installed package', async () => {
    const firmware = await buildBannerFirmware('packed', '5e1f00d');
    const name = `npm${process.pid}`;
    boards.push(name);
    const start = await installedCli(['virtual-board', 'start', '--name', name, '--firmware', firmware.hex, '--json']);
    assert.equal(start.exitCode, 0, start.stdout + start.stderr);
    const transcripts = await mkdtemp(join(tmpdir(), 'boardline-npm-transcript-'));
    const verify = await installedCli([
      'verify-banner',
      '--port',
      name,
      '--expect',
      firmware.banner,
      '--timeout',
      '30s',
      '--transcript',
      join(transcripts, 'banner.log'),
      '--json',
    ]);
    assert.equal(verify.exitCode, 0, verify.stdout + verify.stderr);
    const outputs = (JSON.parse(verify.stdout) as { outputs: Record<string, unknown> }).outputs;
    assert.equal(outputs['result'], 'pass');
    assert.equal(outputs['matched'], firmware.banner);
    const stop = await installedCli(['virtual-board', 'stop', '--name', name, '--json']);
    assert.equal(stop.exitCode, 0, stop.stdout + stop.stderr);
    boards.splice(boards.indexOf(name), 1);
    const status = await installedCli(['virtual-board', 'status', '--json']);
    assert.equal(status.exitCode, 0, status.stderr);
    assert.doesNotMatch(status.stdout, new RegExp(`"${name}"`));
  });

  it('the library loads from the installed package, as an ES module and through require', async () => {
    const check = join(project, 'check');
    await mkdir(check);
    await writeFile(
      join(check, 'esm.mjs'),
      "import { sdImage, BoardlineError } from 'boardline';\nconsole.log(typeof sdImage, typeof BoardlineError);\n",
    );
    await writeFile(
      join(check, 'cjs.cjs'),
      "const { sdImage, BoardlineError } = require('boardline');\nconsole.log(typeof sdImage, typeof BoardlineError);\n",
    );
    for (const file of ['esm.mjs', 'cjs.cjs']) {
      const run = await runProcess(process.execPath, [join(check, file)], { cwd: project, timeoutMs: 30_000, what: `node ${file}` });
      assert.equal(run.exitCode, 0, run.stderr);
      assert.equal(run.stdout, 'function function\n', file);
    }
  });
});
