import { avrTargetFor } from './avr-boards.js';
import { avrTargetOf, checkAvrFits, singleFirmware } from './avr-target.js';
import type { FlashBackend } from './flash-backend.js';
import { readFirmware } from './firmware-file.js';
import { withAttempts } from './native-attempts.js';
import { flashStk500v1 } from './stk500v1.js';
import { resetBoard } from '../serial/reset-board.js';

/** Boardline's own STK500v1 client: the AVR boards' serial bootloaders (optiboot, ATmegaBOOT). */
export const stk500v1Backend: FlashBackend = {
  name: 'stk500v1',
  isDefaultFor: (board) => board.virtualFamily === 'avr' || (board.fqbn !== undefined && avrTargetFor(board.fqbn) !== undefined),
  async plan(settings, port) {
    const target = avrTargetOf(settings.fqbn, port);
    const firmware = await readFirmware(singleFirmware(settings.firmware), settings.offset ?? 0);
    checkAvrFits(firmware, target);
    const baud = settings.baud ?? target.baud;
    return {
      describe: `${firmware.path} (${firmware.image.data.length} bytes from 0x${firmware.image.start.toString(16)})`,
      tracksBoardState: true,
      async run(session) {
        const deadline = Date.now() + settings.timeout;
        await withAttempts(
          session,
          {
            baud,
            retries: settings.retries,
            deadline,
            lockTimeoutMs: settings['lock-timeout'],
            // A wrong signature is a wrong board: another attempt would not change it.
            retriable: (error) => error.kind === 'timeout' || (error.kind === 'failed' && !/signature/.test(error.message)),
          },
          (link, serial) =>
            flashStk500v1(link, firmware.image, session.port.path, {
              target,
              baud,
              verify: settings.verify,
              io: session.io,
              report: session.report,
              deadline,
              reset: async () =>
                (await resetBoard(session.port, serial, settings.reset === 'auto' ? 'dtr' : settings.reset, session.io)) === 'done',
            }),
        );
        return { bytes: firmware.image.data.length, verified: settings.verify, state: session.report.state };
      },
    };
  },
};
