import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { daemonAccessHint, lastLines, runDocker, type DockerClient } from './docker-cli.js';

export type Builder = 'buildx' | 'buildkit';

/** Docker clients from 23.0 on build only through buildx; older ones build with BuildKit themselves. */
const lastClientWithBuiltInBuildKit = 22;

/**
 * Checks the daemon answers, then picks the builder: buildx when the plugin is there (multi-platform
 * builds and pushes in one go), else the daemon's own BuildKit through `DOCKER_BUILDKIT=1 docker
 * build`, one platform at a time (Debian's docker.io on a Pi has no buildx).
 */
export async function chooseBuilder(client: DockerClient, io: Io): Promise<Builder> {
  const version = await runDocker(client, ['version', '--format', '{{.Client.Version}} {{.Server.Version}}'], io, {
    quiet: true,
    timeoutMs: 30_000,
  });
  if (version.exitCode !== 0) {
    const said = lastLines(version, 3).join(' ');
    throw new BoardlineError('failed', `The Docker daemon is not reachable: ${said}`, {
      hint: daemonAccessHint(said),
    });
  }
  const buildx = await runDocker(client, ['buildx', 'version'], io, { quiet: true, timeoutMs: 30_000 });
  if (buildx.exitCode === 0) return 'buildx';
  const clientVersion = version.stdout.trim().split(' ')[0] ?? '';
  const major = Number(clientVersion.split('.')[0]);
  if (Number.isFinite(major) && major > lastClientWithBuiltInBuildKit) {
    throw new BoardlineError('failed', `docker ${clientVersion} has no buildx plugin and builds only through buildx`, {
      hint: 'Fix: install the buildx plugin (Debian: docker-buildx, Docker’s packages: docker-buildx-plugin), or put a docker client before 23.0 first on PATH',
    });
  }
  return 'buildkit';
}
