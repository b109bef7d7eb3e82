import { type FaceContext } from './capabilities/context.js';
import type { CapabilityResult } from './capabilities/result.js';
import { type SdImageInputs } from './capabilities/sd-image.js';
import type { Io } from './io.js';
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
export declare function consoleIo(signal?: AbortSignal): Io;
/** The places a library caller's work goes, from its process's environment, as the CLI finds them. */
export declare function processContext(): FaceContext;
/**
 * Builds an SD card image, as `boardline sd-image` does: inputs not given take their defaults,
 * each is checked as the CLI checks it (a bad one throws a BoardlineError naming it).
 */
export declare function sdImage(inputs?: Partial<SdImageInputs>, io?: Io, context?: FaceContext): Promise<CapabilityResult>;
