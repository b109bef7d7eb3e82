/**
 * deploy-container benchmark: updates of a small app (busybox httpd, linux/amd64 so the numbers are
 * Boardline's and the daemon's, not QEMU's) on the real Docker daemon and registry, two ways in
 * alternating rounds of one run: the bundled CLI's deploy-container, and the examples' old shell
 * (docker pull, docker rm -f, docker run). A poller asks the app for /version every 10 ms; the
 * downtime of an update is the time no version answered. The app's own start-up (docker start of
 * a created container until its first answer) is measured in the same rounds and taken off.
 * Then redeploys of the running digest (result unchanged), timed whole.
 * Needs test/docker/testbed.sh (the daemon and base images). Run: npm run bench:deploy-container.
 * Targets (issue): downtime minus the app's start-up < 1 s; a redeploy of the running digest
 * < 0.5 s; no slower than the shell.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { dockerPath, startTestRegistry } from '../test/harness/docker-registry.js';
import { parseCliJson, repoRoot, runBundledCli } from '../test/harness/run-cli.js';
import { freePort } from '../test/harness/ser2net.js';

prepareMachine({
  purpose: 'npm run bench:deploy-container',
  packages: ['docker.io', 'qemu-user-static', 'binfmt-support', 'mmdebstrap', 'docker-registry', 'apache2-utils'],
  dockerTestbed: true,
});

const run = promisify(execFile);
// The bench's own client configuration: its registry login never touches the user's.
const dockerConfig = await mkdtemp(join(tmpdir(), 'boardline-bench-docker-config-'));
const dockerEnv = { ...process.env, DOCKER_CONFIG: dockerConfig };
const docker = (...args: string[]) => run('/usr/bin/docker', args, { maxBuffer: 16 * 1024 * 1024, env: dockerEnv });
const rounds = 5;
const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * Asks the app for its version every 10 ms and remembers the longest time nothing answered. It
 * stops once the version asked for has answered: the gap before that answer counts too.
 */
