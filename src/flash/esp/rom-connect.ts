import { BoardlineError } from '../../errors.js';
import type { Io } from '../../io.js';
import type { ResetMode } from '../../serial/reset.js';
import { chipByMagic, chipById, chipDetectMagicAddress, type EspChip } from './chips.js';
import { RomClient } from './rom-client.js';
import { RomCommand, syncPayload } from './rom-protocol.js';

/** How long one SYNC waits for its answer: the ROM answers within milliseconds once it listens. */
const syncAnswerMs = 250;
const syncsPerReset = 5;

export interface ConnectOptions {
  /** The reset sequences to try in turn, one per attempt (esptool alternates its sequences the same way). */
  resets: readonly ResetMode[];
  reset: (mode: ResetMode) => Promise<void>;
  attempts: number;
  deadline: number;
  io: Io;
}

export interface Synced {
  /**
   * A flasher stub answered, not the ROM: its SYNC answers carry the value 0 where a ROM's carry
   * something else (esptool's sync_stub_detected). Only a board that was not reset can have one.
   */
  stubRunning: boolean;
}

/**
 * Resets the board into its ROM loader and gets in sync: SYNC until the ROM answers, then its
 * further answers to the same SYNC are drained (it sends several), so the next command's
 * response is not mistaken for one of them.
 */
export async function syncWithRom(client: RomClient, options: ConnectOptions): Promise<Synced> {
  for (let attempt = 0; attempt < options.attempts && Date.now() < options.deadline; attempt += 1) {
    const mode = options.resets[attempt % options.resets.length] ?? 'none';
    await options.reset(mode);
    for (let sync = 0; sync < syncsPerReset && Date.now() < options.deadline; sync += 1) {
      // The ROM's boot message and whatever the application printed before the reset are noise here.
      client.link.discard();
      try {
        const answer = await client.command(
          RomCommand.SYNC,
          syncPayload,
          'SYNC',
          Math.min(syncAnswerMs, Math.max(1, options.deadline - Date.now())),
        );
        await drainSyncAnswers(client);
        return { stubRunning: answer.value === 0 };
      } catch (error) {
        if (error instanceof BoardlineError && error.kind === 'port') throw error;
      }
    }
    options.io.debug(`no sync with the ROM loader on ${client.port} after reset ${mode} (attempt ${attempt + 1} of ${options.attempts})`);
  }
  throw new BoardlineError(
    'timeout',
    `No answer from an ESP ROM loader on ${client.port} after ${options.attempts} resets (${[...new Set(options.resets)].join(', ')})`,
    {
      hint: 'Fix: check the board is an ESP board and the port is its; that the reset puts it in download mode (hold BOOT/GPIO0 low and press RESET/EN to enter it by hand, then set reset none); that nothing else holds GPIO0 or EN; and that the baud input is not set on a ROM that cannot detect it',
    },
  );
}

async function drainSyncAnswers(client: RomClient): Promise<void> {
  for (;;) {
    try {
      await client.receive(RomCommand.SYNC, 'SYNC', 50);
    } catch {
      client.link.discard();
      return;
    }
  }
}

/**
 * Which chip answered: the magic value at the chip-detect register names the older chips; newer
 * ones (whose magic changes between revisions) give their chip id in GET_SECURITY_INFO.
 */
export async function detectChip(client: RomClient): Promise<EspChip> {
  const magic = await client.readRegister(chipDetectMagicAddress);
  const byMagic = chipByMagic(magic);
  if (byMagic !== undefined) return byMagic;
  const info = await client
    .command(RomCommand.GET_SECURITY_INFO, new Uint8Array(0), 'GET_SECURITY_INFO', 1000, { dataLength: 20 })
    .catch(() => undefined);
  // The 20-byte answer carries the chip id at byte 12; the ESP32-S2's 12-byte one has none.
  const chipId =
    info === undefined || info.data.length < 16 ? undefined : new DataView(info.data.buffer, info.data.byteOffset).getUint32(12, true);
  const byId = chipId === undefined ? undefined : chipById(chipId);
  if (byId !== undefined) return byId;
  throw new BoardlineError(
    'usage',
    `The ROM loader on ${client.port} is a chip Boardline does not know (magic 0x${magic.toString(16)}${chipId === undefined ? '' : `, chip id ${chipId}`})`,
    { hint: 'Fix: use protocol arduino-cli for it, or report the chip so it can be added' },
  );
}
