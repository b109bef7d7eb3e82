import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PinHistory } from '../../src/virtual/pins/pin-history.js';
import { I2cBus } from '../../src/virtual/i2c/i2c-bus.js';
import type { I2cDevice } from '../../src/virtual/i2c/i2c-device.js';
import { parseAssignment } from '../../src/virtual/pins/assignment.js';
import { resolveUnoPin } from '../../src/virtual/pins/arduino-uno-pins.js';

describe('pin history', () => {
  it('keeps changes with their times and cuts a window with the level at its start', () => {
    const history = new PinHistory(0);
    history.record(1, 100);
    history.record(1, 150); // no change
    history.record(0, 200);
    history.record(1, 300);
    const trace = history.trace('13', 150, 300);
    assert.equal(trace.initial, 1);
    assert.deepEqual(trace.edges, [{ atUs: 200, level: 0 }]);
    assert.equal(history.trace('13', 0, 1000).edges.length, 3);
    assert.equal(history.trace('13', 400, 500).initial, 1);
  });

  it('drops the oldest changes beyond its capacity and says from when it is complete', () => {
    const history = new PinHistory(0, 512);
    for (let index = 1; index <= 1000; index += 1) history.record(index % 2 === 1 ? 1 : 0, index);
    assert.equal(history.completeSinceUs, 489);
    const trace = history.trace('13', 600, 700);
    assert.equal(trace.initial, 0, 'the level change 600 set as the window opened (even: low)');
    assert.equal(trace.edges.length, 99);
    assert.deepEqual(trace.edges[0], { atUs: 601, level: 1 });
  });
});

/** A device that records what the bus asked of it. */
function recorder(addresses: number[], acknowledge = true): I2cDevice & { log: string[] } {
  const log: string[] = [];
  return {
    kind: 'recorder',
    addresses,
    fields: [],
    log,
    select: (address, read) => (log.push(`select ${address.toString(16)} ${read ? 'r' : 'w'}`), acknowledge),
    write: (byte) => (log.push(`write ${byte}`), true),
    read: (more) => (log.push(`read ${more ? 'ack' : 'nack'}`), 0x42),
    stop: () => void log.push('stop'),
  };
}

describe('I2C bus', () => {
  it('routes by address, ends a transfer on a repeated START to another device, and reads 0xff from nobody', () => {
    const a = recorder([0x50, 0x51]);
    const b = recorder([0x76]);
    const bus = new I2cBus([a, b]);
    assert.equal(bus.address(0x51, false, 0), true);
    assert.equal(bus.write(7, 1), true);
    assert.equal(bus.address(0x76, true, 2), true);
    assert.equal(bus.read(false, 3), 0x42);
    bus.stop(4);
    assert.deepEqual(a.log, ['select 51 w', 'write 7', 'stop']);
    assert.deepEqual(b.log, ['select 76 r', 'read nack', 'stop']);
    assert.equal(bus.address(0x20, false, 5), false, 'nobody at 0x20: no ACK');
    assert.equal(bus.write(1, 6), false);
    assert.equal(bus.read(false, 7), 0xff);
  });

  it('a device that does not acknowledge (an EEPROM mid-write) leaves the bus unselected', () => {
    const busy = recorder([0x50], false);
    const bus = new I2cBus([busy]);
    assert.equal(bus.address(0x50, false, 0), false);
    assert.equal(bus.write(1, 1), false);
    assert.throws(() => new I2cBus([recorder([0x50]), recorder([0x50])]), /both answer 0x50/);
  });
});

describe('pin names and assignments', () => {
  it('resolves the names users write', () => {
    assert.equal(resolveUnoPin('D13', 'x').name, '13');
    assert.equal(resolveUnoPin('pb5', 'x').name, '13');
    assert.equal(resolveUnoPin(14, 'x').name, 'A0');
    assert.equal(resolveUnoPin('a5', 'x').adcChannel, 5);
    assert.throws(() => resolveUnoPin('A6', 'wiring.yml line 3'), /wiring.yml line 3: the board has no pin "A6"/);
  });

  it('parses DEVICE.FIELD=VALUE', () => {
    assert.deepEqual(parseAssignment('bmp280.temperature = 25.5'), {
      target: 'bmp280',
      field: 'temperature',
      value: '25.5',
      text: 'bmp280.temperature = 25.5',
    });
    assert.equal(parseAssignment('pin.A0=2.5V').value, '2.5V');
    assert.throws(() => parseAssignment('temperature=25'), /is not DEVICE.FIELD=VALUE/);
  });
});
