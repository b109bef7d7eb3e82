import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { lastLines, runDocker, type DockerClient } from '../docker/docker-cli.js';
import {
  containerLogTail,
  containersPublishing,
  daemonError,
  dockerQuiet,
  inspectContainer,
  inspectImage,
  type ContainerState,
} from './docker-objects.js';
import type { HealthProbe } from './health-probe.js';
import { pinnedReference, type ImageReference } from './image-reference.js';
import { reachableAt, type PublishedPort } from './published-ports.js';
import { manifestDigest, type RegistryCredentials } from './registry-digest.js';
import { waitUntilHealthy, type HealthVerdict } from './wait-healthy.js';

/** The labels every deployed container carries: what runs, what ran before, and from which commit. */
export const deployLabels = {
  image: 'io.boardline.deploy.image',
  digest: 'io.boardline.deploy.digest',
  previousDigest: 'io.boardline.deploy.previous-digest',
  commit: 'io.boardline.deploy.commit',
} as const;

export interface DeployPlan {
  name: string;
  reference: ImageReference;
  credentials?: RegistryCredentials;
  pull: 'always' | 'missing' | 'never';
  /** docker create arguments besides name, labels and image: devices, ports, env, volumes, restart. */
  runArguments: readonly string[];
  /**
   * More of them that depend on the pulled image's platform (linux/arm/v7): a virtual I2C bus
   * goes in one way for an image of this machine's architecture, another for an emulated one.
   * Asked after the pull, before the old container is touched, so a refusal changes nothing.
   */
  platformArguments?: (platform: string) => Promise<readonly string[]>;
  published: readonly PublishedPort[];
  probe: HealthProbe;
  healthTimeoutMs: number;
  stopTimeoutSeconds: number;
  /** Where the published ports are reached from here: the docker host's name. */
  dockerHostName: string;
  /**
   * The client that pulls: logged in to the registry. Asked for only when a pull is needed, so
   * a redeploy of the digest already running costs no login.
   */
  pullClient: () => Promise<DockerClient>;
}

export interface DeployOutcome {
  result: 'deployed' | 'unchanged';
  containerId: string;
  digest: string;
  previousDigest: string;
  previousImage: string;
  /** The reference the container runs, pinned by digest. */
  image: string;
  commit: string;
  platform: string;
  /** What the health check said, and which check it was. */
  health: string;
  probe: HealthProbe;
  /** From the old container stopped to the new one healthy (absent for a first deploy or unchanged). */
  downtimeMs?: number;
}

/** A deploy that failed, and what runs afterwards: the old container (rolled back), or none. */
export class DeployFailure extends BoardlineError {
  constructor(
    failure: BoardlineError,
    message: string,
    readonly rolledBack: boolean,
    readonly logs: readonly string[],
  ) {
    super(failure.kind, message, {
      ...(failure.hint === undefined ? {} : { hint: failure.hint }),
      details: [failure.details, logs.length === 0 ? undefined : `Last log lines of the new container:\n${logs.join('\n')}`]
        .filter((part) => part !== undefined && part !== '')
        .join('\n'),
      cause: failure,
    });
  }
}

/** How far a deploy got: what undoing it takes. */
type Stage = 'untouched' | 'old-renamed' | 'new-created' | 'old-stopped' | 'new-started' | 'healthy';

const previousName = (name: string): string => `${name}-previous`;
/** The old container once the new one is healthy: a leftover of this name is only to be removed. */
const replacedName = (name: string): string => `${name}-replaced`;

/** Docker commands that change the host are never cut short by the job's cancellation. */
const whole = { ignoreCancel: true } as const;

/**
 * What a deploy left behind when it was killed outright (SIGKILL, power loss): the old container
 * renamed aside, which is put back and started; or, once the new one was healthy, the old one
 * renamed -replaced, which is removed.
 */
