import { BoardlineError } from '../../errors.js';
import type { Io } from '../../io.js';
import type { ResetMode } from '../../serial/reset.js';
import { resetBoard } from '../../serial/reset-board.js';
import type { ResolvedPort } from '../../serial/resolve-port.js';
import { virtualBoardModel } from '../../virtual/boards.js';
import type { BoardIdentity, FlashBackend, FlashSettings } from '../flash-backend.js';
import { withAttempts } from '../native-attempts.js';
import { chipByName, readMacAddress, type EspChip } from './chips.js';
import { BaudNotCarried, changeBaud } from './esp-baud.js';
import { declaredChipId, readEspFirmware, type EspFamily, type EspFlashFile } from './esp-firmware.js';
import { startLoader, type StubChoice, type StubHistory } from './esp-loader-choice.js';
import { profileFor, type LoaderProfile } from './loader-profile.js';
import { loaderTitle, RomClient, words, type WireBytes } from './rom-client.js';
import { detectChip, syncWithRom } from './rom-connect.js';
import { romBaudRate, RomCommand } from './rom-protocol.js';
import { verifyFile, writeFile } from './rom-write.js';
import { detectFlashSize, formatFlashSize, setFlashParameters } from './spi-flash.js';
import { StubDidNotStart } from './stub-loader.js';

/** Which ESP chip an fqbn names: esp8266:esp8266:*, or esp32:esp32:* whose board id names the variant. */
export function chipOfFqbn(fqbn: string): EspChip | undefined {
  const [vendor, architecture, board = ''] = fqbn.split(':');
  if (vendor === 'esp8266' && architecture === 'esp8266') return chipByName('ESP8266');
  if (vendor !== 'esp32' || architecture !== 'esp32') return undefined;
  // arduino-esp32's board ids name the variant (esp32s3, esp32c3, lolin_s2_mini, um_tinys3…).
  const variant = /(?:esp32-?|^|[_-]|tiny)(s2|s3|c3|c6|h2|c2|c5|p4)(?:[_-]|$|mini|devkit)/i.exec(board)?.[1];
  // A variant the chip table lacks is not this backend's: auto leaves it to arduino-cli.
  return variant === undefined ? chipByName('ESP32') : chipByName(`ESP32-${variant.toUpperCase()}`);
}

function isEsp(board: BoardIdentity): boolean {
  return board.virtualFamily === 'esp' || (board.fqbn !== undefined && chipOfFqbn(board.fqbn) !== undefined);
}

/** The chip the firmware is meant for, before the board is met: from fqbn, or a virtual board's model. */
function expectedChip(settings: FlashSettings, port: ResolvedPort): EspChip {
  if (settings.fqbn !== undefined) {
    const chip = chipOfFqbn(settings.fqbn);
    if (chip === undefined) {
      throw new BoardlineError('usage', `Input "fqbn": ${settings.fqbn} is not an ESP8266 or ESP32 board`, {
        hint: 'Fix: use an fqbn such as esp8266:esp8266:d1_mini or esp32:esp32:esp32, or another protocol',
      });
    }
    return chip;
  }
  const model = port.virtual === undefined ? undefined : virtualBoardModel(port.virtual.board);
  const chip = model?.family === 'esp' ? chipByName(model.chip) : undefined;
  if (chip !== undefined) return chip;
  throw new BoardlineError('usage', 'Input "fqbn" is needed to flash with esp-rom', {
    hint: 'Fix: set fqbn, e.g. esp8266:esp8266:d1_mini or esp32:esp32:esp32',
  });
}

function familyOf(chip: EspChip): EspFamily {
  return { esp8266: chip.imageChipId === undefined, bootloaderOffset: chip.bootloaderOffset };
}

function isUsbJtagSerial(port: ResolvedPort): boolean {
  return port.info?.usb?.vendorId === '303a' && port.info.usb.productId === '1001';
}

