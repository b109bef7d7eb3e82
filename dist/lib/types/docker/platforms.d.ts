/** An OCI platform: os/architecture[/variant], as docker's --platform takes it. */
export interface Platform {
    os: string;
    architecture: string;
    variant: string | undefined;
}
export declare function formatPlatform(platform: Platform): string;
/** Parses one entry of the `platforms` input; linux/arm means linux/arm/v7, as Docker resolves it. */
export declare function parsePlatform(text: string): Platform;
export declare function parsePlatforms(entries: readonly string[]): Platform[];
/** Docker's architecture for a Node.js process.arch (the machine the build runs on). */
export declare function dockerArchitecture(nodeArch: string): string;
/**
 * Whether a platform's RUN steps need emulation on this machine. An arm64 machine runs 32-bit
 * arm code itself (the Pi 3/4/5 and most arm64 servers do), so arm/v7 is native there.
 */
export declare function needsEmulation(platform: Platform, buildArchitecture: string): boolean;
/** The binfmt_misc handler QEMU registers for an architecture (qemu-user-static's names). */
export declare function qemuHandler(architecture: string): string;
