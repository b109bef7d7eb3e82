import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isMap, isScalar } from 'yaml';
import { BoardlineError } from '../errors.js';
import { YamlFile } from '../spec/yaml-file.js';
import { parseBoardlineScenario } from './parse-scenario.js';
import type { Scenario } from './steps.js';

export interface LoadedScenario {
  scenario: Scenario;
  /** The board a Wokwi diagram describes: its model and its wiring. */
  board?: { board: 'uno' | 'nano'; wiringYaml: string };
  /** The firmware wokwi.toml names, beside the diagram. */
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

/** Reads a scenario file, Boardline's own or Wokwi's. */
export async function loadScenario(scenarioPath: string, _diagramPath?: string): Promise<LoadedScenario> {
  const file = new YamlFile(await readText(scenarioPath, 'scenario'), basename(scenarioPath));
  if (isWokwiScenario(file)) throw new BoardlineError('usage', 'Wokwi scenarios are not read yet');
  return { scenario: parseBoardlineScenario(file) };
}
