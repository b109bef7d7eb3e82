import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exitCodes } from '../../src/errors.js';
import { recordingIo } from '../../src/io.js';
import { runTool } from '../../src/process/run-tool.js';
import { expectFailure } from '../harness/expect-error.js';

describe('runTool', () => {
  it('reports a tool the machine lacks as not available (exit 69) with how to install it', async () => {
    const error = await expectFailure(
      'not-available',
      () =>
        runTool('boardline-no-such-tool', [], recordingIo(), { timeoutMs: 10_000, installHint: 'apt-get install boardline-no-such-tool' }),
      /^boardline-no-such-tool is not installed \(not found on PATH\)$/,
    );
    assert.equal(error.hint, 'Fix: apt-get install boardline-no-such-tool');
    assert.equal(exitCodes[error.kind], 69);
  });
});
