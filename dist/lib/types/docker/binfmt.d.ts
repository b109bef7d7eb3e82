import type { Io } from '../io.js';
import { type DockerClient } from './docker-cli.js';
export declare const binfmtDir = "/proc/sys/fs/binfmt_misc";
/** Whether the kernel runs a foreign architecture's programs through the named QEMU handler. */
export declare function handlerEnabled(handler: string, dir?: string): Promise<boolean>;
/**
 * Makes sure QEMU can run the foreign architectures' RUN steps. When a handler is missing and
 * setup is allowed: the host's qemu-user-static handlers (update-binfmts), else the binfmt image;
 * otherwise the step fails with the exact commands that fix it.
 */
export declare function ensureEmulation(architectures: readonly string[], allowed: boolean, client: DockerClient, io: Io): Promise<string[]>;