async function recoverLeftover(client: DockerClient, name: string, io: Io): Promise<void> {
  const replaced = await inspectContainer(client, replacedName(name), io);
  if (replaced !== undefined) {
    io.info(`Removing ${replaced.name}, which an earlier deploy replaced`);
    await dockerQuiet(client, ['rm', '--force', replaced.id], io, `Removing ${replaced.name}`, whole);
  }
  const aside = await inspectContainer(client, previousName(name), io);
  if (aside === undefined) return;
  const current = await inspectContainer(client, name, io);
  // The new one never passed its health check (it would have renamed this one -replaced): the
  // old one comes back, and this deploy then runs the new digest again with its check.
  io.warning(`An earlier deploy of ${name} was interrupted before its new container was healthy; putting ${aside.name} back`);
  if (current !== undefined) await dockerQuiet(client, ['rm', '--force', current.id], io, `Removing the half-deployed ${name}`, whole);
  await dockerQuiet(client, ['rename', aside.id, name], io, `Renaming ${aside.name} back`, whole);
  await dockerQuiet(client, ['start', aside.id], io, `Starting ${name} again`, whole);
}

/**
 * The digest the deploy is for — pinned in the reference, asked of the registry, or (pull never)
 * the local image's — and the reference that runs exactly that.
 */
async function target(client: DockerClient, plan: DeployPlan, io: Io): Promise<{ digest: string; image: string }> {
  const pinned = (digest: string) => ({ digest, image: pinnedReference(plan.reference, digest) });
  if (plan.reference.digest !== undefined) return pinned(plan.reference.digest);
  if (plan.pull !== 'never') return pinned(await manifestDigest(plan.reference, plan.credentials, io.signal));
  const local = await inspectImage(client, plan.reference.given, io);
  if (local === undefined) {
    throw new BoardlineError('usage', `Input "image": ${plan.reference.given} is not on the docker host, and pull is never`, {
      hint: 'Fix: set pull to missing or always, or pull the image on the Pi first',
    });
  }
  const repoDigest = local.repoDigests.find((entry) => entry.includes('@sha256:'));
  // An image built or loaded on the Pi itself was never pushed: it has no registry digest, only its ID.
  return repoDigest === undefined ? { digest: local.id, image: local.id } : { digest: repoDigest.split('@')[1] ?? '', image: repoDigest };
}

async function refuseTakenPorts(client: DockerClient, plan: DeployPlan, io: Io): Promise<void> {
  const ours = new Set([plan.name, previousName(plan.name), replacedName(plan.name)]);
  for (const port of plan.published) {
    const holders = (await containersPublishing(client, port.hostPort, port.protocol, io)).filter((holder) => !ours.has(holder));
    if (holders.length > 0) {
      throw new BoardlineError(
        'usage',
        `Input "publish": host port ${String(port.hostPort)}/${port.protocol} is taken by the container ${holders.join(', ')}`,
        {
          hint: `Fix: stop or remove ${holders.join(', ')} (docker rm -f), or publish another host port`,
        },
      );
    }
  }
}

function pullFailure(reference: string, output: string, client: DockerClient): BoardlineError {
  const said = output.trim().split('\n').at(-1) ?? '';
  if (/unauthorized|denied|authentication required/i.test(output)) {
    return new BoardlineError('failed', `The daemon may not pull ${reference}: ${said}`, {
      hint: 'Fix: set username and password (a token with read access to the package)',
    });
  }
  if (/manifest unknown|not found|does not exist/i.test(output)) {
    return new BoardlineError('failed', `Input "image": ${reference} does not exist: ${said}`, {
      hint: 'Fix: check the image name, tag or digest',
    });
  }
  return (
    daemonError(output, client) ??
    new BoardlineError('failed', `Pulling ${reference} failed: ${said}`, { hint: 'Fix: check that the docker host reaches the registry' })
  );
}

async function pullImage(client: DockerClient, reference: string, policy: DeployPlan['pull'], io: Io): Promise<void> {
  if (policy === 'never' || (policy === 'missing' && (await inspectImage(client, reference, io)) !== undefined)) return;
  io.info(`Pulling ${reference}`);
  const run = await runDocker(client, ['pull', reference], io, { quiet: true, timeoutMs: 30 * 60_000 });
  if (io.signal.aborted) throw new BoardlineError('failed', `Cancelled while pulling ${reference}`);
  if (run.exitCode !== 0) throw pullFailure(reference, run.output, client);
  io.info(`Pulled ${reference}`);
}

