import { setTimeout as sleep } from 'node:timers/promises';
import type { Io } from '../io.js';

export type ResetMode = 'auto' | 'dtr' | 'rts' | 'none' | 'esp-classic' | 'esp-tight' | 'esp-usb-jtag';

/** The reset modes that put an ESP into its ROM loader (download mode), as esptool names its sequences. */
export const espDownloadResets = ['esp-classic', 'esp-tight', 'esp-usb-jtag'] as const;

/** The part of a serial port a reset needs: setting the modem control lines. */
export interface ModemLines {
  set(lines: { dtr?: boolean; rts?: boolean }, callback: (error: Error | null) => void): unknown;
}

/**
 * The reset sequences, as (lines, hold in ms) steps. "Asserted" (true) drives the line low at the
 * connector, which is what resets a board.
 *
 * - dtr: the Arduino auto-reset (Uno, Nano, Pro Mini, Duemilanove): a capacitor turns the DTR
 *   edge into a reset pulse. Both lines released for 250 ms, then DTR asserted, then 50 ms for the
 *   MCU to come out of reset — the timing avrdude's arduino programmer uses.
 * - rts: the ESP8266/ESP32 auto-reset circuit: RTS holds EN low for 100 ms with DTR released, so
 *   IO0 stays high and the chip boots the application, not the ROM loader (esptool's hard reset).
 * - esp-classic: the ESP auto-reset circuit into the ROM loader (esptool's classic reset): EN
 *   held low through RTS for 100 ms with IO0 high, then IO0 pulled low through DTR as EN rises, held
 *   50 ms so the chip samples the strapping pin in download mode. Lines change one at a time, as
 *   esptool sets them, so the board passes through both-asserted (which the circuit ignores).
 * - esp-tight: the same, with both lines set in each step and no intermediate state — what CH340
 *   boards on recent Linux kernels need (esptool's Unix tight reset), where a one-line change
 *   arrives too late or glitches the other line.
 * - esp-usb-jtag: the chip's own USB-JTAG-Serial peripheral (VID 303A: ESP32-C3, -S3, -C6), which
 *   decodes the lines itself: idle, IO0 request, then reset through (1,1) rather than (0,0),
 *   as esptool's USB-JTAG-Serial reset does.
 * - auto: both in turn: the DTR pulse (harmless on the ESP circuit: EN stays high), then the RTS
 *   pulse with DTR released (on an Arduino wired to RTS this resets it once more, into its
 *   bootloader, which starts the application after its timeout).
 */
const sequences: Readonly<Record<Exclude<ResetMode, 'none'>, readonly [{ dtr: boolean; rts: boolean }, number][]>> = {
  dtr: [
    [{ dtr: false, rts: false }, 250],
    [{ dtr: true, rts: false }, 50],
    [{ dtr: false, rts: false }, 0],
  ],
  rts: [
    [{ dtr: false, rts: true }, 100],
    [{ dtr: false, rts: false }, 0],
  ],
  'esp-classic': [
    [{ dtr: false, rts: true }, 100],
    [{ dtr: true, rts: true }, 0],
    [{ dtr: true, rts: false }, 50],
    [{ dtr: false, rts: false }, 0],
  ],
  'esp-tight': [
    [{ dtr: false, rts: false }, 0],
    [{ dtr: true, rts: true }, 0],
    [{ dtr: false, rts: true }, 100],
    [{ dtr: true, rts: false }, 50],
    [{ dtr: false, rts: false }, 0],
  ],
  'esp-usb-jtag': [
    [{ dtr: false, rts: false }, 100],
    [{ dtr: true, rts: false }, 100],
    [{ dtr: true, rts: true }, 0],
    [{ dtr: false, rts: true }, 100],
    [{ dtr: false, rts: false }, 0],
  ],
  auto: [
    [{ dtr: false, rts: false }, 250],
    [{ dtr: true, rts: false }, 50],
    [{ dtr: false, rts: true }, 100],
    [{ dtr: false, rts: false }, 0],
  ],
};

function setLines(port: ModemLines, lines: { dtr: boolean; rts: boolean }): Promise<void> {
  return new Promise((resolve, reject) => {
    port.set(lines, (error) => {
      if (error === null) resolve();
      else reject(error);
    });
  });
}

export type ResetResult = 'done' | 'skipped' | 'no-modem-lines';

/**
 * Resets the board through the modem control lines. A port without them (a pty, a network
 * serial bridge) cannot be reset this way: that is said in the log and the caller carries on,
 * listening to whatever the board prints next.
 */
export async function resetThroughModemLines(port: ModemLines, mode: ResetMode, portPath: string, io: Io): Promise<ResetResult> {
  if (mode === 'none') return 'skipped';
  try {
    for (const [lines, holdMs] of sequences[mode]) {
      await setLines(port, lines);
      if (holdMs > 0) await sleep(holdMs);
    }
  } catch (error) {
    const message = (error as Error).message;
    if (/ENOTTY|Inappropriate ioctl|EINVAL/i.test(message)) {
      io.warning(
        `Port ${portPath} has no modem control lines (a pty or network bridge?), so reset ${mode} was skipped; listening without a reset`,
      );
      return 'no-modem-lines';
    }
    throw error;
  }
  io.info(`Reset the board on ${portPath} (${mode})`);
  return 'done';
}
