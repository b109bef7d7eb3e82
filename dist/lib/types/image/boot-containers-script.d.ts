import type { BootContainer } from './image-config.js';
/** A preloaded container as the image carries it: its settings and the saved image's tag. */
export interface PreloadedContainer {
    container: BootContainer;
    /** The tag the saved image loads under, and the container runs. */
    tag: string;
    /** The image archive in the root file system. */
    archive: string;
    /** The same archive on the build machine (docker save's output, in the containers component). */
    file: string;
}
/** docker run's arguments for a container the Pi starts: deploy-container's, with devices as the Pi names them. */
export declare function bootRunArguments(container: BootContainer): string[];
/**
 * Starts the preloaded containers once Docker is up: each image loaded from its archive when the
 * daemon does not have it yet (no registry is asked), the container created once (its restart
 * policy brings it back on later boots), then its health check, each outcome a console line.
 */
export declare function startContainersScript(preloaded: readonly PreloadedContainer[], healthSeconds?: number): string;
export declare const startContainersUnit = "[Unit]\nDescription=Boardline preloaded containers\nAfter=docker.service boardline-first-boot.service\nRequires=docker.service\n\n[Service]\nType=oneshot\nExecStart=/usr/lib/boardline/start-containers\nStandardOutput=journal+console\nRemainAfterExit=yes\nTimeoutStartSec=infinity\n\n[Install]\nWantedBy=multi-user.target\n";
/**
 * The boot-test pattern of a container: started, or (when it takes devices, which QEMU's Pi has
 * none of) not started because a device is not present.
 */
export declare function containerStartedPattern(container: BootContainer): string;