/**
 * One deploy, with nothing left half-done: the old container is renamed aside and kept (stopped)
 * until the new one answers its health check; a failure or cancellation at any stage puts back
 * what ran before, so afterwards exactly one of the two runs, and the error says which.
 */
export async function deployContainer(client: DockerClient, plan: DeployPlan, io: Io): Promise<DeployOutcome> {
  await recoverLeftover(client, plan.name, io);
  const { digest, image } = await target(client, plan, io);
  const current = await inspectContainer(client, plan.name, io);
  const previousDigest = current?.labels[deployLabels.digest] ?? '';
  if (current?.running === true && previousDigest === digest) {
    io.info(`${plan.name} already runs ${image}: nothing to do`);
    return {
      result: 'unchanged',
      containerId: current.id,
      digest,
      previousDigest: current.labels[deployLabels.previousDigest] ?? '',
      previousImage: current.labels[deployLabels.image] ?? current.image,
      image,
      commit: current.labels[deployLabels.commit] ?? '',
      platform: '',
      health: 'not checked (unchanged)',
      probe: plan.probe,
    };
  }
  await refuseTakenPorts(client, plan, io);
  await pullImage(plan.pull === 'never' ? client : await plan.pullClient(), image, plan.pull, io);
  const pulled = await inspectImage(client, image, io);
  if (pulled === undefined) throw new BoardlineError('failed', `${image} is not on the docker host after the pull`);
  const probe = choosePlannedProbe(plan, pulled.hasHealthcheck);
  const platformArgs = (await plan.platformArguments?.(pulled.platform)) ?? [];
  // A port published on one address answers there only.
  const probed =
    probe.kind === 'http' || probe.kind === 'tcp'
      ? plan.published.find((port) => port.protocol === 'tcp' && port.hostPort === probe.port)
      : undefined;
  const probeHost = reachableAt(probed, plan.dockerHostName);
  if (probe.kind === 'none') {
    io.warning(
      `${plan.name} is deployed without a health check: the new container counts as healthy once it has started (set health to http://:PORT/path or tcp:PORT)`,
    );
  }
  const commit = pulled.labels['org.opencontainers.image.revision'] ?? '';
  const labels = {
    [deployLabels.image]: image,
    [deployLabels.digest]: digest,
    [deployLabels.previousDigest]: previousDigest,
    [deployLabels.commit]: commit,
  };
  // One check for the new container and, after a rollback, the old one: "runs again" means it answers.
  const checkHealth = async (id: string): Promise<HealthVerdict> =>
    probe.kind === 'none'
      ? { said: 'not checked (health: none)' }
      : waitUntilHealthy(client, id, probe, { dockerHostName: probeHost, timeoutMs: plan.healthTimeoutMs }, io);
  const steps = new DeploySteps(client, plan.name, current, io, checkHealth);
  // Each step runs to its end once begun (a docker command killed halfway leaves the daemon's state
  // unknown); a cancellation is taken between steps, and undone from there.
  const checkpoint = (when: string): void => {
    if (io.signal.aborted) throw new BoardlineError('failed', `Cancelled ${when}`);
  };
  try {
    checkpoint('after the pull, before the old container was touched');
    await steps.renameOld();
    const id = await steps.createNew([
      ...Object.entries(labels).flatMap(([key, value]) => ['--label', `${key}=${value}`]),
      ...plan.runArguments,
      ...platformArgs,
      image,
    ]);
    checkpoint('before the old container was stopped');
    const stoppedAt = await steps.stopOld(plan.stopTimeoutSeconds);
    checkpoint('after the old container stopped, before the new one started');
    await steps.startNew();
    io.info(`Waiting for the new container to pass its health check (up to ${String(Math.round(plan.healthTimeoutMs / 1000))} s)`);
    const verdict = await checkHealth(id);
    steps.healthy();
    const downtimeMs = stoppedAt === undefined ? undefined : Date.now() - stoppedAt;
    io.info(`${plan.name} is healthy (${verdict.said}); removing the old container`);
    await steps.removeOld();
    const outcome: DeployOutcome = {
      result: 'deployed',
      containerId: id,
      digest,
      previousDigest,
      previousImage: current === undefined ? '' : (current.labels[deployLabels.image] ?? current.image),
      image,
      commit,
      platform: pulled.platform,
      health: verdict.said,
      probe,
    };
    if (downtimeMs !== undefined) outcome.downtimeMs = downtimeMs;
    return outcome;
  } catch (error) {
    throw await steps.undo(error, await steps.failedLogs());
  }
}

