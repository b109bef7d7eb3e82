import type { DockerClient } from '../docker/docker-cli.js';
import type { Io } from '../io.js';
import { type ComponentName, type ComponentReport } from './components.js';
import type { ImageConfig } from './image-config.js';
import { type TablePartition } from './partition-table.js';
export type Compression = 'none' | 'xz' | 'zstd';
export type BootTestChoice = 'auto' | 'true' | 'false';
export interface SdImageOptions {
    config: ImageConfig;
    /** The image file to write; with compression, the compressed file is this name plus .xz or .zst. */
    output: string;
    compress: Compression;
    bootTest: BootTestChoice;
    bootTimeoutMs: number;
    /** Build only this component and what it needs. */
    only?: ComponentName | undefined;
    /** Where built components are kept between builds. */
    cacheDir: string;
    /** Scratch space, removed afterwards. */
    workDir: string;
    docker: DockerClient;
    io: Io;
}
export interface BootTestReport {
    status: 'passed' | 'failed' | 'skipped';
    /** Why it was skipped, or how it failed. */
    reason?: string;
    transcript?: string;
    elapsedMs?: number;
    lastLines: string[];
}
export interface SdImageResult {
    components: ComponentReport[];
    /** Absent when --only stopped before the image. */
    image?: string;
    bytes?: number;
    sha256?: string;
    manifest?: string;
    partitions?: TablePartition[];
    diskId: string;
    banner: string;
    bootTest?: BootTestReport;
}
/**
 * Builds an SD card image from a configuration: each component reused from the cache when its
 * key (exactly the settings it depends on and its dependencies' keys) was built before, else
 * built and kept; then the image assembled, booted once under QEMU, and compressed. An
 * interrupted or failed build leaves nothing under the output name and no cache entry that
 * claims to be complete.
 */
export declare function buildSdImage(options: SdImageOptions): Promise<SdImageResult>;
