import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseWokwiDiagram, type WokwiBoard } from '../../src/scenario/wokwi/wokwi-diagram.js';
import { YamlFile } from '../../src/spec/yaml-file.js';
import { usageError } from '../harness/expect-error.js';
import { parseWiring } from '../../src/virtual/wiring.js';

const fixture = new URL('../fixtures/wokwi/button-led/diagram.json', import.meta.url);

type Part = [id: string, type: string, attrs?: Record<string, string>];
type Wire = [from: string, to: string];

/**
 * A diagram.json laid out as Wokwi's editor writes it, one part or wire a line, so lines are known:
 * part i is on line 4 + i, wire j on line 6 + parts + j.
 */
function diagramText(parts: readonly Part[], wires: readonly Wire[]): string {
  const partLines = parts.map(([id, type, attrs = {}]) => `    ${JSON.stringify({ type, id, top: 0, left: 0, attrs })}`);
  const wireLines = wires.map(([from, to]) => `    ${JSON.stringify([from, to, 'green', []])}`);
  return [
    '{',
    '  "version": 1,',
    '  "parts": [',
    partLines.join(',\n'),
    '  ],',
    '  "connections": [',
    wireLines.join(',\n'),
    '  ]',
    '}',
  ].join('\n');
}

function diagram(parts: readonly Part[], wires: readonly Wire[]): WokwiBoard {
  return parseWokwiDiagram(new YamlFile(diagramText(parts, wires), 'diagram.json'));
}

const partLine = (index: number) => 4 + index;
const wireLine = (parts: number, index: number) => 6 + parts + index;

const uno: Part = ['uno', 'wokwi-arduino-uno'];

