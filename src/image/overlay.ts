/**
 * What Boardline adds to the root file system, as data: files with their modes and owners,
 * directories and links. It is written out and applied by the root partition's build under
 * fakeroot, so ownership is right in the image without the build ever being root.
 */
export type OverlayEntry =
  | { kind: 'file'; path: string; content: string | Buffer; mode: number; uid?: number; gid?: number }
  | { kind: 'copy'; path: string; source: string; mode: number; uid?: number; gid?: number }
  | { kind: 'dir'; path: string; mode: number; uid?: number; gid?: number }
  | { kind: 'link'; path: string; target: string };

/** A word for a POSIX shell, quoted so nothing in it is interpreted. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

function octal(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/**
 * The shell lines that put the entries into place under `$root`, each file taken from
 * `$overlay/<index>` (written there beforehand): install(1) sets mode and owner in one step,
 * which fakeroot records for mke2fs to read back.
 */
export function overlayScript(entries: readonly OverlayEntry[]): string {
  return entries
    .map((entry, index) => {
      const target = `"$root"${shellQuote(entry.path)}`;
      const owner = 'uid' in entry ? `-o ${String(entry.uid ?? 0)} -g ${String(entry.gid ?? 0)}` : '';
      switch (entry.kind) {
        case 'dir':
          return `install -d -m ${octal(entry.mode)} ${owner} ${target}`;
        case 'link':
          return `mkdir -p "$(dirname ${target})" && ln -sfn ${shellQuote(entry.target)} ${target}`;
        default:
          return `install -D -m ${octal(entry.mode)} ${owner} "$overlay/${String(index)}" ${target}`;
      }
    })
    .join('\n');
}
