/**
 * A store that outlives the machine a job ran on: GitHub's cache service, which a hosted runner
 * needs because its tool cache starts empty on every job. The action face provides it where the
 * service is there; the core only asks it to restore and save directories.
 */
export interface JobCache {
    /**
     * Restores what was saved under `key` into `dir`, else the newest entry whose
     * key starts with one of `restoreKeys`; the key it restored, or undefined when nothing matched.
     */
    restore(dir: string, key: string, restoreKeys?: readonly string[]): Promise<string | undefined>;
    save(dir: string, key: string): Promise<void>;
}