describe('a Wokwi diagram: the fixture project (button, LED through a resistor, potentiometer, SSD1306)', () => {
  const board = parseWokwiDiagram(new YamlFile(readFileSync(fixture, 'utf8'), 'diagram.json'));

  it('is an Uno whose button to GND presses and releases pin 2', () => {
    assert.equal(board.board, 'uno');
    assert.equal(board.boardPartId, 'uno');
    assert.deepEqual(board.setControl('btn1', 'pressed', 1, 'scenario.yaml line 7'), ['pin.2=pressed']);
    assert.deepEqual(board.setControl('btn1', 'pressed', 0, 'scenario.yaml line 7'), ['pin.2=released']);
  });

  it('reads the LED anode on pin 13, through its 220 Ω resistor', () => {
    assert.equal(board.pinFor('led1', 'A', 'scenario.yaml line 9'), '13');
    assert.equal(board.pinFor('r1', '2', 'scenario.yaml line 9'), '13');
    assert.throws(
      () => board.pinFor('led1', 'C', 'scenario.yaml line 9'),
      usageError(/^scenario\.yaml line 9: led1:C is wired to GND \(diagram\.json line 9\)/),
    );
  });

  it('turns the potentiometer position into volts on A0 (5 V across)', () => {
    assert.deepEqual(board.setControl('pot1', 'position', 0.5, 'x'), ['pin.A0=2.5V']);
    assert.deepEqual(board.setControl('pot1', 'position', 1, 'x'), ['pin.A0=5V']);
    assert.deepEqual(board.setControl('pot1', 'position', 0, 'x'), ['pin.A0=0V']);
    assert.throws(
      () => board.setControl('pot1', 'position', 1.5, 'scenario.yaml line 4'),
      usageError(/line 4: pot1's position takes 0\.0 to 1\.0, not 1\.5/),
    );
  });

  it('writes a wiring file the virtual board reads: the display by its part id, the potentiometer at its start', () => {
    const { wiring } = parseWiring(board.wiringYaml, 'wiring.yml', '/tmp');
    assert.deepEqual(
      wiring.devices.map((device) => ({ name: device.name, kind: device.kind.kind, address: device.address })),
      [{ name: 'oled1', kind: 'ssd1306', address: 0x3c }],
    );
    assert.deepEqual(
      wiring.pins.map((pin) => ({ pin: pin.pin, drive: pin.drive })),
      [{ pin: 'A0', drive: { kind: 'volts', volts: 0 } }],
    );
    assert.match(board.wiringYaml, /# board-ssd1306 oled1, diagram\.json line 11/);
  });

  it("reads the board part's own pins for expect-pin, and refuses its supply pins", () => {
    assert.equal(board.pinFor('uno', '13', 'x'), '13');
    assert.equal(board.pinFor('uno', 'A4.2', 'x'), 'A4');
    assert.throws(
      () => board.pinFor('uno', 'GND.1', 'scenario.yaml line 3'),
      usageError(/line 3: uno:GND\.1 is GND, not a pin the firmware drives/),
    );
  });
});

describe('a Wokwi diagram: buttons', () => {
  it('presses a button to 5V as high and lets the pin float when released', () => {
    const board = diagram(
      [uno, ['b', 'wokwi-pushbutton-6mm']],
      [
        ['b:1.r', 'uno:7'],
        ['b:2.r', 'uno:5V'],
      ],
    );
    assert.deepEqual(board.setControl('b', 'pressed', 1, 'x'), ['pin.7=high']);
    assert.deepEqual(board.setControl('b', 'pressed', 0, 'x'), ['pin.7=float']);
  });

  it('releases to the level of an external pull-down, which also holds the pin from the start', () => {
    const board = diagram(
      [uno, ['b', 'wokwi-pushbutton'], ['rpd', 'wokwi-resistor', { value: '10000' }]],
      [
        ['b:1.l', 'uno:7'],
        ['b:2.l', 'uno:5V'],
        ['rpd:1', 'uno:7'],
        ['rpd:2', 'uno:GND.2'],
      ],
    );
    assert.deepEqual(board.setControl('b', 'pressed', 1, 'x'), ['pin.7=high']);
    assert.deepEqual(board.setControl('b', 'pressed', 0, 'x'), ['pin.7=low']);
    const { wiring } = parseWiring(board.wiringYaml, 'wiring.yml', '/tmp');
    assert.deepEqual(
      wiring.pins.map((pin) => ({ pin: pin.pin, drive: pin.drive })),
      [{ pin: '7', drive: { kind: 'level', level: 0 } }],
    );
  });

  it('uses the contact on the pin side whichever of 1 and 2 it is, and a GND symbol as GND', () => {
    const board = diagram(
      [uno, ['b', 'wokwi-pushbutton'], ['g', 'wokwi-gnd']],
      [
        ['b:1.l', 'g:GND'],
        ['b:2.r', 'uno:4'],
      ],
    );
    assert.deepEqual(board.setControl('b', 'pressed', 1, 'x'), ['pin.4=pressed']);
  });

  it('takes pressed as 0 or 1 only, as Wokwi documents it', () => {
    const board = diagram(
      [uno, ['b', 'wokwi-pushbutton']],
      [
        ['b:1.l', 'uno:2'],
        ['b:2.l', 'uno:GND.1'],
      ],
    );
    assert.throws(
      () => board.setControl('b', 'pressed', 2, 'scenario.yaml line 5'),
      usageError(/line 5: b's pressed takes 0 \(release\) or 1 \(press\), not 2/),
    );
  });

  it("refuses a button between two board pins, at the part's line", () => {
    assert.throws(
      () =>
        diagram(
          [uno, ['b', 'wokwi-pushbutton']],
          [
            ['b:1.l', 'uno:2'],
            ['b:2.l', 'uno:3'],
          ],
        ),
      usageError(new RegExp(`^diagram\\.json line ${partLine(1)}: b is wired between pin 2 and pin 3`)),
    );
  });

  it("says why pressing a button wired to no pin cannot work, at the scenario's line", () => {
    const board = diagram([uno, ['b', 'wokwi-pushbutton']], [['b:2.l', 'uno:GND.1']]);
    assert.throws(
      () => board.setControl('b', 'pressed', 1, 'scenario.yaml line 8'),
      usageError(/^scenario\.yaml line 8: wokwi-pushbutton "b" \(diagram\.json line 5\) cannot be moved: b is wired to no board pin/),
    );
  });
});

describe('a Wokwi diagram: nets through resistors', () => {
  it('follows an LED through resistors in series, however the wires run', () => {
    const board = diagram(
      [uno, ['led', 'wokwi-led'], ['r1', 'wokwi-resistor'], ['r2', 'wokwi-resistor'], ['r3', 'wokwi-resistor']],
      [
        ['led:A', 'r1:1'],
        ['r1:2', 'r2:2'],
        ['r2:1', 'r3:1'],
        ['r3:2', 'uno:7'],
        ['led:C', 'uno:GND.1'],
      ],
    );
    assert.equal(board.pinFor('led', 'A', 'x'), '7');
    assert.equal(board.pinFor('r2', '1', 'x'), '7');
  });

  it('prefers the pin a part is wired to over a rail it is only pulled to', () => {
    const board = diagram(
      [uno, ['led', 'wokwi-led'], ['r1', 'wokwi-resistor'], ['pull', 'wokwi-resistor']],
      [
        ['led:A', 'r1:1'],
        ['r1:2', 'uno:9'],
        ['pull:1', 'uno:9'],
        ['pull:2', 'uno:5V'],
      ],
    );
    assert.equal(board.pinFor('led', 'A', 'x'), '9');
  });

  it('refuses to read a part pin that reaches two board pins alike', () => {
    const board = diagram(
      [uno, ['led', 'wokwi-led'], ['r1', 'wokwi-resistor'], ['r2', 'wokwi-resistor']],
      [
        ['led:A', 'r1:1'],
        ['r1:2', 'uno:9'],
        ['led:A', 'r2:1'],
        ['r2:2', 'uno:10'],
      ],
    );
    assert.throws(() => board.pinFor('led', 'A', 'scenario.yaml line 2'), usageError(/led:A is wired to pin 9 and pin 10/));
  });
});

describe('a Wokwi diagram: slide switches and potentiometers', () => {
  const switchWires: Wire[] = [
    ['sw:2', 'uno:4'],
    ['sw:1', 'uno:GND.1'],
    ['sw:3', 'uno:5V'],
  ];

  it('holds the common pin at the level of the end the handle joins it to', () => {
    const left = diagram([uno, ['sw', 'wokwi-slide-switch']], switchWires);
    const right = diagram([uno, ['sw', 'wokwi-slide-switch', { value: '1' }]], switchWires);
    const drive = (board: WokwiBoard) => parseWiring(board.wiringYaml, 'wiring.yml', '/tmp').wiring.pins.map((pin) => [pin.pin, pin.drive]);
    assert.deepEqual(drive(left), [['4', { kind: 'level', level: 0 }]]);
    assert.deepEqual(drive(right), [['4', { kind: 'level', level: 1 }]]);
  });

  it('has no automation control, as Wokwi documents none for it', () => {
    const board = diagram([uno, ['sw', 'wokwi-slide-switch']], switchWires);
    assert.throws(
      () => board.setControl('sw', 'position', 1, 'scenario.yaml line 6'),
      usageError(
        /line 6: wokwi-slide-switch "sw" \(diagram\.json line 5\) has no control "position"/,
        /Wokwi documents no automation control/,
      ),
    );
  });

  it('refuses a position other than "" and "1", at the attr\'s line', () => {
    assert.throws(
      () => diagram([uno, ['sw', 'wokwi-slide-switch', { value: 'up' }]], switchWires),
      usageError(/^diagram\.json line 5: sw's value "up" is not a slide switch position/),
    );
  });

  it('starts a potentiometer at its value attr (0–1023) and takes a slide potentiometer alike', () => {
    const board = diagram([uno, ['p', 'wokwi-slide-potentiometer', { value: '1023' }]], [['p:SIG', 'uno:A3']]);
    assert.deepEqual(
      parseWiring(board.wiringYaml, 'wiring.yml', '/tmp').wiring.pins.map((pin) => [pin.pin, pin.drive]),
      [['A3', { kind: 'volts', volts: 5 }]],
    );
    assert.deepEqual(board.setControl('p', 'position', 0.25, 'x'), ['pin.A3=1.25V']);
  });

  it("refuses a potentiometer on a pin with no analog input, and on the Nano's A6", () => {
    assert.throws(
      () => diagram([uno, ['p', 'wokwi-potentiometer']], [['p:SIG', 'uno:7']]),
      usageError(/^diagram\.json line 5: p:SIG is wired to pin 7, which has no analog input/),
    );
    assert.throws(
      () =>
        diagram(
          [
            ['nano', 'wokwi-arduino-nano'],
            ['p', 'wokwi-potentiometer'],
          ],
          [['p:SIG', 'nano:A6']],
        ),
      usageError(/^diagram\.json line 5: p:SIG is wired to the board's A6, and the emulated ATmega328P is the Uno's DIP part/),
    );
  });

  it('refuses two parts holding one pin from the start', () => {
    assert.throws(
      () =>
        diagram(
          [uno, ['p', 'wokwi-potentiometer'], ['q', 'wokwi-potentiometer']],
          [
            ['p:SIG', 'uno:A0'],
            ['q:SIG', 'uno:A0'],
          ],
        ),
      usageError(/^diagram\.json line 6: q and p \(line 5\) both drive pin A0/),
    );
  });
});

describe('a Wokwi diagram: I2C parts', () => {
  it("puts an SSD1306 at its i2cAddress, reached through the Uno's SDA/SCL header pins", () => {
    const board = diagram(
      [uno, ['oled', 'board-ssd1306', { i2cAddress: '0x3d' }]],
      [
        ['oled:SDA', 'uno:A4.2'],
        ['oled:SCL', 'uno:A5.2'],
      ],
    );
    const { wiring } = parseWiring(board.wiringYaml, 'wiring.yml', '/tmp');
    assert.deepEqual(
      wiring.devices.map((device) => [device.name, device.kind.kind, device.address]),
      [['oled', 'ssd1306', 0x3d]],
    );
  });

  it('takes the deprecated wokwi-ssd1306 on a Nano, its DATA/CLK on A4/A5', () => {
    const board = diagram(
      [
        ['nano', 'wokwi-arduino-nano'],
        ['lcd', 'wokwi-ssd1306'],
      ],
      [
        ['lcd:DATA', 'nano:A4'],
        ['lcd:CLK', 'nano:A5'],
      ],
    );
    assert.equal(board.board, 'nano');
    assert.equal(parseWiring(board.wiringYaml, 'wiring.yml', '/tmp').wiring.devices[0]?.name, 'lcd');
  });

  it("refuses an I2C part whose SDA/SCL are not on the board's, at the part's line", () => {
    assert.throws(
      () =>
        diagram(
          [uno, ['oled', 'board-ssd1306']],
          [
            ['oled:SDA', 'uno:A3'],
            ['oled:SCL', 'uno:A5'],
          ],
        ),
      usageError(
        /^diagram\.json line 5: oled:SDA is wired to pin A3, but it is the display's I2C SDA, which must reach the board's SDA \(A4\)/,
        /connect oled:SDA to uno:A4 \(or uno:A4\.2/,
      ),
    );
    assert.throws(() => diagram([uno, ['oled', 'board-ssd1306']], [['oled:SDA', 'uno:A4']]), usageError(/oled:SCL is wired to nothing/));
  });

  it('refuses an address an SSD1306 cannot have', () => {
    assert.throws(
      () =>
        diagram(
          [uno, ['oled', 'board-ssd1306', { i2cAddress: '0x50' }]],
          [
            ['oled:SDA', 'uno:A4'],
            ['oled:SCL', 'uno:A5'],
          ],
        ),
      usageError(/oled's I2C address "0x50"/, /0x3c or 0x3d/),
    );
  });
});

describe('a Wokwi diagram: what it refuses', () => {
  it('names a part type Boardline cannot stand in for, with its line', () => {
    assert.throws(
      () => diagram([uno, ['led', 'wokwi-led'], ['bz1', 'wokwi-buzzer']], []),
      usageError(new RegExp(`^diagram\\.json line ${partLine(2)}: part "bz1" is a wokwi-buzzer, which Boardline cannot stand in for`)),
    );
  });

  it('names a board other than the Uno or Nano, before any other part', () => {
    assert.throws(
      () =>
        diagram(
          [
            ['bz1', 'wokwi-buzzer'],
            ['esp', 'wokwi-esp32-devkit-v1'],
          ],
          [],
        ),
      usageError(/^diagram\.json line 5: part "esp" is a wokwi-esp32-devkit-v1, and Boardline's virtual board is an ATmega328P/),
    );
    assert.throws(() => diagram([['mega', 'wokwi-arduino-mega']], []), usageError(/line 4: part "mega" is a wokwi-arduino-mega/));
  });

  it('wants exactly one board', () => {
    assert.throws(() => diagram([['led', 'wokwi-led']], []), usageError(/^diagram\.json line 3: the diagram has no board/));
    assert.throws(() => diagram([uno, ['uno2', 'wokwi-arduino-uno']], []), usageError(/^diagram\.json line 5: the diagram has two boards/));
  });

  it("names a wire to a pin the part lacks, or to a part not in the diagram, with the wire's line", () => {
    const parts: Part[] = [uno, ['b', 'wokwi-pushbutton']];
    assert.throws(
      () =>
        diagram(parts, [
          ['b:1.l', 'uno:2'],
          ['b:3', 'uno:GND.1'],
        ]),
      usageError(new RegExp(`^diagram\\.json line ${wireLine(2, 1)}: wokwi-pushbutton "b" has no pin "3"`), /1\.l, 2\.l, 1\.r, 2\.r/),
    );
    assert.throws(() => diagram(parts, [['b:1.l', 'uno:D2']]), usageError(/wokwi-arduino-uno "uno" has no pin "D2"/));
    assert.throws(
      () => diagram(parts, [['x:1', 'uno:2']]),
      usageError(new RegExp(`^diagram\\.json line ${wireLine(2, 0)}: connection end "x:1" names no part`)),
    );
  });

  it("leaves Wokwi's serial monitor wires and its drawings alone", () => {
    const board = diagram(
      [uno, ['t', 'wokwi-text', { text: 'hello' }], ['b', 'wokwi-pushbutton']],
      [
        ['$serialMonitor:RX', 'uno:1'],
        ['b:1.l', 'uno:2'],
        ['b:2.l', 'uno:GND.1'],
      ],
    );
    assert.deepEqual(board.setControl('b', 'pressed', 1, 'x'), ['pin.2=pressed']);
  });

  it("names a part id, control or pin a scenario gets wrong, at the scenario's line", () => {
    const board = diagram(
      [uno, ['b', 'wokwi-pushbutton'], ['led', 'wokwi-led']],
      [
        ['b:1.l', 'uno:2'],
        ['b:2.l', 'uno:GND.1'],
        ['led:A', 'uno:13'],
      ],
    );
    assert.throws(
      () => board.setControl('btn9', 'pressed', 1, 'scenario.yaml line 12'),
      usageError(/^scenario\.yaml line 12: part "btn9" is not in diagram\.json/, /uno, b, led/),
    );
    assert.throws(
      () => board.setControl('b', 'position', 1, 'scenario.yaml line 12'),
      usageError(/^scenario\.yaml line 12: wokwi-pushbutton "b" \(diagram\.json line 5\) has no control "position"/, /use pressed/),
    );
    assert.throws(
      () => board.setControl('led', 'pressed', 1, 'scenario.yaml line 12'),
      usageError(/wokwi-led "led" \(diagram\.json line 6\) has no control "pressed"/),
    );
    assert.throws(
      () => board.pinFor('led', 'B', 'scenario.yaml line 14'),
      usageError(/^scenario\.yaml line 14: wokwi-led "led" \(diagram\.json line 6\) has no pin "B"/, /A, C/),
    );
    assert.throws(
      () => board.pinFor('nope', 'A', 'scenario.yaml line 14'),
      usageError(/^scenario\.yaml line 14: part "nope" is not in diagram\.json/),
    );
  });

  it('names the line of a diagram that is not JSON', () => {
    assert.throws(
      () => parseWokwiDiagram(new YamlFile('{\n  "parts": [\n    { "id": "uno", \n  ]\n}', 'diagram.json')),
      usageError(/^diagram\.json line \d+: /),
    );
  });
});
