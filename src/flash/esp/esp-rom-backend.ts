import { BoardlineError } from '../../errors.js';
import type { Io } from '../../io.js';
import type { ResetMode } from '../../serial/reset.js';
import { resetBoard } from '../../serial/reset-board.js';
import type { ResolvedPort } from '../../serial/resolve-port.js';
import { virtualBoardModel } from '../../virtual/boards.js';
import type { BoardIdentity, FlashBackend, FlashSettings } from '../flash-backend.js';
import { withAttempts } from '../native-attempts.js';
import { chipByName, chipDetectMagicAddress, readMacAddress, type EspChip } from './chips.js';
import { declaredChipId, readEspFirmware, type EspFamily, type EspFlashFile } from './esp-firmware.js';
import { RomClient, words } from './rom-client.js';
import { detectChip, syncWithRom } from './rom-connect.js';
import { romBaudRate, RomCommand } from './rom-protocol.js';
import { verifyFile, writeFile } from './rom-write.js';
import { detectFlashSize, formatFlashSize } from './spi-flash.js';

/** esptool's default: fast, and within what the common USB bridges (CP210x, CH340, FTDI) carry. */
const defaultFastBaud = 460800;

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

interface MetBoard {
  chip: EspChip;
  flashBytes: number | undefined;
  mac: string;
}

async function meetBoard(
  client: RomClient,
  expected: EspChip,
  files: readonly EspFlashFile[],
  io: Io,
  overUsbJtagSerial: boolean,
): Promise<MetBoard> {
  const chip = await detectChip(client);
  if (chip.rom.spiAttach) {
    // ROM loaders from the ESP32 on must be told to attach the SPI flash before they can use it.
    await client.command(RomCommand.SPI_ATTACH, words(0, 0), 'SPI_ATTACH', 3000);
  } else {
    // The ESP8266 ROM has no SPI_ATTACH: an empty FLASH_BEGIN attaches the flash (as esptool does it).
    await client.command(RomCommand.FLASH_BEGIN, words(0, 0, chip.romFlashBlockBytes, 0), 'FLASH_BEGIN (attach)', 3000);
  }
  if (overUsbJtagSerial) await disableWatchdogs(client, chip);
  const flash = await detectFlashSize(client, chip);
  if (flash.bytes === undefined)
    io.warning(
      `The flash chip on ${client.port} gave JEDEC id 0x${flash.jedecId.toString(16)}, which names no size; the size check is skipped`,
    );
  if (chip.rom.spiSetParams && flash.bytes !== undefined) {
    await client.command(RomCommand.SPI_SET_PARAMS, words(0, flash.bytes, 64 * 1024, 4096, 256, 0xffff), 'SPI_SET_PARAMS', 3000);
  }
  checkAgainstBoard(files, expected, chip, flash.bytes, client.port);
  const mac = await readMacAddress(chip, (address) => client.readRegister(address));
  io.info(
    `Chip ${chip.name}, MAC ${mac}, flash ${flash.bytes === undefined ? 'of unknown size' : formatFlashSize(flash.bytes)} (JEDEC 0x${flash.jedecId.toString(16).padStart(6, '0')})`,
  );
  return { chip, flashBytes: flash.bytes, mac };
}

