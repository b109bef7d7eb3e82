/** A JUnit XML report, in the subset GitLab's test reports and GitHub test reporters read. */
export interface JUnitCase {
  name: string;
  classname: string;
  timeSeconds: number;
  failure?: { message: string; type: string; text: string };
  skipped?: string;
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
  const failures = suite.cases.filter((entry) => entry.failure !== undefined).length;
  const skipped = suite.cases.filter((entry) => entry.skipped !== undefined).length;
  const time = (seconds: number): string => seconds.toFixed(3);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(suite.timeSeconds)}">`,
    `  <testsuite name="${escapeXml(suite.name)}" tests="${suite.cases.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${time(suite.timeSeconds)}">`,
  ];
  for (const entry of suite.cases) {
    const open = `    <testcase name="${escapeXml(entry.name)}" classname="${escapeXml(entry.classname)}" time="${time(entry.timeSeconds)}"`;
    if (entry.failure !== undefined) {
      lines.push(`${open}>`);
      lines.push(
        `      <failure message="${escapeXml(entry.failure.message)}" type="${escapeXml(entry.failure.type)}">${cdata(entry.failure.text)}</failure>`,
      );
      lines.push('    </testcase>');
    } else if (entry.skipped !== undefined) {
      lines.push(`${open}>`, `      <skipped message="${escapeXml(entry.skipped)}"/>`, '    </testcase>');
    } else {
      lines.push(`${open}/>`);
    }
  }
  if (suite.systemOut !== undefined) lines.push(`    <system-out>${cdata(suite.systemOut)}</system-out>`);
  lines.push('  </testsuite>', '</testsuites>', '');
  return lines.join('\n');
}
