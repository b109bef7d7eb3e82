import { setTimeout as sleep } from 'node:timers/promises';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import type { DockerClient } from '../docker/docker-cli.js';
import { formatDuration } from '../spec/duration.js';
import { inspectContainer } from './docker-objects.js';
import { describeProbe, probeOnce, type HealthProbe } from './health-probe.js';

/** How often the probe is tried: often enough that an update's downtime is the app's start-up, not our polling. */
const probeIntervalMs = 50;
/** How often the container's own state is looked at (a docker call) between probes. */
const stateIntervalMs = 300;
/**
 * An attempt's deadline starts short: while a container starts, docker's proxy may accept a
 * connection it cannot pass on yet, and a request sent then hangs although the next one would
 * be answered. An app that is merely slow to answer gets a longer deadline after each miss.
 */
const firstAttemptMs = 250;
const longestAttemptMs = 5_000;

export interface HealthVerdict {
  /** What the last probe said: "HTTP 200", "healthy", "not checked". */
  said: string;
}

/**
 * Waits until the new container answers its health check, or fails: the container exited (its
 * exit code), the image's HEALTHCHECK said unhealthy, or the deadline passed (what the probe last
 * said). Cancellation ends the wait at once.
 */
export async function waitUntilHealthy(
  client: DockerClient,
  containerId: string,
  probe: HealthProbe,
  options: { dockerHostName: string; timeoutMs: number },
  io: Io,
): Promise<HealthVerdict> {
  const started = Date.now();
  const described = describeProbe(probe, options.dockerHostName);
  let said = 'no answer yet';
  let lastStateCheck = 0;
  let attemptMs = firstAttemptMs;
  for (;;) {
    if (io.signal.aborted) throw new BoardlineError('failed', `Cancelled while waiting for ${described}`);
    const now = Date.now();
    if (probe.kind === 'docker' || now - lastStateCheck >= stateIntervalMs) {
      lastStateCheck = now;
      const state = await inspectContainer(client, containerId, io);
      if (state === undefined) throw new BoardlineError('failed', 'The new container disappeared while its health was checked');
      if (!state.running || state.restartCount > 0) {
        const restarted = state.restartCount > 0 ? ` (its restart policy started it again ${String(state.restartCount)} times)` : '';
        // Once the restart policy has started it again, docker reports the new run's exit code (0):
        // the crash's own code is known only while it is down.
        const code =
          state.status === 'exited' || state.status === 'restarting' || state.exitCode !== 0 ? ` with code ${String(state.exitCode)}` : '';
        throw new BoardlineError('failed', `The new container exited${code} before it was healthy${restarted}`, {
          hint: 'Fix: see the container’s last log lines below',
        });
      }
      if (probe.kind === 'docker') {
        said = state.health ?? 'no HEALTHCHECK';
        if (state.health === 'healthy') return { said };
        if (state.health === 'unhealthy') throw new BoardlineError('failed', 'The image’s HEALTHCHECK reports the new container unhealthy');
      }
    }
    if (probe.kind === 'http' || probe.kind === 'tcp') {
      const answer = await probeOnce(probe, options.dockerHostName, attemptMs);
      said = answer.said;
      if (answer.timedOut === true) attemptMs = Math.min(attemptMs * 2, longestAttemptMs);
      if (answer.healthy) return { said };
    }
    if (Date.now() - started >= options.timeoutMs) {
      throw new BoardlineError(
        'timeout',
        `The new container did not pass ${described} within ${formatDuration(options.timeoutMs)} (last: ${said})`,
        {
          hint: 'Fix: see the container’s last log lines below; raise health-timeout if the app needs longer to start',
        },
      );
    }
    await sleep(probe.kind === 'docker' ? 250 : probeIntervalMs, undefined, { signal: io.signal }).catch(() => undefined);
  }
}
