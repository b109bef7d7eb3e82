import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { Host } from '../arduino/release-assets.js';
import type { ReviewContext } from '../review/review-context.js';
import type { JobCache } from '../tools/job-cache.js';

/** What a face provides besides options and io: its streams and the places it may write. */
export interface FaceContext {
  /** Bytes for the board (the CLI's stdin; empty on a runner). */
  input: Readable;
  /** Where raw console bytes go (the CLI's stdout). */
  output: Writable;
  /** Where files the user did not place go: RUNNER_TEMP on a runner, the system temp dir at a terminal. */
  tempDir: string;
  /** Where port locks live, shared by every job on the machine. */
  lockDir: string;
  /** Where virtual boards publish themselves, shared by the jobs of one user. */
  stateDir: string;
  /** Where installed tools are kept between runs, in @actions/tool-cache's layout. */
  toolCacheDir: string;
  /** The user's Docker client configuration (DOCKER_CONFIG, else ~/.docker), for its CLI plugins. */
  dockerConfigDir: string;
  /** Where buildx keeps its builder instances (BUILDX_CONFIG, else buildx/ in the Docker configuration). */
  buildxConfigDir: string;
  /** The daemon the docker client talks to (DOCKER_HOST), when it is not the local socket. */
  dockerHost?: string | undefined;
  /** A cache that outlives this machine (GitHub's cache service), where the face has one. */
  jobCache?: JobCache | undefined;
  /** The forge, project, commit and pull or merge request the job runs for, from the job's environment. */
  review?: ReviewContext | undefined;
  /** The job's environment variables, read only where a setting names one (a Wi-Fi passphrase's secret variable). */
  variables?: Readonly<Record<string, string | undefined>> | undefined;
  /** The machine's platform and architecture, for tools published per platform. */
  host: Host;
  /** How to run this same program again (node and its script), for work that goes on in the background. */
  selfCommand: readonly string[];
}

/** Where port locks live unless BOARDLINE_LOCK_DIR says otherwise: the FHS lock directory. */
export const defaultLockDir = '/var/lock';

/**
 * The directories of a FaceContext, from the environment the face was started in (passed in: the
 * core reads no environment itself). BOARDLINE_LOCK_DIR moves the locks, e.g. to a directory
 * mounted into every job container of a Pi runner; BOARDLINE_STATE_DIR moves where virtual
 * boards are found (by default $XDG_RUNTIME_DIR/boardline, or boardline-<uid> in the temp dir).
 * Tools go to the runner's RUNNER_TOOL_CACHE, or BOARDLINE_TOOL_CACHE, or the user's cache directory.
 * DOCKER_CONFIG, BUILDX_CONFIG and DOCKER_HOST are read as the docker client reads them.
 */
export function contextDirectories(
  env: Readonly<Record<string, string | undefined>>,
  system: { tempDir: string; uid: number; home: string },
): Pick<FaceContext, 'tempDir' | 'lockDir' | 'stateDir' | 'toolCacheDir' | 'dockerConfigDir' | 'buildxConfigDir' | 'dockerHost'> {
  const given = (name: string): string | undefined => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const dockerConfigDir = given('DOCKER_CONFIG') ?? join(system.home, '.docker');
  const runtimeDir = given('XDG_RUNTIME_DIR');
  return {
    tempDir: given('RUNNER_TEMP') ?? system.tempDir,
    lockDir: given('BOARDLINE_LOCK_DIR') ?? defaultLockDir,
    stateDir:
      given('BOARDLINE_STATE_DIR') ??
      (runtimeDir === undefined ? join(system.tempDir, `boardline-${system.uid}`) : join(runtimeDir, 'boardline')),
    dockerConfigDir,
    dockerHost: given('DOCKER_HOST'),
    buildxConfigDir: given('BUILDX_CONFIG') ?? join(dockerConfigDir, 'buildx'),
    toolCacheDir:
      given('RUNNER_TOOL_CACHE') ??
      given('BOARDLINE_TOOL_CACHE') ??
      join(given('XDG_CACHE_HOME') ?? join(system.home, '.cache'), 'boardline', 'tools'),
  };
}
