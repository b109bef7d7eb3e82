import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import type { SerialLink } from '../serial/serial-link.js';
import { formatSignature, type AvrTarget } from './avr-boards.js';
import type { FlashImage } from './intel-hex.js';
import type { FlashReport } from './flash-report.js';

/** STK500v1 bytes, as avrdude's stk500.c and optiboot speak them. */
const STK_OK = 0x10;
const STK_INSYNC = 0x14;
const CRC_EOP = 0x20;
const GET_SYNC = 0x30;
const ENTER_PROGMODE = 0x50;
const LEAVE_PROGMODE = 0x51;
const LOAD_ADDRESS = 0x55;
const PROG_PAGE = 0x64;
const READ_PAGE = 0x74;
const READ_SIGN = 0x75;
const MEMTYPE_FLASH = 0x46;

export interface Stk500Options {
  target: AvrTarget;
  /** The line's baud rate as the port was opened (the board's default, or the baud input). */
  baud: number;
  verify: boolean;
  /** Resets the board into its bootloader (DTR pulse, or a virtual board's control channel); false when it could not (no modem lines, reset none). */
  reset: () => Promise<boolean>;
  io: Io;
  report: FlashReport;
  /** When the whole flash must be done by (ms since the epoch): no read waits past it. */
  deadline: number;
}

/** The pages an image covers, whole, with 0xff where it sets nothing (written pages are erased first). */
export function pagesOf(image: FlashImage, pageBytes: number): { address: number; data: Uint8Array }[] {
  const first = Math.floor(image.start / pageBytes) * pageBytes;
  const end = image.start + image.data.length;
  const pages: { address: number; data: Uint8Array }[] = [];
  for (let address = first; address < end; address += pageBytes) {
    const data = new Uint8Array(pageBytes).fill(0xff);
    const from = Math.max(address, image.start);
    const to = Math.min(address + pageBytes, end);
    data.set(image.data.subarray(from - image.start, to - image.start), from - address);
    pages.push({ address, data });
  }
  return pages;
}

function loadAddress(byteAddress: number): number[] {
  const word = byteAddress >> 1;
  return [LOAD_ADDRESS, word & 0xff, (word >> 8) & 0xff, CRC_EOP];
}

/**
 * How long a bootloader has to answer a short command. A real one answers in milliseconds; the
 * slack is for a board that stalls — a loaded machine's emulated one, a busy network bridge.
 * (avrdude waits 5 s.) Only a failing flash ever waits it out.
 */
const answerMs = 2_000;

/** Time for `bytes` to cross the line at `baud` (10 bits a byte), plus the same slack. */
function wireMs(bytes: number, baud: number): number {
  return Math.ceil((bytes * 10 * 1000) / baud) * 2 + answerMs;
}

function expectBytes(got: Buffer, expected: readonly number[], what: string, port: string): void {
  if (got.equals(Buffer.from(expected))) return;
  throw new BoardlineError(
    'failed',
    `The bootloader on ${port} answered ${what} with ${got.toString('hex')} instead of ${Buffer.from(expected).toString('hex')}`,
    {
      hint: 'Fix: check fqbn and baud match the board; the bootloader lost sync',
    },
  );
}

/** How long a GET_SYNC sent without a reset before it waits for its answer before another is sent. */
const resyncMs = 600;

/**
 * Gets in sync with the bootloader: a reset, then GET_SYNC until it answers. A sync sent while the
 * bootloader is still starting (flashing its LED) waits in the UART's receive buffer, and it reads
 * it once it listens: so the first sync after a reset is given a bootloader's whole start-up to be
 * answered, and a second is sent only after that — two in the buffer at once overrun it, and the
 * bootloader then meets half a command. Returns how many syncs went unanswered within their wait:
 * their answers may still come, ahead of the next command's (the board answers in order).
 */
async function sync(link: SerialLink, options: Stk500Options, port: string): Promise<number> {
  const attempts = 8;
  let unanswered = 0;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    // Without a reset of its own (no modem lines, reset none) the bootloader may be anywhere in its
    // short wait for a host: syncs then go at the short interval, so that one lands within it.
    let afterReset = false;
    if (attempt === 1 || attempt === 5) {
      afterReset = await options.reset();
      if (afterReset) unanswered = 0; // a reset empties the bootloader's buffer: nothing sent before it is answered
    }
    link.discard();
    await link.write(Uint8Array.of(GET_SYNC, CRC_EOP));
    const remaining = options.deadline - Date.now();
    if (remaining <= 0) break;
    try {
      const reply = await link.read(2, Math.min(afterReset ? answerMs : resyncMs, remaining), 'GET_SYNC');
      if (reply[0] === STK_INSYNC && reply[1] === STK_OK) return unanswered;
    } catch (error) {
      if (error instanceof BoardlineError && error.kind === 'port') throw error;
    }
    unanswered += 1;
    options.io.debug(`no sync with the bootloader on ${port}, attempt ${attempt} of ${attempts}`);
  }
  throw new BoardlineError('timeout', `No answer from a bootloader on ${port} after ${attempts} attempts and two resets`, {
    hint: 'Fix: check the board has a serial bootloader (burn one if it was flashed with a programmer), that fqbn and baud match it, and that the port is the board',
  });
}

