import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import type { LoadedScenario } from '../scenario/load-scenario.js';
import { resolvePort } from '../serial/resolve-port.js';
import { parseInputs } from '../spec/parse-inputs.js';
import type { FaceContext } from './context.js';
import { flashSerial, flashSerialSpec } from './flash-serial.js';
import { virtualBoardStart, virtualBoardStartSpec, virtualBoardStop } from './virtual-board.js';

/** The board a run uses, and how to put it away after. */
export interface ScenarioBoard {
  port: string;
  release(): Promise<void>;
}

interface BoardRequest {
  port?: string | undefined;
  firmware?: string | undefined;
  diagram?: string | undefined;
  'tls-ca'?: string | undefined;
  'tls-cert'?: string | undefined;
  'tls-key'?: string | undefined;
}

/**
 * The board a scenario runs on. A port given is used as it is, its firmware flashed first when one
 * is given (a virtual board only: a real one is flashed with flash-serial, which knows its protocol).
 * Without a port, a Wokwi diagram's board is started for the run, wired as the diagram says, with
 * the firmware given or the one wokwi.toml names, and stopped after it.
 */
export async function prepareScenarioBoard(
  options: BoardRequest,
  loaded: LoadedScenario,
  io: Io,
  context: FaceContext,
): Promise<ScenarioBoard> {
  if (options.port !== undefined) {
    if (options.firmware !== undefined) {
      const resolved = await resolvePort(options.port, { stateDir: context.stateDir, tls: options });
      if (resolved.virtual === undefined) {
        throw new BoardlineError(
          'usage',
          `Input "firmware": ${options.port} is a real board, and run-scenario flashes virtual boards only`,
          {
            hint: 'Fix: flash it with flash-serial (it knows the board’s protocol and verifies the flash) in a step before, and leave firmware out here',
          },
        );
      }
      io.info(`Flashing ${options.firmware} onto ${resolved.virtual.name} before the scenario`);
      await flashSerial(parseInputs(flashSerialSpec, { port: options.port, firmware: options.firmware }), io, context);
    }
    return { port: options.port, release: async () => undefined };
  }
  const board = loaded.board;
  if (board === undefined) {
    throw new BoardlineError('usage', 'Input "port" is required unless a Wokwi diagram is given', {
      hint: 'Fix: give the board’s port (or a virtual board’s name), or a diagram (diagram.json) for a virtual board to be started for the run',
    });
  }
  const firmware = options.firmware ?? loaded.firmware;
  if (firmware === undefined) {
    throw new BoardlineError('usage', `Input "firmware": the board of ${options.diagram ?? 'the diagram'} needs firmware to run`, {
      hint: 'Fix: give firmware (an application .hex), or name it in wokwi.toml beside diagram.json: [wokwi] firmware = "build/app.hex"',
    });
  }
  const directory = await mkdtemp(join(context.tempDir, 'run-scenario-wiring-'));
  const wiring = join(directory, 'wiring.yml');
  await writeFile(wiring, board.wiringYaml);
  let started: { outputs: Record<string, unknown> };
  try {
    started = await virtualBoardStart(parseInputs(virtualBoardStartSpec, { board: board.board, firmware, wiring }), io, context);
  } catch (error) {
    await rm(directory, { recursive: true, force: true });
    throw error;
  }
  const name = String(started.outputs['name']);
  io.info(`Started virtual ${board.board} ${name} for the run, wired as ${options.diagram ?? 'the diagram'} says`);
  return {
    port: name,
    release: async () => {
      try {
        await virtualBoardStop({ name }, io, context);
      } finally {
        await rm(directory, { recursive: true, force: true });
      }
    },
  };
}
