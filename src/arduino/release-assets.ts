import { BoardlineError } from '../errors.js';

/** The machine a tool is installed for: Node's own names (process.platform, process.arch). */
export interface Host {
  platform: string;
  arch: string;
}

/**
 * The label in arduino-cli's release archive names (arduino-cli_1.1.1_Linux_ARMv7.tar.gz), as its
 * release pipeline publishes them. A 32-bit ARM Linux is taken as ARMv7: the Raspberry Pi OS
 * userland of every Pi since the 2.
 */
const labels: Readonly<Record<string, string>> = {
  'linux/x64': 'Linux_64bit',
  'linux/ia32': 'Linux_32bit',
  'linux/arm': 'Linux_ARMv7',
  'linux/arm64': 'Linux_ARM64',
  'darwin/x64': 'macOS_64bit',
  'darwin/arm64': 'macOS_ARM64',
  'win32/x64': 'Windows_64bit',
  'win32/ia32': 'Windows_32bit',
};

export interface ReleaseAsset {
  /** The archive's file name, also its name in the checksums file. */
  archive: string;
  archiveUrl: string;
  checksumsUrl: string;
  /** The executable's name inside the archive. */
  executable: string;
}

/** Where the official archives are; a mirror (base-url) holds the same file names. */
export const officialDownloadBase = 'https://downloads.arduino.cc/arduino-cli';

export function releaseAsset(version: string, host: Host, baseUrl: string): ReleaseAsset {
  const label = labels[`${host.platform}/${host.arch}`];
  if (label === undefined) {
    const supported = Object.keys(labels).join(', ');
    throw new BoardlineError('usage', `arduino-cli is not published for ${host.platform}/${host.arch}`, {
      hint: `Fix: run the job on a supported runner (${supported})`,
    });
  }
  const windows = host.platform === 'win32';
  const archive = `arduino-cli_${version}_${label}.${windows ? 'zip' : 'tar.gz'}`;
  const base = baseUrl.replace(/\/+$/, '');
  return {
    archive,
    archiveUrl: `${base}/${archive}`,
    checksumsUrl: `${base}/${version}-checksums.txt`,
    executable: windows ? 'arduino-cli.exe' : 'arduino-cli',
  };
}

/** Parses a release checksums file (`1.1.1-checksums.txt`: `<sha256>  <file name>` per line, as sha256sum writes it). */
export function parseChecksums(text: string): Map<string, string> {
  const sums = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = /^([0-9a-fA-F]{64})\s+\*?(\S.*)$/.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) sums.set(match[2].trim(), match[1].toLowerCase());
  }
  return sums;
}
