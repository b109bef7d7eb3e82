import { BoardlineError } from '../errors.js';

/**
 * The docker host a deploy talks to: the docker-host input, else DOCKER_HOST, else the local
 * socket. Its host name is where the published ports are probed from this machine.
 */
export interface DockerHost {
  /** For the docker client's DOCKER_HOST; absent means the local daemon. */
  url?: string;
  /** Where a published port is reached from here: the remote host's name, or 127.0.0.1. */
  hostName: string;
  /** The daemon is on another machine: its devices cannot be looked at from here. */
  remote: boolean;
}

const localSockets = new Set(['unix:///var/run/docker.sock', 'unix:///run/docker.sock']);

export function parseDockerHost(value: string | undefined): DockerHost {
  const given = value?.trim() ?? '';
  // The default socket is the local daemon, whichever way it is named: one lock key for both.
  if (given === '' || localSockets.has(given)) return { hostName: '127.0.0.1', remote: false };
  if (given.startsWith('unix://') || given.startsWith('npipe://')) return { url: given, hostName: '127.0.0.1', remote: false };
  if (!/^(ssh|tcp):\/\//.test(given) || !URL.canParse(given) || new URL(given).hostname === '') {
    throw new BoardlineError('usage', `Input "docker-host": "${given}" is not a Docker host address`, {
      hint: 'Fix: write ssh://user@pi.local (the Pi’s daemon over SSH), tcp://HOST:2376 or unix:///var/run/docker.sock',
    });
  }
  const hostName = new URL(given).hostname.replace(/^\[(.*)\]$/, '$1');
  return { url: given, hostName, remote: true };
}

/**
 * The docker host in a lock file name: one deploy lock per container name and daemon, whoever
 * logs in to it (ssh://pi@rhubarb and ssh://rhubarb are one daemon).
 */
export function dockerHostSlug(host: DockerHost): string {
  if (host.url === undefined) return 'local';
  const url = URL.canParse(host.url) ? new URL(host.url) : undefined;
  const key = url !== undefined && url.hostname !== '' ? `${url.hostname}${url.port === '' ? '' : `_${url.port}`}` : host.url;
  return key.replace(/[^\w.-]+/g, '_');
}