function poller(port: number): { stop: (version: string) => Promise<{ downtimeMs: number; versions: string[] }> } {
  let until: string | undefined;
  let running = true;
  let lastAnswer = performance.now();
  let longest = 0;
  const versions: string[] = [];
  const loop = (async () => {
    while (running) {
      // A short deadline: a request caught while docker's proxy cannot pass it on yet hangs, and the next one is answered.
      const answer = await fetch(`http://127.0.0.1:${String(port)}/version`, { signal: AbortSignal.timeout(100) })
        .then(async (response) => (response.ok ? (await response.text()).trim() : undefined))
        .catch(() => undefined);
      const now = performance.now();
      if (answer !== undefined) {
        longest = Math.max(longest, now - lastAnswer);
        lastAnswer = now;
        if (versions.at(-1) !== answer) versions.push(answer);
        if (answer === until) running = false;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return {
    stop: async (version) => {
      until = version;
      if (versions.at(-1) === version) running = false;
      await loop;
      return { downtimeMs: longest, versions };
    },
  };
}

async function waitForAnswer(port: number, version: string): Promise<void> {
  for (let attempt = 0; attempt < 3000; attempt += 1) {
    const answer = await fetch(`http://127.0.0.1:${String(port)}/version`)
      .then(async (response) => (await response.text()).trim())
      .catch(() => '');
    if (answer === version) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`the app never answered ${version}`);
}

/** The app's own start-up: a created container started until its first answer. */
async function appStartup(image: string, version: string): Promise<number> {
  const port = await freePort();
  const name = `boardline-bench-startup-${String(process.pid)}`;
  await docker('create', '--name', name, '--publish', `${String(port)}:6769`, image);
  const started = performance.now();
  await docker('start', name);
  await waitForAnswer(port, version);
  const elapsed = performance.now() - started;
  await docker('rm', '--force', name);
  return elapsed;
}

const registry = await startTestRegistry();
const lockDir = await mkdtemp(join(tmpdir(), 'boardline-bench-locks-'));
const env = { ...process.env, PATH: dockerPath, BOARDLINE_LOCK_DIR: lockDir };
const context = join(repoRoot, 'test', 'fixtures', 'docker', 'pi-app');
const images: string[] = [];
try {
  execFileSync('/usr/bin/docker', ['login', registry.host, '--username', registry.username, '--password-stdin'], {
    input: registry.password,
    env: dockerEnv,
    stdio: ['pipe', 'ignore', 'inherit'],
  });
  for (const version of ['1', '2']) {
    const tag = `${registry.host}/boardline-bench/app:${version}`;
    await run(
      '/usr/bin/docker',
      ['build', '-q', '--platform', 'linux/amd64', '--build-arg', `APP_VERSION=${version}`, '-t', tag, context],
      {
        env: { ...dockerEnv, DOCKER_BUILDKIT: '1' },
      },
    );
    await docker('push', '-q', tag);
    images.push(tag);
  }
  const [first = '', second = ''] = images;
  const boardlinePort = await freePort();
  const shellPort = await freePort();
  const name = `boardline-bench-${String(process.pid)}`;
  const shellName = `${name}-shell`;
  const deploy = async (image: string): Promise<{ outputs: Record<string, unknown>; wallMs: number }> => {
    const started = performance.now();
    const result = await runBundledCli(
      [
        'deploy-container',
        '--image',
        image,
        '--name',
        name,
        '--publish',
        `${String(boardlinePort)}:6769`,
        '--health',
        `http://:${String(boardlinePort)}/version`,
        '--username',
        registry.username,
        '--password',
        registry.password,
        '--json',
      ],
      { env, timeoutMs: 120_000 },
    );
    const wallMs = performance.now() - started;
    if (result.exitCode !== 0) throw new Error(`deploy failed:\n${result.stdout}\n${result.stderr}`);
    return { outputs: parseCliJson(result.stdout).outputs ?? {}, wallMs };
  };
  const shellDeploy = async (image: string): Promise<number> => {
    const started = performance.now();
    await docker('pull', '-q', image);
    await docker('rm', '--force', shellName).catch(() => undefined);
    await docker('run', '--detach', '--name', shellName, '--restart', 'unless-stopped', '--publish', `${String(shellPort)}:6769`, image);
    return performance.now() - started;
  };

  await deploy(first);
  await shellDeploy(first);
  await waitForAnswer(shellPort, '1');
  const results = {
    boardline: [] as number[],
    shell: [] as number[],
    startup: [] as number[],
    boardlineWall: [] as number[],
    shellWall: [] as number[],
  };
  for (let round = 0; round < rounds; round += 1) {
    const image = round % 2 === 0 ? second : first;
    const version = round % 2 === 0 ? '2' : '1';
    results.startup.push(await appStartup(image, version));

    const watchBoardline = poller(boardlinePort);
    const update = await deploy(image);
    const seen = await watchBoardline.stop(version);
    if (update.outputs['result'] !== 'deployed') throw new Error(`round ${String(round)}: ${JSON.stringify(update.outputs)}`);
    results.boardline.push(seen.downtimeMs);
    results.boardlineWall.push(update.wallMs);

    const watchShell = poller(shellPort);
    results.shellWall.push(await shellDeploy(image));
    results.shell.push((await watchShell.stop(version)).downtimeMs);
  }

  const unchanged: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const again = await deploy(rounds % 2 === 0 ? first : second);
    if (again.outputs['result'] !== 'unchanged') throw new Error(`redeploy: ${JSON.stringify(again.outputs)}`);
    unchanged.push(again.wallMs);
  }
  const nodeStart: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    await runBundledCli(['--version'], { env });
    nodeStart.push(performance.now() - started);
  }

  const startup = median(results.startup);
  const boardline = median(results.boardline);
  const shell = median(results.shell);
  console.log(`deploy-container benchmark: ${String(rounds)} alternating updates of a busybox httpd app (linux/amd64) each way`);
  console.log(`  app start-up (docker start → first answer):   median ${ms(startup)}`);
  console.log(
    `  downtime, deploy-container (stop old → new healthy): median ${ms(boardline)}, minus start-up ${ms(boardline - startup)} (target < 1000 ms)`,
  );
  console.log(`  downtime, shell (pull; rm -f; run):           median ${ms(shell)}, minus start-up ${ms(shell - startup)}`);
  console.log(`  downtime ratio deploy-container / shell:      ${(boardline / shell).toFixed(2)} (target ≤ 1: no slower)`);
  console.log(`  whole update, deploy-container / shell:       ${ms(median(results.boardlineWall))} / ${ms(median(results.shellWall))}`);
  console.log(`  redeploy of the running digest (unchanged):   median ${ms(median(unchanged))} (target < 500 ms)`);
  console.log(`    of which the CLI's own start (boardline --version): median ${ms(median(nodeStart))}`);
  await docker('rm', '--force', name, shellName).catch(() => undefined);
} finally {
  await registry.stop();
  await rm(dockerConfig, { recursive: true, force: true });
  await rm(lockDir, { recursive: true, force: true });
}
