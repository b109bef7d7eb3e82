import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import {
  buildkitArguments,
  buildxArguments,
  checkTags,
  isLoopbackRegistry,
  keyValues,
  registryOf,
  repositoryOf,
  type BuildRequest,
} from '../../src/docker/build-command.js';
import { neededStages, parseDockerfile, stageRunsOn } from '../../src/docker/dockerfile.js';
import { redact } from '../../src/process/run-tool.js';
import { emulatedSteps } from '../../src/docker/emulation.js';
import { commitLabels, sourceUrl } from '../../src/docker/oci-labels.js';
import { recordingIo } from '../../src/io.js';
import { needsEmulation, parsePlatform, parsePlatforms, qemuHandler } from '../../src/docker/platforms.js';
import { expectFailure } from '../harness/expect-error.js';

const run = promisify(execFile);

// Seed 002's pattern: a Rust build stage on the build machine, a runtime stage that only copies.
const crossCompiling = `# syntax=docker/dockerfile:1
ARG RUST_VERSION=1.80
FROM --platform=$BUILDPLATFORM rust:\${RUST_VERSION} AS build
ARG TARGETARCH
RUN rustup target add armv7-unknown-linux-gnueabihf
COPY . /src
RUN cargo build --release \\
      --target armv7-unknown-linux-gnueabihf

FROM debian:bookworm-slim AS unused
RUN apt-get update

FROM debian:bookworm-slim
COPY --from=build /src/target/armv7-unknown-linux-gnueabihf/release/app /usr/bin/app
EXPOSE 6769
CMD ["app"]
`;

const emulating = [
  'FROM debian:bookworm AS build',
  'RUN apt-get update && apt-get install -y gcc',
  'RUN <<BUILD',
  'gcc -o /app /src/app.c',
  'RUN this line is part of the heredoc, not an instruction',
  'BUILD',
  'FROM build AS test',
  'RUN /app --self-test',
  'FROM debian:bookworm-slim',
  'COPY --from=build /app /app',
  '',
].join('\n');

describe('Dockerfile analysis', () => {
  it('finds stages, where their RUN steps execute, and which stages the build needs', () => {
    const stages = parseDockerfile(crossCompiling);
    assert.deepEqual(
      stages.map((stage) => [stage.name, stage.runLines, stageRunsOn(stage, stages)]),
      [
        ['build', [5, 7], 'build'],
        ['unused', [11], 'target'],
        [undefined, [], 'target'],
      ],
    );
    assert.deepEqual(
      neededStages(stages).map((stage) => stage.index),
      [0, 2],
    );
    assert.deepEqual(
      emulatedSteps(stages, parsePlatforms(['linux/arm/v7', 'linux/arm64']), 'amd64'),
      [],
      'the cross-compiling pattern emulates nothing',
    );
  });

  it('counts RUN steps of target-platform stages as emulated, per foreign platform, a heredoc as one step', () => {
    const stages = parseDockerfile(emulating);
    assert.deepEqual(
      stages.map((stage) => stage.runLines),
      [[2, 3], [8], []],
    );
    // The test stage is not needed by the final one, so its RUN never executes.
    const steps = emulatedSteps(stages, parsePlatforms(['linux/amd64', 'linux/arm/v7']), 'amd64');
    assert.deepEqual(steps, [
      { platform: 'linux/arm/v7', architecture: 'arm', stage: 'build', line: 2 },
      { platform: 'linux/arm/v7', architecture: 'arm', stage: 'build', line: 3 },
    ]);
    // A stage pinned to another platform executes for that one, whatever the target.
    const pinned = parseDockerfile('FROM --platform=linux/arm64 debian AS tool\nRUN make\nFROM scratch\nCOPY --from=tool /out /out\n');
    assert.deepEqual(emulatedSteps(pinned, parsePlatforms(['linux/amd64']), 'amd64'), [
      { platform: 'linux/amd64', architecture: 'arm64', stage: 'tool', line: 2 },
    ]);
    assert.equal(emulatedSteps(stages, parsePlatforms(['linux/arm/v7']), 'arm64').length, 0, 'an arm64 machine runs arm/v7 itself');
  });
});

describe('platforms', () => {
  it('parses and refuses platform strings by input name', async () => {
    assert.deepEqual(parsePlatform('linux/arm'), { os: 'linux', architecture: 'arm', variant: 'v7' });
    assert.deepEqual(parsePlatform('linux/arm64'), { os: 'linux', architecture: 'arm64', variant: undefined });
    for (const bad of ['linux', 'linux/armv7', 'windows/amd64', 'linux/arm/v9', 'linux/amd64/v3x', 'linux/arm/v7/x']) {
      const error = await expectFailure('usage', () => parsePlatform(bad));
      assert.ok(error.message.startsWith(`Input "platforms" has an invalid platform "${bad}"`), error.message);
    }
    await expectFailure('usage', () => parsePlatforms(['linux/arm/v7', 'linux/arm']));
    assert.equal(needsEmulation(parsePlatform('linux/amd64'), 'amd64'), false);
    assert.equal(needsEmulation(parsePlatform('linux/arm64'), 'amd64'), true);
    assert.equal(qemuHandler('arm64'), 'qemu-aarch64');
  });
});