/** The reset sequences a sync tries in turn: what reset asks for, or what the board's bridge needs. */
function downloadResets(mode: ResetMode, port: ResolvedPort): ResetMode[] {
  if (mode === 'dtr' || mode === 'rts') {
    throw new BoardlineError('usage', `Input "reset": ${mode} alone cannot put an ESP into its ROM loader`, {
      hint: 'Fix: use reset auto, esp-classic, esp-tight or esp-usb-jtag (or none, with the board put in download mode by hand)',
    });
  }
  if (mode !== 'auto') return [mode];
  if (port.virtual !== undefined) return ['esp-classic'];
  // The chip's own USB-JTAG-Serial peripheral (Espressif's VID, PID 1001) decodes the lines itself.
  if (isUsbJtagSerial(port)) return ['esp-usb-jtag'];
  return ['esp-tight', 'esp-classic'];
}

/** Checks what needs the board, before anything is written: the chip the files are for, and that they fit its flash. */
function checkAgainstBoard(
  files: readonly EspFlashFile[],
  expected: EspChip,
  chip: EspChip,
  flashBytes: number | undefined,
  port: string,
): void {
  if (chip.name !== expected.name) {
    throw new BoardlineError('usage', `The board on ${port} is an ${chip.name}; the firmware is for an ${expected.name}`, {
      hint: 'Fix: flash the board the firmware was built for, or build it for this one (fqbn); nothing was written',
    });
  }
  for (const file of files) {
    const chipId = declaredChipId(file, familyOf(chip));
    if (chipId !== undefined && chipId !== chip.imageChipId) {
      throw new BoardlineError(
        'usage',
        `Input "firmware": ${file.path} is built for chip id ${chipId}; the board is an ${chip.name} (chip id ${String(chip.imageChipId)})`,
        {
          hint: 'Fix: build the firmware for this chip; nothing was written',
        },
      );
    }
    if (flashBytes !== undefined && file.offset + file.data.length > flashBytes) {
      throw new BoardlineError(
        'usage',
        `Input "firmware": ${file.path} at 0x${file.offset.toString(16)} needs flash up to 0x${(file.offset + file.data.length).toString(16)}; the board has ${formatFlashSize(flashBytes)}`,
        { hint: 'Fix: build for this flash size (a smaller partition scheme), or flash a board with more flash; nothing was written' },
      );
    }
  }
}

/** Has the ROM loader attach the SPI flash, which it needs before any flash command. */
async function attachFlash(client: RomClient, chip: EspChip): Promise<void> {
  if (chip.rom.spiAttach) {
    // ROM loaders from the ESP32 on must be told to, in two words (the stub would want one).
    await client.command(RomCommand.SPI_ATTACH, words(0, 0), 'SPI_ATTACH', 3000);
  } else {
    // The ESP8266 ROM has no SPI_ATTACH: an empty FLASH_BEGIN attaches the flash (as esptool does it).
    await client.command(RomCommand.FLASH_BEGIN, words(0, 0, chip.romFlashBlockBytes, 0), 'FLASH_BEGIN (attach)', 3000);
  }
}

export interface MetBoard {
  chip: EspChip;
  flashBytes: number | undefined;
  mac: string;
}

export async function meetBoard(
  client: RomClient,
  expected: EspChip,
  files: readonly EspFlashFile[],
  io: Io,
  overUsbJtagSerial: boolean,
): Promise<MetBoard> {
  const chip = await detectChip(client);
  // A stub found running (the board was not reset) attached the flash when it started, and takes no 8-byte SPI_ATTACH.
  if (client.loader === 'rom') await attachFlash(client, chip);
  if (overUsbJtagSerial) await disableWatchdogs(client, chip);
  const flash = await detectFlashSize(client, chip);
  if (flash.bytes === undefined)
    io.warning(
      `The flash chip on ${client.port} gave JEDEC id 0x${flash.jedecId.toString(16)}, which names no size; the size check is skipped`,
    );
  if (profileFor(client.loader, chip).spiSetParams && flash.bytes !== undefined) await setFlashParameters(client, flash.bytes);
  checkAgainstBoard(files, expected, chip, flash.bytes, client.port);
  const mac = await readMacAddress(chip, (address) => client.readRegister(address));
  io.info(
    `Chip ${chip.name}, MAC ${mac}, flash ${flash.bytes === undefined ? 'of unknown size' : formatFlashSize(flash.bytes)} (JEDEC 0x${flash.jedecId.toString(16).padStart(6, '0')})`,
  );
  return { chip, flashBytes: flash.bytes, mac };
}

