import { type DockerClient } from '../docker/docker-cli.js';
import type { Io } from '../io.js';
import type { PreloadedContainer } from './boot-containers-script.js';
import type { BootContainer, ImageConfig } from './image-config.js';
export interface InspectedImage {
    container: BootContainer;
    id: string;
    /** The tag it is saved and loaded under on the Pi. */
    tag: string;
}
/**
 * Looks each container's image up in the build machine's Docker (buildx-armv7 loads or pushes
 * there; a pushed one is pulled) and checks it runs on the board: an amd64 image in an arm64
 * card would fail only on the Pi. Its image ID is what the containers component is keyed on.
 */
export declare function inspectImages(config: ImageConfig, client: DockerClient, io: Io): Promise<InspectedImage[]>;
/** Where each image's archive is: in the containers component's directory, and in the image at /var/lib/boardline/images/. */
export declare function preloadedContainers(images: readonly InspectedImage[], dir: string): PreloadedContainer[];
/** docker save of each image under the tag it loads as on the Pi, to the file preloadedContainers names. */
export declare function saveImages(images: readonly InspectedImage[], outDir: string, client: DockerClient, io: Io): Promise<void>;
