import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import type { FlashBackend } from './flash-backend.js';
import { readFirmware } from './firmware-file.js';
import { externalToolPort } from './tool-port.js';
import { stat } from 'node:fs/promises';

/**
 * The arduino-cli upload command line: the board's own upload tool (esptool for ESP8266/ESP32,
 * bossac for SAMD, avrdude for AVR) as the platform configures it. The firmware's directory is
 * the input directory, as compile-sketch (or arduino-cli compile --output-dir) leaves it.
 */
export function arduinoCliArguments(port: string, fqbn: string, firmwarePath: string, givenDirectory: boolean, verify: boolean): string[] {
  const input = givenDirectory ? ['--input-dir', firmwarePath] : ['--input-file', firmwarePath];
  return ['upload', '-p', port, '--fqbn', fqbn, ...input, ...(verify ? ['--verify'] : [])];
}

export async function flashWithArduinoCli(args: readonly string[], io: Io, timeoutMs: number): Promise<void> {
  io.info(`arduino-cli ${args.join(' ')}`);
  const run = await runTool('arduino-cli', args, io, {
    timeoutMs,
    installHint: 'run the setup-arduino-cli action (or install arduino-cli) before flash-serial',
  });
  if (run.exitCode !== 0) {
    const reason = run.lastLines.filter((line) => /error|failed|fatal/i.test(line)).pop() ?? run.lastLines[run.lastLines.length - 1] ?? '';
    throw new BoardlineError('failed', `arduino-cli upload failed (exit code ${String(run.exitCode)}): ${reason}`, {
      hint: /no such file|not found|cannot open|could not open/i.test(run.output)
        ? 'Fix: the port is wrong or busy; check the board is connected'
        : /platform not installed|unknown fqbn|invalid fqbn/i.test(run.output)
          ? 'Fix: install the board platform (setup-arduino-cli platforms) and check fqbn'
          : 'Fix: see the arduino-cli output above',
      details: run.lastLines.join('\n'),
    });
  }
}

/**
 * arduino-cli upload: any board whose platform is installed. Auto's choice for an fqbn no native
 * backend knows (it is last in the table).
 */
export const arduinoCliBackend: FlashBackend = {
  name: 'arduino-cli',
  isDefaultFor: (board) => board.fqbn !== undefined,
  async plan(settings, port) {
    const fqbn = settings.fqbn;
    if (fqbn === undefined) {
      throw new BoardlineError('usage', 'Input "fqbn" is needed to flash with arduino-cli', {
        hint: 'Fix: set fqbn to the board, e.g. esp8266:esp8266:d1_mini',
      });
    }
    const [given, ...others] = settings.firmware;
    if (given === undefined || others.length > 0 || given.includes('@')) {
      throw new BoardlineError('usage', 'Input "firmware": arduino-cli upload takes one file or a compile-sketch output directory', {
        hint: 'Fix: give the output directory (arduino-cli reads the offsets from the platform), or use protocol esp-rom for FILE@OFFSET pairs',
      });
    }
    const directory = await stat(given).then(
      (info) => info.isDirectory(),
      () => false,
    );
    // Read and checked like any firmware, so a missing or unreadable one fails before the port is locked.
    const firmware = await readFirmware(given, settings.offset ?? 0);
    const args = arduinoCliArguments(
      externalToolPort('arduino-cli', port),
      fqbn,
      directory ? given : firmware.path,
      directory,
      settings.verify,
    );
    return {
      describe: `${directory ? given : firmware.path} for ${fqbn}`,
      tracksBoardState: false,
      async run(session) {
        await flashWithArduinoCli(args, session.io, settings.timeout);
        return { bytes: firmware.image.data.length, verified: settings.verify, state: settings.verify ? 'verified' : 'written' };
      },
    };
  },
};
