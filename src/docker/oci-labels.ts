import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';

/** A remote URL as a browsable https address, without credentials a CI checkout may embed. */
export function sourceUrl(remote: string): string | undefined {
  const scp = /^[\w.-]+@([\w.-]+):(.+?)(?:\.git)?\/?$/.exec(remote);
  if (scp !== null) return `https://${scp[1] ?? ''}/${scp[2] ?? ''}`;
  if (!URL.canParse(remote)) return undefined;
  const url = new URL(remote);
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol)) return undefined;
  return `https://${url.hostname}${url.pathname.replace(/\.git\/?$/, '').replace(/\/$/, '')}`;
}

async function git(args: string[], cwd: string, io: Io): Promise<string | undefined> {
  const run = await runTool('git', ['-C', cwd, ...args], io, { timeoutMs: 10_000, installHint: 'apt-get install git', quiet: true }).catch(
    () => undefined,
  );
  return run?.exitCode === 0 ? run.stdout.trim() : undefined;
}

/**
 * The OCI annotations every image gets from the commit it was built from (org.opencontainers.image.*):
 * source, revision, created, version (the tag on HEAD, else the short commit). Outside a git
 * checkout only `created` is known.
 */
export async function commitLabels(context: string, now: Date, io: Io): Promise<Record<string, string>> {
  const labels: Record<string, string> = { 'org.opencontainers.image.created': now.toISOString() };
  const revision = await git(['rev-parse', 'HEAD'], context, io);
  if (revision === undefined) return labels;
  labels['org.opencontainers.image.revision'] = revision;
  const remote = await git(['config', '--get', 'remote.origin.url'], context, io);
  const source = remote === undefined ? undefined : sourceUrl(remote);
  if (source !== undefined) labels['org.opencontainers.image.source'] = source;
  labels['org.opencontainers.image.version'] = (await git(['describe', '--tags', '--exact-match'], context, io)) ?? revision.slice(0, 7);
  return labels;
}
