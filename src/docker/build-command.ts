import { BoardlineError } from '../errors.js';
import { formatPlatform, type Platform } from './platforms.js';

export interface BuildRequest {
  context: string;
  file: string;
  platforms: Platform[];
  tags: string[];
  push: boolean;
  load: boolean;
  buildArgs: string[];
  /** key=value, the commit's OCI labels first and the user's after (a user's value wins). */
  labels: string[];
  cacheFrom: string[];
  cacheTo: string[];
}

/** Checks a KEY=value list input, naming it when an entry is not one. */
export function keyValues(input: string, entries: readonly string[]): string[] {
  for (const entry of entries) {
    if (!/^[^=\s][^=]*=/.test(entry)) {
      throw new BoardlineError('usage', `Input "${input}" has an entry that is not KEY=value: "${entry}"`, {
        hint: `Fix: write one KEY=value per line in ${input}`,
      });
    }
  }
  return [...entries];
}

const referencePattern =
  /^(?:[a-z0-9.-]+(?::\d+)?\/)?[a-z0-9]+(?:[._-][a-z0-9]+)*(?:\/[a-z0-9]+(?:[._-][a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?$/;

export function checkTags(tags: readonly string[]): string[] {
  for (const tag of tags) {
    if (!referencePattern.test(tag)) {
      throw new BoardlineError('usage', `Input "tags" has an invalid image reference "${tag}"`, {
        hint: 'Fix: write [registry/]repository[:tag] in lower case, e.g. ghcr.io/acme/sensor-hub:1.2.0',
      });
    }
  }
  return [...tags];
}

function shared(request: BuildRequest): string[] {
  return [
    '--file',
    request.file,
    ...request.buildArgs.flatMap((entry) => ['--build-arg', entry]),
    ...request.labels.flatMap((entry) => ['--label', entry]),
    ...request.cacheFrom.flatMap((entry) => ['--cache-from', entry]),
  ];
}

/** One `docker buildx build` for every platform: pushed or loaded by buildx, digest in the metadata file. */
export function buildxArguments(request: BuildRequest, metadataFile: string): string[] {
  return [
    'buildx',
    'build',
    '--platform',
    request.platforms.map(formatPlatform).join(','),
    ...shared(request),
    ...request.cacheTo.flatMap((entry) => ['--cache-to', entry]),
    ...request.tags.flatMap((tag) => ['--tag', tag]),
    ...(request.push ? ['--push'] : []),
    ...(request.load ? ['--load'] : []),
    '--metadata-file',
    metadataFile,
    '--progress',
    'plain',
    request.context,
  ];
}

/**
 * `docker build` for one platform with the daemon's BuildKit (DOCKER_BUILDKIT=1): the image lands
 * in the daemon under `tags`; pushing and the multi-platform list are separate steps.
 */
export function buildkitArguments(request: BuildRequest, platform: Platform, tags: readonly string[]): string[] {
  return [
    'build',
    '--platform',
    formatPlatform(platform),
    ...shared(request),
    ...tags.flatMap((tag) => ['--tag', tag]),
    '--progress',
    'plain',
    request.context,
  ];
}

/** The repository part of a reference (registry/name without the tag). */
export function repositoryOf(reference: string): string {
  const slash = reference.lastIndexOf('/');
  const colon = reference.lastIndexOf(':');
  return colon > slash ? reference.slice(0, colon) : reference;
}

/** The registry host of a reference; Docker Hub when the first part is not a host. */
export function registryOf(reference: string): string {
  const first = reference.split('/')[0] ?? '';
  return reference.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : 'docker.io';
}

/** Registries the daemon and docker manifest reach over plain HTTP by default: the loopback ones. */
export function isLoopbackRegistry(registry: string): boolean {
  const host = registry.replace(/:\d+$/, '');
  return host === 'localhost' || /^127\./.test(host) || host === '[::1]';
}
