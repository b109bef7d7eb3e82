import assert from 'node:assert/strict';
import { BoardlineError, type FailureKind } from '../../src/errors.js';

/** Runs what should fail and returns its BoardlineError, asserting the kind of failure (and its message, if a pattern is given). */
export async function expectFailure(kind: FailureKind, action: () => unknown, message?: RegExp): Promise<BoardlineError> {
  try {
    await action();
  } catch (error) {
    assert.ok(error instanceof BoardlineError, `expected a BoardlineError, got ${String(error)}`);
    assert.equal(error.kind, kind, error.message);
    if (message !== undefined) assert.match(error.message, message);
    return error;
  }
  assert.fail(`expected a ${kind} failure`);
}

/** For assert.throws: a usage error whose message matches, with a "Fix:" hint (matching `hint` if given). */
export function usageError(message: RegExp, hint?: RegExp): (error: unknown) => boolean {
  return (error) => {
    assert.ok(error instanceof BoardlineError, String(error));
    assert.equal(error.kind, 'usage');
    assert.match(error.message, message);
    assert.match(error.hint ?? '', /^Fix: /);
    if (hint !== undefined) assert.match(error.hint ?? '', hint);
    return true;
  };
}
