/** An image as the `image` input names it: a tag, or a digest (buildx-armv7's `digest` output). */
export interface ImageReference {
    /** What the user wrote, trimmed. */
    given: string;
    /** The registry's host[:port] as the registry API is reached: docker.io becomes registry-1.docker.io. */
    registry: string;
    /** The repository path within the registry (library/ added for Docker Hub's official images). */
    repository: string;
    /** The tag, when the reference has one (latest when it has neither tag nor digest). */
    tag?: string;
    /** sha256:…, when the reference pins one. */
    digest?: string;
}
/** Parses an image reference by the rules of the distribution spec (the docker CLI's own). */
export declare function parseImageReference(value: string): ImageReference;
/**
 * Docker speaks plain HTTP to registries on the loopback interface and HTTPS to every other
 * (unless the daemon lists them as insecure); Boardline does the same when it asks a registry directly.
 */
export declare function registryBaseUrl(registry: string): string;
/** The reference the daemon pulls: by digest when one is known, so what runs is exactly what was checked. */
export declare function pinnedReference(reference: ImageReference, digest: string): string;