function choosePlannedProbe(plan: DeployPlan, hasHealthcheck: boolean): HealthProbe {
  if (plan.probe.kind === 'docker' && !hasHealthcheck) {
    throw new BoardlineError('usage', `Input "health": docker, but ${plan.reference.given} has no HEALTHCHECK`, {
      hint: 'Fix: add a HEALTHCHECK to the Dockerfile, or check http://:PORT/path or tcp:PORT',
    });
  }
  if (plan.probe.kind !== 'auto') return plan.probe;
  if (hasHealthcheck) return { kind: 'docker' };
  const first = plan.published.find((port) => port.protocol === 'tcp');
  return first === undefined ? { kind: 'none' } : { kind: 'tcp', port: first.hostPort };
}

/**
 * The steps that change the docker host, each recorded as it is done, so that `undo` knows what
 * to put back. Undoing is never cancelled itself: a job cancelled mid-deploy still leaves the old
 * container running.
 */
class DeploySteps {
  private stage: Stage = 'untouched';
  private newId: string | undefined;

  constructor(
    private readonly client: DockerClient,
    private readonly name: string,
    private readonly old: ContainerState | undefined,
    private readonly io: Io,
    private readonly settle: (id: string) => Promise<unknown>,
  ) {}

  async renameOld(): Promise<void> {
    if (this.old === undefined) return;
    await dockerQuiet(this.client, ['rename', this.old.id, previousName(this.name)], this.io, `Renaming ${this.name} aside`, whole);
    this.stage = 'old-renamed';
  }

  async createNew(args: readonly string[]): Promise<string> {
    const run = await runDocker(this.client, ['create', '--name', this.name, ...args], this.io, {
      quiet: true,
      timeoutMs: 120_000,
      ...whole,
    });
    if (run.exitCode !== 0) {
      throw (
        daemonError(run.output, this.client) ??
        new BoardlineError('failed', `docker create refused the new container: ${lastLines(run, 2).join(' ')}`, { details: run.output })
      );
    }
    this.newId = run.stdout.trim().split('\n').at(-1) ?? '';
    this.stage = 'new-created';
    this.io.info(`Created ${this.name} (${this.newId.slice(0, 12)})`);
    return this.newId;
  }

  /** Stops the old container; returns when it stopped (the start of the downtime). */
  async stopOld(timeoutSeconds: number): Promise<number | undefined> {
    if (this.old === undefined || !this.old.running) {
      this.stage = 'old-stopped';
      return undefined;
    }
    // The client waits out the container's own grace period, and a minute more for the daemon.
    await dockerQuiet(this.client, ['stop', '--time', String(timeoutSeconds), this.old.id], this.io, `Stopping the old ${this.name}`, {
      ...whole,
      timeoutMs: (timeoutSeconds + 60) * 1000,
    });
    this.stage = 'old-stopped';
    this.io.info(`Stopped the old container (${this.old.id.slice(0, 12)})`);
    return Date.now();
  }

  async startNew(): Promise<void> {
    const id = this.newId ?? '';
    const run = await runDocker(this.client, ['start', id], this.io, { quiet: true, timeoutMs: 120_000, ...whole });
    this.stage = 'new-started';
    if (run.exitCode !== 0) {
      throw (
        daemonError(run.output, this.client) ??
        new BoardlineError('failed', `The new container did not start: ${lastLines(run, 2).join(' ')}`, { details: run.output })
      );
    }
    this.io.info(`Started the new container (${id.slice(0, 12)})`);
  }

  healthy(): void {
    this.stage = 'healthy';
  }

