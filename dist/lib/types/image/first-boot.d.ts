import type { ImageConfig } from './image-config.js';
/** The line the image prints on its console at every boot: what boot-test waits for. */
export declare function imageBanner(config: Pick<ImageConfig, 'name' | 'version'>): string;
/**
 * Runs once per boot before SSH starts. On the first boot only: SSH host keys of the Pi's own
 * (an image shared by a fleet must not carry one set for all), and the root partition grown to
 * the card. Then the banner, on every boot, on the console.
 */
export declare function firstBootScript(config: ImageConfig): string;
export declare const firstBootUnit = "[Unit]\nDescription=Boardline first boot and image banner\nAfter=local-fs.target\nBefore=ssh.service sshd.service network-pre.target\nWants=network-pre.target\n\n[Service]\nType=oneshot\nExecStart=/usr/lib/boardline/first-boot\nStandardOutput=journal+console\nRemainAfterExit=yes\n\n[Install]\nWantedBy=multi-user.target\n";
export declare function releaseFile(config: ImageConfig, built: string): string;
