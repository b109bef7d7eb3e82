import type { Io } from '../io.js';
import { type ConsoleOutcome } from '../serial/console-expect.js';
import { Transcript } from '../serial/transcript.js';
import type { PiBoard } from './boards.js';
import type { PartitionLayout } from './partition-table.js';
export interface BootTestOptions {
    image: string;
    layout: PartitionLayout;
    board: PiBoard;
    /** What the console must show, in order: the image's banner, then each preloaded container started. */
    expect: readonly string[];
    timeoutMs: number;
    workDir: string;
    transcript: Transcript;
    io: Io;
}
export interface BootTestOutcome {
    outcome: ConsoleOutcome;
    command: string[];
}
/** An SD card in QEMU's raspi machines must have a power-of-two size. */
export declare function sdCardBytes(bytes: number): number;
/**
 * Boots the finished image once under QEMU's raspi machine, with the kernel, initramfs, device
 * tree and command line taken from the image's own boot partition (QEMU does not run the Pi's GPU
 * firmware, so it is handed what the firmware would load). The card is a copy-on-write overlay
 * of the image, enlarged to the power of two QEMU's SD card needs: the image itself stays as
 * built, and the first boot's partition growth is exercised for real.
 */
export declare function bootTest(options: BootTestOptions): Promise<BootTestOutcome>;