describe('docker command lines', () => {
  const request: BuildRequest = {
    context: 'app',
    file: 'app/Dockerfile',
    platforms: parsePlatforms(['linux/arm/v7', 'linux/arm64']),
    tags: ['ghcr.io/acme/hub:1.0', 'ghcr.io/acme/hub:latest'],
    push: true,
    load: false,
    buildArgs: ['VERSION=1.0'],
    labels: ['org.opencontainers.image.revision=abc'],
    cacheFrom: ['type=gha'],
    cacheTo: ['type=gha,mode=max'],
  };

  // What both builders are given alike, in this order.
  const sharedFlags = [
    '--file',
    'app/Dockerfile',
    '--build-arg',
    'VERSION=1.0',
    '--label',
    'org.opencontainers.image.revision=abc',
    '--cache-from',
    'type=gha',
  ];

  it('builds the exact buildx argument list', () => {
    assert.deepEqual(buildxArguments(request, '/tmp/meta.json'), [
      'buildx',
      'build',
      '--platform',
      'linux/arm/v7,linux/arm64',
      ...sharedFlags,
      '--cache-to',
      'type=gha,mode=max',
      '--tag',
      'ghcr.io/acme/hub:1.0',
      '--tag',
      'ghcr.io/acme/hub:latest',
      '--push',
      '--metadata-file',
      '/tmp/meta.json',
      '--progress',
      'plain',
      'app',
    ]);
    const loaded = buildxArguments(
      { ...request, push: false, load: true, platforms: parsePlatforms(['linux/arm/v7']), tags: ['hub:dev'], cacheFrom: [], cacheTo: [] },
      'm.json',
    );
    assert.deepEqual(loaded.slice(-8), ['--tag', 'hub:dev', '--load', '--metadata-file', 'm.json', '--progress', 'plain', 'app']);
  });

  it('builds the BuildKit argument list for one platform', () => {
    assert.deepEqual(buildkitArguments(request, parsePlatform('linux/arm/v7'), ['ghcr.io/acme/hub:1.0']), [
      'build',
      '--platform',
      'linux/arm/v7',
      ...sharedFlags,
      '--tag',
      'ghcr.io/acme/hub:1.0',
      '--progress',
      'plain',
      'app',
    ]);
  });

  it('reads image references and registries', async () => {
    assert.equal(repositoryOf('127.0.0.1:5000/acme/hub:1.0'), '127.0.0.1:5000/acme/hub');
    assert.equal(repositoryOf('127.0.0.1:5000/acme/hub'), '127.0.0.1:5000/acme/hub');
    assert.equal(registryOf('ghcr.io/acme/hub:1'), 'ghcr.io');
    assert.equal(registryOf('acme/hub:1'), 'docker.io');
    assert.equal(registryOf('localhost:5000/hub'), 'localhost:5000');
    assert.ok(isLoopbackRegistry('127.0.0.1:5000') && isLoopbackRegistry('localhost') && !isLoopbackRegistry('ghcr.io'));
    assert.deepEqual(checkTags(['ghcr.io/acme/hub:1.0']), ['ghcr.io/acme/hub:1.0']);
    assert.match(
      (await expectFailure('usage', () => checkTags(['GHCR.io/Acme:x y']))).message,
      /^Input "tags" has an invalid image reference/,
    );
    assert.match(
      (await expectFailure('usage', () => keyValues('build-args', ['NOVALUE']))).message,
      /^Input "build-args" has an entry that is not KEY=value/,
    );
  });

  it('labels images from the commit: revision, source without credentials, the tag on HEAD as version', async () => {
    const repo = await mkdtemp(join(tmpdir(), 'boardline-labels-'));
    const git = (...args: string[]) => run('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args]);
    await git('init', '-q');
    await git('remote', 'add', 'origin', 'https://x-access-token:ghs_secret@github.com/acme/hub.git');
    await git('commit', '-q', '--allow-empty', '-m', 'first');
    const now = new Date('2026-11-22T06:00:00Z');
    const untagged = await commitLabels(repo, now, recordingIo());
    const revision = (await git('rev-parse', 'HEAD')).stdout.trim();
    assert.deepEqual(untagged, {
      'org.opencontainers.image.created': '2026-11-22T06:00:00.000Z',
      'org.opencontainers.image.revision': revision,
      'org.opencontainers.image.source': 'https://github.com/acme/hub',
      'org.opencontainers.image.version': revision.slice(0, 7),
    });
    await git('tag', 'v1.4.0');
    assert.equal((await commitLabels(repo, now, recordingIo()))['org.opencontainers.image.version'], 'v1.4.0');
    assert.deepEqual(
      Object.keys(await commitLabels(tmpdir(), now, recordingIo())),
      ['org.opencontainers.image.created'],
      'outside a checkout',
    );
  });

  it('labels images with a clean source URL and never a credential', () => {
    assert.equal(sourceUrl('git@github.com:acme/hub.git'), 'https://github.com/acme/hub');
    assert.equal(sourceUrl('https://x-access-token:ghs_abc@github.com/acme/hub.git'), 'https://github.com/acme/hub');
    assert.equal(sourceUrl('https://gitlab-ci-token:glcbt-xyz@gitlab.example.com/fw/hub'), 'https://gitlab.example.com/fw/hub');
    assert.equal(sourceUrl('/srv/git/hub'), undefined);
    assert.equal(redact('login with S3cret failed for S3cret', ['S3cret']), 'login with *** failed for ***');
  });
});
