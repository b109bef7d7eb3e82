import { BoardlineError } from '../../errors.js';
import type { Io } from '../../io.js';
import type { MetBoard } from './esp-rom-backend.js';
import { romProfile, stubProfile, type LoaderProfile } from './loader-profile.js';
import type { RomClient } from './rom-client.js';
import { setFlashParameters } from './spi-flash.js';
import { runStub, StubDidNotStart } from './stub-loader.js';
import { stubImageFor, stubSource } from './stub-images.js';

/** The stub input: auto (the stub where it starts, else the ROM), true (the stub or fail), false (the ROM only). */
export type StubChoice = 'auto' | 'true' | 'false';

/** What earlier tries within one flash learnt: a stub that did not start is not uploaded again under auto. */
export interface StubHistory {
  failed?: string;
}

export interface StartedLoader {
  board: MetBoard;
  profile: LoaderProfile;
  /** Why this loader runs, for the log and the summary. */
  why: string;
}

/** Syncs with the board (resetting it into its ROM loader) and meets it; says whether a stub answered the SYNC instead. */
export type MeetBoard = () => Promise<{ board: MetBoard; stubRunning: boolean }>;

/**
 * Gets the board's loader ready to flash: meets the board through its ROM loader, then, as the
 * stub input says, uploads Espressif's flasher stub and speaks to it from then on. Under auto a
 * stub that does not start is warned about and the board is reset into its ROM loader again,
 * within the same attempt: the flash goes on the ROM's slower way rather than failing.
 */
export async function startLoader(
  client: RomClient,
  choice: StubChoice,
  history: StubHistory,
  meet: MeetBoard,
  io: Io,
  deadline: number,
): Promise<StartedLoader> {
  const met = await meet();
  const { chip } = met.board;
  if (met.stubRunning) return { board: met.board, profile: stubProfile(), why: 'a flasher stub was already running on the board' };
  if (choice === 'false') return { board: met.board, profile: romProfile(chip), why: 'input stub is false' };
  if (choice === 'auto' && history.failed !== undefined) {
    return { board: met.board, profile: romProfile(chip), why: `the flasher stub did not start earlier in this flash: ${history.failed}` };
  }
  const image = stubImageFor(chip.name);
  if (image === undefined) {
    if (choice === 'true') {
      throw new BoardlineError('usage', `Input "stub": Boardline has no flasher stub for the ${chip.name}`, {
        hint: 'Fix: set stub auto or false to flash it through its ROM loader',
      });
    }
    return { board: met.board, profile: romProfile(chip), why: `Boardline has no flasher stub for the ${chip.name}` };
  }
  const started = performance.now();
  try {
    await runStub(client, chip, image, deadline);
  } catch (error) {
    if (!(error instanceof StubDidNotStart) || choice === 'true') throw error;
    history.failed = error.message;
    io.warning(`${error.message}; continuing with the ROM loader`);
    client.loader = 'rom';
    // The chip jumped to RAM that does not answer: reset it into the ROM loader and meet it again.
    const again = await meet();
    return { board: again.board, profile: romProfile(again.board.chip), why: error.message };
  }
  // The stub sets its flash up from its own defaults: tell it the size the board's flash chip gave.
  if (met.board.flashBytes !== undefined) await setFlashParameters(client, met.board.flashBytes);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return { board: met.board, profile: stubProfile(), why: `uploaded in ${seconds} s; ${stubSource}` };
}
