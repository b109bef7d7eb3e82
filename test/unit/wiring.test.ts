import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseI2cFlag, parseWiring } from '../../src/virtual/wiring.js';

describe('wiring files', () => {
  it('reads devices with names, values and files (relative to the wiring file), and pins with their drives', () => {
    const { wiring } = parseWiring(
      [
        'i2c:',
        '  - kind: bme280',
        '    address: 0x77',
        '    values: { temperature: 21.5, humidity: 40 }',
        '  - kind: 24c32',
        '    name: settings',
        '    address: 87',
        '    file: eeprom.bin',
        '  - kind: 24c02',
        '  - kind: 24c02',
        '    address: 0x51',
        'pins:',
        '  - pin: 2',
        '    button: pressed',
        '  - pin: A0',
        '    volts: 2.5',
        '  - pin: D7',
        '    level: high',
      ].join('\n'),
      'wiring.yml',
      '/project',
    );
    assert.deepEqual(
      wiring.devices.map((device) => [device.name, device.kind.kind, device.address, device.file]),
      [
        ['bme280', 'bme280', 0x77, null],
        ['settings', '24c32', 0x57, '/project/eeprom.bin'],
        ['24c02@0x50', '24c02', 0x50, null],
        ['24c02@0x51', '24c02', 0x51, null],
      ],
    );
    assert.deepEqual(wiring.devices[0]?.values, { temperature: 21.5, humidity: 40 });
    assert.deepEqual(
      wiring.pins.map((pin) => [pin.pin, pin.drive]),
      [
        ['2', { kind: 'level', level: 0 }],
        ['A0', { kind: 'volts', volts: 2.5 }],
        ['7', { kind: 'level', level: 1 }],
      ],
    );
  });

  it('names the line of each mistake', () => {
    const cases: [string, RegExp][] = [
      ['i2c:\n  - kind: bmp280\n    values:\n      humidity: 40\n', /wiring.yml line 4: unknown key "humidity" in the values of a bmp280/],
      ['i2c:\n  - kind: bmp280\n    address: 0x50\n', /wiring.yml line 3: a bmp280 cannot be at 0x50.*/],
      ['i2c:\n  - address: 0x50\n', /wiring.yml line 2: an i2c device needs a kind/],
      ['i2c: [\n', /wiring.yml line \d+: /],
      ['pins:\n  - pin: 3\n    button: maybe\n', /wiring.yml line 3: button "maybe" must be pressed or released/],
      ['pins:\n  - pin: 3\n    level: high\n    volts: 1\n', /wiring.yml line 2: pin 3 needs exactly one of level, button, volts/],
      ['i2c:\n  - kind: 24c02\n    name: pin\n', /device name "pin" cannot be used/],
    ];
    for (const [text, pattern] of cases) assert.throws(() => parseWiring(text, 'wiring.yml', '/project'), pattern, text);
  });

  it('reads --i2c flags', () => {
    const device = parseI2cFlag('24c256@0x53:/data/ee.bin');
    assert.equal(device.kind.kind, '24c256');
    assert.equal(device.address, 0x53);
    assert.equal(device.file, '/data/ee.bin');
    assert.equal(parseI2cFlag('ssd1306').address, 0x3c);
    assert.throws(() => parseI2cFlag('bmp280@0x76@x'), /Input "i2c" \(bmp280@0x76@x\)/);
    assert.throws(() => parseI2cFlag('lcd@0x27'), /there is no device kind "lcd"/);
    assert.throws(() => parseI2cFlag('24c02@0x7f'), /address 0x7f is out of range/);
  });
});
