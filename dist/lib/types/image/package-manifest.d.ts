/** One installed package, as dpkg's status database records it. */
export interface InstalledPackage {
    name: string;
    version: string;
    architecture: string;
}
/** The installed packages of a dpkg status file (stanzas whose Status ends in "installed"), sorted by name. */
export declare function parseDpkgStatus(text: string): InstalledPackage[];
/** The manifest artifact: one package per line, name, version and architecture separated by tabs. */
export declare function renderManifest(packages: readonly InstalledPackage[]): string;
