import { mkdtemp, rm, stat, symlink } from 'node:fs/promises';
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
 * What else lives in the user's config stays in reach: buildx's builders (BUILDX_CONFIG) and CLI
 * plugins installed for the user (a link to their cli-plugins).
 */
export async function loginToRegistry(
  base: DockerClient,
  login: { registry: string; username: string; password: string },
  places: { tempDir: string; dockerConfigDir: string; buildxConfigDir: string },
  io: Io,
): Promise<RegistrySession> {
  const configDir = await mkdtemp(join(places.tempDir, 'boardline-docker-config-'));
  const plugins = join(places.dockerConfigDir, 'cli-plugins');
  if (
    await stat(plugins).then(
      (entry) => entry.isDirectory(),
      () => false,
    )
  )
    await symlink(plugins, join(configDir, 'cli-plugins'));
  const env = { ...base.env, DOCKER_CONFIG: configDir, BUILDX_CONFIG: places.buildxConfigDir };
  const client: DockerClient = { ...base, env, secrets: [...base.secrets, login.password] };
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

/** The registry login inputs, the same wherever an image is pushed or pulled. */
export const registryLoginInputs = {
  registry: {
    kind: 'string',
    description: 'Registry to log in to, e.g. ghcr.io; defaults to the image’s. Login only when username is set.',
  },
  username: { kind: 'string', description: 'Registry user name.' },
  password: { kind: 'secret', service: 'registry', description: 'Registry password or token; masked, never printed.' },
} as const;

export interface RegistryLoginOptions {
  registry?: string | undefined;
  username?: string | undefined;
  password?: string | undefined;
}

/** The login the inputs ask for, checked: username and password go together. */
export function requestedLogin(
  options: RegistryLoginOptions,
  defaultRegistry: string,
): { registry: string; username: string; password: string } | undefined {
  if ((options.username === undefined) !== (options.password === undefined)) {
    throw new BoardlineError('usage', 'Inputs "username" and "password" go together', { hint: 'Fix: set both to log in, or neither' });
  }
  if (options.username === undefined || options.password === undefined) return undefined;
  return { registry: options.registry ?? defaultRegistry, username: options.username, password: options.password };
}
