import { BoardlineError } from '../errors.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
import { virtualBoardModel } from '../virtual/boards.js';
import { avrTargetFor, type AvrTarget } from './avr-boards.js';
import type { Firmware } from './firmware-file.js';

/** The AVR board being flashed: named by fqbn, or a virtual board's own model. */
export function avrTargetOf(fqbn: string | undefined, port: ResolvedPort): AvrTarget {
  if (fqbn !== undefined) {
    const target = avrTargetFor(fqbn);
    if (target === undefined) {
      throw new BoardlineError('usage', `Input "fqbn": ${fqbn} is not an AVR board with a serial bootloader Boardline knows`, {
        hint: 'Fix: use protocol arduino-cli for it, or an fqbn such as arduino:avr:uno, arduino:avr:nano, arduino:avr:pro',
      });
    }
    return target;
  }
  const virtualTarget = port.virtual === undefined ? undefined : avrTargetFor(virtualBoardModel(port.virtual.board).fqbn);
  if (virtualTarget !== undefined) return virtualTarget;
  throw new BoardlineError('usage', 'Input "fqbn" is needed to flash with stk500v1 or avrdude', {
    hint: 'Fix: set fqbn, e.g. arduino:avr:uno',
  });
}

/** Refuses an image that does not fit the board's flash below its bootloader, before anything is written. */
export function checkAvrFits(firmware: Firmware, target: AvrTarget): void {
  const room = target.flashBytes - target.bootloaderBytes;
  const end = firmware.image.start + firmware.image.data.length;
  if (end > room) {
    throw new BoardlineError(
      'usage',
      `Input "firmware": ${firmware.path} needs flash up to ${end} bytes; ${target.name} has ${room} below its bootloader`,
      {
        hint: 'Fix: make the firmware smaller, or flash a board with more flash; nothing was written',
      },
    );
  }
}

/** The one firmware file an AVR backend takes. */
export function singleFirmware(firmware: readonly string[]): string {
  const [only, ...others] = firmware;
  if (only === undefined || others.length > 0) {
    throw new BoardlineError('usage', `Input "firmware": an AVR board takes one firmware file, got ${firmware.length}`, {
      hint: 'Fix: give one .hex, .elf or .bin (FILE@OFFSET pairs are for ESP boards)',
    });
  }
  return only;
}
