import type { Node } from 'yaml';
import { BoardlineError } from '../errors.js';
import { parseDeviceLines } from '../deploy/device-mapping.js';
import { parseHealth } from '../deploy/health-probe.js';
import { parseImageReference } from '../deploy/image-reference.js';
import { parsePublishedPorts } from '../deploy/published-ports.js';
import { runArguments } from '../deploy/run-arguments.js';
import type { YamlFile } from '../spec/yaml-file.js';
import type { BootContainer } from './image-config.js';

const containerKeys = ['image', 'name', 'publish', 'devices', 'env', 'volumes', 'restart', 'health'] as const;
const restartPolicies = ['no', 'always', 'unless-stopped', 'on-failure'];

/**
 * Runs one of deploy-container's parsers on a value from the configuration file, so a mistake is
 * reported at its line with deploy-container's own explanation and fix.
 */
function checked<T>(file: YamlFile, node: Node | null, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!(error instanceof BoardlineError)) throw error;
    file.fail(node, error.message.replace(/^Input "([^"]+)": /, '$1: '), (error.hint ?? '').replace(/^Fix: /, ''));
  }
}

/** One `containers` entry: deploy-container's settings, checked as deploy-container checks them. */
export async function parseBootContainer(file: YamlFile, node: Node): Promise<BootContainer> {
  const entries = file.entries(node, containerKeys, 'a containers entry');
  const imageEntry = entries.get('image');
  if (imageEntry === undefined)
    file.fail(node, 'a container needs an image', 'give the image buildx-armv7 built (name:tag or name@sha256:…) in this machine’s Docker');
  const image = file.string(imageEntry.value, 'image');
  const reference = checked(file, imageEntry.value, () => parseImageReference(image));
  const list = (key: (typeof containerKeys)[number]): string[] =>
    file.items(entries.get(key)?.value, key).map((item) => file.string(item, `a ${key} entry`));
  const name =
    entries.get('name') === undefined ? (reference.repository.split('/').pop() ?? 'app') : file.string(entries.get('name')?.value, 'name');
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(name))
    file.fail(
      entries.get('name')?.value ?? imageEntry.value,
      `${JSON.stringify(name)} is not a container name`,
      'use letters, digits, _ . and -',
    );
  const publish = list('publish');
  checked(file, entries.get('publish')?.value ?? null, () => parsePublishedPorts(publish));
  const devices = list('devices');
  for (const request of checked(file, entries.get('devices')?.value ?? null, () => parseDeviceLines(devices))) {
    if (!request.port.startsWith('/dev/')) {
      file.fail(
        entries.get('devices')?.value,
        `${request.port} cannot be found before the Pi boots`,
        'give the device’s path on the Pi, best its /dev/serial/by-id/… link (ls -l /dev/serial/by-id on the Pi), -> the path inside',
      );
    }
  }
  const env = list('env');
  const volumes = list('volumes');
  const restart = entries.get('restart') === undefined ? 'unless-stopped' : file.string(entries.get('restart')?.value, 'restart');
  if (!restartPolicies.includes(restart))
    file.fail(
      entries.get('restart')?.value,
      `restart ${JSON.stringify(restart)} is not a policy`,
      `use one of ${restartPolicies.join(', ')}`,
    );
  const health = entries.get('health') === undefined ? 'auto' : file.string(entries.get('health')?.value, 'health');
  checked(file, entries.get('health')?.value ?? null, () => parseHealth(health));
  // deploy-container's own checks of env and volumes (a volume handing over the host is refused).
  const envNode = entries.get('env')?.value ?? entries.get('volumes')?.value ?? null;
  await runArguments({ devices: [], published: [], env, volumes, restart }).catch((error: unknown) => {
    if (!(error instanceof BoardlineError)) throw error;
    checked(file, envNode, () => {
      throw error;
    });
  });
  return { image, name, publish, devices, env, volumes, restart, health, where: file.where(node) };
}
