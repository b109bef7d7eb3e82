import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFileCommand, parseWorkflowCommands } from '../harness/workflow-commands.js';

// The harness stands in for the runner; these pin its parsing to the runner's documented formats.
describe('runner harness parsing', () => {
  it('reads name=value and heredoc-delimited multi-line values', () => {
    const text = ['port=/dev/ttyACM0', 'groups<<ghadelimiter_5f1d', '{"sha":', '"3f2a91c"}', 'ghadelimiter_5f1d', 'empty=', ''].join('\n');
    assert.deepEqual(parseFileCommand(text), { port: '/dev/ttyACM0', groups: '{"sha":\n"3f2a91c"}', empty: '' });
  });

  it('refuses a heredoc that never closes', () => {
    assert.throws(() => parseFileCommand('x<<EOF\nvalue\n'), /delimiter EOF never closes/);
  });

  it('unescapes annotation properties and messages', () => {
    const [command] = parseWorkflowCommands('noise\n::error file=src/a%2Cb.ino,line=12,title=T%3A1::line one%0Aline two 100%25\n');
    assert.deepEqual(command, {
      command: 'error',
      properties: { file: 'src/a,b.ino', line: '12', title: 'T:1' },
      message: 'line one\nline two 100%',
    });
  });
});
