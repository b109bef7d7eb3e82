import { BoardlineError } from '../errors.js';
import { registryBaseUrl, type ImageReference } from './image-reference.js';

export interface RegistryCredentials {
  username: string;
  password: string;
}

/** Every manifest type a tag may point at: an image, or a list of them per platform. */
const manifestTypes = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

const requestTimeoutMs = 15_000;

interface Challenge {
  scheme: string;
  params: Record<string, string>;
}

/** WWW-Authenticate: Bearer realm="…",service="…",scope="…" (or Basic realm="…"). */
export function parseChallenge(header: string): Challenge {
  const scheme = /^\s*(\w+)/.exec(header)?.[1] ?? '';
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) params[match[1] ?? ''] = match[2] ?? '';
  return { scheme: scheme.toLowerCase(), params };
}

function basic(credentials: RegistryCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`).toString('base64')}`;
}

async function request(url: string, init: RequestInit, registry: string, signal: AbortSignal): Promise<Response> {
  try {
    return await fetch(url, { ...init, signal: AbortSignal.any([signal, AbortSignal.timeout(requestTimeoutMs)]) });
  } catch (error) {
    if (signal.aborted) throw new BoardlineError('failed', `Cancelled while asking ${registry} for the image`);
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new BoardlineError(
      'failed',
      `Cannot reach the registry ${registry}: ${cause?.code ?? cause?.message ?? (error as Error).message}`,
      {
        hint: 'Fix: check the registry address in image and that this machine can reach it',
        cause: error,
      },
    );
  }
}

/** A bearer token from the registry's token service (ghcr.io, Docker Hub, GitLab), with the login if there is one. */
async function bearerToken(
  challenge: Challenge,
  credentials: RegistryCredentials | undefined,
  registry: string,
  signal: AbortSignal,
): Promise<string> {
  const realm = challenge.params['realm'];
  if (realm === undefined || !URL.canParse(realm))
    throw new BoardlineError('failed', `The registry ${registry} asked for a token without saying where to get one`);
  const url = new URL(realm);
  // The login goes to a token service over HTTPS only (plain HTTP where the registry itself is on loopback).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && registryBaseUrl(registry).startsWith('http:'))) {
    throw new BoardlineError(
      'failed',
      `The registry ${registry} sends logins to ${url.origin}, which is not HTTPS: the login was not sent`,
      {
        hint: 'Fix: check the registry address in image',
      },
    );
  }
  for (const name of ['service', 'scope']) {
    const value = challenge.params[name];
    if (value !== undefined) url.searchParams.set(name, value);
  }
  const headers: Record<string, string> = credentials === undefined ? {} : { authorization: basic(credentials) };
  const response = await request(url.toString(), { headers }, registry, signal);
  if (!response.ok) throw deniedError(registry, credentials, response.status);
  const body = (await response.json()) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (token === undefined) throw new BoardlineError('failed', `The token service of ${registry} answered without a token`);
  return token;
}

function deniedError(registry: string, credentials: RegistryCredentials | undefined, status: number): BoardlineError {
  return new BoardlineError(
    'failed',
    credentials === undefined
      ? `The registry ${registry} refused access without a login (HTTP ${status})`
      : `The registry ${registry} refused the login of ${credentials.username} (HTTP ${status})`,
    {
      hint:
        credentials === undefined
          ? 'Fix: set username and password (a token that can read the package)'
          : 'Fix: check username and password (a token needs read access to the package)',
    },
  );
}

/**
 * The digest a tag points at now, asked of the registry with a HEAD of its manifest (no layers are
 * fetched, and Docker Hub does not count a HEAD as a pull). Basic and token logins both work.
 */
export async function manifestDigest(
  reference: ImageReference,
  credentials: RegistryCredentials | undefined,
  signal: AbortSignal,
): Promise<string> {
  const registry = reference.registry;
  const target = reference.digest ?? reference.tag ?? 'latest';
  const url = `${registryBaseUrl(registry)}/v2/${reference.repository}/manifests/${target}`;
  const headers: Record<string, string> = { accept: manifestTypes };
  let response = await request(url, { method: 'HEAD', headers }, registry, signal);
  if (response.status === 401) {
    const challenge = parseChallenge(response.headers.get('www-authenticate') ?? '');
    if (challenge.scheme === 'bearer') headers['authorization'] = `Bearer ${await bearerToken(challenge, credentials, registry, signal)}`;
    else if (credentials !== undefined) headers['authorization'] = basic(credentials);
    else throw deniedError(registry, credentials, 401);
    response = await request(url, { method: 'HEAD', headers }, registry, signal);
  }
  if (response.status === 401 || response.status === 403) throw deniedError(registry, credentials, response.status);
  if (response.status === 404) {
    throw new BoardlineError('failed', `Input "image": ${reference.given} does not exist in ${registry} (no manifest for ${target})`, {
      hint: 'Fix: check the name and tag, and that the image was pushed (buildx-armv7 with push: true)',
    });
  }
  if (!response.ok) throw new BoardlineError('failed', `The registry ${registry} answered HTTP ${response.status} for ${reference.given}`);
  const digest = response.headers.get('docker-content-digest');
  if (digest === null || !/^sha256:[0-9a-f]{64}$/.test(digest)) {
    throw new BoardlineError('failed', `The registry ${registry} did not say the digest of ${reference.given} (no Docker-Content-Digest)`);
  }
  return digest;
}