/**
 * The answer to READ_SIGN (INSYNC, three signature bytes, OK), after at most `stale` late answers
 * to earlier syncs (INSYNC OK each). Told apart by content: a signature's first byte is never OK.
 */
function signatureAnswer(stale: number): (buffer: Buffer) => number | undefined {
  return (buffer) => {
    let skipped = 0;
    while (skipped < stale && buffer.length >= 2 * skipped + 2 && buffer[2 * skipped] === STK_INSYNC && buffer[2 * skipped + 1] === STK_OK)
      skipped += 1;
    const end = 2 * skipped + 5;
    return buffer.length >= end ? end : undefined;
  };
}

/**
 * Flashes an image through an STK500v1 bootloader (optiboot, ATmegaBOOT): sync, signature check,
 * one LOAD_ADDRESS + PROG_PAGE exchange per page (avrdude waits for each of the two), then a
 * read-back in one LOAD_ADDRESS + READ_PAGE exchange per 256 bytes (avrdude: two per page), and LEAVE_PROGMODE so the
 * application starts. The report records each page as it is written, so a failure says exactly
 * what state the board is left in.
 */
export async function flashStk500v1(link: SerialLink, image: FlashImage, port: string, options: Stk500Options): Promise<void> {
  const { target, report, io } = options;
  const stale = await sync(link, options, port);
  await link.write(Uint8Array.of(READ_SIGN, CRC_EOP));
  const signature = (await link.readUnit(signatureAnswer(stale), answerMs, 'READ_SIGN')).subarray(-5);
  if (signature[0] !== STK_INSYNC || signature[4] !== STK_OK) expectBytes(signature, [STK_INSYNC, 0, 0, 0, STK_OK], 'READ_SIGN', port);
  const found = signature.subarray(1, 4);
  if (!found.equals(Buffer.from(target.signature))) {
    throw new BoardlineError(
      'failed',
      `The MCU on ${port} has signature ${formatSignature(found)}, not ${formatSignature(target.signature)} (${target.name})`,
      {
        hint: 'Fix: set fqbn to the board actually connected, or connect the board the firmware was built for; nothing was written',
      },
    );
  }
  await link.write(Uint8Array.of(ENTER_PROGMODE, CRC_EOP));
  expectBytes(await link.read(2, answerMs, 'ENTER_PROGMODE'), [STK_INSYNC, STK_OK], 'ENTER_PROGMODE', port);

  const pages = pagesOf(image, target.pageBytes);
  report.begin(
    pages.map((page) => page.address),
    target.pageBytes,
  );
  for (const page of pages) {
    const command = [...loadAddress(page.address), PROG_PAGE, 0, target.pageBytes, MEMTYPE_FLASH, ...page.data, CRC_EOP];
    report.writing(page.address);
    await link.write(Uint8Array.from(command));
    const reply = await link.read(
      4,
      Math.min(wireMs(command.length, options.baud) + 100, Math.max(1, options.deadline - Date.now())),
      `PROG_PAGE at 0x${page.address.toString(16)}`,
    );
    expectBytes(reply, [STK_INSYNC, STK_OK, STK_INSYNC, STK_OK], `PROG_PAGE at 0x${page.address.toString(16)}`, port);
    report.written(page.address);
    io.debug(`wrote page 0x${page.address.toString(16)}`);
  }

  if (options.verify) {
    const first = pages[0]?.address ?? 0;
    const total = pages.length * target.pageBytes;
    // optiboot takes only the low byte of READ_PAGE's length (0 meaning 256): 256 bytes a request.
    const chunk = 256;
    const readBack = new Uint8Array(total);
    for (let offset = 0; offset < total; offset += chunk) {
      const length = Math.min(chunk, total - offset);
      await link.write(
        Uint8Array.from([...loadAddress(first + offset), READ_PAGE, (length >> 8) & 0xff, length & 0xff, MEMTYPE_FLASH, CRC_EOP]),
      );
      const reply = await link.read(
        length + 4,
        Math.min(wireMs(length + 4, options.baud), Math.max(1, options.deadline - Date.now())),
        `READ_PAGE at 0x${(first + offset).toString(16)}`,
      );
      expectBytes(reply.subarray(0, 3), [STK_INSYNC, STK_OK, STK_INSYNC], 'READ_PAGE', port);
      expectBytes(reply.subarray(length + 3), [STK_OK], 'READ_PAGE', port);
      readBack.set(reply.subarray(3, length + 3), offset);
      report.verifying(offset + length, total);
    }
    pages.forEach((page, index) => {
      const got = readBack.subarray(index * target.pageBytes, (index + 1) * target.pageBytes);
      const differs = got.findIndex((byte, at) => byte !== page.data[at]);
      if (differs !== -1) {
        const address = page.address + differs;
        throw new BoardlineError(
          'failed',
          `Verify failed on ${port}: flash at 0x${address.toString(16)} reads 0x${(got[differs] ?? 0).toString(16)}, the firmware has 0x${(page.data[differs] ?? 0).toString(16)}`,
          { hint: 'Fix: flash again; if it keeps failing, the flash may be worn or the bootloader write-protected' },
        );
      }
    });
    report.verified();
  }
  await link.write(Uint8Array.of(LEAVE_PROGMODE, CRC_EOP));
  expectBytes(await link.read(2, answerMs, 'LEAVE_PROGMODE'), [STK_INSYNC, STK_OK], 'LEAVE_PROGMODE', port);
}
