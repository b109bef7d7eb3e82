import { randomBytes } from 'node:crypto';
import { readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { chooseBuilder, type Builder } from '../docker/builder.js';
import { ensureEmulation } from '../docker/binfmt.js';
import { buildkitArguments, buildxArguments, checkTags, keyValues, registryOf, type BuildRequest } from '../docker/build-command.js';
import { lastLines, runDocker, type DockerClient } from '../docker/docker-cli.js';
import { parseDockerfile } from '../docker/dockerfile.js';
import { emulatedSteps, emulationAdvice, type EmulatedStep } from '../docker/emulation.js';
import { commitLabels } from '../docker/oci-labels.js';
import { dockerArchitecture, formatPlatform, needsEmulation, parsePlatforms, type Platform } from '../docker/platforms.js';
import { compressedSizes, pushImage, pushManifestList } from '../docker/publish.js';
import { loginToRegistry, registryLoginInputs, requestedLogin } from '../docker/registry-login.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
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
    ...registryLoginInputs,
    'build-args': { kind: 'list', split: 'lines', description: 'Build arguments, KEY=value, one per line.' },
    labels: {
      kind: 'list',
      split: 'lines',
      description: 'Extra image labels, key=value, one per line (the commit’s OCI labels are added).',
    },
    'cache-from': { kind: 'list', split: 'lines', description: 'External cache sources, one per line.' },
    'cache-to': { kind: 'list', split: 'lines', description: 'Cache export destinations, one per line (buildx only).' },
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
    size: 'JSON map from platform to compressed image size in bytes (pushed images).',
    'emulated-steps': 'Number of RUN steps that executed under emulation.',
    builder: 'Which builder ran: buildx or buildkit.',
  },
});

export type BuildxArmv7Options = InputValues<typeof buildxArmv7Spec.inputs>;

interface Built {
  digest: string;
  sizes: Record<string, number>;
}

const isDirectory = (path: string): Promise<boolean> =>
  stat(path).then(
    (entry) => entry.isDirectory(),
    () => false,
  );

async function readDockerfile(options: BuildxArmv7Options): Promise<{ file: string; text: string }> {
  if (!(await isDirectory(options.context))) {
    throw new BoardlineError('usage', `Input "context": ${options.context} is not a directory`, {
      hint: 'Fix: give the build context directory',
    });
  }
  const file = options.file ?? join(options.context, 'Dockerfile');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new BoardlineError('usage', `Input "file": the Dockerfile ${file} does not exist`, {
      hint: options.file === undefined ? 'Fix: add a Dockerfile to the context, or set file' : 'Fix: check the path in file',
    });
  }
  return { file, text };
}

function buildFailure(platform: string, said: string[]): BoardlineError {
  const text = said.join('\n');
  return new BoardlineError('failed', `The build for ${platform} failed: ${said.at(-1) ?? ''}`, {
    hint: /exec format error/i.test(text)
      ? 'Fix: foreign binaries cannot run here: set setup-qemu to auto, or cross-compile in a FROM --platform=$BUILDPLATFORM stage'
      : 'Fix: see the build output in the log',
    details: text,
  });
}

async function buildWithBuildKit(client: DockerClient, request: BuildRequest, io: Io): Promise<Built> {
  const single = request.platforms.length === 1;
  const digests = new Map<string, string[]>(request.tags.map((tag) => [tag, []]));
  const buildkit: DockerClient = { ...client, env: { ...client.env, DOCKER_BUILDKIT: '1' } };
  for (const platform of request.platforms) {
    const name = formatPlatform(platform);
    io.info(`Building ${name}`);
    // Several platforms share one local tag in turn: each is pushed before the next replaces it.
    const tags = single || request.push ? request.tags : [];
    const run = await runDocker(buildkit, buildkitArguments(request, platform, tags), io);
    if (run.exitCode !== 0) throw buildFailure(name, lastLines(run));
    if (request.push) for (const tag of request.tags) digests.get(tag)?.push(await pushImage(client, tag, io));
  }
  if (!request.push) return { digest: '', sizes: {} };
  let digest = '';
  for (const tag of request.tags) {
    const pushed = digests.get(tag) ?? [];
    const tagDigest = single ? (pushed[0] ?? '') : await pushManifestList(client, tag, pushed, io);
    if (digest === '') digest = tagDigest;
  }
  return { digest, sizes: await compressedSizes(client, request.tags[0] ?? '', request.platforms, io) };
}

async function buildWithBuildx(client: DockerClient, request: BuildRequest, tempDir: string, io: Io): Promise<Built> {
  const metadataFile = join(tempDir, `boardline-buildx-${randomBytes(4).toString('hex')}.json`);
  try {
    const run = await runDocker(client, buildxArguments(request, metadataFile), io);
    if (run.exitCode !== 0) throw buildFailure(request.platforms.map(formatPlatform).join(', '), lastLines(run));
    const metadata = JSON.parse(await readFile(metadataFile, 'utf8').catch(() => '{}')) as Record<string, unknown>;
    const digest = typeof metadata['containerimage.digest'] === 'string' ? metadata['containerimage.digest'] : '';
    return { digest, sizes: request.push ? await compressedSizes(client, request.tags[0] ?? '', request.platforms, io) : {} };
  } finally {
    await rm(metadataFile, { force: true });
  }
}

