import type { DockerClient } from '../docker/docker-cli.js';
import { loginToRegistry, registryLoginInputs, requestedLogin, type RegistrySession } from '../docker/registry-login.js';
import { deployContainer, DeployFailure, type DeployOutcome, type DeployPlan } from '../deploy/deploy.js';
import { parseDeviceLines, resolveDevices } from '../deploy/device-mapping.js';
import { busArguments, describeBus, resolveBuses } from '../deploy/i2c-bus-mapping.js';
import { dockerHostSlug, parseDockerHost } from '../deploy/docker-host.js';
import { followTag } from '../deploy/follow.js';
import { parseHealth } from '../deploy/health-probe.js';
import { parseImageReference, type ImageReference } from '../deploy/image-reference.js';
import { parsePublishedPorts } from '../deploy/published-ports.js';
import { manifestDigest } from '../deploy/registry-digest.js';
import { runArguments } from '../deploy/run-arguments.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderDeploySummary, renderFailedDeploySummary } from '../report/deploy-summary.js';
import { lockPort, type PortLock } from '../serial/port-lock.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const deployContainerSpec = defineCapability({
  name: 'deploy-container',
  title: 'Boardline: deploy a container to the Pi',
  description:
    'Run the new image on the Pi with its serial devices (never --privileged), health-checked; the old container comes back if the new one fails.',
  action: { icon: 'upload-cloud', color: 'green' },
  inputs: {
    image: { kind: 'string', required: true, description: 'Image to run: name:tag or name@sha256:… (buildx-armv7’s digest output).' },
    name: { kind: 'string', description: 'Container name; defaults to the image’s last name part (ghcr.io/acme/pi-app → pi-app).' },
    publish: {
      kind: 'list',
      split: 'lines-and-commas',
      default: '6769:6769',
      description: 'Published ports, host-port:container-port[/udp], one per line; none for no ports.',
    },
    devices: {
      kind: 'list',
      split: 'lines',
      description:
        'Serial devices, one per line: a port as flash-serial takes it (by-id link, usb:VID:PID[:SERIAL], a virtual board’s name) and -> the path inside, e.g. usb:1a86:7523 -> /dev/ttyUSB0; or a virtual I2C bus running on this machine, virtual-i2c:NAME [-> /dev/i2c-N].',
    },
    hotplug: {
      kind: 'boolean',
      default: 'false',
      description:
        'Let a device unplugged and plugged back appear in the running container (the host’s /dev bound in, the device’s major allowed).',
    },
    env: { kind: 'list', split: 'lines', description: 'Environment variables, NAME=value, one per line.' },
    'env-file': { kind: 'path', description: 'A file of NAME=value lines for the container’s environment.' },
    volumes: { kind: 'list', split: 'lines', description: 'Volumes, SOURCE:/path/inside[:ro], one per line.' },
    restart: {
      kind: 'choice',
      choices: ['no', 'always', 'unless-stopped', 'on-failure'],
      default: 'unless-stopped',
      description: 'Restart policy: unless-stopped runs the app again after a reboot of the Pi.',
    },
    health: {
      kind: 'string',
      default: 'auto',
      description:
        'Health check: http://:6769/path (the docker host’s port), tcp:6769, docker (the image’s HEALTHCHECK), none; auto is docker when the image has one, else tcp on the first published port.',
    },
    'health-timeout': { kind: 'duration', default: '60s', description: 'How long the new container has to pass its health check.' },
    'stop-timeout': {
      kind: 'duration',
      default: '10s',
      description: 'How long the old container has to stop after SIGTERM before it is killed.',
    },
    pull: {
      kind: 'choice',
      choices: ['always', 'missing', 'never'],
      default: 'always',
      description:
        'always asks the registry for the tag’s digest; missing pulls only when the image is not on the docker host; never uses what is there.',
    },
    'docker-host': {
      kind: 'string',
      description:
        'The Pi’s daemon when this runs elsewhere: ssh://user@pi.local or tcp://HOST:2376; defaults to DOCKER_HOST, else the local daemon.',
    },
    ...registryLoginInputs,
    'lock-timeout': {
      kind: 'duration',
      default: '10m',
      description: 'How long to wait for another deploy of the same container to finish.',
    },
    follow: {
      kind: 'duration',
      cliOnly: true,
      description:
        'CLI only: keep running and deploy each new digest of the tag, checking at this interval (e.g. 5m) until stopped — updates without a pipeline (a systemd unit or compose service).',
    },
  },
  outputs: {
    'container-id': 'The running container’s ID.',
    digest: 'The digest of the image it runs.',
    'previous-digest': 'The digest the container ran before (empty for a first deploy).',
    result: 'deployed, unchanged or rolled-back.',
    health: 'What the health check said.',
  },
});

