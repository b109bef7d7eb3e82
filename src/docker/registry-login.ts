import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { lastLines, runDocker, type DockerClient } from './docker-cli.js';

/** A login that lives in a private Docker config directory, removed by `logout`. */
export interface RegistrySession {
  client: DockerClient;
  logout(): Promise<void>;
}

/**
 * Logs in to `registry` into a temporary DOCKER_CONFIG (the runner's own config, and other jobs',
 * are never touched), passing the password on stdin. Neither the log nor an error ever shows it.
 */
export async function loginToRegistry(
  base: DockerClient,
  login: { registry: string; username: string; password: string },
  tempDir: string,
  io: Io,
): Promise<RegistrySession> {
  const configDir = await mkdtemp(join(tempDir, 'boardline-docker-config-'));
  const client: DockerClient = { ...base, env: { ...base.env, DOCKER_CONFIG: configDir }, secrets: [...base.secrets, login.password] };
  const logout = (): Promise<void> => rm(configDir, { recursive: true, force: true });
  io.info(`Logging in to ${login.registry} as ${login.username}`);
  const run = await runDocker(client, ['login', login.registry, '--username', login.username, '--password-stdin'], io, {
    input: login.password,
    quiet: true,
    timeoutMs: 120_000,
  }).catch(async (error: unknown) => {
    // Cancelled, timed out or no docker: the private config goes all the same.
    await logout();
    throw error;
  });
  if (run.exitCode !== 0) {
    await logout();
    const said = lastLines(run, 2).join(' ');
    throw new BoardlineError('failed', `Login to ${login.registry} as ${login.username} failed: ${said}`, {
      hint: /401|unauthorized|denied|incorrect/i.test(said)
        ? 'Fix: check username and password (a token needs the packages:write scope, or the registry’s push permission)'
        : 'Fix: check the registry address and that it is reachable from the runner',
    });
  }
  return { client, logout };
}
