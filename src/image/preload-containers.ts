import { join } from 'node:path';
import { daemonAccessHint, lastLines, runDocker, type DockerClient } from '../docker/docker-cli.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import type { PreloadedContainer } from './boot-containers-script.js';
import type { BootContainer, ImageConfig } from './image-config.js';

/** The Docker platform of each Debian architecture, as `docker image inspect` reports it. */
const platformOf: Record<string, { architecture: string; variant?: string }> = {
  arm64: { architecture: 'arm64' },
  armhf: { architecture: 'arm', variant: 'v7' },
};

export interface InspectedImage {
  container: BootContainer;
  id: string;
  /** The tag it is saved and loaded under on the Pi. */
  tag: string;
}

/** The tag an image keeps on the Pi: the one it was given, or (for name@sha256:…) the name with a tag marking it preloaded. */
function tagFor(image: string): string {
  if (image.includes('@')) return `${image.split('@')[0] ?? image}:preloaded`;
  const lastPart = image.split('/').pop() ?? image;
  return lastPart.includes(':') ? image : `${image}:latest`;
}

/**
 * Looks each container's image up in the build machine's Docker (buildx-armv7 loads or pushes
 * there; a pushed one is pulled) and checks it runs on the board: an amd64 image in an arm64
 * card would fail only on the Pi. Its image ID is what the containers component is keyed on.
 */
export async function inspectImages(config: ImageConfig, client: DockerClient, io: Io): Promise<InspectedImage[]> {
  const wanted = platformOf[config.board.arch] ?? { architecture: config.board.arch };
  const inspected: InspectedImage[] = [];
  for (const container of config.containers) {
    const inspect = (): Promise<{ exitCode: number; stdout: string; output: string }> =>
      runDocker(client, ['image', 'inspect', '--format', '{{json .}}', container.image], io, { quiet: true, timeoutMs: 60_000 });
    let found = await inspect();
    if (found.exitCode !== 0 && !/No such (image|object)/i.test(found.output)) {
      throw new BoardlineError(
        'failed',
        `Docker could not be asked for ${container.name}'s image ${container.image}: ${found.output.trim()}`,
        { hint: daemonAccessHint(found.output) },
      );
    }
    if (found.exitCode !== 0) {
      io.info(`Pulling ${container.image} (${container.where}) for ${wanted.architecture}`);
      const platform = `linux/${wanted.architecture}${wanted.variant === undefined ? '' : `/${wanted.variant}`}`;
      const pull = await runDocker(client, ['pull', '--platform', platform, container.image], io, { quiet: true });
      if (pull.exitCode !== 0) {
        throw new BoardlineError(
          'usage',
          `${container.where}: the image ${container.image} is neither in this machine's Docker nor pullable: ${lastLines(pull, 2).join(' ')}`,
          {
            hint: 'Fix: build it first (buildx-armv7 with load: true, or push and log in), or give its exact name:tag',
          },
        );
      }
      found = await inspect();
    }
    // JSON: a daemon before 23 has no Variant field, which a template naming it fails on.
    const {
      Id: id = '',
      Architecture: architecture = '',
      Variant: variant = '',
    } = JSON.parse(found.stdout) as { Id?: string; Architecture?: string; Variant?: string };
    if (architecture !== wanted.architecture || (wanted.variant !== undefined && variant !== '' && variant !== wanted.variant)) {
      throw new BoardlineError(
        'usage',
        `${container.where}: ${container.image} is a linux/${architecture}${variant === '' ? '' : `/${variant}`} image; the ${config.board.name} runs linux/${wanted.architecture}${wanted.variant === undefined ? '' : `/${wanted.variant}`}`,
        {
          hint: `Fix: build it for the board (buildx-armv7 platforms: linux/${wanted.architecture}${wanted.variant === undefined ? '' : `/${wanted.variant}`})`,
        },
      );
    }
    inspected.push({ container, id, tag: tagFor(container.image) });
  }
  return inspected;
}

/** Where each image's archive is: in the containers component's directory, and in the image at /var/lib/boardline/images/. */
export function preloadedContainers(images: readonly InspectedImage[], dir: string): PreloadedContainer[] {
  return images.map(({ container, tag }) => ({
    container,
    tag,
    archive: `/var/lib/boardline/images/${container.name}.tar`,
    file: join(dir, `${container.name}.tar`),
  }));
}

/** docker save of each image under the tag it loads as on the Pi, to the file preloadedContainers names. */
export async function saveImages(images: readonly InspectedImage[], outDir: string, client: DockerClient, io: Io): Promise<void> {
  const targets = preloadedContainers(images, outDir);
  for (const [index, { id, tag }] of images.entries()) {
    const tagged = await runDocker(client, ['tag', id, tag], io, { quiet: true, timeoutMs: 60_000 });
    if (tagged.exitCode !== 0) throw new BoardlineError('failed', `docker tag ${tag} failed: ${lastLines(tagged, 2).join(' ')}`);
    const run = await runDocker(client, ['save', '--output', targets[index]?.file ?? '', tag], io, { quiet: true });
    if (run.exitCode !== 0) throw new BoardlineError('failed', `docker save ${tag} failed: ${lastLines(run, 2).join(' ')}`);
  }
}
