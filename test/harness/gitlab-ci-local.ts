import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { bundledCli, repoRoot } from './run-cli.js';
import { startProcess, type ProcessRun } from './run-process.js';

const run = promisify(execFile);

/** The component project's remote in the tests: CI_PROJECT_PATH becomes acme/boardline-components. */
export const componentRemote = 'git@gitlab.com:acme/boardline-components.git';

/**
 * A copy of components/ as its own git project (one commit, a GitLab remote) with the given
 * files added, so `component: $CI_SERVER_FQDN/$CI_PROJECT_PATH/<name>@$CI_COMMIT_SHA` resolves
 * to its templates as GitLab resolves a catalog project's own commit.
 */
export async function componentProject(files: Readonly<Record<string, string>>, source = join(repoRoot, 'components')): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-gitlab-'));
  await cp(source, dir, { recursive: true });
  // gitlab-ci-local keeps its state in the project; it must not be part of the commit.
  await writeFile(join(dir, '.gitignore'), '.gitlab-ci-local/\n');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  const git = (...args: string[]): Promise<unknown> => run('git', args, { cwd: dir });
  await git('init', '-q', '-b', 'main');
  await git('remote', 'add', 'origin', componentRemote);
  await git('add', '-A');
  await git('-c', 'user.name=Boardline Tests', '-c', 'user.email=tests@boardline.invalid', 'commit', '-q', '-m', 'components');
  // What a clone has: origin/HEAD names the default branch (gitlab-ci-local warns without it).
  await git('update-ref', 'refs/remotes/origin/main', 'HEAD');
  await git('symbolic-ref', 'refs/remotes/origin/HEAD', 'refs/remotes/origin/main');
  return dir;
}

export interface GitlabRunOptions {
  /** CI/CD variables (--variable NAME=value). BOARDLINE_CLI is always set to the bundled CLI. */
  variables?: Readonly<Record<string, string>>;
  timeoutMs?: number;
}

/**
 * Runs gitlab-ci-local (the project's devDependency) in a project directory. Jobs run in a shell
 * on this machine even where a template names an image, and run the bundled CLI of this checkout.
 */
export async function gitlabCiLocal(dir: string, args: readonly string[], options: GitlabRunOptions = {}): Promise<ProcessRun> {
  const variables = { BOARDLINE_CLI: bundledCli, ...options.variables };
  const flags = [
    '--no-color',
    '--force-shell-executor',
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
  ];
  return startProcess(join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local'), [...flags, ...args], {
    cwd: dir,
    timeoutMs: options.timeoutMs ?? 120_000,
    what: `gitlab-ci-local ${args.join(' ')}`,
    env: { ...process.env, FORCE_COLOR: '0' },
  }).done;
}

/** An include of one of the project's own components at its own commit. */
export function selfComponent(name: string, inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { component: `$CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`, inputs };
}
