import { describeDevice, type DeviceMapping } from '../deploy/device-mapping.js';
import { describeProbe } from '../deploy/health-probe.js';
import type { DeployOutcome } from '../deploy/deploy.js';
import { describePublished, type PublishedPort } from '../deploy/published-ports.js';
import { formatDuration } from '../spec/duration.js';

const cell = (text: string): string => (text === '' ? '—' : text.replaceAll('|', '\\|'));
const code = (text: string): string => (text === '' ? '—' : `\`${text}\``);

/** The job summary of a deploy: one table of what runs now and what ran before. */
export function renderDeploySummary(
  name: string,
  outcome: DeployOutcome,
  devices: readonly DeviceMapping[],
  published: readonly PublishedPort[],
  dockerHostName: string,
): string {
  const title = outcome.result === 'unchanged' ? `### ✅ ${name}: unchanged` : `### ✅ ${name}: deployed`;
  const rows: [string, string][] = [
    ['Image', code(outcome.image)],
    ['Digest', code(outcome.digest)],
    ['Commit', code(outcome.commit)],
    ['Platform', cell(outcome.platform)],
    ['Devices', cell(devices.map(describeDevice).join('<br>'))],
    ['Published ports', cell(published.map(describePublished).join(', '))],
    ['Health', cell(`${describeProbe(outcome.probe, dockerHostName)}: ${outcome.health}`)],
    ['Previous image', code(outcome.previousImage)],
  ];
  if (outcome.downtimeMs !== undefined) rows.push(['Downtime', formatDuration(outcome.downtimeMs)]);
  return [title, '', '| | |', '| --- | --- |', ...rows.map(([key, value]) => `| ${key} | ${value} |`)].join('\n');
}

/** The summary of a deploy that failed, saying what runs now. */
export function renderFailedDeploySummary(name: string, message: string, logs: readonly string[]): string {
  const lines = [`### ❌ ${name}: not deployed`, '', cell(message)];
  if (logs.length > 0) lines.push('', 'Last log lines of the new container:', '', '```', ...logs, '```');
  return lines.join('\n');
}
