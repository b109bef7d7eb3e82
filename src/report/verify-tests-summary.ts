import { formatDuration } from '../spec/duration.js';
import { suitesOf, where } from '../verify-tests/junit-report.js';
import type { TestCase } from '../verify-tests/test-run.js';

export interface VerifyTestsReport {
  port: string;
  framework: string;
  result: string;
  reason: string;
  cases: readonly TestCase[];
  elapsedMs: number;
  transcriptPath: string;
  lastLines: readonly string[];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const failing = (testCase: TestCase): boolean => ['failed', 'hung', 'crashed'].includes(testCase.status);

/** The job summary: the verdict, a row per suite, each failure with where it failed, and the console's end when the run broke. */
export function renderVerifyTestsSummary(report: VerifyTestsReport): string {
  const passed = report.result === 'pass';
  const lines = [
    `### ${passed ? '✅' : '❌'} verify-tests: ${report.result} — ${String(report.cases.length)} tests on ${cell(report.port)} (${report.framework}, ${formatDuration(report.elapsedMs)})`,
    '',
  ];
  if (!passed) lines.push(cell(report.reason), '');
  if (report.cases.length > 0) {
    lines.push('| Suite | Tests | Passed | Failed | Skipped |', '| --- | ---: | ---: | ---: | ---: |');
    for (const [suite, cases] of suitesOf(report.cases)) {
      const count = (test: (testCase: TestCase) => boolean): number => cases.filter(test).length;
      lines.push(
        `| ${cell(suite)} | ${String(cases.length)} | ${String(count((testCase) => testCase.status === 'passed'))} | ${String(count(failing))} | ${String(count((testCase) => testCase.status === 'skipped'))} |`,
      );
    }
    lines.push('');
  }
  const failures = report.cases.filter(failing);
  if (failures.length > 0) {
    lines.push('| Failed test | Where | Why |', '| --- | --- | --- |');
    for (const testCase of failures) {
      lines.push(
        `| ${cell(`${testCase.suite} ${testCase.name}`.trim())} | ${cell(where(testCase))} | ${cell(`${testCase.status}: ${testCase.message ?? ''}`)} |`,
      );
    }
    lines.push('');
  }
  if (!passed && report.lastLines.length > 0) lines.push('Last lines on the console:', '', '```', ...report.lastLines, '```', '');
  lines.push(`Transcript: \`${report.transcriptPath}\``);
  return lines.join('\n');
}
