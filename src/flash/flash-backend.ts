import type { Io } from '../io.js';
import type { ResetMode } from '../serial/reset.js';
import type { ResolvedPort } from '../serial/resolve-port.js';
import type { OutputValue } from '../capabilities/result.js';
import type { BoardState, FlashReport } from './flash-report.js';

/** flash-serial's inputs as every backend reads them (named as the inputs are). */
export interface FlashSettings {
  firmware: readonly string[];
  fqbn: string | undefined;
  baud: number | undefined;
  offset: number | undefined;
  verify: boolean;
  retries: number;
  timeout: number;
  reset: ResetMode;
  /** ESP boards: whether to upload Espressif's flasher stub (auto: where it starts). */
  stub: 'auto' | 'true' | 'false';
  'lock-timeout': number;
  'avrdude-args': readonly string[];
}

/** What is known of the board before anything is opened: its fqbn, or a virtual board's family. */
export interface BoardIdentity {
  fqbn: string | undefined;
  /** A virtual board's family ('avr', 'esp'), which names its board without an fqbn. */
  virtualFamily: string | undefined;
}

/** Where a flash runs and reports to. */
export interface FlashSession {
  port: ResolvedPort;
  io: Io;
  /** Native backends record each region as it is written, so a failure says what the board holds. */
  report: FlashReport;
}

export interface FlashOutcome {
  bytes: number;
  verified: boolean;
  state: BoardState;
  /** Backend-specific outputs (an ESP's chip, flash size and MAC). */
  outputs?: Record<string, OutputValue>;
  /** A sentence for the job summary on how the flash went (an ESP's loader and baud, and why). */
  note?: string;
}

/** A flash checked and ready to run: everything about the firmware and board was checked already. */
export interface FlashPlan {
  /** One line for the log: what will be written, and where. */
  describe: string;
  /** Whether a failure's board state is known (native backends), or may be anything (external tools). */
  tracksBoardState: boolean;
  run(session: FlashSession): Promise<FlashOutcome>;
}

/**
 * One way of flashing a board: a native protocol or an external tool. flash-serial holds the
 * table of them; a new board family is one new file implementing this.
 */
export interface FlashBackend {
  /** The protocol input's value for it, and the backend output. */
  readonly name: string;
  /** Whether protocol auto picks it for this board; the first backend in the table that does wins. */
  isDefaultFor(board: BoardIdentity): boolean;
  /**
   * Reads the firmware and checks it against the board (format, size, what the tool can reach)
   * before any port is locked or opened, so bad input never touches the board.
   */
  plan(settings: FlashSettings, port: ResolvedPort): Promise<FlashPlan>;
}

/** The extra outputs no backend has set, so every face's outputs have the same names. */
export const backendOutputDefaults: Readonly<Record<string, OutputValue>> = { chip: '', 'flash-size': '', mac: '', stub: '', baud: '' };
