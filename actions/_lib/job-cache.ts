import * as cache from '@actions/cache';
import type { JobCache } from '../../src/tools/job-cache.js';

/** GitHub's cache service as the core's JobCache, where the runner provides it. */
export function actionsJobCache(): JobCache | undefined {
  if (!cache.isFeatureAvailable()) return undefined;
  return {
    restore: async (dir, key, restoreKeys) => cache.restoreCache([dir], key, restoreKeys === undefined ? undefined : [...restoreKeys]),
    save: async (dir, key) => {
      await cache.saveCache([dir], key);
    },
  };
}
