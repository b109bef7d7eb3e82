import { stat } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import { deviceArguments, type DeviceMapping } from './device-mapping.js';
import { publishArgument, type PublishedPort } from './published-ports.js';

export interface RunSettings {
  devices: readonly DeviceMapping[];
  published: readonly PublishedPort[];
  env: readonly string[];
  envFile?: string | undefined;
  volumes: readonly string[];
  restart: string;
}

const envName = /^[A-Za-z_][A-Za-z0-9_]*$/;

function envArguments(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const name = line.split('=')[0] ?? '';
    if (!line.includes('=') || !envName.test(name)) {
      throw new BoardlineError('usage', `Input "env": "${line}" is not NAME=value`, {
        hint: 'Fix: one variable per line, e.g. SERIAL_DEVICE=/dev/ttyUSB0 (secrets belong in env-file or the CI’s masked variables)',
      });
    }
    return ['--env', line];
  });
}

function volumeArguments(lines: readonly string[]): string[] {
  return lines.flatMap((line) => {
    const parts = line.split(':');
    const [source = '', target = '', mode] = parts;
    if (
      parts.length < 2 ||
      parts.length > 3 ||
      source === '' ||
      !target.startsWith('/') ||
      (mode !== undefined && !/^(ro|rw)$/.test(mode))
    ) {
      throw new BoardlineError('usage', `Input "volumes": "${line}" is not SOURCE:/path/inside[:ro]`, {
        hint: 'Fix: one per line, a host path or a named volume, e.g. /srv/pi-app:/data or pi-app-data:/data:ro',
      });
    }
    // What would hand the container the host: the root, the Docker socket (root on the host by
    // another name), or the whole of /dev (devices and hotplug give exactly what is needed).
    const host = source.replace(/\/+$/, '') || '/';
    if (host === '/' || /(^|\/)docker\.sock$/.test(host) || host === '/dev' || host === '/proc' || host === '/sys') {
      throw new BoardlineError('usage', `Input "volumes": "${line}" would give the container the host (${host})`, {
        hint: 'Fix: mount only the directories the app needs; serial devices go in devices (with hotplug for replugging)',
      });
    }
    return ['--volume', line];
  });
}

/** The docker create arguments of a deploy, everything checked before the running container is touched. */
export async function runArguments(settings: RunSettings): Promise<string[]> {
  const args = [...deviceArguments(settings.devices)];
  for (const port of settings.published) args.push('--publish', publishArgument(port));
  args.push(...envArguments(settings.env));
  if (settings.envFile !== undefined) {
    const isFile = await stat(settings.envFile).then(
      (entry) => entry.isFile(),
      () => false,
    );
    if (!isFile)
      throw new BoardlineError('usage', `Input "env-file": ${settings.envFile} does not exist`, {
        hint: 'Fix: give a file of NAME=value lines',
      });
    args.push('--env-file', settings.envFile);
  }
  args.push(...volumeArguments(settings.volumes));
  args.push('--restart', settings.restart);
  return args;
}
