import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { isFullyPinned, packagesKey, parseLibrary, parsePlatform, readProfile, type BoardPackages } from '../arduino/board-packages.js';
import { parseVersionRequest } from '../arduino/cli-version.js';
import { installArduinoCli, type InstalledCli } from '../arduino/install-cli.js';
import { installPackages, type InstalledPackages } from '../arduino/install-packages.js';
import { officialDownloadBase } from '../arduino/release-assets.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import { exportLines, type CapabilityResult, type JobEnvironment } from './result.js';

export const setupArduinoCliSpec = defineCapability({
  name: 'setup-arduino-cli',
  title: 'Boardline: set up arduino-cli',
  description: 'Install a pinned, checksum-verified arduino-cli with its board platforms and libraries, cached across runs.',
  action: { icon: 'download', color: 'blue' },
  inputs: {
    version: {
      kind: 'string',
      default: '1.x',
      description:
        'arduino-cli version: exact (1.1.1), a semver range (1.x) or latest. A cached version that satisfies a range is used without asking GitHub.',
    },
    platforms: {
      kind: 'list',
      split: 'lines-and-commas',
      description: 'Board platforms to install, e.g. esp8266:esp8266@3.1.2; one per line. Pin versions to have them cached.',
    },
    'additional-urls': {
      kind: 'list',
      split: 'lines-and-commas',
      description: 'Additional Boards Manager URLs the platforms come from.',
    },
    libraries: {
      kind: 'list',
      split: 'lines',
      description: 'Libraries to install, e.g. "Adafruit NeoPixel@1.12.0"; one per line.',
    },
    profile: {
      kind: 'string',
      description: 'Take platforms and libraries from this profile of the sketch project file (sketch.yaml).',
    },
    'sketch-path': {
      kind: 'path',
      default: '.',
      description: 'Directory of the sketch whose sketch.yaml holds the profile.',
    },
    cache: {
      kind: 'boolean',
      default: 'true',
      description: 'Keep installed platforms and libraries in the tool cache, keyed by exactly what was asked for.',
    },
    'base-url': {
      kind: 'string',
      default: officialDownloadBase,
      description: 'Where the release archives and checksums files are: the official server or a mirror with the same file names.',
    },
    'api-url': {
      kind: 'string',
      default: 'https://api.github.com',
      description: 'GitHub REST API that resolves version ranges (GitHub Enterprise Server: https://HOST/api/v3).',
    },
    token: {
      kind: 'secret',
      service: 'github-api',
      description: 'GitHub token used to resolve version ranges through the API; optional, avoids rate limits.',
    },
  },
  outputs: {
    version: 'The arduino-cli version installed.',
    path: 'Directory holding the arduino-cli executable (also added to PATH).',
    'cache-hit': 'true when nothing was downloaded: arduino-cli and the platforms and libraries came from the cache.',
    'data-dir': "arduino-cli's data directory holding the platforms (also exported as ARDUINO_DIRECTORIES_DATA); empty without platforms.",
  },
});

export type SetupArduinoCliOptions = InputValues<typeof setupArduinoCliSpec.inputs>;

async function requestedPackages(options: SetupArduinoCliOptions): Promise<BoardPackages> {
  const listed = options.platforms.length > 0 || options.libraries.length > 0;
  if (options.profile === undefined) {
    return {
      platforms: options.platforms.map(parsePlatform),
      libraries: options.libraries.map(parseLibrary),
      additionalUrls: options['additional-urls'],
    };
  }
  if (listed) {
    throw new BoardlineError('usage', 'Inputs "profile" and "platforms"/"libraries" were both given', {
      hint: 'Fix: list the platforms and libraries in the sketch.yaml profile, or drop profile',
    });
  }
  const file = join(options['sketch-path'], 'sketch.yaml');
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new BoardlineError('usage', `Input "profile" needs ${file}, which does not exist`, {
      hint: 'Fix: set sketch-path to the sketch directory holding sketch.yaml',
    });
  }
  const profile = readProfile(text, options.profile, file);
  return { ...profile, additionalUrls: [...profile.additionalUrls, ...options['additional-urls']] };
}

function summary(cli: InstalledCli, packages: BoardPackages, installed: InstalledPackages | undefined): string {
  const lines = [
    `### arduino-cli ${cli.version}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| arduino-cli | ${cli.version} (${cli.cacheHit ? 'cached' : 'downloaded, SHA-256 verified'}) |`,
  ];
  if (installed !== undefined) {
    const names = [
      ...packages.platforms.map((entry) => `${entry.id}@${entry.version ?? 'latest'}`),
      ...packages.libraries.map((entry) => entry.name),
    ];
    lines.push(
      `| platforms and libraries | ${names.join(', ')} (${installed.cacheHit ? 'cached' : installed.cached ? 'installed and cached' : 'installed, not cached'}) |`,
    );
  }
  return lines.join('\n');
}

function checkUrl(input: 'base-url' | 'api-url', value: string): string {
  const parsed = URL.canParse(value) ? new URL(value) : undefined;
  if (parsed === undefined || !['http:', 'https:'].includes(parsed.protocol)) {
    throw new BoardlineError('usage', `Input "${input}" is not an http(s) URL: "${value}"`, {
      hint:
        input === 'base-url'
          ? `Fix: give the mirror's URL, e.g. ${officialDownloadBase}`
          : 'Fix: give the API root, e.g. https://api.github.com',
    });
  }
  return value;
}

export async function setupArduinoCli(options: SetupArduinoCliOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const request = parseVersionRequest(options.version);
  checkUrl('base-url', options['base-url']);
  checkUrl('api-url', options['api-url']);
  const packages = await requestedPackages(options);
  const cache = { root: context.toolCacheDir };
  const cli = await installArduinoCli(
    {
      request,
      host: context.host,
      baseUrl: options['base-url'],
      releases: { apiUrl: options['api-url'], token: options.token, timeoutMs: 30_000, retries: 4 },
      cache,
      tempDir: context.tempDir,
    },
    io,
  );
  io.info(`arduino-cli ${cli.version}: ${cli.executable}${cli.cacheHit ? ' (from the tool cache)' : ''}`);
  const wanted = packages.platforms.length > 0 || packages.libraries.length > 0;
  const pinned = isFullyPinned(packages);
  if (wanted && options.cache && !pinned)
    io.warning('Platforms or libraries without a version are installed but not cached: pin versions (name@version) to cache them');
  const installed = wanted
    ? await installPackages(
        {
          cli,
          packages,
          key: packagesKey(packages, cli.version),
          cache: options.cache && pinned ? cache : undefined,
          host: context.host,
          tempDir: context.tempDir,
          jobCache: context.jobCache,
        },
        io,
      )
    : undefined;
  const environment: JobEnvironment = { path: [cli.dir], variables: installed?.variables ?? {} };
  return {
    outputs: {
      version: cli.version,
      path: cli.dir,
      'cache-hit': String(cli.cacheHit && (installed?.cacheHit ?? true)),
      'data-dir': installed?.variables.ARDUINO_DIRECTORIES_DATA ?? '',
    },
    summary: summary(cli, packages, installed),
    text: exportLines(environment),
    environment,
  };
}