function summary(
  platforms: readonly Platform[],
  steps: readonly EmulatedStep[],
  built: Built,
  builder: Builder,
  tags: readonly string[],
  push: boolean,
): string {
  const rows = platforms.map((platform) => {
    const name = formatPlatform(platform);
    const emulated = steps.filter((step) => step.platform === name).length;
    const size = built.sizes[name];
    return `| ${name} | ${emulated} | ${size === undefined ? '—' : `${(size / 1024 / 1024).toFixed(1)} MiB`} |`;
  });
  return [
    `### Image built with ${builder === 'buildx' ? 'docker buildx' : 'BuildKit'}${push ? `, pushed as ${tags.map((tag) => `\`${tag}\``).join(', ')}` : ''}`,
    '',
    '| Platform | Emulated RUN steps | Compressed size |',
    '| --- | ---: | ---: |',
    ...rows,
    ...(built.digest === '' ? [] : ['', `Digest: \`${built.digest}\``]),
  ].join('\n');
}

export async function buildxArmv7(options: BuildxArmv7Options, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const platforms = parsePlatforms(options.platforms);
  const tags = checkTags(options.tags);
  if (options.push && tags.length === 0)
    throw new BoardlineError('usage', 'Input "push" is true but "tags" is empty', {
      hint: 'Fix: name the image in tags, e.g. ghcr.io/acme/app:1.0',
    });
  if (options.load && platforms.length > 1) {
    throw new BoardlineError('usage', 'Input "load" takes one platform: the local image store holds one per tag', {
      hint: 'Fix: set one platform, or push instead of load',
    });
  }
  const login = requestedLogin(options, registryOf(tags[0] ?? ''));
  const buildArgs = keyValues('build-args', options['build-args']);
  const userLabels = keyValues('labels', options.labels);
  const { file, text } = await readDockerfile(options);
  const stages = parseDockerfile(text);
  if (stages.length === 0)
    throw new BoardlineError('usage', `Input "file": ${file} has no FROM instruction`, { hint: 'Fix: give a Dockerfile' });

  const buildArchitecture = dockerArchitecture(context.host.arch);
  const steps = emulatedSteps(stages, platforms, buildArchitecture);
  if (steps.length > 0) io.warning(emulationAdvice(steps, file), { file, line: steps[0]?.line ?? 1 });
  else io.info(`No RUN step runs under emulation: every foreign-platform stage only copies (${platforms.map(formatPlatform).join(', ')})`);

  const base: DockerClient = { binary: 'docker', env: {}, secrets: options.password === undefined ? [] : [options.password] };
  const builder = await chooseBuilder(base, io);
  io.info(
    builder === 'buildx'
      ? 'Builder: docker buildx'
      : 'Builder: the daemon’s BuildKit (DOCKER_BUILDKIT=1 docker build, one platform at a time; no buildx plugin here), multi-platform lists by docker manifest',
  );
  // auto: the architectures emulated RUN steps execute for; true: also every foreign target platform.
  const architectures = [
    ...new Set([
      ...steps.map((step) => step.architecture),
      ...(options['setup-qemu'] === 'true'
        ? platforms.filter((platform) => needsEmulation(platform, buildArchitecture)).map((platform) => platform.architecture)
        : []),
    ]),
  ];
  if (architectures.length > 0) await ensureEmulation(architectures, options['setup-qemu'] !== 'false', base, io);

  const labels = Object.entries(await commitLabels(options.context, new Date(), io)).map(([key, value]) => `${key}=${value}`);
  const request: BuildRequest = {
    context: options.context,
    file,
    platforms,
    tags,
    push: options.push,
    load: options.load,
    buildArgs,
    labels: [...labels, ...userLabels],
    cacheFrom: options['cache-from'],
    cacheTo: options['cache-to'],
  };
  if (builder === 'buildkit' && request.cacheTo.length > 0)
    io.warning('Input "cache-to" needs buildx; the daemon’s BuildKit keeps its own local cache instead');

  const session = login === undefined ? undefined : await loginToRegistry(base, login, context, io);
  let built: Built;
  try {
    const client = session?.client ?? base;
    built =
      builder === 'buildx' ? await buildWithBuildx(client, request, context.tempDir, io) : await buildWithBuildKit(client, request, io);
  } finally {
    await session?.logout();
  }
  const platformNames = platforms.map(formatPlatform);
  return {
    outputs: {
      digest: built.digest,
      images: options.push ? tags : [],
      platforms: platformNames,
      size: built.sizes,
      'emulated-steps': steps.length,
      builder,
    },
    summary: summary(platforms, steps, built, builder, tags, options.push),
    text: [
      `Built ${platformNames.join(', ')} with ${builder}${options.push ? `, pushed ${tags.join(', ')}` : ''}`,
      built.digest === '' ? '' : `digest ${built.digest}`,
    ]
      .filter((line) => line !== '')
      .join('\n'),
  };
}
