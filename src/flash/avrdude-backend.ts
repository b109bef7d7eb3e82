import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { AvrTarget } from './avr-boards.js';
import { avrTargetOf, checkAvrFits, singleFirmware } from './avr-target.js';
import type { FlashBackend } from './flash-backend.js';
import { readFirmware, type Firmware } from './firmware-file.js';
import { externalToolPort } from './tool-port.js';

/** avrdude's file format letter for each firmware format. */
const formats: Readonly<Record<Firmware['format'], string>> = { hex: 'i', elf: 'e', bin: 'r' };

/**
 * The avrdude command line for an Arduino bootloader: the arduino programmer (STK500v1), -D
 * because serial bootloaders cannot chip-erase (each page is erased as it is written, as the
 * Arduino IDE does it), -V when verify is off, then the user's extra arguments.
 */
export function avrdudeArguments(
  target: AvrTarget,
  port: string,
  baud: number,
  firmware: Firmware,
  verify: boolean,
  extra: readonly string[],
): string[] {
  if (firmware.format === 'bin' && firmware.image.start !== 0) {
    throw new BoardlineError('usage', 'Input "offset": avrdude writes raw binaries at address 0 only', {
      hint: 'Fix: give a .hex, or use protocol stk500v1',
    });
  }
  return [
    '-p',
    target.part,
    '-c',
    'arduino',
    '-P',
    port,
    '-b',
    String(baud),
    '-D',
    ...(verify ? [] : ['-V']),
    '-U',
    `flash:w:${firmware.path}:${formats[firmware.format]}`,
    ...extra,
  ];
}

export async function flashWithAvrdude(args: readonly string[], io: Io, timeoutMs: number): Promise<{ verified: boolean; bytes: number }> {
  io.info(`avrdude ${args.join(' ')}`);
  const run = await runTool('avrdude', args, io, { timeoutMs, installHint: 'apt-get install avrdude' });
  if (run.exitCode !== 0) {
    throw new BoardlineError(
      'failed',
      `avrdude failed (exit code ${String(run.exitCode)}): ${run.lastLines.filter((line) => /error/i.test(line)).pop() ?? run.lastLines[run.lastLines.length - 1] ?? ''}`,
      {
        hint: 'Fix: see avrdude output above; check port, fqbn and baud',
        details: run.lastLines.join('\n'),
      },
    );
  }
  const written = /(\d+) bytes of flash written/.exec(run.output);
  return { verified: /bytes of flash verified/.test(run.output), bytes: written === null ? 0 : Number(written[1]) };
}

/** avrdude with its arduino programmer: never auto's choice, there for those who want avrdude's own behaviour. */
export const avrdudeBackend: FlashBackend = {
  name: 'avrdude',
  isDefaultFor: () => false,
  async plan(settings, port) {
    const target = avrTargetOf(settings.fqbn, port);
    const firmware = await readFirmware(singleFirmware(settings.firmware), settings.offset ?? 0);
    checkAvrFits(firmware, target);
    const args = avrdudeArguments(
      target,
      externalToolPort('avrdude', port),
      settings.baud ?? target.baud,
      firmware,
      settings.verify,
      settings['avrdude-args'],
    );
    return {
      describe: `${firmware.path} (${firmware.image.data.length} bytes from 0x${firmware.image.start.toString(16)})`,
      tracksBoardState: false,
      async run(session) {
        if (port.network === undefined && (port.virtual !== undefined || settings.reset === 'none')) {
          session.io.info('avrdude resets the board itself as it opens the port');
        }
        const result = await flashWithAvrdude(args, session.io, settings.timeout);
        return { bytes: result.bytes, verified: result.verified, state: result.verified ? 'verified' : 'written' };
      },
    };
  },
};
