/** One installed package, as dpkg's status database records it. */
export interface InstalledPackage {
  name: string;
  version: string;
  architecture: string;
}

/** The installed packages of a dpkg status file (stanzas whose Status ends in "installed"), sorted by name. */
export function parseDpkgStatus(text: string): InstalledPackage[] {
  const packages: InstalledPackage[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const field = (name: string): string | undefined => new RegExp(`^${name}: (.*)$`, 'm').exec(stanza)?.[1]?.trim();
    const name = field('Package');
    const status = field('Status');
    if (name === undefined || status === undefined || !/ installed$/.test(status)) continue;
    packages.push({ name, version: field('Version') ?? '', architecture: field('Architecture') ?? '' });
  }
  return packages.sort((a, b) => a.name.localeCompare(b.name));
}

/** The manifest artifact: one package per line, name, version and architecture separated by tabs. */
export function renderManifest(packages: readonly InstalledPackage[]): string {
  return `${packages.map((entry) => `${entry.name}\t${entry.version}\t${entry.architecture}`).join('\n')}\n`;
}
