import { deviceArguments, parseDeviceLines, remoteDevice } from '../deploy/device-mapping.js';
import { parseHealth, type HealthProbe } from '../deploy/health-probe.js';
import { parsePublishedPorts, publishArgument } from '../deploy/published-ports.js';
import type { BootContainer } from './image-config.js';
import { shellQuote } from './overlay.js';

/** A preloaded container as the image carries it: its settings and the saved image's tag. */
export interface PreloadedContainer {
  container: BootContainer;
  /** The tag the saved image loads under, and the container runs. */
  tag: string;
  /** The image archive in the root file system. */
  archive: string;
  /** The same archive on the build machine (docker save's output, in the containers component). */
  file: string;
}

/** docker run's arguments for a container the Pi starts: deploy-container's, with devices as the Pi names them. */
export function bootRunArguments(container: BootContainer): string[] {
  // As for a deploy to a daemon elsewhere: the devices are named by their paths on the Pi.
  const devices = parseDeviceLines(container.devices).map((request, index) => remoteDevice(request, index, false));
  const args = ['--name', container.name, ...deviceArguments(devices)];
  for (const port of parsePublishedPorts(container.publish)) args.push('--publish', publishArgument(port));
  for (const line of container.env) args.push('--env', line);
  for (const line of container.volumes) args.push('--volume', line);
  args.push('--restart', container.restart, '--label', 'org.boardline.preloaded=true');
  return args;
}

/** The health check as bash on the Pi runs it: bash's /dev/tcp, since the image has neither curl nor wget. */
function healthCheck(probe: HealthProbe, name: string): string {
  switch (probe.kind) {
    case 'http': {
      const host = probe.host ?? '127.0.0.1';
      return `exec 3<>/dev/tcp/${host}/${String(probe.port)} && printf 'GET %s HTTP/1.0\\r\\nHost: %s\\r\\n\\r\\n' ${shellQuote(probe.path)} ${shellQuote(host)} >&3 && IFS= read -r status <&3 && exec 3<&- && [[ $status =~ ^HTTP/1\\.[01]\\ [23] ]]`;
    }
    case 'tcp':
      return `exec 3<>/dev/tcp/${probe.host ?? '127.0.0.1'}/${String(probe.port)} && exec 3<&-`;
    case 'docker':
    case 'auto':
      // The image's HEALTHCHECK when it has one; without one (auto) running is enough.
      return `state=$(docker inspect -f '{{if .State.Health}}{{.State.Health.Status}}{{else}}${probe.kind === 'docker' ? 'none' : 'healthy'}{{end}}' ${shellQuote(name)}) && [ "$state" = healthy ]`;
    default:
      return 'true';
  }
}

/**
 * Starts the preloaded containers once Docker is up: each image loaded from its archive when the
 * daemon does not have it yet (no registry is asked), the container created once (its restart
 * policy brings it back on later boots), then its health check, each outcome a console line.
 */
export function startContainersScript(preloaded: readonly PreloadedContainer[], healthSeconds = 300): string {
  const blocks = preloaded.map(({ container, tag, archive }, index) => {
    const name = shellQuote(container.name);
    const run = ['docker', 'run', '-d', ...bootRunArguments(container).map(shellQuote), shellQuote(tag)].join(' ');
    const say = (text: string): string => `echo ${shellQuote(`boardline: container ${container.name} ${text}`)}`;
    // A board that is not plugged in keeps its container from being created: said, not failed.
    const devices = parseDeviceLines(container.devices).map(
      (request) => `  if [ ! -e ${shellQuote(request.port)} ]; then ${say(`not started: ${request.port} is not present`)}; return 0; fi`,
    );
    return `
# ${container.name} (${container.where})
container_${String(index)}() {
  if ! docker container inspect ${name} >/dev/null 2>&1; then
${devices.join('\n')}
    if ! docker image inspect ${shellQuote(tag)} >/dev/null 2>&1; then
      docker load --quiet --input ${shellQuote(archive)} >/dev/null || { ${say(`failed: its image could not be loaded from ${archive}`)}; return 1; }
    fi
    ${run} >/dev/null || { ${say('failed: docker run refused it')}; return 1; }
  fi
  for _ in $(seq 1 ${String(healthSeconds)}); do
    if [ "$(docker inspect -f '{{.State.Running}}' ${name} 2>/dev/null)" = true ] && ( ${healthCheck(parseHealth(container.health), container.name)} ) 2>/dev/null; then
      ${say('started')}
      return 0
    fi
    sleep 1
  done
  ${say(`failed its health check (${container.health})`)}
  return 1
}
container_${String(index)} || failed=1
`;
  });
  return `#!/bin/bash
# Boardline sd-image: the containers the image starts at boot.
set -u
failed=0
${blocks.join('')}
exit "$failed"
`;
}

export const startContainersUnit = `[Unit]
Description=Boardline preloaded containers
After=docker.service boardline-first-boot.service
Requires=docker.service

[Service]
Type=oneshot
ExecStart=/usr/lib/boardline/start-containers
StandardOutput=journal+console
RemainAfterExit=yes
TimeoutStartSec=infinity

[Install]
WantedBy=multi-user.target
`;

/**
 * The boot-test pattern of a container: started, or (when it takes devices, which QEMU's Pi has
 * none of) not started because a device is not present.
 */
export function containerStartedPattern(container: BootContainer): string {
  const name = container.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return container.devices.length === 0
    ? `/boardline: container ${name} started/`
    : `/boardline: container ${name} (started|not started: \\S+ is not present)/`;
}
