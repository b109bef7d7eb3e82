/**
 * A store that outlives the machine a job ran on: GitHub's cache service, which a hosted runner
 * needs because its tool cache starts empty on every job. The action face provides it where the
 * service is there; the core only asks it to restore and save directories.
 */
export interface JobCache {
  /** Restores what was saved under `key` into `dir` (an absolute path); false when nothing was. */
  restore(dir: string, key: string): Promise<boolean>;
  save(dir: string, key: string): Promise<void>;
}
