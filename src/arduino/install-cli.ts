import { mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { downloadFile, httpGet } from '../net/http.js';
import { runTool } from '../process/run-tool.js';
import { cachedVersions, findTool, storeTool, type ToolCache } from '../tools/tool-cache.js';
import { highestSatisfying, listReleasedVersions, pickRelease, type ReleaseListSource, type VersionRequest } from './cli-version.js';
import { parseChecksums, releaseAsset, type Host } from './release-assets.js';

export interface InstallCliOptions {
  request: VersionRequest;
  host: Host;
  /** Where the archives and checksums files are (the release server or a mirror). */
  baseUrl: string;
  releases: ReleaseListSource;
  cache: ToolCache;
  tempDir: string;
}

export interface InstalledCli {
  version: string;
  /** The directory holding the executable. */
  dir: string;
  executable: string;
  cacheHit: boolean;
}

const tool = 'arduino-cli';

async function extract(archive: string, into: string, host: Host, io: Io): Promise<void> {
  // Windows' own tar is bsdtar, which reads zip archives too.
  const command = archive.endsWith('.zip') && host.platform !== 'win32' ? 'unzip' : 'tar';
  const args = command === 'unzip' ? ['-q', archive, '-d', into] : ['-xf', archive, '-C', into];
  const run = await runTool(command, args, io, { timeoutMs: 120_000, installHint: `install ${command}` });
  if (run.exitCode !== 0) {
    throw new BoardlineError('failed', `The arduino-cli archive could not be extracted (${command} exit code ${String(run.exitCode)})`, {
      hint: 'Fix: the download is damaged or not an arduino-cli release archive; check the mirror (base-url)',
      details: run.lastLines.join('\n'),
    });
  }
}

async function download(version: string, options: InstallCliOptions, io: Io): Promise<string> {
  const asset = releaseAsset(version, options.host, options.baseUrl);
  const { timeoutMs, retries, backoffMs } = options.releases;
  const checksumsResponse = await httpGet(
    { url: asset.checksumsUrl, what: `the checksums of arduino-cli ${version}`, timeoutMs, retries, backoffMs },
    io,
  );
  const expected = parseChecksums(await checksumsResponse.text()).get(asset.archive);
  if (expected === undefined) {
    throw new BoardlineError(
      'failed',
      `The checksums file of arduino-cli ${version} lists no ${asset.archive}; refusing to install it unverified`,
      {
        hint: `Fix: check the mirror (base-url) serves the release's own checksums file: ${asset.checksumsUrl}`,
      },
    );
  }
  const workDir = await mkdtemp(join(options.tempDir, 'boardline-arduino-cli-'));
  try {
    io.info(`Downloading ${asset.archiveUrl}`);
    const archivePath = join(workDir, asset.archive);
    const got = await downloadFile(
      { url: asset.archiveUrl, what: asset.archive, timeoutMs: 10 * timeoutMs, retries, backoffMs },
      archivePath,
      io,
    );
    if (got.sha256 !== expected) {
      throw new BoardlineError(
        'failed',
        `Checksum mismatch for ${asset.archive}: expected SHA-256 ${expected}, got ${got.sha256}; not installed`,
        {
          hint: 'Fix: the download was altered or damaged; retry, and check the mirror (base-url) if it persists',
        },
      );
    }
    io.info(`SHA-256 verified: ${got.sha256} (${got.bytes} bytes)`);
    return await storeTool(options.cache, { tool, version, arch: options.host.arch }, async (dir) => {
      await extract(archivePath, dir, options.host, io);
      const executable = join(dir, asset.executable);
      if (
        !(await stat(executable).then(
          (entry) => entry.isFile(),
          () => false,
        ))
      ) {
        throw new BoardlineError('failed', `${asset.archive} holds no ${asset.executable}; not installed`, {
          hint: 'Fix: check the mirror (base-url) serves the original release archives',
        });
      }
    });
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/**
 * Installs arduino-cli as asked: a version in the tool cache that satisfies the request is used
 * without asking any server; otherwise the release is resolved (ranges through GitHub's API),
 * downloaded, checked against the release's SHA-256 checksums file and cached.
 */
export async function installArduinoCli(options: InstallCliOptions, io: Io): Promise<InstalledCli> {
  const executableName = options.host.platform === 'win32' ? 'arduino-cli.exe' : 'arduino-cli';
  const found = (version: string, dir: string, cacheHit: boolean): InstalledCli => ({
    version,
    dir,
    executable: join(dir, executableName),
    cacheHit,
  });
  const cached = highestSatisfying(await cachedVersions(options.cache, tool, options.host.arch), options.request);
  if (cached !== undefined) {
    const dir = await findTool(options.cache, tool, cached, options.host.arch);
    if (dir !== undefined) return found(cached, dir, true);
  }
  const version =
    options.request.kind === 'exact'
      ? options.request.version
      : pickRelease(await listReleasedVersions(options.releases, io), options.request);
  const dir = await findTool(options.cache, tool, version, options.host.arch);
  if (dir !== undefined) return found(version, dir, true);
  return found(version, await download(version, options, io), false);
}
