import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { recordingIo } from '../../src/io.js';
import { resetThroughModemLines, type ModemLines } from '../../src/serial/reset.js';

/** Modem lines as a USB serial adapter exposes them; records each change and when it happened. */
function adapter(): ModemLines & { changes: { dtr?: boolean; rts?: boolean; atMs: number }[] } {
  const started = performance.now();
  const changes: { dtr?: boolean; rts?: boolean; atMs: number }[] = [];
  return {
    changes,
    set: (lines, callback) => {
      changes.push({ ...lines, atMs: performance.now() - started });
      setImmediate(() => callback(null));
    },
  };
}

describe('reset through the modem lines', () => {
  it('dtr: releases both lines 250 ms, then pulses DTR as the Arduino auto-reset needs', async () => {
    const port = adapter();
    assert.equal(await resetThroughModemLines(port, 'dtr', '/dev/ttyACM0', recordingIo()), 'done');
    assert.deepEqual(
      port.changes.map(({ dtr, rts }) => ({ dtr, rts })),
      [
        { dtr: false, rts: false },
        { dtr: true, rts: false },
        { dtr: false, rts: false },
      ],
    );
    assert.ok((port.changes[1]?.atMs ?? 0) >= 245, 'released for 250 ms first');
    assert.ok((port.changes[2]?.atMs ?? 0) - (port.changes[1]?.atMs ?? 0) >= 45, 'DTR held 50 ms');
  });

  it('rts: holds EN low through RTS with DTR released, so an ESP boots its application', async () => {
    const port = adapter();
    await resetThroughModemLines(port, 'rts', '/dev/ttyUSB0', recordingIo());
    assert.deepEqual(
      port.changes.map(({ dtr, rts }) => ({ dtr, rts })),
      [
        { dtr: false, rts: true },
        { dtr: false, rts: false },
      ],
    );
    assert.ok((port.changes[1]?.atMs ?? 0) >= 95);
  });

  it('auto: the DTR pulse, then the RTS pulse, never DTR and RTS released into the ROM loader state', async () => {
    const port = adapter();
    await resetThroughModemLines(port, 'auto', '/dev/ttyUSB0', recordingIo());
    const states = port.changes.map(({ dtr, rts }) => ({ dtr, rts }));
    assert.deepEqual(states, [
      { dtr: false, rts: false },
      { dtr: true, rts: false },
      { dtr: false, rts: true },
      { dtr: false, rts: false },
    ]);
    // On the ESP auto-reset circuit EN rises when RTS is released; DTR must be released then, or IO0 is low.
    const enRises = states.findIndex((state, index) => index > 0 && states[index - 1]?.rts === true && !state.rts);
    assert.equal(states[enRises]?.dtr, false);
  });

  it('none touches nothing', async () => {
    const port = adapter();
    assert.equal(await resetThroughModemLines(port, 'none', '/dev/ttyUSB0', recordingIo()), 'skipped');
    assert.deepEqual(port.changes, []);
  });

  it('says so and carries on where the port has no modem lines', async () => {
    const pty: ModemLines = {
      set: (_lines, callback) => setImmediate(() => callback(new Error('Error: Inappropriate ioctl for device, cannot set'))),
    };
    const io = recordingIo();
    assert.equal(await resetThroughModemLines(pty, 'auto', '/dev/pts/3', io), 'no-modem-lines');
    assert.deepEqual(io.lines, [
      {
        level: 'warning',
        message:
          'Port /dev/pts/3 has no modem control lines (a pty or network bridge?), so reset auto was skipped; listening without a reset',
      },
    ]);
  });

  it('fails on any other error of the port', async () => {
    const broken: ModemLines = { set: (_lines, callback) => setImmediate(() => callback(new Error('EIO: i/o error'))) };
    await assert.rejects(resetThroughModemLines(broken, 'dtr', '/dev/ttyUSB0', recordingIo()), /EIO/);
  });

  /**
   * The auto-reset circuit of ESP boards (two transistors across DTR and RTS): EN is low while RTS
   * alone is asserted, IO0 is low while DTR alone is. EN's capacitor makes it rise over a few
   * milliseconds, so the chip samples IO0 in the first state that lasts once EN was released;
   * a state the sequence passes straight through is too short to count.
   */
  function bootModeAfter(changes: readonly { dtr?: boolean; rts?: boolean; atMs: number }[]): 'download' | 'application' | 'no reset' {
    let mode: 'download' | 'application' | 'no reset' = 'no reset';
    let enLow = false;
    let released = false;
    changes.forEach(({ dtr = false, rts = false, atMs }, index) => {
      const lastsMs = (changes[index + 1]?.atMs ?? Infinity) - atMs;
      const nowEnLow = rts && !dtr;
      if (enLow && !nowEnLow) released = true;
      if (nowEnLow) released = false;
      if (released && lastsMs >= 10) {
        mode = dtr && !rts ? 'download' : 'application';
        released = false;
      }
      enLow = nowEnLow;
    });
    return mode;
  }

  for (const mode of ['esp-classic', 'esp-tight'] as const) {
    it(`${mode}: brings an ESP's auto-reset circuit up in download mode, EN held low 100 ms`, async () => {
      const port = adapter();
      await resetThroughModemLines(port, mode, '/dev/ttyUSB0', recordingIo());
      assert.equal(bootModeAfter(port.changes), 'download');
      const enDown = port.changes.findIndex((change) => change.rts === true && change.dtr === false);
      const enUp = port.changes.findIndex((change, index) => index > enDown && change.rts === false);
      assert.ok((port.changes[enUp]?.atMs ?? 0) - (port.changes[enDown]?.atMs ?? 0) >= 95, 'EN held low long enough to reset');
      const last = port.changes[port.changes.length - 1];
      assert.deepEqual({ dtr: last?.dtr, rts: last?.rts }, { dtr: false, rts: false }, 'both lines released at the end');
    });
  }

  it('esp-tight never passes through a state it did not set: each step changes both lines in one call', async () => {
    const port = adapter();
    await resetThroughModemLines(port, 'esp-tight', '/dev/ttyUSB0', recordingIo());
    assert.ok(port.changes.every((change) => change.dtr !== undefined && change.rts !== undefined));
    assert.ok(
      !port.changes.some(
        (change, index) => index > 0 && change.dtr && change.rts && port.changes[index - 1]?.rts && !port.changes[index - 1]?.dtr,
      ),
    );
  });

  it('rts: an ESP boots its application, not the ROM loader', async () => {
    const port = adapter();
    await resetThroughModemLines(port, 'rts', '/dev/ttyUSB0', recordingIo());
    assert.equal(bootModeAfter(port.changes), 'application');
  });

  it('esp-usb-jtag: requests IO0 low, then resets through both lines asserted, as the USB-JTAG-Serial peripheral needs', async () => {
    const port = adapter();
    await resetThroughModemLines(port, 'esp-usb-jtag', '/dev/ttyACM0', recordingIo());
    assert.deepEqual(
      port.changes.map(({ dtr, rts }) => ({ dtr, rts })),
      [
        { dtr: false, rts: false },
        { dtr: true, rts: false },
        { dtr: true, rts: true },
        { dtr: false, rts: true },
        { dtr: false, rts: false },
      ],
    );
  });
});
