import { setTimeout as sleep } from 'node:timers/promises';
import { asBoardlineError, describeError } from '../errors.js';
import type { Io } from '../io.js';
import { formatDuration } from '../spec/duration.js';
import { DeployFailure, type DeployOutcome } from './deploy.js';

export interface FollowReport {
  deploys: number;
  rollbacks: number;
  last?: DeployOutcome;
}

/**
 * Updates without a pipeline: deploys the tag's digest every interval until cancelled (SIGTERM
 * from systemd or docker stop). Each round is a whole deploy, with its health check and rollback;
 * a failure is logged and the loop goes on, and a digest that failed is not tried again until
 * the tag moves on.
 */
export async function followTag(
  tagDigest: () => Promise<string>,
  deployDigest: (digest: string) => Promise<DeployOutcome>,
  intervalMs: number,
  io: Io,
): Promise<FollowReport> {
  const report: FollowReport = { deploys: 0, rollbacks: 0 };
  let failedDigest: string | undefined;
  // A function, so each look sees the signal as it is now (a deploy in between may have been cancelled).
  const stopped = (): boolean => io.signal.aborted;
  io.info(`Following the tag: checking every ${formatDuration(intervalMs)} until stopped`);
  while (!stopped()) {
    let digest: string | undefined;
    try {
      digest = await tagDigest();
      if (digest === failedDigest) {
        await sleep(intervalMs, undefined, { signal: io.signal }).catch(() => undefined);
        continue;
      }
      const outcome = await deployDigest(digest);
      report.last = outcome;
      if (outcome.result === 'deployed') {
        report.deploys += 1;
        io.info(`Deployed ${outcome.image} (${outcome.health})`);
      }
    } catch (thrown) {
      if (stopped()) {
        io.info(describeError(asBoardlineError(thrown)));
        break;
      }
      const error = asBoardlineError(thrown);
      if (error instanceof DeployFailure && error.rolledBack) report.rollbacks += 1;
      io.warning(describeError(error));
      // A digest whose container failed waits for the next push; a registry, daemon or lock that
      // did not answer is asked again at the next interval.
      if (digest !== undefined && error instanceof DeployFailure) {
        failedDigest = digest;
        io.info(`Not trying ${digest} again until the tag moves on`);
      }
    }
    await sleep(intervalMs, undefined, { signal: io.signal }).catch(() => undefined);
  }
  io.info(`Stopped following: ${String(report.deploys)} deploys, ${String(report.rollbacks)} rolled back`);
  return report;
}