/** Moves the ROM and the port to a faster baud where the ROM can; the ROM answers at the old one first. */
async function changeBaud(
  client: RomClient,
  chip: EspChip,
  serial: { update: (options: { baudRate: number }, callback: (error: Error | null | undefined) => void) => void },
  baud: number,
  io: Io,
  lineBaudFixed: boolean,
): Promise<number> {
  if (baud === romBaudRate) return romBaudRate;
  if (!chip.rom.changeBaud) {
    io.warning(`The ${chip.name} ROM loader cannot change its baud rate: staying at ${romBaudRate}`);
    return romBaudRate;
  }
  if (lineBaudFixed) {
    // A raw TCP serial server's line runs at the baud its own configuration sets: the ROM must stay at it.
    io.info(`A tcp:// port cannot change the line's baud rate: staying at ${romBaudRate} (rfc2217:// can)`);
    return romBaudRate;
  }
  await client.command(RomCommand.CHANGE_BAUDRATE, words(baud, 0), `CHANGE_BAUDRATE ${baud}`, 3000);
  await new Promise<void>((resolve, reject) =>
    serial.update({ baudRate: baud }, (error) => (error === null || error === undefined ? resolve() : reject(error))),
  ).catch((error: unknown) => {
    throw new BoardlineError('port', `Input "baud": the port ${client.port} cannot be set to ${baud} baud: ${(error as Error).message}`, {
      hint: `Fix: set baud to ${romBaudRate} (the ROM's own), or a rate the USB bridge supports`,
    });
  });
  // The ROM switches once its answer is out; anything in between is noise.
  await new Promise((resolve) => setTimeout(resolve, 50));
  client.link.discard();
  try {
    await client.readRegister(chipDetectMagicAddress, 1000);
  } catch (error) {
    throw new BoardlineError('timeout', `The ROM loader on ${client.port} stopped answering after the change to ${baud} baud`, {
      hint: `Fix: set baud to a lower rate (${romBaudRate} always works); long cables and some USB bridges do not carry ${baud}`,
      cause: error,
    });
  }
  io.info(`Baud rate ${baud}`);
  return baud;
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

/**
 * Boardline's own client for Espressif's serial ROM loader (ESP8266, ESP32, -S2, -S3, -C3): no
 * flasher stub is uploaded (see the README), so everything here is what the ROM itself does.
 */
export const espRomBackend: FlashBackend = {
  name: 'esp-rom',
  isDefaultFor: isEsp,
  async plan(settings, port) {
    const expected = expectedChip(settings, port);
    const resets = downloadResets(settings.reset, port);
    const files = await readEspFirmware(settings.firmware, settings.offset, familyOf(expected));
    const total = files.reduce((sum, file) => sum + file.data.length, 0);
    return {
      describe: files.map((file) => `${file.path}@0x${file.offset.toString(16)} (${file.data.length} bytes)`).join(', '),
      tracksBoardState: true,
      async run(session) {
        const deadline = Date.now() + settings.timeout;
        const met = await withAttempts(
          session,
          {
            baud: romBaudRate,
            retries: settings.retries,
            deadline,
            lockTimeoutMs: settings['lock-timeout'],
            // A wrong chip, a file that does not fit: another attempt would not change them.
            retriable: (error) => error.kind === 'timeout' || error.kind === 'failed',
          },
          async (link, serial) => {
            const client = new RomClient(link, session.port.path);
            await syncWithRom(client, {
              resets,
              reset: async (mode) => {
                await resetBoard(session.port, serial, mode, session.io);
              },
              attempts: 7,
              deadline,
              io: session.io,
            });
            const board = await meetBoard(client, expected, files, session.io, isUsbJtagSerial(session.port));
            await changeBaud(
              client,
              board.chip,
              serial,
              settings.baud ?? (board.chip.rom.changeBaud ? defaultFastBaud : romBaudRate),
              session.io,
              session.port.network?.address.scheme === 'tcp',
            );
            const compress = board.chip.rom.deflate;
            session.report.beginRegions(
              compress
                ? files.map((file) => ({ address: file.offset, bytes: file.data.length }))
                : files.flatMap((file) =>
                    Array.from({ length: Math.ceil(file.data.length / board.chip.romFlashBlockBytes) }, (_, index) => ({
                      address: file.offset + index * board.chip.romFlashBlockBytes,
                      bytes: Math.min(board.chip.romFlashBlockBytes, file.data.length - index * board.chip.romFlashBlockBytes),
                    })),
                  ),
              compress ? 'images' : 'blocks',
            );
            for (const file of files) {
              if (compress) session.report.writing(file.offset);
              await writeFile(client, board.chip, file, { compress, report: session.report, deadline });
            }
            // No FLASH_END: on a ROM both of its forms leave the loader (reboot, or run the code),
            // and the verify still needs it; the hard reset below ends the session, as esptool does.
            if (settings.verify) {
              if (!board.chip.rom.md5)
                session.io.info(`The ${board.chip.name} ROM has no MD5: reading the flash back through the SPI registers`);
              for (const file of files) await verifyFile(client, board.chip, file, session.report, deadline);
              session.report.verified();
            }
            // What crossed the line, framing included: the figure a wire-limit comparison needs.
            session.io.debug(`${client.sentBytes} bytes sent and ${client.receivedBytes} received on the wire`);
            // Into the application: EN pulsed with GPIO0 high (the virtual board's plain reset).
            await resetBoard(session.port, serial, 'rts', session.io);
            return board;
          },
        );
        return {
          bytes: total,
          verified: settings.verify,
          state: session.report.state,
          outputs: { chip: met.chip.name, 'flash-size': met.flashBytes === undefined ? '' : formatFlashSize(met.flashBytes), mac: met.mac },
        };
      },
    };
  },
};
