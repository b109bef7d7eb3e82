import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { describe, it } from 'node:test';
import { progressBar, terminalIo } from '../../src/cli/terminal-io.js';

function terminal(isTTY: boolean): Writable & { isTTY: boolean; text: string } {
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      stream.text += chunk.toString();
      callback();
    },
  }) as Writable & { isTTY: boolean; text: string };
  stream.isTTY = isTTY;
  stream.text = '';
  return stream;
}

describe('terminal io', () => {
  it('draws progress as a bar in place on an interactive terminal', () => {
    const stderr = terminal(true);
    const io = terminalIo(stderr, new AbortController().signal, false);
    assert.ok(io.progress);
    io.progress('Writing', 128, 512);
    io.info('a line in between');
    io.progress('Writing', 512, 512);
    assert.equal(stderr.text, `\r${progressBar('Writing', 128, 512)}\na line in between\n\r${progressBar('Writing', 512, 512)}\n`);
    assert.equal(progressBar('Writing', 256, 512, 10), 'Writing [#####-----]  50% 256/512 bytes');
  });

  it('leaves progress to log lines when stderr is not a terminal', () => {
    assert.equal(terminalIo(terminal(false), new AbortController().signal, false).progress, undefined);
  });
});
