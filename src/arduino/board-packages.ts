import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { BoardlineError } from '../errors.js';

/** A board platform to install: `vendor:architecture`, pinned to a version or not. */
export interface PlatformRequest {
  id: string;
  version: string | undefined;
  /** The Boards Manager index it comes from, when not Arduino's own. */
  indexUrl?: string;
}

export interface LibraryRequest {
  name: string;
  version: string | undefined;
}

/** Everything setup installs besides arduino-cli itself. */
export interface BoardPackages {
  platforms: PlatformRequest[];
  libraries: LibraryRequest[];
  additionalUrls: string[];
}

const platformPattern = /^([A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+)(?:@([A-Za-z0-9_.+-]+))?$/;
const versionPattern = /^[A-Za-z0-9_.+-]+$/;

export function parsePlatform(text: string): PlatformRequest {
  const match = platformPattern.exec(text.trim());
  if (match?.[1] === undefined) {
    throw new BoardlineError('usage', `Input "platforms" has an entry that is not a platform: "${text}"`, {
      hint: 'Fix: write vendor:architecture, optionally @version, e.g. esp8266:esp8266@3.1.2 or arduino:avr@1.8.6',
    });
  }
  return { id: match[1], version: match[2] };
}

export function parseLibrary(text: string): LibraryRequest {
  const at = text.lastIndexOf('@');
  const name = (at >= 0 ? text.slice(0, at) : text).trim();
  const version = at >= 0 ? text.slice(at + 1).trim() : undefined;
  if (name === '' || (version !== undefined && !versionPattern.test(version))) {
    throw new BoardlineError('usage', `Input "libraries" has an entry that is not a library: "${text}"`, {
      hint: 'Fix: write the library name as the Library Manager lists it, optionally @version, e.g. "Adafruit NeoPixel@1.12.0"',
    });
  }
  return { name, version };
}

/** `arduino:avr (1.8.6)` as sketch.yaml writes a pinned platform or library. */
function nameAndVersion(text: string): { name: string; version: string | undefined } {
  const match = /^(.+?)\s*(?:\(([^)]+)\))?$/.exec(text.trim());
  return { name: match?.[1]?.trim() ?? text.trim(), version: match?.[2]?.trim() };
}

interface ProfileYaml {
  fqbn?: unknown;
  platforms?: unknown;
  libraries?: unknown;
}

export interface Profile extends BoardPackages {
  name: string;
  fqbn: string | undefined;
}

/**
 * One profile of a sketch project file (sketch.yaml): its FQBN, platforms (each with the index
 * URL it comes from) and libraries, as arduino-cli reads them for `compile --profile`.
 */
export function readProfile(sketchYaml: string, profileName: string, file: string): Profile {
  let document: unknown;
  try {
    document = parseYaml(sketchYaml);
  } catch (error) {
    throw new BoardlineError('usage', `${file} is not valid YAML: ${error instanceof Error ? error.message : String(error)}`, {
      hint: 'Fix: correct the sketch project file',
    });
  }
  const profiles = (document as { profiles?: Record<string, ProfileYaml> } | null)?.profiles;
  const profile = profiles?.[profileName];
  if (typeof profile !== 'object' || (profile as ProfileYaml | null) === null) {
    const known = Object.keys(profiles ?? {});
    throw new BoardlineError('usage', `Input "profile": ${file} has no profile "${profileName}"`, {
      hint: `Fix: use one of its profiles (${known.length > 0 ? known.join(', ') : 'it defines none'}) or add it`,
    });
  }
  const platforms: PlatformRequest[] = [];
  const additionalUrls: string[] = [];
  for (const entry of Array.isArray(profile.platforms) ? (profile.platforms as unknown[]) : []) {
    const { platform, platform_index_url: indexUrl } = (entry ?? {}) as { platform?: unknown; platform_index_url?: unknown };
    if (typeof platform !== 'string') continue;
    const { name, version } = nameAndVersion(platform);
    platforms.push(typeof indexUrl === 'string' ? { id: name, version, indexUrl } : { id: name, version });
    if (typeof indexUrl === 'string') additionalUrls.push(indexUrl);
  }
  const libraries = (Array.isArray(profile.libraries) ? (profile.libraries as unknown[]) : [])
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => nameAndVersion(entry));
  return {
    name: profileName,
    fqbn: typeof profile.fqbn === 'string' ? profile.fqbn : undefined,
    platforms,
    libraries,
    additionalUrls,
  };
}

/** Whether every platform and library is pinned: only then may an installed set be reused. */
export function isFullyPinned(packages: BoardPackages): boolean {
  return (
    packages.platforms.every((entry) => entry.version !== undefined) && packages.libraries.every((entry) => entry.version !== undefined)
  );
}

/**
 * The cache key of an installed set: exactly what was asked for, order-insensitive, so a cache
 * entry never serves another version than the one asked for.
 */
export function packagesKey(packages: BoardPackages, cliVersion: string): string {
  const canonical = JSON.stringify({
    cli: cliVersion.split('.')[0],
    platforms: packages.platforms.map((entry) => `${entry.id}@${entry.version ?? ''}`).sort(),
    libraries: packages.libraries.map((entry) => `${entry.name}@${entry.version ?? ''}`).sort(),
    urls: [...new Set(packages.additionalUrls)].sort(),
  });
  return createHash('sha256').update(canonical).digest('hex').slice(0, 16);
}

/** arduino-cli's argument lists for installing a set, in order. */
export function installCommands(packages: BoardPackages): string[][] {
  const urls = [...new Set(packages.additionalUrls)];
  const urlArgs = urls.length > 0 ? ['--additional-urls', urls.join(',')] : [];
  const commands: string[][] = [];
  if (packages.platforms.length > 0) {
    commands.push(['core', 'update-index', ...urlArgs]);
    for (const platform of packages.platforms) {
      commands.push(['core', 'install', platform.version === undefined ? platform.id : `${platform.id}@${platform.version}`, ...urlArgs]);
    }
  }
  if (packages.libraries.length > 0) {
    commands.push(['lib', 'update-index']);
    for (const library of packages.libraries) {
      commands.push(['lib', 'install', library.version === undefined ? library.name : `${library.name}@${library.version}`]);
    }
  }
  return commands;
}