export type DeployContainerOptions = InputValues<typeof deployContainerSpec.inputs>;

function defaultName(reference: ImageReference): string {
  return reference.repository.split('/').at(-1) ?? reference.repository;
}

function checkName(name: string): string {
  if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name) || /-(previous|replaced)$/.test(name)) {
    throw new BoardlineError('usage', `Input "name": "${name}" is not a container name Boardline can deploy`, {
      hint: 'Fix: letters, digits, _ . - starting with a letter or digit, not ending in -previous or -replaced (the names the old container takes during a deploy)',
    });
  }
  return name;
}

/** Docker Hub is logged in to as docker.io, whatever host its API is reached at. */
function loginRegistry(reference: ImageReference): string {
  return reference.registry === 'registry-1.docker.io' ? 'docker.io' : reference.registry;
}

export async function runDeployContainer(options: DeployContainerOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const reference = parseImageReference(options.image);
  const name = checkName(options.name ?? defaultName(reference));
  const dockerHost = parseDockerHost(options['docker-host'] ?? context.dockerHost);
  const published = options.publish.length === 1 && options.publish[0] === 'none' ? [] : parsePublishedPorts(options.publish);
  const probe = parseHealth(options.health);
  const loopbackOnly = published.find((port) => port.address !== undefined && /^(127\.|\[::1\]$)/.test(port.address));
  if (
    dockerHost.remote &&
    loopbackOnly !== undefined &&
    (probe.kind === 'http' || probe.kind === 'tcp') &&
    probe.host === undefined &&
    probe.port === loopbackOnly.hostPort
  ) {
    throw new BoardlineError(
      'usage',
      `Input "health": port ${String(probe.port)} is published on the Pi's loopback (${loopbackOnly.address ?? ''}), which this machine cannot reach`,
      {
        hint: 'Fix: publish the port on an address this machine reaches, or run the deploy on the Pi itself',
      },
    );
  }
  if (options.follow !== undefined && reference.digest !== undefined) {
    throw new BoardlineError('usage', 'Input "follow": the image is pinned by digest, so there is nothing new to follow', {
      hint: 'Fix: give a tag to follow (ghcr.io/acme/pi-app:main), or drop follow',
    });
  }
  const requests = parseDeviceLines(options.devices);
  const devices = await resolveDevices(requests, { stateDir: context.stateDir }, { hotplug: options.hotplug, remote: dockerHost.remote });
  const buses = await resolveBuses(requests, { stateDir: context.stateDir, remote: dockerHost.remote });
  const args = await runArguments({
    devices,
    published,
    env: options.env,
    envFile: options['env-file'],
    volumes: options.volumes,
    restart: options.restart,
  });
  const login = requestedLogin(options, loginRegistry(reference));
  // The login asks the image's registry for the digest only when it is that registry's login.
  const credentials =
    login === undefined || login.registry !== loginRegistry(reference) ? undefined : { username: login.username, password: login.password };
  const base: DockerClient = {
    binary: 'docker',
    env: dockerHost.url === undefined ? {} : { DOCKER_HOST: dockerHost.url },
    secrets: options.password === undefined ? [] : [options.password],
  };
  // The daemon is logged in to the registry once, when it first has to pull.
  let session: Promise<RegistrySession> | undefined;
  const pullClient = async (): Promise<DockerClient> => {
    if (login === undefined) return base;
    session ??= loginToRegistry(base, login, context, io);
    try {
      return (await session).client;
    } catch (error) {
      session = undefined; // a failed login is tried again at the next pull (--follow)
      throw error;
    }
  };
  const plan: DeployPlan = {
    name,
    reference,
    ...(credentials === undefined ? {} : { credentials }),
    pull: options.pull,
    runArguments: args,
    platformArguments: async (platform) => {
      const { args: busArgs, accesses } = await busArguments(buses, platform, {
        ...context.host,
        script: context.selfCommand.at(-1) ?? '',
      });
      buses.forEach((bus, index) => {
        const access = accesses[index];
        if (access !== undefined) io.info(`Virtual I2C bus ${describeBus(bus, access)} for the ${platform} image`);
      });
      return busArgs;
    },
    published,
    probe,
    healthTimeoutMs: options['health-timeout'],
    stopTimeoutSeconds: Math.ceil(options['stop-timeout'] / 1000),
    dockerHostName: dockerHost.hostName,
    pullClient,
  };
  const deployLocked = async (digestPlan: DeployPlan): Promise<DeployOutcome> => {
    const lock = await lockPort(`container ${name}`, {
      lockDir: context.lockDir,
      lockName: `boardline-deploy-${dockerHostSlug(dockerHost)}-${name}`,
      timeoutMs: options['lock-timeout'],
      purpose: `boardline deploy-container ${reference.given}`,
      subject: `Container ${name}`,
      busyHint: 'Fix: another deploy of this container is under way; raise lock-timeout to wait for it',
      io,
    });
    // Its devices too: a deploy never takes a board away from a flash or a console in progress.
    const deviceLocks: PortLock[] = [];
    try {
      for (const device of devices.filter((mapping) => mapping.lockName !== '')) {
        deviceLocks.push(
          await lockPort(device.hostPath, {
            lockDir: context.lockDir,
            lockName: device.lockName,
            timeoutMs: options['lock-timeout'],
            purpose: `boardline deploy-container ${name}`,
            io,
          }),
        );
      }
      return await deployContainer(base, digestPlan, io);
    } finally {
      for (const deviceLock of deviceLocks) await deviceLock.release();
      await lock.release();
    }
  };
  try {
    const outcome =
      options.follow === undefined
        ? await deployLocked(plan)
        : (
            await followTag(
              () => manifestDigest(reference, credentials, io.signal),
              (digest) => deployLocked({ ...plan, reference: { ...reference, digest } }),
              options.follow,
              io,
            )
          ).last;
    if (outcome === undefined) throw new BoardlineError('failed', `Stopped following ${reference.given} before its first deploy finished`);
    return {
      outputs: {
        'container-id': outcome.containerId,
        digest: outcome.digest,
        'previous-digest': outcome.previousDigest,
        result: outcome.result,
        health: outcome.health,
      },
      summary: renderDeploySummary(name, outcome, devices, published, dockerHost.hostName),
      text: `${name}: ${outcome.result} ${outcome.image} (${outcome.health})`,
    };
  } catch (error) {
    if (!(error instanceof BoardlineError)) throw error;
    const logs = error instanceof DeployFailure ? error.logs : [];
    const rolledBack = error instanceof DeployFailure && error.rolledBack;
    throw new BoardlineError(error.kind, error.message, {
      ...(error.hint === undefined ? {} : { hint: error.hint }),
      ...(error.details === undefined ? {} : { details: error.details }),
      cause: error,
      result: {
        outputs: { result: rolledBack ? 'rolled-back' : 'failed' },
        summary: renderFailedDeploySummary(name, error.message, logs),
        text: '',
      },
    });
  } finally {
    if (session !== undefined) await (await session.catch(() => undefined))?.logout();
  }
}