/**
 * The watchdogs a chip reached through its own USB-JTAG-Serial peripheral leaves running in the
 * ROM loader (the RTC watchdog and the super watchdog), which would reset it mid-flash; esptool
 * turns them off the same way after connecting.
 */
async function disableWatchdogs(client: RomClient, chip: EspChip): Promise<void> {
  const watchdogs = chip.usbJtagWatchdogs;
  if (watchdogs === undefined) return;
  await client.writeRegister(watchdogs.rtcWdtProtect, 0x50d83aa1);
  await client.writeRegister(watchdogs.rtcWdtConfig, 0);
  await client.writeRegister(watchdogs.rtcWdtProtect, 0);
  await client.writeRegister(watchdogs.swdProtect, 0x8f1d312a);
  const swd = await client.readRegister(watchdogs.swdConfig);
  await client.writeRegister(watchdogs.swdConfig, (swd | (1 << 31)) >>> 0);
  await client.writeRegister(watchdogs.swdProtect, 0);
}

/** The regions a flash is counted in: whole files when they go compressed (one zlib stream each), else the loader's blocks. */
function regionsOf(
  files: readonly EspFlashFile[],
  profile: LoaderProfile,
): { regions: { address: number; bytes: number }[]; unit: string } {
  if (profile.compress) return { regions: files.map((file) => ({ address: file.offset, bytes: file.data.length })), unit: 'images' };
  const block = profile.flashBlockBytes;
  return {
    regions: files.flatMap((file) =>
      Array.from({ length: Math.ceil(file.data.length / block) }, (_, index) => ({
        address: file.offset + index * block,
        bytes: Math.min(block, file.data.length - index * block),
      })),
    ),
    unit: 'blocks',
  };
}

/**
 * The wire debug line: the totals a wire-limit comparison reads, then the split by baud, since
 * the stub's upload and the meeting go at the ROM's baud and the data at the fast one:
 * "N bytes sent and M received on the wire (A sent and B received at 115200, C sent and D received at 921600)".
 */
export function wireLine(sent: number, received: number, byBaud: readonly WireBytes[]): string {
  const split = byBaud.map((at) => `${at.sent} sent and ${at.received} received at ${at.baud}`).join(', ');
  return `${sent} bytes sent and ${received} received on the wire (${split})`;
}

function lineOf(port: ResolvedPort): 'local' | 'rfc2217' | 'fixed' {
  const scheme = port.network?.address.scheme;
  return scheme === undefined ? 'local' : scheme === 'tcp' ? 'fixed' : 'rfc2217';
}

interface Flashed {
  board: MetBoard;
  profile: LoaderProfile;
  baud: number;
  why: string;
}

/**
 * Boardline's own client for Espressif's serial loaders (ESP8266, ESP32, -S2, -S3, -C3): it
 * meets the board through the ROM loader, then (input stub) uploads Espressif's flasher stub and
 * flashes through it, or stays with the ROM; one client, two loader profiles (loader-profile.ts).
 */
