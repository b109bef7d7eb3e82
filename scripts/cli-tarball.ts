/**
 * The CLI bundle as a release asset, for runners without npm: boardline-cli-X.Y.Z.tgz holding
 * boardline-cli-X.Y.Z/ with cli/index.cjs (and its licenses.txt), serialport's native prebuilds in
 * prebuilds/ — one directory above the bundle, where its loader looks for them, as in dist/ — and
 * LICENSE. Unpacked on a runner, its cli/index.cjs is what the GitLab components' CI/CD variable
 * BOARDLINE_CLI names. It packs dist/ as it is committed: it never builds.
 *
 *   tsx scripts/cli-tarball.ts [--out DIR]   # writes DIR/boardline-cli-X.Y.Z.tgz, prints its path
 */
import { execFile } from 'node:child_process';
import { access, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);
const root = resolve(fileURLToPath(import.meta.url), '..', '..');

export interface CliTarballOptions {
  /** The repository: its package.json (the version), LICENSE and dist/. */
  repo?: string;
  /** Where the tarball is written; made if missing. */
  outDir: string;
}

/** The tarball's file name, and the name of the one directory inside it. */
export function cliTarballName(version: string): string {
  return `boardline-cli-${version}`;
}

/** The file modification time written in the archive: the commit's, so a rebuild of one commit gives the same bytes. */
async function archiveTime(repo: string): Promise<number> {
  const fromEnv = process.env['SOURCE_DATE_EPOCH'];
  if (fromEnv !== undefined && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%ct'], { cwd: repo });
    if (/^\d+$/.test(stdout.trim())) return Number(stdout.trim());
  } catch {
    // Not a git checkout: the time now.
  }
  return Math.floor(Date.now() / 1000);
}

/** Writes boardline-cli-X.Y.Z.tgz into outDir and returns its path. */
export async function packCliTarball(options: CliTarballOptions): Promise<string> {
  const repo = options.repo ?? root;
  const { version } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
  const dist = join(repo, 'dist');
  for (const part of ['cli/index.cjs', 'prebuilds']) {
    await access(join(dist, part)).catch((error: unknown) => {
      throw new Error(`dist/${part} is missing: the tarball packs the committed bundle. Fix: run npm run build`, { cause: error });
    });
  }
  const name = cliTarballName(version);
  const staging = await mkdtemp(join(tmpdir(), 'boardline-cli-tarball-'));
  try {
    const top = join(staging, name);
    await mkdir(top);
    await cp(join(dist, 'cli'), join(top, 'cli'), { recursive: true });
    await cp(join(dist, 'prebuilds'), join(top, 'prebuilds'), { recursive: true });
    await cp(join(repo, 'LICENSE'), join(top, 'LICENSE'));
    // GNU tar: entries in name order, owned by root, one time for all, so the archive depends only on the files.
    const { stdout } = await run(
      'tar',
      [
        '--create',
        '--file=-',
        '--format=gnu',
        '--sort=name',
        '--owner=0',
        '--group=0',
        '--numeric-owner',
        `--mtime=@${String(await archiveTime(repo))}`,
        '--directory',
        staging,
        name,
      ],
      { encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 },
    );
    await mkdir(options.outDir, { recursive: true });
    const tarball = resolve(options.outDir, `${name}.tgz`);
    await writeFile(tarball, gzipSync(stdout, { level: 9 }));
    return tarball;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string', default: '.' } } });
    console.log(await packCliTarball({ outDir: values.out }));
  } catch (error) {
    console.error(`cli-tarball: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
