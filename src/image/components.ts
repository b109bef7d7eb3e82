/**
 * The components an image is built from, in dependency order, as hypriot-kit built its SD
 * images: the root file system, the preloaded container images, the two partitions made from
 * them, and the image that puts the partitions behind a partition table. `--only NAME` builds a
 * component and what it depends on.
 */
export const componentNames = ['rootfs', 'containers', 'root-partition', 'boot-partition', 'image'] as const;
export type ComponentName = (typeof componentNames)[number];

export const componentDependencies: Readonly<Record<ComponentName, readonly ComponentName[]>> = {
  rootfs: [],
  containers: [],
  'root-partition': ['rootfs', 'containers'],
  'boot-partition': ['rootfs'],
  image: ['root-partition', 'boot-partition'],
};

export const componentDescriptions: Readonly<Record<ComponentName, string>> = {
  rootfs: 'Debian root file system (mmdebstrap)',
  containers: 'container images to preload (docker save)',
  'root-partition': 'ext4 root partition with the configuration (mke2fs -d under fakeroot)',
  'boot-partition': 'FAT32 boot partition: firmware, kernel, device trees, config.txt, cmdline.txt',
  image: 'partition table and partitions in one image file',
};

/** The components to build for `only` (all when absent): it and everything it depends on, in build order. */
export function componentsFor(only: ComponentName | undefined): ComponentName[] {
  if (only === undefined) return [...componentNames];
  const wanted = new Set<ComponentName>();
  const add = (name: ComponentName): void => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const dependency of componentDependencies[name]) add(dependency);
  };
  add(only);
  return componentNames.filter((name) => wanted.has(name));
}

/** How one component went: reused from the cache or built, and under which key. */
export interface ComponentReport {
  name: ComponentName;
  key: string;
  cached: boolean;
  seconds: number;
}
