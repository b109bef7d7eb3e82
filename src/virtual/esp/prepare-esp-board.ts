import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BoardlineError } from '../../errors.js';
import type { EspBoardModel } from '../boards.js';
import { chooseName, type BoardRequest } from '../prepare-board.js';
import { boardDirectory, type VirtualBoardRecord } from '../registry.js';

export interface PreparedEspBoard {
  model: EspBoardModel;
  name: string;
  directory: string;
  record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>;
  flash: Uint8Array;
}

async function readBytes(input: string, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    if (input === 'flash-file' && (error as NodeJS.ErrnoException).code === 'ENOENT') return Buffer.alloc(0);
    throw new BoardlineError('usage', `Input "${input}": cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * A virtual ESP's flash before it runs: kept from the flash file (of exactly the model's flash
 * size) if there is one, else erased; `firmware` is a whole-flash image from 0x0 (a merged .bin),
 * as if flashed earlier. An ESP has no bootloader to choose: its ROM is the chip's.
 */
export async function prepareEspBoard(model: EspBoardModel, request: BoardRequest, stateDir: string): Promise<PreparedEspBoard> {
  if (request.bootloader !== undefined) {
    throw new BoardlineError('usage', `Input "bootloader" is for AVR boards; the ${model.chip}'s ROM loader is in the chip`, {
      hint: 'Fix: drop bootloader; put a second-stage bootloader in flash with flash-serial or firmware',
    });
  }
  const name = await chooseName(stateDir, model, request.name);
  const flashFile = request['flash-file'] === undefined ? null : resolve(request['flash-file']);
  let flash = new Uint8Array(model.flashBytes).fill(0xff);
  if (flashFile !== null) {
    const kept = await readBytes('flash-file', flashFile);
    if (kept.length !== 0 && kept.length !== model.flashBytes) {
      throw new BoardlineError(
        'usage',
        `Input "flash-file": ${flashFile} holds ${kept.length} bytes, not the ${model.flashBytes} of this ${model.chip}'s flash`,
        {
          hint: 'Fix: point flash-file at a file a virtual board of this kind wrote, or at a path that does not exist yet',
        },
      );
    }
    if (kept.length === model.flashBytes) flash = new Uint8Array(kept);
  }
  if (request.firmware !== undefined) {
    const path = resolve(request.firmware);
    const image = await readBytes('firmware', path);
    if (image.length > model.flashBytes) {
      throw new BoardlineError(
        'usage',
        `Input "firmware": ${path} (${image.length} bytes) is larger than the ${model.flashBytes}-byte flash`,
      );
    }
    flash.fill(0xff);
    flash.set(image, 0);
  }
  const directory = boardDirectory(stateDir, name);
  return {
    model,
    name,
    directory,
    flash,
    record: {
      name,
      board: model.name,
      port: join(directory, 'tty'),
      control: join(directory, 'control.sock'),
      bootloader: `${model.chip} ROM`,
      flashFile,
    },
  };
}
