/** The machine a tool is installed for: Node's own names (process.platform, process.arch). */
export interface Host {
    platform: string;
    arch: string;
}
export interface ReleaseAsset {
    /** The archive's file name, also its name in the checksums file. */
    archive: string;
    archiveUrl: string;
    checksumsUrl: string;
    /** The executable's name inside the archive. */
    executable: string;
}
/** Where the official archives are; a mirror (base-url) holds the same file names. */
export declare const officialDownloadBase = "https://downloads.arduino.cc/arduino-cli";
export declare function releaseAsset(version: string, host: Host, baseUrl: string): ReleaseAsset;
/** Parses a release checksums file (`1.1.1-checksums.txt`: `<sha256>  <file name>` per line, as sha256sum writes it). */
export declare function parseChecksums(text: string): Map<string, string>;
