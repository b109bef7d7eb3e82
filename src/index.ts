/**
 * Boardline as a library: the capabilities' cores, callable from TypeScript with the options the
 * CLI and the action take (the same names: `boot-test`, `cache-dir`), and the image builder's
 * parts for programs that compose their own. `import { sdImage } from 'boardline'`.
 */
import { homedir, tmpdir } from 'node:os';
import { contextDirectories, type FaceContext } from './capabilities/context.js';
import type { CapabilityResult } from './capabilities/result.js';
import { sdImage as sdImageCapability, sdImageSpec, type SdImageInputs } from './capabilities/sd-image.js';
import type { Io } from './io.js';
import { parseInputs } from './spec/parse-inputs.js';

export { BoardlineError, type FailureKind } from './errors.js';
export type { Io } from './io.js';
export type { CapabilityResult } from './capabilities/result.js';
export type { SdImageInputs } from './capabilities/sd-image.js';
export { buildSdImage, type SdImageOptions, type SdImageResult } from './image/build-sd-image.js';
export { loadImageConfig, type LoadConfigOptions } from './image/parse-image-config.js';
export type { ImageConfig } from './image/image-config.js';
export { piBoards, type PiBoard } from './image/boards.js';
export { componentNames, type ComponentName } from './image/components.js';

/** Progress and warnings to the console, as the CLI prints them; cancelled by `signal`. */
export function consoleIo(signal: AbortSignal = new AbortController().signal): Io {
  return {
    signal,
    info: (message) => console.error(message),
    warning: (message) => console.error(`warning: ${message}`),
    error: (message) => console.error(`error: ${message}`),
    debug: () => undefined,
  };
}

/** The places a library caller's work goes, from its process's environment, as the CLI finds them. */
export function processContext(): FaceContext {
  return {
    input: process.stdin,
    output: process.stdout,
    host: { platform: process.platform, arch: process.arch },
    ...contextDirectories(process.env, { tempDir: tmpdir(), uid: process.getuid?.() ?? 0, home: homedir() }),
    selfCommand: [process.execPath, ...process.argv.slice(1, 2)],
    variables: process.env,
  };
}

/**
 * Builds an SD card image, as `boardline sd-image` does: inputs not given take their defaults,
 * each is checked as the CLI checks it (a bad one throws a BoardlineError naming it).
 */
export async function sdImage(
  inputs: Partial<SdImageInputs> = {},
  io: Io = consoleIo(),
  context: FaceContext = processContext(),
): Promise<CapabilityResult> {
  const options: SdImageInputs = { ...parseInputs(sdImageSpec, {}), ...inputs };
  return sdImageCapability(options, io, context);
}
