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
