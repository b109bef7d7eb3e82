import { type ImageConfig } from './image-config.js';
/** The keys an input of the capability may override, as the user typed them. */
export type ConfigOverrides = Partial<Record<'name' | 'version' | 'board' | 'release' | 'mirror' | 'hostname' | 'size', string | undefined>>;
export interface LoadConfigOptions {
    /** The user's YAML file; absent: the defaults alone. */
    config?: string | undefined;
    overrides?: ConfigOverrides;
    /** Packages added to the file's list (the `packages` input). */
    packages?: readonly string[];
    /** Where WIFI passphrases named by passphrase-env are read (the face's environment). */
    env?: Readonly<Record<string, string | undefined>>;
}
/**
 * Reads a configuration: the defaults with the user's file merged over them key by key, then the
 * inputs over both. Every value is checked where it was written, so an error names the file and
 * line (or the input) and says how to fix it.
 */
export declare function loadImageConfig(options: LoadConfigOptions): Promise<ImageConfig>;
