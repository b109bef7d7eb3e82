import { access, readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { BoardlineError } from '../errors.js';
import { YamlFile } from '../spec/yaml-file.js';
import { parseBoardlineScenario } from './parse-scenario.js';
import type { Scenario } from './steps.js';
import { parseWokwiDiagram, type WokwiBoard } from './wokwi/wokwi-diagram.js';
import { parseWokwiScenario } from './wokwi/wokwi-scenario.js';
import { readWokwiToml } from './wokwi/wokwi-toml.js';

export interface LoadedScenario {
  scenario: Scenario;
  /** The board a Wokwi diagram describes: its model and its wiring. */
  board?: WokwiBoard;
  /** The firmware the wokwi.toml beside the diagram names. */
  firmware?: string;
}

async function readText(path: string, input: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw new BoardlineError(
      'usage',
      `Input "${input}": cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      {
        hint: `Fix: give the path of the ${input} file, relative to the job's working directory`,
      },
    );
  }
}

/** True for a Wokwi automation scenario: it says which version of Wokwi's format it is written in. */
function isWokwiScenario(file: YamlFile): boolean {
  return isMap(file.root) && file.root.items.some((pair) => isScalar(pair.key) && pair.key.value === 'version');
}

/** The firmware a Wokwi project's wokwi.toml names, when the project has one. */
async function projectFirmware(diagramPath: string): Promise<string | undefined> {
  const toml = join(dirname(diagramPath), 'wokwi.toml');
  const present = await access(toml).then(
    () => true,
    () => false,
  );
  return present ? (await readWokwiToml(toml)).firmwarePath : undefined;
}

/**
 * Reads a scenario file, Boardline's own or Wokwi's, and the Wokwi diagram (and its project's
 * wokwi.toml) when one is given: a Wokwi scenario's parts are found in it, and a board can be
 * started wired as it says.
 */
export async function loadScenario(scenarioPath: string, diagramPath?: string): Promise<LoadedScenario> {
  const file = new YamlFile(await readText(scenarioPath, 'scenario'), basename(scenarioPath));
  const board =
    diagramPath === undefined ? undefined : parseWokwiDiagram(new YamlFile(await readText(diagramPath, 'diagram'), basename(diagramPath)));
  const scenario = isWokwiScenario(file) ? parseWokwiScenario(file, board) : parseBoardlineScenario(file);
  const firmware = diagramPath === undefined ? undefined : await projectFirmware(diagramPath);
  return { scenario, ...(board === undefined ? {} : { board }), ...(firmware === undefined ? {} : { firmware }) };
}
