import type { YamlFile } from '../../spec/yaml-file.js';
import type { WokwiI2cDevice } from './wokwi-i2c.js';
import type { InitialDrive } from './wokwi-inputs.js';

/**
 * The diagram as a wiring file in Boardline's own format (see src/virtual/wiring.ts): what a
 * `virtual-board start --wiring` reads. Each entry carries a comment naming the diagram line it
 * came from, so a reader of the generated file can find the part. Strings go out JSON-quoted,
 * which YAML reads as they are.
 */
/** A comment stays one line whatever a part id holds. */
function comment(text: string): string {
  return `  # ${text.replace(/[\r\n]+/g, ' ')}`;
}

export function renderWiring(file: YamlFile, devices: readonly WokwiI2cDevice[], drives: readonly InitialDrive[]): string {
  const lines = [`# Boardline wiring made from ${file.source}: its I2C parts, and the pins its parts hold at the start.`];
  if (devices.length > 0) {
    lines.push('i2c:');
    for (const device of devices) {
      lines.push(
        comment(`${device.part.type} ${device.part.id}, ${file.where(device.part.node)}`),
        `  - kind: ${device.kind}`,
        `    name: ${JSON.stringify(device.name)}`,
        `    address: 0x${device.address.toString(16).padStart(2, '0')}`,
      );
    }
  }
  if (drives.length > 0) {
    lines.push('pins:');
    for (const { pin, drive, part, why } of drives) {
      lines.push(comment(`${why} (${file.where(part.node)})`), `  - pin: ${JSON.stringify(pin)}`);
      lines.push('level' in drive ? `    level: ${drive.level}` : `    volts: ${drive.volts}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
