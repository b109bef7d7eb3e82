import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
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
  /** Environment of gitlab-ci-local, which its shell jobs inherit (e.g. a PATH with another docker first). */
  env?: NodeJS.ProcessEnv;
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
    // As many jobs at a time as the machine has cores. gitlab-ci-local starts every job of a stage
    // at once: the injection corpus's eighty node processes pushed the load past 70, starving the
    // tests beside it, and took over ten minutes where two at a time take twenty seconds.
    '--concurrency',
    String(availableParallelism()),
    ...Object.entries(variables).flatMap(([name, value]) => ['--variable', `${name}=${value}`]),
  ];
  return startProcess(join(repoRoot, 'node_modules', '.bin', 'gitlab-ci-local'), [...flags, ...args], {
    cwd: dir,
    // A hang guard, not a speed check: a pipeline of dozens of jobs, each a node process, takes
    // under a minute on an idle 2-core machine and several when it is loaded.
    timeoutMs: options.timeoutMs ?? 600_000,
    what: `gitlab-ci-local ${args.join(' ')}`,
    env: { ...process.env, ...options.env, FORCE_COLOR: '0' },
  }).done;
}

/**
 * A user's project holding one GitLab example (examples/gitlab/<example>.yml) as its
 * .gitlab-ci.yml, with the repository's examples/ beside it and the components at the version the
 * example pins already in gitlab-ci-local's include cache, as if fetched from the catalog project
 * on the instance.
 */
export async function exampleProject(example: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-example-'));
  await cp(join(repoRoot, 'examples'), join(dir, 'examples'), { recursive: true });
  await writeFile(join(dir, '.gitlab-ci.yml'), await readFile(join(repoRoot, 'examples', 'gitlab', `${example}.yml`), 'utf8'));
  await writeFile(join(dir, '.gitignore'), '.gitlab-ci-local/\n');
  const cache = join(dir, '.gitlab-ci-local', 'includes', 'gitlab.example.com', 'acme', 'boardline-components', '1.0.0');
  await mkdir(cache, { recursive: true });
  await cp(join(repoRoot, 'components', 'templates'), join(cache, 'templates'), { recursive: true });
  const git = (...args: string[]): Promise<unknown> => run('git', args, { cwd: dir });
  await git('init', '-q', '-b', 'main');
  await git('remote', 'add', 'origin', 'git@gitlab.example.com:acme/firmware.git');
  await git('add', '-A');
  await git('-c', 'user.name=Boardline Tests', '-c', 'user.email=tests@boardline.invalid', 'commit', '-q', '-m', 'example');
  return dir;
}

/** An include of one of the project's own components at its own commit. */
export function selfComponent(name: string, inputs: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { component: `$CI_SERVER_FQDN/$CI_PROJECT_PATH/${name}@$CI_COMMIT_SHA`, inputs };
}

/**
 * What every job of a run printed, from gitlab-ci-local's own log of each job. Its stdout is not
 * the place to look for a job's lines when many ran: it ends with process.exit, and what it had
 * not yet written to a slow reader's pipe (a loaded machine) is cut off.
 */
export async function jobLogs(dir: string): Promise<string> {
  const output = join(dir, '.gitlab-ci-local', 'output');
  const files = (await readdir(output)).filter((name) => name.endsWith('.log')).sort();
  return (await Promise.all(files.map((name) => readFile(join(output, name), 'utf8')))).join('\n');
}
