/**
 * What the board must do once an answer is on the wire: switch baud (CHANGE_BAUDRATE), leave the
 * loader for the flash (FLASH_END / FLASH_DEFL_END on a ROM: 0 reboots the chip, 1 runs the user
 * code), start the flasher stub the ROM just jumped into (MEM_END to a stub image this board
 * models), or stop answering (MEM_END jumped into other code loaded to RAM, which a virtual board
 * cannot run).
 */
export type RomAfter =
  | { kind: 'none' }
  | { kind: 'baud'; baud: number }
  | { kind: 'reboot' }
  | { kind: 'run' }
  | { kind: 'stub' }
  | { kind: 'halt'; entry: number };

export interface RomStep {
  /** Response packets, each sent in a SLIP frame of its own. */
  responses: Uint8Array[];
  /** Raw SLIP frames sent after the responses, which are no response packets: a stub's READ_FLASH data and digest. */
  frames?: Uint8Array[];
  after: RomAfter;
  /** A line for the board's log: what the loader did that a user debugging a flash wants to know. */
  note?: string;
}

/** A loader answering on an ESP's UART (the ROM's, or the flasher stub's): one decoded SLIP frame in, what to send back out. */
export interface EspLoader {
  handle(frame: Uint8Array): Promise<RomStep>;
}

export function loaderStep(responses: Uint8Array[], after: RomAfter = { kind: 'none' }, note?: string): RomStep {
  return note === undefined ? { responses, after } : { responses, after, note };
}
