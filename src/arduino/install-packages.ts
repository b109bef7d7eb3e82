import { mkdtemp } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { JobCache } from '../tools/job-cache.js';
import { entryDir, findTool, markFinished, storeTool, type ToolCache } from '../tools/tool-cache.js';
import { installCommands, type BoardPackages } from './board-packages.js';
import type { InstalledCli } from './install-cli.js';
import type { Host } from './release-assets.js';

export interface InstalledPackages {
  /** arduino-cli's directory variables pointing at the installed set, for every later arduino-cli run. */
  variables: Record<string, string>;
  cacheHit: boolean;
  /** Whether the set is kept for later runs (every entry pinned and caching on). */
  cached: boolean;
}

export interface InstallPackagesOptions {
  cli: InstalledCli;
  packages: BoardPackages;
  /** What was asked for, as a cache key. */
  key: string;
  /** Where a pinned set is kept; undefined installs for this job only. */
  cache: ToolCache | undefined;
  host: Host;
  tempDir: string;
  /** Where a pinned set is also kept beyond this machine (GitHub's cache service), if anywhere. */
  jobCache: JobCache | undefined;
}

/** arduino-cli reads its directories from these variables (its configuration keys, upper-cased). */
function directoryVariables(root: string, downloads: string): Record<string, string> {
  return {
    ARDUINO_DIRECTORIES_DATA: join(root, 'data'),
    ARDUINO_DIRECTORIES_USER: join(root, 'user'),
    ARDUINO_DIRECTORIES_DOWNLOADS: downloads,
  };
}

function failureHint(output: string): string {
  if (/not found|invalid version|unknown package|no valid/i.test(output)) {
    return 'Fix: check the platform id and version (arduino-cli core search), and that additional-urls lists its Boards Manager index';
  }
  if (/dial tcp|no such host|connection refused|timeout|tls/i.test(output))
    return 'Fix: the package index or archive could not be reached; check the network and the URLs';
  return 'Fix: see the arduino-cli output above';
}

async function runInstall(cli: InstalledCli, packages: BoardPackages, variables: Record<string, string>, io: Io): Promise<void> {
  for (const args of installCommands(packages)) {
    io.info(`arduino-cli ${args.join(' ')}`);
    const run = await runTool(cli.executable, args, io, {
      timeoutMs: 15 * 60_000,
      installHint: 'setup-arduino-cli installs it',
      env: variables,
    });
    if (run.exitCode !== 0) {
      throw new BoardlineError(
        'failed',
        `arduino-cli ${args.slice(0, 2).join(' ')} failed (exit code ${String(run.exitCode)}): ${run.lastLines.at(-1) ?? ''}`,
        {
          hint: failureHint(run.output),
          details: run.lastLines.join('\n'),
        },
      );
    }
  }
}

/**
 * Installs the platforms and libraries into a directory set of their own. A pinned set is kept in
 * the tool cache under its key and reused as it is, and saved to the job cache where there is one
 * (a hosted runner restores it from there); a failed install leaves no entry behind.
 * Downloaded archives stay in the job's temporary directory: they are not worth caching twice.
 */
export async function installPackages(options: InstallPackagesOptions, io: Io): Promise<InstalledPackages> {
  const downloads = join(options.tempDir, 'boardline-arduino-downloads');
  const tool = 'arduino-cli-packages';
  if (options.cache !== undefined) {
    const cachedDir = await findTool(options.cache, tool, options.key, options.host.arch);
    if (cachedDir !== undefined) {
      io.info(`Platforms and libraries from the tool cache (key ${options.key})`);
      return { variables: directoryVariables(cachedDir, downloads), cacheHit: true, cached: true };
    }
    const entry = { tool, version: options.key, arch: options.host.arch };
    const jobCacheKey = `boardline-arduino-packages-${options.host.platform}-${options.host.arch}-${options.key}`;
    if (
      options.jobCache !== undefined &&
      (await options.jobCache.restore(entryDir(options.cache, tool, options.key, options.host.arch), jobCacheKey))
    ) {
      io.info(`Platforms and libraries restored from the job cache (key ${jobCacheKey})`);
      return { variables: directoryVariables(await markFinished(options.cache, entry), downloads), cacheHit: true, cached: true };
    }
    const dir = await storeTool(options.cache, entry, async (staging) => {
      await runInstall(options.cli, options.packages, directoryVariables(staging, downloads), io);
    });
    // A cache that cannot be saved costs the next job an install, not this job its result.
    await options.jobCache?.save(dir, jobCacheKey).catch((error: unknown) => io.warning(`The job cache was not saved: ${String(error)}`));
    return { variables: directoryVariables(dir, downloads), cacheHit: false, cached: true };
  }
  // A directory of this run's own: an unpinned set must not meet an earlier job's (or another user's).
  const root = await mkdtemp(join(options.tempDir, 'boardline-arduino-packages-'));
  await runInstall(options.cli, options.packages, directoryVariables(root, downloads), io);
  return { variables: directoryVariables(root, downloads), cacheHit: false, cached: false };
}
