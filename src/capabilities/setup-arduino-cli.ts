import type { Io } from '../io.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { notAvailable } from './not-available.js';
import type { CapabilityResult } from './result.js';

export const setupArduinoCliSpec = defineCapability({
  name: 'setup-arduino-cli',
  title: 'Boardline: set up arduino-cli',
  description: 'Install a pinned, checksum-verified arduino-cli with its board platforms and libraries, cached across runs.',
  action: { icon: 'download', color: 'blue' },
  inputs: {
    version: {
      kind: 'string',
      default: '1.x',
      description: 'arduino-cli version: exact (1.1.1), a semver range (1.x) or latest.',
    },
    platforms: {
      kind: 'list',
      split: 'lines-and-commas',
      description: 'Board platforms to install, e.g. esp8266:esp8266@3.1.2; one per line.',
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
      description: 'Cache the installed platforms and libraries across runs, keyed by exactly what was asked for.',
    },
    'base-url': {
      kind: 'string',
      description: 'Download from this mirror instead of the official release server (air-gapped and enterprise runners).',
    },
    token: {
      kind: 'secret',
      description: 'GitHub token used to resolve version ranges through the API; optional, avoids rate limits.',
    },
  },
  outputs: {
    version: 'The arduino-cli version installed.',
    path: 'Directory holding the arduino-cli executable (also added to PATH).',
    'cache-hit': 'true when arduino-cli came from the tool cache without a download.',
  },
});

export type SetupArduinoCliOptions = InputValues<typeof setupArduinoCliSpec.inputs>;

export async function setupArduinoCli(_options: SetupArduinoCliOptions, _io: Io): Promise<CapabilityResult> {
  return notAvailable(setupArduinoCliSpec);
}
