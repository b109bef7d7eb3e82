import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FlashReport } from '../../src/flash/flash-report.js';
import { recordingIo } from '../../src/io.js';

const pages = [0x0, 0x80, 0x100, 0x180];

describe('flash report: what the board holds after each step', () => {
  it('calls a board nothing was sent to untouched', () => {
    const report = new FlashReport(recordingIo());
    report.begin(pages, 128);
    assert.equal(report.state, 'untouched');
    assert.equal(report.bytesWritten, 0);
    assert.match(report.describe(), /^nothing was written/);
  });

  it('names the page being written when none is confirmed yet', () => {
    const report = new FlashReport(recordingIo());
    report.begin(pages, 128);
    report.writing(0x0);
    assert.equal(report.state, 'partial');
    assert.equal(
      report.describe(),
      'the board is half-flashed (none written; page 0x0 may be erased or half-written) and its application will not run correctly',
    );
  });

  it('gives the confirmed range and the page in flight', () => {
    const report = new FlashReport(recordingIo());
    report.begin(pages, 128);
    for (const address of [0x0, 0x80]) {
      report.writing(address);
      report.written(address);
    }
    report.writing(0x100);
    assert.equal(report.bytesWritten, 256);
    assert.equal(
      report.describe(),
      'the board is half-flashed (2 of 4 pages written; pages 0x0–0xff; page 0x100 may be erased or half-written) and its application will not run correctly',
    );
  });

  it('calls a board written once every page is confirmed, verified once the read-back matched', () => {
    const io = recordingIo();
    const report = new FlashReport(io);
    report.begin(pages, 128);
    for (const address of pages) {
      report.writing(address);
      report.written(address);
    }
    assert.equal(report.state, 'written');
    assert.match(report.describe(), /read-back did not confirm/);
    report.verifying(512, 512);
    report.verified();
    assert.equal(report.state, 'verified');
    assert.ok(io.lines.some((line) => line.message.startsWith('Writing 100% (512/512 bytes')));
    assert.ok(io.lines.some((line) => line.message.startsWith('Verifying 100% (512/512 bytes')));
  });

  it('starts the count afresh on a retry', () => {
    const report = new FlashReport(recordingIo());
    report.begin(pages, 128);
    report.writing(0x0);
    report.written(0x0);
    report.writing(0x80);
    report.begin(pages, 128);
    assert.equal(report.bytesWritten, 0);
    report.writing(0x0);
    assert.match(report.describe(), /\(none written; page 0x0 may be/);
  });
});
