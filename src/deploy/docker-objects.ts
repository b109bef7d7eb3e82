import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { daemonAccessHint, lastLines, runDocker, type DockerClient } from '../docker/docker-cli.js';

/** What a deploy needs to know of a container, from docker inspect. */
export interface ContainerState {
  id: string;
  name: string;
  running: boolean;
  status: string;
  exitCode: number;
  /** How often the restart policy started it again: a crash loop looks "running" between crashes. */
  restartCount: number;
  /** starting, healthy or unhealthy when the image has a HEALTHCHECK. */
  health?: string;
  image: string;
  labels: Record<string, string>;
}

/** What a deploy needs to know of an image, from docker image inspect. */
export interface ImageState {
  id: string;
  labels: Record<string, string>;
  hasHealthcheck: boolean;
  platform: string;
  repoDigests: string[];
}

interface InspectedContainer {
  Id: string;
  Name: string;
  RestartCount: number;
  State: { Status: string; Running: boolean; Restarting: boolean; ExitCode: number; Health?: { Status: string } };
  Config: { Image: string; Labels: Record<string, string> | null };
}

interface InspectedImage {
  Id: string;
  Os: string;
  Architecture: string;
  Variant?: string;
  RepoDigests: string[] | null;
  Config: { Labels: Record<string, string> | null; Healthcheck?: { Test?: string[] } | null };
}

/** A daemon that cannot be reached is said once, plainly, whatever command found out. */
export function daemonError(output: string, client: DockerClient): BoardlineError | undefined {
  if (
    !/Cannot connect to the Docker daemon|error during connect|connection refused|ssh: |Is the docker daemon running|permission denied while trying to connect/i.test(
      output,
    )
  )
    return undefined;
  const where = client.env['DOCKER_HOST'];
  const said = output.trim().split('\n').at(-1) ?? '';
  return new BoardlineError('failed', `The Docker daemon at ${where ?? 'the local socket'} cannot be reached: ${said}`, {
    // Locally the socket's permissions or a stopped daemon, as for builds; elsewhere the way there too.
    hint:
      where === undefined
        ? daemonAccessHint(said)
        : 'Fix: check docker-host (or DOCKER_HOST), that the daemon runs there, and for ssh:// that the key is loaded and the user may run docker',
  });
}

/** Runs docker quietly and fails with its own last words when it fails. */
export async function dockerQuiet(
  client: DockerClient,
  args: readonly string[],
  io: Io,
  what: string,
  options: { ignoreCancel?: boolean; timeoutMs?: number } = {},
): Promise<string> {
  const run = await runDocker(client, args, io, { quiet: true, timeoutMs: 120_000, ...options });
  if (run.exitCode !== 0) {
    throw (
      daemonError(run.output, client) ??
      new BoardlineError('failed', `${what} failed: ${lastLines(run, 3).join(' ')}`, { details: run.output })
    );
  }
  return run.stdout.trim();
}

// Look-ups are quick and never cut short: a deploy takes a cancellation between its steps.
export async function inspectContainer(client: DockerClient, name: string, io: Io): Promise<ContainerState | undefined> {
  const run = await runDocker(client, ['container', 'inspect', name], io, { quiet: true, timeoutMs: 60_000, ignoreCancel: true });
  if (run.exitCode !== 0) {
    if (/no such (container|object)/i.test(run.output)) return undefined;
    throw daemonError(run.output, client) ?? new BoardlineError('failed', `docker inspect ${name} failed: ${lastLines(run, 2).join(' ')}`);
  }
  const [found] = JSON.parse(run.stdout) as InspectedContainer[];
  if (found === undefined) return undefined;
  const state: ContainerState = {
    id: found.Id,
    name: found.Name.replace(/^\//, ''),
    running: found.State.Running && !found.State.Restarting,
    status: found.State.Status,
    exitCode: found.State.ExitCode,
    restartCount: found.RestartCount,
    image: found.Config.Image,
    labels: found.Config.Labels ?? {},
  };
  if (found.State.Health !== undefined) state.health = found.State.Health.Status;
  return state;
}

export async function inspectImage(client: DockerClient, reference: string, io: Io): Promise<ImageState | undefined> {
  const run = await runDocker(client, ['image', 'inspect', reference], io, { quiet: true, timeoutMs: 60_000, ignoreCancel: true });
  if (run.exitCode !== 0) {
    if (/no such (image|object)/i.test(run.output)) return undefined;
    throw (
      daemonError(run.output, client) ??
      new BoardlineError('failed', `docker image inspect ${reference} failed: ${lastLines(run, 2).join(' ')}`)
    );
  }
  const [found] = JSON.parse(run.stdout) as InspectedImage[];
  if (found === undefined) return undefined;
  return {
    id: found.Id,
    labels: found.Config.Labels ?? {},
    hasHealthcheck: (found.Config.Healthcheck?.Test ?? ['NONE'])[0] !== 'NONE',
    platform: [found.Os, found.Architecture, found.Variant].filter((part) => part !== undefined && part !== '').join('/'),
    repoDigests: found.RepoDigests ?? [],
  };
}

/** The names of the containers (running or not) that publish a host port, from the daemon's own filter. */
export async function containersPublishing(client: DockerClient, hostPort: number, protocol: string, io: Io): Promise<string[]> {
  const output = await dockerQuiet(
    client,
    ['ps', '--all', '--filter', `publish=${String(hostPort)}/${protocol}`, '--format', '{{.Names}}'],
    io,
    'Listing the containers on a port',
    { ignoreCancel: true },
  );
  return output.split('\n').filter((line) => line !== '');
}

export async function containerLogTail(client: DockerClient, id: string, io: Io, lines = 20): Promise<string[]> {
  const run = await runDocker(client, ['logs', '--tail', String(lines), id], io, { quiet: true, timeoutMs: 30_000, ignoreCancel: true });
  return run.output.split(/\r?\n/).filter((line) => line.trim() !== '');
}