  /**
   * The deploy has succeeded by now. The old container is first renamed -replaced (so a deploy
   * killed here is never rolled back by the next one), then removed; a failure is a warning, and
   * the next deploy removes what is left.
   */
  async removeOld(): Promise<void> {
    if (this.old === undefined) return;
    const old = this.old;
    const leftOver = (error: unknown): void => {
      this.io.warning(
        `${(error as Error).message}; the old container ${old.id.slice(0, 12)} is left stopped, and the next deploy removes it`,
      );
    };
    try {
      await dockerQuiet(this.client, ['rename', old.id, replacedName(this.name)], this.io, `Renaming the old ${this.name}`, whole);
      await dockerQuiet(this.client, ['rm', '--force', old.id], this.io, `Removing the old ${this.name}`, whole);
    } catch (error) {
      leftOver(error);
    }
  }

  /**
   * Puts back what ran before, from what the daemon says now rather than from the steps recorded
   * (a step may have failed halfway): whatever holds the name, if it is not the old container, is
   * removed; the old one gets its name back and, if it ran before, is started. Each undo step is
   * tried even when one before it failed. Returns the error to throw, saying which container runs.
   */
  async undo(error: unknown, logs: readonly string[]): Promise<unknown> {
    const failure = error instanceof BoardlineError ? error : new BoardlineError('failed', (error as Error).message, { cause: error });
    if (this.stage === 'healthy') return failure; // the new one runs; only what came after failed
    const problems: string[] = [];
    const attempt = async (what: string, args: readonly string[]): Promise<void> => {
      await dockerQuiet(this.client, args, this.io, what, whole).catch((undoError: unknown) => {
        const message = (undoError as Error).message;
        if (!/no such container/i.test(message)) problems.push(message);
      });
    };
    const holder = await inspectContainer(this.client, this.name, this.io).catch(() => undefined);
    if (holder !== undefined && holder.id !== this.old?.id) await attempt('Removing the new container', ['rm', '--force', holder.id]);
    if (this.newId !== undefined && this.newId !== holder?.id) await attempt('Removing the new container', ['rm', '--force', this.newId]);
    const old = this.old === undefined ? undefined : await inspectContainer(this.client, this.old.id, this.io).catch(() => undefined);
    if (old !== undefined && old.name !== this.name) await attempt(`Renaming the old ${this.name} back`, ['rename', old.id, this.name]);
    if (old !== undefined && this.old?.running === true && !old.running)
      await attempt(`Starting the old ${this.name} again`, ['start', old.id]);
    const after = this.old === undefined ? undefined : await inspectContainer(this.client, this.old.id, this.io).catch(() => undefined);
    const rolledBack = this.old?.running === true && old?.running === false;
    if (problems.length > 0 || (this.old?.running === true && after?.running !== true)) {
      return new BoardlineError(
        'failed',
        `${failure.message}; putting the old container back failed too: ${problems.join('; ') || 'it is not running'}`,
        {
          hint: `Fix: on the docker host, docker ps -a shows ${this.name} and ${previousName(this.name)}; the next deploy puts the old one back`,
          cause: error,
        },
      );
    }
    let now =
      this.old === undefined
        ? 'nothing runs under that name (this was the first deploy)'
        : after?.running === true
          ? `the old container ${this.old.id.slice(0, 12)} ${rolledBack ? 'runs again' : 'runs, untouched'}`
          : `the old container ${this.old.id.slice(0, 12)} is back, stopped as it was`;
    // A cancelled job is not kept waiting for the old app's start-up, nor for the new one's logs.
    if (rolledBack && !this.io.signal.aborted) {
      now += await this.settle(this.old.id).then(
        () => ' and passes its health check',
        (settleError: unknown) => ` but did not pass its health check again: ${(settleError as Error).message}`,
      );
    }
    return new DeployFailure(failure, `${failure.message}; ${rolledBack ? 'rolled back: ' : ''}${now}`, rolledBack, logs);
  }

  /**
   * The new container's last log lines when it failed to start or to become healthy, read before
   * undo removes it. Not for a cancelled job: putting the old container back comes first.
   */
  async failedLogs(): Promise<string[]> {
    if (this.newId === undefined || this.stage !== 'new-started' || this.io.signal.aborted) return [];
    return containerLogTail(this.client, this.newId, this.io);
  }
}
