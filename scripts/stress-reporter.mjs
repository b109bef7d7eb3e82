// A node:test reporter for the stress script: one JSON line per finished test or suite, with the
// names of the suites around it, so a failure is counted against the same test in every run.
// Plain JavaScript: node loads reporters itself, without the TypeScript loader the tests run under.

/**
 * @param {AsyncIterable<{ type: string; data: { name: string; nesting: number; file?: string; details?: { type?: string; error?: unknown } } }>} source
 * @returns {AsyncGenerator<string>}
 */
export default async function* stressReporter(source) {
  // The names open at each nesting level, per file: node reports a test's start before its end.
  /** @type {Map<string, string[]>} */
  const open = new Map();
  for await (const event of source) {
    if (event.type !== 'test:start' && event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    const file = data.file ?? '(no file)';
    const names = open.get(file) ?? [];
    open.set(file, names);
    if (event.type === 'test:start') {
      names.length = data.nesting;
      names.push(data.name);
      continue;
    }
    const suite = data.details?.type === 'suite';
    const error = data.details?.error;
    const message = error instanceof Error ? error.message : String(error);
    // A suite that failed only because a test inside it failed adds nothing to that test's count.
    if (suite && /** @type {{ failureType?: string } | undefined} */ (error)?.failureType === 'subtestsFailed') continue;
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : message;
    yield `${JSON.stringify({
      file,
      path: [...names.slice(0, data.nesting), data.name],
      passed: event.type === 'test:pass',
      suite,
      ...(event.type === 'test:fail' ? { error: cause.slice(0, 400) } : {}),
    })}\n`;
  }
}
