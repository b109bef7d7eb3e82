import type { Io } from '../io.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { notAvailable } from './not-available.js';
import type { CapabilityResult } from './result.js';

export const buildxArmv7Spec = defineCapability({
  name: 'buildx-armv7',
  title: 'Boardline: build Raspberry Pi images',
  description: 'Build and push linux/arm/v7 (and other) images from x86, cross-compiling where the Dockerfile allows it.',
  action: { icon: 'package', color: 'blue' },
  inputs: {
    context: { kind: 'path', default: '.', description: 'Build context directory.' },
    file: { kind: 'path', description: 'Dockerfile path; defaults to Dockerfile in the context.' },
    platforms: {
      kind: 'list',
      split: 'lines-and-commas',
      default: 'linux/arm/v7',
      description: 'Target platforms, e.g. linux/arm/v7,linux/arm64,linux/amd64.',
    },
    tags: { kind: 'list', split: 'lines-and-commas', description: 'Image references to tag and push.' },
    push: { kind: 'boolean', default: 'false', description: 'Push the image to the registry.' },
    load: { kind: 'boolean', default: 'false', description: 'Load the image into the local Docker daemon (single platform).' },
    registry: { kind: 'string', description: 'Registry to log in to, e.g. ghcr.io; login only when username is set.' },
    username: { kind: 'string', description: 'Registry user name.' },
    password: { kind: 'secret', description: 'Registry password or token; masked, never printed.' },
    'build-args': { kind: 'list', split: 'lines', description: 'Build arguments, KEY=value, one per line.' },
    labels: { kind: 'list', split: 'lines', description: 'Extra image labels, key=value, one per line.' },
    'cache-from': { kind: 'list', split: 'lines', description: 'External cache sources, one per line.' },
    'cache-to': { kind: 'list', split: 'lines', description: 'Cache export destinations, one per line.' },
    'setup-qemu': {
      kind: 'choice',
      choices: ['auto', 'true', 'false'],
      default: 'auto',
      description: 'Register QEMU binfmt handlers when foreign RUN steps need emulation: auto does it only when needed.',
    },
  },
  outputs: {
    digest: 'Digest of the pushed image or manifest list.',
    images: 'JSON list of the image references pushed.',
    platforms: 'JSON list of the platforms built.',
    size: 'JSON map from platform to compressed image size in bytes.',
    'emulated-steps': 'Number of RUN steps that executed under emulation.',
    builder: 'Which builder ran: buildx or buildkit.',
  },
});

export type BuildxArmv7Options = InputValues<typeof buildxArmv7Spec.inputs>;

export async function buildxArmv7(_options: BuildxArmv7Options, _io: Io): Promise<CapabilityResult> {
  return notAvailable(buildxArmv7Spec);
}
