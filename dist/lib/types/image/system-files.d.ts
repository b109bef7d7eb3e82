import { type AccountFiles } from './accounts.js';
import { type PreloadedContainer } from './boot-containers-script.js';
import type { ImageConfig } from './image-config.js';
import type { OverlayEntry } from './overlay.js';
export interface SystemFilesInput {
    config: ImageConfig;
    accounts: AccountFiles;
    preloaded: readonly PreloadedContainer[];
    diskId: string;
    built: string;
}
/** Everything the configuration puts into the root file system, besides the packages. */
export declare function systemFiles({ config, accounts, preloaded, diskId, built }: SystemFilesInput): OverlayEntry[];
