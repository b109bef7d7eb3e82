import { type Platform } from './platforms.js';
export interface BuildRequest {
    context: string;
    file: string;
    platforms: Platform[];
    tags: string[];
    push: boolean;
    load: boolean;
    buildArgs: string[];
    /** key=value, the commit's OCI labels first and the user's after (a user's value wins). */
    labels: string[];
    cacheFrom: string[];
    cacheTo: string[];
}
/** Checks a KEY=value list input, naming it when an entry is not one. */
export declare function keyValues(input: string, entries: readonly string[]): string[];
export declare function checkTags(tags: readonly string[]): string[];
/** One `docker buildx build` for every platform: pushed or loaded by buildx, digest in the metadata file. */
export declare function buildxArguments(request: BuildRequest, metadataFile: string): string[];
/**
 * `docker build` for one platform with the daemon's BuildKit (DOCKER_BUILDKIT=1): the image lands
 * in the daemon under `tags`; pushing and the multi-platform list are separate steps.
 */
export declare function buildkitArguments(request: BuildRequest, platform: Platform, tags: readonly string[]): string[];
/** The repository part of a reference (registry/name without the tag). */
export declare function repositoryOf(reference: string): string;
/** The registry host of a reference; Docker Hub when the first part is not a host. */
export declare function registryOf(reference: string): string;
/** Registries the daemon and docker manifest reach over plain HTTP by default: the loopback ones. */
export declare function isLoopbackRegistry(registry: string): boolean;
