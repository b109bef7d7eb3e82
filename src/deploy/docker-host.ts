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
}

export function parseDockerHost(value: string | undefined): DockerHost {
  const given = value?.trim() ?? '';
  if (given === '' || given.startsWith('unix://') || given.startsWith('npipe://')) {
    return given === '' ? { hostName: '127.0.0.1' } : { url: given, hostName: '127.0.0.1' };
  }
  if (!/^(ssh|tcp):\/\//.test(given) || !URL.canParse(given)) {
    throw new BoardlineError('usage', `Input "docker-host": "${given}" is not a Docker host address`, {
      hint: 'Fix: write ssh://user@pi.local (the Pi’s daemon over SSH), tcp://HOST:2376 or unix:///var/run/docker.sock',
    });
  }
  const hostName = new URL(given).hostname.replace(/^\[(.*)\]$/, '$1');
  return { url: given, hostName };
}

/** The docker host in a lock file name: one deploy lock per container name and daemon. */
export function dockerHostSlug(host: DockerHost): string {
  return (host.url ?? 'local').replace(/^\w+:\/\//, '').replace(/[^\w.-]+/g, '_');
}
