import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** The packages of a list file: one per line, # comments. */
export function packageList(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => line !== '');
}

function installed(pkg: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

/**
 * Installs the Debian packages that are missing when run as root; otherwise prints the one
 * `apt-get install` line to run and exits with an error (never goes on without them).
 */
export function ensureDebianPackages(packages: readonly string[], purpose: string): void {
  const missing = packages.filter((pkg) => !installed(pkg));
  if (missing.length === 0) return;
  const line = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`${purpose} needs a few Debian packages. Install them, then run it again:\n\n  sudo ${line}\n`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
