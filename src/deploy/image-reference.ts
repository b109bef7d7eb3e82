import { isLoopbackRegistry, registryOf, repositoryOf } from '../docker/build-command.js';
import { BoardlineError } from '../errors.js';

/** An image as the `image` input names it: a tag, or a digest (buildx-armv7's `digest` output). */
export interface ImageReference {
  /** What the user wrote, trimmed. */
  given: string;
  /** The registry's host[:port] as the registry API is reached: docker.io becomes registry-1.docker.io. */
  registry: string;
  /** The repository path within the registry (library/ added for Docker Hub's official images). */
  repository: string;
  /** The tag, when the reference has one (latest when it has neither tag nor digest). */
  tag?: string;
  /** sha256:…, when the reference pins one. */
  digest?: string;
}

const componentPattern = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const tagPattern = /^[\w][\w.-]{0,127}$/;
const digestPattern = /^sha256:[0-9a-f]{64}$/;

function refuse(given: string, why: string): BoardlineError {
  return new BoardlineError('usage', `Input "image": "${given}" is not an image reference: ${why}`, {
    hint: 'Fix: write registry/name:tag or registry/name@sha256:<64 hex digits>, e.g. ghcr.io/acme/pi-app:1.4.2',
  });
}

/** Parses an image reference by the rules of the distribution spec (the docker CLI's own). */
export function parseImageReference(value: string): ImageReference {
  const given = value.trim();
  if (given === '') throw refuse(given, 'it is empty');
  let rest = given;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!digestPattern.test(digest)) throw refuse(given, `"${digest}" is not a sha256 digest`);
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!tagPattern.test(tag)) throw refuse(given, `"${tag}" is not a valid tag`);
  }
  const parts = rest.split('/');
  const named = registryOf(rest);
  const hasRegistry = named !== 'docker.io' || parts[0] === 'docker.io';
  let registry = named;
  const path = hasRegistry ? parts.slice(1) : parts;
  for (const component of path) {
    if (!componentPattern.test(component)) throw refuse(given, `"${component}" is not a valid name (lower case letters, digits, . _ -)`);
  }
  if (registry === 'docker.io' || registry === 'index.docker.io') {
    registry = 'registry-1.docker.io';
    if (path.length === 1) path.unshift('library');
  }
  const reference: ImageReference = { given, registry, repository: path.join('/') };
  if (tag !== undefined || digest === undefined) reference.tag = tag ?? 'latest';
  if (digest !== undefined) reference.digest = digest;
  return reference;
}

/**
 * Docker speaks plain HTTP to registries on the loopback interface and HTTPS to every other
 * (unless the daemon lists them as insecure); Boardline does the same when it asks a registry directly.
 */
export function registryBaseUrl(registry: string): string {
  return `${isLoopbackRegistry(registry) ? 'http' : 'https'}://${registry}`;
}

/** The reference the daemon pulls: by digest when one is known, so what runs is exactly what was checked. */
export function pinnedReference(reference: ImageReference, digest: string): string {
  return `${repositoryOf(reference.given.replace(/@.*$/, ''))}@${digest}`;
}