export const espRomBackend: FlashBackend = {
  name: 'esp-rom',
  isDefaultFor: isEsp,
  async plan(settings, port) {
    const expected = expectedChip(settings, port);
    const resets = downloadResets(settings.reset, port);
    const files = await readEspFirmware(settings.firmware, settings.offset, familyOf(expected));
    const total = files.reduce((sum, file) => sum + file.data.length, 0);
    const choice: StubChoice = settings.stub;
    return {
      describe: files.map((file) => `${file.path}@0x${file.offset.toString(16)} (${file.data.length} bytes)`).join(', '),
      tracksBoardState: true,
      async run(session) {
        const { io } = session;
        const deadline = Date.now() + settings.timeout;
        const history: StubHistory = {};
        let baudFellBack = false;
        const flashed = await withAttempts(
          session,
          {
            baud: romBaudRate,
            retries: settings.retries,
            deadline,
            lockTimeoutMs: settings['lock-timeout'],
            // A wrong chip, a file that does not fit, a stub required that did not start, a baud asked for that the
            // line does not carry: another attempt would not change them.
            retriable: (error) =>
              (error.kind === 'timeout' || error.kind === 'failed') &&
              !(error instanceof StubDidNotStart) &&
              !(error instanceof BaudNotCarried),
          },
          async (link, serial): Promise<Flashed> => {
            const client = new RomClient(link, session.port.path);
            const meet = async (): Promise<{ board: MetBoard; stubRunning: boolean }> => {
              const synced = await syncWithRom(client, {
                resets,
                reset: async (mode) => {
                  await resetBoard(session.port, serial, mode, io);
                },
                attempts: 7,
                deadline,
                io,
              });
              client.loader = synced.stubRunning ? 'stub' : 'rom';
              const board = await meetBoard(client, expected, files, io, isUsbJtagSerial(session.port));
              return { board, stubRunning: synced.stubRunning };
            };
            let loader = await startLoader(client, choice, history, meet, io, deadline);
            io.info(`Loader: the ${loaderTitle(loader.profile.kind)} (${loader.why})`);
            const wanted = baudFellBack ? romBaudRate : (settings.baud ?? loader.profile.defaultBaud);
            const change = await changeBaud(client, loader.board.chip, loader.profile, serial, {
              baud: wanted,
              asked: settings.baud !== undefined,
              line: lineOf(session.port),
              io,
            });
            let baud: number;
            if ('reconnect' in change) {
              // The default baud did not work out on this port: the board is reset and met again at the ROM's.
              baudFellBack = true;
              io.warning(`${change.reconnect.charAt(0).toUpperCase()}${change.reconnect.slice(1)}; continuing at ${romBaudRate} baud`);
              loader = await startLoader(client, choice, history, meet, io, deadline);
              io.info(`Loader: the ${loaderTitle(loader.profile.kind)} (${loader.why})`);
              baud = client.baud;
            } else {
              baud = change.baud;
            }
            const { board, profile } = loader;
            const { regions, unit } = regionsOf(files, profile);
            session.report.beginRegions(regions, unit);
            for (const file of files) await writeFile(client, profile, file, { report: session.report, deadline });
            // No FLASH_END on a ROM (see LoaderProfile.endAfterFile): the hard reset below ends the session, as esptool does.
            if (settings.verify) {
              if (profile.md5 === 'none')
                io.info(`The ${board.chip.name} ROM has no MD5: reading the flash back through the SPI registers`);
              for (const file of files) await verifyFile(client, board.chip, profile, file, session.report, deadline);
              session.report.verified();
            }
            // What crossed the line, framing included: the figure a wire-limit comparison needs.
            io.debug(wireLine(client.sentBytes, client.receivedBytes, client.wireBytes()));
            // Into the application: EN pulsed with GPIO0 high (the virtual board's plain reset).
            await resetBoard(session.port, serial, 'rts', io);
            return { board, profile, baud, why: loader.why };
          },
        );
        const { board } = flashed;
        const stub = flashed.profile.kind === 'stub';
        return {
          bytes: total,
          verified: settings.verify,
          state: session.report.state,
          outputs: {
            chip: board.chip.name,
            'flash-size': board.flashBytes === undefined ? '' : formatFlashSize(board.flashBytes),
            mac: board.mac,
            stub,
            baud: flashed.baud,
          },
          note: `Loader: the ${loaderTitle(flashed.profile.kind)} at ${flashed.baud} baud (${flashed.why})`,
        };
      },
    };
  },
};
