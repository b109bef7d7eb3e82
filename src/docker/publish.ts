import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { lastLines, runDocker, type DockerClient, type DockerRun } from './docker-cli.js';
import { isLoopbackRegistry, registryOf, repositoryOf } from './build-command.js';
import { formatPlatform, type Platform } from './platforms.js';

function pushFailure(reference: string, run: DockerRun): BoardlineError {
  const said = lastLines(run, 3).join(' ');
  const registry = registryOf(reference);
  if (/connection refused|no such host|i\/o timeout|network is unreachable|dial tcp/i.test(said)) {
    return new BoardlineError('failed', `Registry ${registry} is unreachable: ${said}`, {
      hint: 'Fix: check the registry address in tags and that the runner can reach it',
    });
  }
  if (/unauthorized|authentication required|no basic auth credentials|denied/i.test(said)) {
    return new BoardlineError('failed', `Registry ${registry} refused the push of ${reference}: ${said}`, {
      hint: 'Fix: set username and password (a token with push permission) for this registry',
    });
  }
  return new BoardlineError('failed', `Pushing ${reference} failed: ${said}`, {
    hint: 'Fix: see the log above',
    details: lastLines(run).join('\n'),
  });
}

/** Pushes a tag and returns the manifest digest docker push reports on its last line. */
export async function pushImage(client: DockerClient, reference: string, io: Io): Promise<string> {
  io.info(`Pushing ${reference}`);
  const run = await runDocker(client, ['push', reference], io);
  const digest = /digest: (sha256:[0-9a-f]{64}) size: \d+/.exec(run.output)?.[1];
  if (run.exitCode !== 0 || digest === undefined) throw pushFailure(reference, run);
  return digest;
}

function manifestFlags(reference: string): string[] {
  return isLoopbackRegistry(registryOf(reference)) ? ['--insecure'] : [];
}

/**
 * Points `tag` at a multi-platform manifest list of the images already pushed (one digest per
 * platform, in the tag's repository), with docker manifest: the buildx-less way to publish
 * several platforms under one name. Returns the list's digest.
 */
export async function pushManifestList(client: DockerClient, tag: string, digests: readonly string[], io: Io): Promise<string> {
  const repository = repositoryOf(tag);
  const env = { DOCKER_CLI_EXPERIMENTAL: 'enabled' };
  const create = await runDocker(
    client,
    ['manifest', 'create', '--amend', ...manifestFlags(tag), tag, ...digests.map((digest) => `${repository}@${digest}`)],
    io,
    { env, quiet: true },
  );
  if (create.exitCode !== 0)
    throw new BoardlineError('failed', `Creating the manifest list ${tag} failed: ${lastLines(create, 2).join(' ')}`, {
      hint: 'Fix: see the log above',
    });
  const push = await runDocker(client, ['manifest', 'push', '--purge', ...manifestFlags(tag), tag], io, { env, quiet: true });
  const digest = /sha256:[0-9a-f]{64}/.exec(push.stdout)?.[0];
  if (push.exitCode !== 0 || digest === undefined) throw pushFailure(tag, push);
  io.info(`Pushed the manifest list ${tag}: ${digest}`);
  return digest;
}

interface ManifestJson {
  manifests?: { digest: string; platform?: { os: string; architecture: string; variant?: string } }[];
  layers?: { size: number }[];
}

async function inspect(client: DockerClient, reference: string, io: Io): Promise<ManifestJson> {
  const run = await runDocker(client, ['manifest', 'inspect', ...manifestFlags(reference), reference], io, {
    env: { DOCKER_CLI_EXPERIMENTAL: 'enabled' },
    quiet: true,
  });
  if (run.exitCode !== 0) throw new BoardlineError('failed', `Reading the manifest of ${reference} failed: ${lastLines(run, 2).join(' ')}`);
  return JSON.parse(run.stdout) as ManifestJson;
}

const layerBytes = (manifest: ManifestJson): number => (manifest.layers ?? []).reduce((total, layer) => total + layer.size, 0);

/** Compressed size per platform of a pushed image or list: the sum of its layers as the registry stores them. */
export async function compressedSizes(
  client: DockerClient,
  reference: string,
  platforms: readonly Platform[],
  io: Io,
): Promise<Record<string, number>> {
  const top = await inspect(client, reference, io);
  if (top.manifests === undefined)
    return { [formatPlatform(platforms[0] ?? { os: 'linux', architecture: 'unknown', variant: undefined })]: layerBytes(top) };
  const sizes: Record<string, number> = {};
  for (const entry of top.manifests) {
    if (entry.platform === undefined) continue;
    const platform = formatPlatform({ os: entry.platform.os, architecture: entry.platform.architecture, variant: entry.platform.variant });
    sizes[platform] = layerBytes(await inspect(client, `${repositoryOf(reference)}@${entry.digest}`, io));
  }
  return sizes;
}
