import type { PiBoard } from './boards.js';
/** A container the image starts at boot, with the settings deploy-container takes. */
export interface BootContainer {
    /** As `docker image inspect` and `docker save` take it: a tag or name@sha256:… in the build machine's daemon. */
    image: string;
    name: string;
    publish: string[];
    /** Device paths on the Pi (/dev/serial/by-id/… -> /dev/ttyUSB0): resolved on the Pi, so no usb:VID:PID. */
    devices: string[];
    env: string[];
    volumes: string[];
    restart: string;
    health: string;
    /** Where it was declared, for errors: "image.yml line 12". */
    where: string;
}
export interface ImageUser {
    name: string;
    /** A crypt(3) hash ($y$ yescrypt, $6$ SHA-512, …), never a clear-text password. */
    passwordHash?: string;
    /** OpenSSH authorized_keys lines. */
    authorizedKeys: string[];
}
export interface ImageWifi {
    ssid: string;
    /** The WPA-PSK as 64 hex digits (derived from a passphrase when one was given). */
    psk: string;
    country: string;
}
export interface ImageFile {
    /** An absolute path on the build machine. */
    source: string;
    /** The absolute path in the image. */
    target: string;
    mode: number;
}
export type ImageSize = {
    kind: 'fixed';
    bytes: number;
    text: string;
} | {
    kind: 'fit';
};
/** A whole image configuration: the defaults with the user's file and the inputs merged over them. */
export interface ImageConfig {
    name: string;
    version: string;
    board: PiBoard;
    release: string;
    mirror: string;
    packages: string[];
    hostname: string;
    user?: ImageUser;
    wifi?: ImageWifi;
    timezone: string;
    locale: string;
    files: ImageFile[];
    size: ImageSize;
    /** Expand the root partition and its file system to the card on first boot. */
    grow: boolean;
    bootSizeMiB: number;
    containers: BootContainer[];
}
/**
 * The built-in defaults every configuration is merged over, key by key: a configuration file
 * need only say what differs. Written as the YAML a user would write, so `boardline sd-image
 * --print-defaults` shows exactly what applies.
 */
export declare const defaultConfigYaml = "# Boardline sd-image defaults: a configuration file is merged over these, key by key.\nname: boardline\nversion: 0.0.0\nboard: pi3\nrelease: bookworm\nmirror: http://deb.debian.org/debian\npackages: []\nhostname: raspberrypi\ntimezone: Etc/UTC\nlocale: C.UTF-8\nfiles: []\nsize: fit\ngrow: true\nboot-size: 256M\ncontainers: []\n";
/** The keys a configuration file may have. */
export declare const configKeys: readonly ["name", "version", "board", "release", "mirror", "packages", "hostname", "user", "wifi", "timezone", "locale", "files", "size", "grow", "boot-size", "containers"];
export type ConfigKey = (typeof configKeys)[number];
