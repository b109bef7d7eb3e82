/** A JUnit XML report, in the subset GitLab's test reports and GitHub test reporters read. */
export interface JUnitCase {
  name: string;
  classname: string;
  timeSeconds: number;
  failure?: { message: string; type: string; text: string };
  skipped?: string;
  /** The case's own output (a test's lines on the console). */
  systemOut?: string;
}

export interface JUnitSuite {
  name: string;
  timeSeconds: number;
  cases: JUnitCase[];
  systemOut?: string;
}

// XML 1.0 forbids most C0 controls even escaped; a console transcript may contain them.
// eslint-disable-next-line no-control-regex
const invalidXmlCharacters = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(invalidXmlCharacters, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function cdata(text: string): string {
  return `<![CDATA[${text.replace(invalidXmlCharacters, '').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export function renderJUnit(suite: JUnitSuite): string {
  return renderJUnitSuites(suite.name, [suite]);
}

const time = (seconds: number): string => seconds.toFixed(3);

function counts(cases: readonly JUnitCase[]): string {
  const failures = cases.filter((entry) => entry.failure !== undefined).length;
  const skipped = cases.filter((entry) => entry.skipped !== undefined).length;
  return `tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}"`;
}

/** Several suites in one report (verify-tests: a suite per test suite, or per file for Unity). */
export function renderJUnitSuites(name: string, suites: readonly JUnitSuite[]): string {
  const all = suites.flatMap((suite) => suite.cases);
  const total = suites.reduce((sum, suite) => sum + suite.timeSeconds, 0);
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${escapeXml(name)}" ${counts(all)} time="${time(total)}">`];
  for (const suite of suites) {
    lines.push(`  <testsuite name="${escapeXml(suite.name)}" ${counts(suite.cases)} time="${time(suite.timeSeconds)}">`);
    for (const entry of suite.cases) {
      const open = `    <testcase name="${escapeXml(entry.name)}" classname="${escapeXml(entry.classname)}" time="${time(entry.timeSeconds)}"`;
      const inner: string[] = [];
      if (entry.failure !== undefined) {
        inner.push(
          `      <failure message="${escapeXml(entry.failure.message)}" type="${escapeXml(entry.failure.type)}">${cdata(entry.failure.text)}</failure>`,
        );
      } else if (entry.skipped !== undefined) {
        inner.push(`      <skipped message="${escapeXml(entry.skipped)}"/>`);
      }
      if (entry.systemOut !== undefined && entry.systemOut !== '') inner.push(`      <system-out>${cdata(entry.systemOut)}</system-out>`);
      lines.push(...(inner.length === 0 ? [`${open}/>`] : [`${open}>`, ...inner, '    </testcase>']));
    }
    if (suite.systemOut !== undefined) lines.push(`    <system-out>${cdata(suite.systemOut)}</system-out>`);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}
