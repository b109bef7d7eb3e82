import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';

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
