import type { ConsoleOutcome } from '../serial/console-expect.js';
import type { Pattern } from '../serial/patterns.js';
import type { Transcript } from '../serial/transcript.js';
import { formatDuration } from '../spec/duration.js';

export interface VerifyBannerReport {
  port: string;
  expect: readonly Pattern[];
  outcome: ConsoleOutcome;
  transcript: Transcript;
  transcriptPath: string;
}

const verdicts: Readonly<Record<ConsoleOutcome['status'], string>> = {
  pass: '✅ verify-banner passed',
  'fail-pattern': '❌ verify-banner failed: crash output',
  timeout: '❌ verify-banner failed: timed out',
  'port-lost': '❌ verify-banner failed: port went away',
  cancelled: '❌ verify-banner cancelled',
};

function code(text: string): string {
  const clean = text.replace(/\|/g, '\\|');
  const fence = clean.includes('`') ? '``' : '`';
  return clean === '' ? '' : `${fence}${clean}${fence}`;
}

/** The job summary: the verdict, each expected pattern and what matched it, the last lines seen. */
export function renderVerifyBannerSummary(report: VerifyBannerReport): string {
  const { outcome } = report;
  const matches = outcome.progress.matches;
  const lines = [
    `### ${verdicts[outcome.status]} on \`${report.port}\` after ${formatDuration(outcome.elapsedMs)}`,
    '',
    '| # | Expected | Seen | At |',
    '| --- | --- | --- | --- |',
  ];
  report.expect.forEach((pattern, index) => {
    const match = matches[index];
    lines.push(
      match === undefined
        ? `| ${index + 1} | ${code(pattern.source)} | ❌ not seen | |`
        : `| ${index + 1} | ${code(pattern.source)} | ✅ ${code(match.line)} | ${formatDuration(match.atMs)} |`,
    );
  });
  if (outcome.status === 'fail-pattern') lines.push('', `Crash output ${code(outcome.line)} matched ${code(outcome.pattern.source)}.`);
  const groups = Object.entries(outcome.progress.groups);
  if (groups.length > 0) lines.push('', `Captured: ${groups.map(([name, value]) => `${name} = ${code(value)}`).join(', ')}`);
  const last = report.transcript.lastLines(outcome.status === 'pass' ? 5 : 20);
  lines.push(
    '',
    '<details><summary>Last lines seen</summary>',
    '',
    '```',
    ...(last.length === 0 ? ['(nothing)'] : last),
    '```',
    '</details>',
  );
  const truncated = report.transcript.truncated ? ' (long output: the middle was left out)' : '';
  lines.push('', `Transcript: \`${report.transcriptPath}\`${truncated}, ${report.transcript.lineCount} lines.`);
  return lines.join('\n');
}
