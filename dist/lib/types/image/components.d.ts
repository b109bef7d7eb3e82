/**
 * The components an image is built from, in dependency order, as hypriot-kit built its SD
 * images: the root file system, the preloaded container images, the two partitions made from
 * them, and the image that puts the partitions behind a partition table. `--only NAME` builds a
 * component and what it depends on.
 */
export declare const componentNames: readonly ["rootfs", "containers", "root-partition", "boot-partition", "image"];
export type ComponentName = (typeof componentNames)[number];
export declare const componentDependencies: Readonly<Record<ComponentName, readonly ComponentName[]>>;
export declare const componentDescriptions: Readonly<Record<ComponentName, string>>;
/** The components to build for `only` (all when absent): it and everything it depends on, in build order. */
export declare function componentsFor(only: ComponentName | undefined): ComponentName[];
/** How one component went: reused from the cache or built, and under which key. */
export interface ComponentReport {
    name: ComponentName;
    key: string;
    cached: boolean;
    seconds: number;
}
