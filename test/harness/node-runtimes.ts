import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Node versions the Actions runner runs `using: nodeNN` actions with. GitHub runs node24
 * actions on Node 24; the machine running the tests may have another. Node 24 comes from the
 * npm registry (the node-<platform>-<arch> packages carry the official binary) into node_modules,
 * pinned here, installed by `npm run setup:node` (which `npm test` runs first).
 */
export const runnerNodeVersions: Readonly<Record<string, string>> = { node24: '24.9.0' };

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function runtimeDirectory(using: string): string {
  return join(root, 'node_modules', '.cache', 'boardline-runtimes', using);
}

function binaryPath(using: string): string {
  return join(runtimeDirectory(using), 'node_modules', `node-${process.platform}-${process.arch}`, 'bin', 'node');
}

/** The node binary for `runs.using`; fails with the command that installs it. */
export function nodeFor(using: string): string {
  const version = runnerNodeVersions[using];
  if (version === undefined) {
    if (using === `node${process.versions.node.split('.')[0]}`) return process.execPath;
    throw new Error(`No Node runtime is set up for runs.using: ${using}`);
  }
  const binary = binaryPath(using);
  if (!existsSync(binary)) throw new Error(`Node ${version} for ${using} is missing at ${binary}: run npm run setup:node`);
  return binary;
}

/** Installs every pinned runtime that is missing, and checks each reports its version. */
export function installRunnerNodes(): void {
  for (const [using, version] of Object.entries(runnerNodeVersions)) {
    const binary = binaryPath(using);
    if (!existsSync(binary)) {
      const pkg = `node-${process.platform}-${process.arch}@${version}`;
      console.log(`installing ${pkg} for ${using}`);
      execFileSync('npm', ['install', '--prefix', runtimeDirectory(using), '--no-save', '--no-package-lock', pkg], { stdio: 'inherit' });
    }
    const reported = execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
    if (reported !== `v${version}`) throw new Error(`${binary} reports ${reported}, expected v${version}`);
    console.log(`${using}: ${binary} (${reported})`);
  }
}
