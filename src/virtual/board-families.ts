import { BoardlineError } from '../errors.js';
import { chipByName, type EspChip } from '../flash/esp/chips.js';
import type { Io } from '../io.js';
import { BoardRunner } from './board-runner.js';
import { virtualBoardModel, type VirtualBoardModel } from './boards.js';
import { EspBoardRunner } from './esp/esp-board-runner.js';
import { prepareEspBoard } from './esp/prepare-esp-board.js';
import { prepareBoard, type BoardRequest } from './prepare-board.js';
import type { VirtualBoardRecord } from './registry.js';
import { loadWiring } from './wiring.js';

/** A running virtual board of any family, as virtual-board run drives it. */
export interface VirtualBoardProcess {
  start(): Promise<VirtualBoardRecord>;
  stop(): Promise<void>;
  readonly done: Promise<void>;
}

/** A board checked and ready to run: bad input has failed before anything was started. */
export interface PreparedVirtualBoard {
  model: VirtualBoardModel;
  name: string;
  directory: string;
  createRunner(io: Io, bridgeLatencyMs: number): VirtualBoardProcess;
}

/** Prepares a board of whichever family its model is: each family's preparation and runner live in its own files. */
export async function prepareVirtualBoard(request: BoardRequest, stateDir: string): Promise<PreparedVirtualBoard> {
  const model = virtualBoardModel(request.board);
  if (model.family === 'esp') {
    if (request.wiring !== undefined || request.i2c.length > 0) {
      throw new BoardlineError(
        'usage',
        `Input "${request.wiring === undefined ? 'i2c' : 'wiring'}": the virtual ${model.name} runs no application code, so nothing wired to it would ever be driven`,
        {
          hint: 'Fix: wire peripherals to a virtual AVR board (uno, nano, duemilanove), or drop the wiring',
        },
      );
    }
    const prepared = await prepareEspBoard(model, request, stateDir);
    return {
      ...prepared,
      createRunner: (io) =>
        new EspBoardRunner({
          record: prepared.record,
          directory: prepared.directory,
          chip: espChipOf(model.chip),
          flash: prepared.flash,
          macWords: model.macWords,
          io,
        }),
    };
  }
  const prepared = await prepareBoard(model, request, stateDir);
  const wiring = await loadWiring(request.wiring, request.i2c);
  return {
    ...prepared,
    createRunner: (io, bridgeLatencyMs) =>
      new BoardRunner({
        record: prepared.record,
        directory: prepared.directory,
        flash: prepared.flash,
        bootStartByte: prepared.bootStartByte,
        frequencyHz: model.frequencyHz,
        bridgeLatencyMs,
        wiring,
        io,
      }),
  };
}

function espChipOf(name: string): EspChip {
  const chip = chipByName(name);
  if (chip === undefined) throw new BoardlineError('failed', `No ROM loader model for the ${name}`);
  return chip;
}
