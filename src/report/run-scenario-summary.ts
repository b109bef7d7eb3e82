import type { ScenarioOutcome, StepResult } from '../scenario/run-steps.js';
import { formatDuration } from '../spec/duration.js';

const marks: Readonly<Record<StepResult['status'], string>> = {
  pass: '✅',
  fail: '❌',
  'fail-pattern': '💥',
  timeout: '⏱️',
  'port-lost': '🔌',
  cancelled: '⏹️',
  skipped: '⏭️',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** "line 7: expect ok", how a step is named wherever one step is singled out. */
export function stepLabel(step: StepResult['step']): string {
  return `line ${step.line}: ${step.name}`;
}

export interface RunScenarioReport {
  scenario: string;
  port: string;
  outcome: ScenarioOutcome;
  transcriptPath?: string | undefined;
  lastLines: readonly string[];
}

/** The job summary: the verdict, each step with its time and what it saw, and the console's last lines on a failure. */
export function renderRunScenarioSummary(report: RunScenarioReport): string {
  const { outcome } = report;
  const passed = outcome.steps.filter((step) => step.status === 'pass').length;
  const verdict =
    outcome.status === 'pass'
      ? `✅ run-scenario ${report.scenario}: ${passed} of ${outcome.steps.length} steps passed`
      : `❌ run-scenario ${report.scenario}: failed at ${outcome.failed === undefined ? 'a step' : stepLabel(outcome.failed.step)}`;
  const lines = [
    `### ${verdict} on \`${report.port}\` in ${formatDuration(outcome.elapsedMs)}`,
    '',
    '| | line | step | time | result |',
    '| --- | --- | --- | --- | --- |',
    ...outcome.steps.map(
      (step) =>
        `| ${marks[step.status]} | ${step.step.line} | ${cell(step.step.name)} | ${step.status === 'skipped' ? '' : formatDuration(step.elapsedMs)} | ${cell(step.message)} |`,
    ),
  ];
  const files = outcome.steps.flatMap((step) => step.files.map((file) => `- ${file.label} (line ${step.step.line}): \`${file.path}\``));
  if (files.length > 0) lines.push('', ...files);
  const variables = Object.entries(outcome.variables);
  if (variables.length > 0) lines.push('', `Captured: ${variables.map(([name, value]) => `\`${name}\` = \`${cell(value)}\``).join(', ')}`);
  if (outcome.status !== 'pass' && report.lastLines.length > 0) {
    lines.push('', '<details><summary>Last console lines</summary>', '', '```', ...report.lastLines, '```', '', '</details>');
  }
  if (report.transcriptPath !== undefined) lines.push('', `Transcript: \`${report.transcriptPath}\``);
  return lines.join('\n');
}
