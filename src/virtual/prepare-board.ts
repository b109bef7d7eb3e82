import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { BoardlineError } from '../errors.js';
import { readFirmware } from '../flash/firmware-file.js';
import type { AvrBoardModel, VirtualBoardModel } from './boards.js';
import { freshFlash, loadBootloader, placeImage, readFlashFile } from './flash-memory.js';
import { boardDirectory, checkBoardName, findBoard, type VirtualBoardRecord } from './registry.js';
import { findDefaultBootloader } from './default-bootloader.js';

/** The virtual-board inputs that decide what the board is (named as the inputs are). */
export interface BoardRequest {
  board: string;
  name: string | undefined;
  bootloader: string | undefined;
  firmware: string | undefined;
  'flash-file': string | undefined;
  /** AVR boards: a wiring YAML file, and devices given as --i2c KIND@ADDRESS flags. */
  wiring: string | undefined;
  i2c: readonly string[];
}

export interface PreparedBoard {
  model: AvrBoardModel;
  name: string;
  directory: string;
  record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>;
  flash: Uint8Array;
  bootStartByte: number;
}

/** The name asked for, or the first free one of the model's: uno0, uno1, … */
export async function chooseName(stateDir: string, model: VirtualBoardModel, name: string | undefined): Promise<string> {
  if (name !== undefined) {
    checkBoardName(name);
    const running = await findBoard(stateDir, name);
    if (running !== undefined) {
      throw new BoardlineError(
        'usage',
        `Input "name": a virtual board named ${name} is already running (pid ${running.pid}, port ${running.port})`,
        {
          hint: `Fix: choose another name, or stop it first: boardline virtual-board stop --name ${name}`,
        },
      );
    }
    return name;
  }
  for (let index = 0; ; index += 1) {
    const candidate = `${model.name}${index}`;
    if ((await findBoard(stateDir, candidate)) === undefined) return candidate;
  }
}

/**
 * Everything a virtual board needs before it runs, checked up front so that bad input fails in
 * the foreground with a clear error: the model, a free name, the bootloader, and its flash —
 * kept from the flash file if there is one, else erased, with the bootloader and any firmware.
 */
export async function prepareBoard(model: AvrBoardModel, request: BoardRequest, stateDir: string): Promise<PreparedBoard> {
  const name = await chooseName(stateDir, model, request.name);
  const bootloaderPath =
    request.bootloader === undefined
      ? await findDefaultBootloader(model, { env: process.env, home: homedir() })
      : resolve(request.bootloader);
  const bootloader = await loadBootloader(bootloaderPath);
  const flashFile = request['flash-file'] === undefined ? null : resolve(request['flash-file']);
  const flash = (flashFile === null ? undefined : await readFlashFile(flashFile)) ?? freshFlash(bootloader);
  if (request.firmware !== undefined) {
    // As flash-serial reads it: a .hex, an .elf (Wokwi projects name one), a .bin from 0, or a build directory.
    const { path, image } = await readFirmware(resolve(request.firmware), 0);
    const end = image.start + image.data.length;
    if (end > bootloader.start) {
      throw new BoardlineError(
        'usage',
        `Input "firmware": ${path} reaches 0x${end.toString(16)}, into the bootloader at 0x${bootloader.start.toString(16)}`,
        {
          hint: `Fix: the application must fit in ${bootloader.start} bytes`,
        },
      );
    }
    flash.fill(0xff, 0, bootloader.start);
    placeImage(flash, image, bootloader.start);
  }
  const directory = boardDirectory(stateDir, name);
  return {
    model,
    name,
    directory,
    flash,
    bootStartByte: bootloader.start,
    record: {
      name,
      board: model.name,
      port: join(directory, 'tty'),
      control: join(directory, 'control.sock'),
      bootloader: bootloaderPath,
      flashFile,
    },
  };
}
