import type { Io } from '../io.js';
import { type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';
export declare const sdImageSpec: {
    readonly name: "sd-image";
    readonly title: "Boardline: Raspberry Pi SD image";
    readonly description: "Build a bootable Raspberry Pi SD card image from Debian’s archive without root or loop devices, with the app’s containers preloaded; boot it once under QEMU before it ships.";
    readonly action: {
        readonly icon: "hard-drive";
        readonly color: "purple";
    };
    readonly inputs: {
        readonly config: {
            readonly kind: "path";
            readonly description: "The image’s YAML configuration, merged over the built-in defaults key by key (boardline sd-image --print-defaults shows them).";
        };
        readonly output: {
            readonly kind: "path";
            readonly description: "The image file to write; by default build/NAME-VERSION.img. Compressed: this name plus .xz or .zst.";
        };
        readonly name: {
            readonly kind: "string";
            readonly description: "Overrides the configuration’s name (the banner and the file name carry it).";
        };
        readonly version: {
            readonly kind: "string";
            readonly description: "Overrides the configuration’s version, e.g. the release tag or commit: the first-boot banner prints it.";
        };
        readonly board: {
            readonly kind: "string";
            readonly description: "Overrides the board: pi3, pi4, pi5 (64-bit), pi3-armhf, pi2 (32-bit).";
        };
        readonly release: {
            readonly kind: "string";
            readonly description: "Overrides the Debian release (bookworm; trixie for the Pi 5).";
        };
        readonly hostname: {
            readonly kind: "string";
            readonly description: "Overrides the host name.";
        };
        readonly size: {
            readonly kind: "string";
            readonly description: "Overrides the image size: 2G, 1500M, or fit (as small as the contents allow; the root partition grows to the card on first boot).";
        };
        readonly mirror: {
            readonly kind: "string";
            readonly description: "Overrides the Debian mirror (a snapshot.debian.org URL pins the archive’s state).";
        };
        readonly packages: {
            readonly kind: "list";
            readonly split: "lines-and-commas";
            readonly description: "Packages added to the configuration’s list.";
        };
        readonly compress: {
            readonly kind: "choice";
            readonly choices: readonly ["xz", "zstd", "none"];
            readonly default: "xz";
            readonly description: "Compress the finished image (after the boot test).";
        };
        readonly 'boot-test': {
            readonly kind: "choice";
            readonly choices: readonly ["auto", "true", "false"];
            readonly default: "auto";
            readonly description: "Boot the image once under QEMU and require its banner (auto: where QEMU models the board, the Pi 2 and 3).";
        };
        readonly 'boot-timeout': {
            readonly kind: "duration";
            readonly default: "20m";
            readonly description: "How long the boot test waits for the banner (QEMU emulates the Pi’s CPU in software).";
        };
        readonly only: {
            readonly kind: "choice";
            readonly choices: readonly ["rootfs", "containers", "root-partition", "boot-partition", "image"];
            readonly description: `Build only this component and what it needs: ${string}.`;
        };
        readonly 'cache-dir': {
            readonly kind: "path";
            readonly description: "Where built components are kept between builds; by default in the tool cache.";
        };
        readonly 'print-defaults': {
            readonly kind: "boolean";
            readonly default: "false";
            readonly cliOnly: true;
            readonly description: "Print the built-in defaults as YAML and stop.";
        };
    };
    readonly outputs: {
        readonly image: "The image file (compressed when compress is not none).";
        readonly size: "Its size in bytes.";
        readonly sha256: "Its SHA-256 (also in IMAGE.sha256).";
        readonly manifest: "The installed packages and versions, one per line (IMAGE.packages.tsv).";
        readonly 'partition-table': "The partition table as sfdisk reads it back (JSON).";
        readonly components: "Each component with its key and whether it came from the cache (JSON).";
        readonly 'boot-test': "passed, skipped or failed.";
        readonly transcript: "The boot test’s console transcript.";
    };
};
export type SdImageInputs = InputValues<typeof sdImageSpec.inputs>;
export declare function sdImage(options: SdImageInputs, io: Io, context: FaceContext): Promise<CapabilityResult>;
