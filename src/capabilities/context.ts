import type { Readable, Writable } from 'node:stream';

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
}

/** Where port locks live unless BOARDLINE_LOCK_DIR says otherwise: the FHS lock directory. */
export const defaultLockDir = '/var/lock';

/**
 * The directories of a FaceContext, from the environment the face was started in (passed in: the
 * core reads no environment itself). BOARDLINE_LOCK_DIR moves the locks, e.g. to a directory
 * mounted into every job container of a Pi runner.
 */
export function contextDirectories(
  env: Readonly<Record<string, string | undefined>>,
  fallbackTempDir: string,
): Pick<FaceContext, 'tempDir' | 'lockDir'> {
  return {
    tempDir: env['RUNNER_TEMP'] !== undefined && env['RUNNER_TEMP'] !== '' ? env['RUNNER_TEMP'] : fallbackTempDir,
    lockDir: env['BOARDLINE_LOCK_DIR'] !== undefined && env['BOARDLINE_LOCK_DIR'] !== '' ? env['BOARDLINE_LOCK_DIR'] : defaultLockDir,
  };
}
