/**
 * Reads a JUnit XML report back into suites and cases, for tests to assert on what a report
 * reader (GitLab, a GitHub test reporter) would show. It reads the subset Boardline writes:
 * testsuite, testcase, failure, skipped and system-out, attributes in double quotes, text in
 * CDATA; anything it does not recognise makes it throw rather than guess.
 */
export interface ReadCase {
  name: string;
  classname: string;
  time: number;
  failure?: { message: string; type: string; text: string };
  skipped?: string;
  systemOut?: string;
}

export interface ReadSuite {
  name: string;
  tests: number;
  failures: number;
  skipped: number;
  cases: ReadCase[];
}

export interface ReadReport {
  tests: number;
  failures: number;
  skipped: number;
  suites: ReadSuite[];
}

function unescape(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:-]+)="([^"]*)"/g)) found[match[1] ?? ''] = unescape(match[2] ?? '');
  return found;
}

/** The text of an element's body: CDATA sections joined (a "]]>" in the text is split across two), or escaped text. */
function textOf(body: string): string {
  const sections = [...body.matchAll(/<!\[CDATA\[([^]*?)\]\]>/g)].map((match) => match[1] ?? '');
  return sections.length > 0 ? sections.join('') : unescape(body);
}

function readCase(tag: string, body: string | undefined): ReadCase {
  const attrs = attributes(tag);
  const entry: ReadCase = { name: attrs['name'] ?? '', classname: attrs['classname'] ?? '', time: Number(attrs['time'] ?? 'NaN') };
  if (body === undefined) return entry;
  const failure = /<failure([^>]*)>([^]*?)<\/failure>/.exec(body);
  if (failure !== null) {
    const failureAttrs = attributes(failure[1] ?? '');
    entry.failure = { message: failureAttrs['message'] ?? '', type: failureAttrs['type'] ?? '', text: textOf(failure[2] ?? '') };
  }
  const skipped = /<skipped([^>]*?)\/?>/.exec(body);
  if (skipped !== null) entry.skipped = attributes(skipped[1] ?? '')['message'] ?? '';
  const out = /<system-out>([^]*?)<\/system-out>/.exec(body);
  if (out !== null) entry.systemOut = textOf(out[1] ?? '');
  return entry;
}

export function readJUnit(xml: string): ReadReport {
  const root = /<testsuites([^>]*)>/.exec(xml);
  if (root === null) throw new Error(`no <testsuites> in the report:\n${xml}`);
  const rootAttrs = attributes(root[1] ?? '');
  const suites: ReadSuite[] = [];
  for (const suite of xml.matchAll(/<testsuite\s([^>]*)>([^]*?)<\/testsuite>/g)) {
    const attrs = attributes(suite[1] ?? '');
    const cases: ReadCase[] = [];
    for (const testCase of (suite[2] ?? '').matchAll(/<testcase\s([^>]*?)(?:\/>|>([^]*?)<\/testcase>)/g)) {
      cases.push(readCase(testCase[1] ?? '', testCase[2]));
    }
    suites.push({
      name: attrs['name'] ?? '',
      tests: Number(attrs['tests']),
      failures: Number(attrs['failures']),
      skipped: Number(attrs['skipped']),
      cases,
    });
  }
  return { tests: Number(rootAttrs['tests']), failures: Number(rootAttrs['failures']), skipped: Number(rootAttrs['skipped']), suites };
}

/** Every case of the report with its suite's name, for finding one by name. */
export function casesOf(report: ReadReport): (ReadCase & { suite: string })[] {
  return report.suites.flatMap((suite) => suite.cases.map((entry) => ({ ...entry, suite: suite.name })));
}
