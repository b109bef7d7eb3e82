import semver from 'semver';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { cachedVersions, findTool, type ToolCache } from '../tools/tool-cache.js';
import type { Host } from './release-assets.js';

/**
 * The arduino-cli to run: the one on PATH (setup-arduino-cli puts it there on a runner, and so
 * does `eval "$(boardline setup-arduino-cli)"`), else the newest one setup left in the tool cache.
 */
export async function locateArduinoCli(cache: ToolCache, host: Host, io: Io): Promise<string> {
  const onPath = await runTool('arduino-cli', ['version', '--json'], io, { timeoutMs: 30_000, installHint: '', quiet: true }).then(
    (run) => run.exitCode === 0,
    () => false,
  );
  if (onPath) return 'arduino-cli';
  const newest = semver.rsort(await cachedVersions(cache, 'arduino-cli', host.arch))[0];
  const dir = newest === undefined ? undefined : await findTool(cache, 'arduino-cli', newest, host.arch);
  if (dir === undefined) {
    throw new BoardlineError('not-available', 'arduino-cli is not installed: it is neither on PATH nor in the tool cache', {
      hint: 'Fix: run setup-arduino-cli first (the action or component in the same job, or boardline setup-arduino-cli), or put an arduino-cli on PATH',
    });
  }
  io.debug(`arduino-cli ${newest ?? ''} from the tool cache: ${dir}`);
  return `${dir}/${host.platform === 'win32' ? 'arduino-cli.exe' : 'arduino-cli'}`;
}
