import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { avrTargetFor, formatSignature, knownAvrFqbns } from '../../src/flash/avr-boards.js';

/** The arduino:avr platform's own board definitions, as Debian's arduino-core-avr ships them. */
const boardsTxt = '/usr/share/arduino/hardware/arduino/avr/boards.txt';

/** The MCUs the table uses, by boards.txt's build.mcu: avrdude's part and the device signature. */
const mcus: Record<string, { part: string; signature: string }> = {
  atmega328p: { part: 'm328p', signature: '1e950f' },
  atmega168: { part: 'm168', signature: '1e9406' },
};

function readBoardsTxt(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0 && !line.startsWith('#')) properties.set(line.slice(0, at).trim(), line.slice(at + 1).trim());
  }
  return properties;
}

/** A property of board `id`, from its cpu menu option when it has one (the first listed, when the FQBN names none). */
function boardProperty(properties: Map<string, string>, fqbn: string, key: string): string | undefined {
  const [, , id = '', options = ''] = fqbn.split(':');
  const firstCpu = [...properties.keys()].find((name) => new RegExp(`^${id}\\.menu\\.cpu\\.[^.]+$`).test(name))?.split('.')[3];
  const cpu = /^cpu=(.+)$/.exec(options)?.[1] ?? firstCpu;
  return (cpu === undefined ? undefined : properties.get(`${id}.menu.cpu.${cpu}.${key}`)) ?? properties.get(`${id}.${key}`);
}

describe("AVR board table against the platform's boards.txt", () => {
  it('has, for every FQBN, the upload protocol, speed, maximum size and MCU the platform defines', async () => {
    const properties = readBoardsTxt(await readFile(boardsTxt, 'utf8'));
    const fqbns = knownAvrFqbns();
    assert.ok(fqbns.length >= 10);
    for (const fqbn of fqbns) {
      const target = avrTargetFor(fqbn);
      assert.ok(target, fqbn);
      assert.equal(boardProperty(properties, fqbn, 'upload.protocol'), 'arduino', `${fqbn} uploads over STK500v1`);
      assert.equal(String(target.baud), boardProperty(properties, fqbn, 'upload.speed'), `${fqbn} upload speed`);
      assert.equal(
        String(target.flashBytes - target.bootloaderBytes),
        boardProperty(properties, fqbn, 'upload.maximum_size'),
        `${fqbn} maximum size`,
      );
      const mcu = mcus[boardProperty(properties, fqbn, 'build.mcu') ?? ''];
      assert.ok(mcu, `${fqbn}: an MCU the table knows`);
      assert.equal(target.part, mcu.part, `${fqbn} avrdude part`);
      assert.equal(formatSignature(target.signature), mcu.signature, `${fqbn} signature`);
    }
  });
});
