/**
 * flash-serial benchmark: the native STK500v1 backend against avrdude, the same ≥ 30 KB firmware,
 * write + verify, on virtual Unos (real optiboot, UART paced at 115200 baud, 2 ms USB-serial bridge
 * turnaround), side by side in one run; and both against the wire limit (the bytes that must cross
 * the line — the image written and read back — at 10 bits a byte). Run: npm run bench:flash-serial.
 * Targets (issue): native ≤ 0.8x avrdude's time and ≤ 1.2x the wire limit.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parseIntelHex } from '../src/flash/intel-hex.js';
import { buildBannerFirmware } from '../test/harness/firmware.js';
import { boardlineSandbox } from '../test/harness/virtual-boards.js';
import { processCpuMs } from './process-cpu.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({
  purpose: 'npm run bench:flash-serial',
  packages: ['gcc-avr', 'avr-libc', 'binutils-avr', 'arduino-core-avr', 'socat', 'avrdude'],
});

const execFileAsync = promisify(execFile);
const rounds = 3;

const firmware = await buildBannerFirmware('bench', 'b3nch00', 30_000);
const bytes = parseIntelHex(await readFile(firmware.hex, 'latin1'), firmware.hex).data.length;
const wireSeconds = (2 * bytes * 10) / 115_200;

/**
 * The least time any STK500v1 flasher can take through optiboot 4.4, with no round trip and no
 * host time at all: each page's LOAD_ADDRESS + PROG_PAGE command (4 + 133 bytes) down, a page
 * write of ~4 ms during which the bootloader hears nothing (its UART holds 3 bytes), the image read
 * back with 4 bytes of framing per 256, and the 3 LED flashes (6 × 62.5 ms) optiboot makes after a
 * reset before it reads a byte. optiboot's UART runs at 16 MHz / (8 × 17) = 117,647 baud.
 */
function protocolFloorSeconds(imageBytes: number): number {
  const byteSeconds = 10 / 117_647;
  const pages = Math.ceil(imageBytes / 128);
  const readCommands = Math.ceil((pages * 128) / 256);
  return pages * 137 * byteSeconds + pages * 0.004 + (pages * 128 + readCommands * 4) * byteSeconds + 6 * 0.0625;
}
const floorSeconds = protocolFloorSeconds(bytes);
const sandbox = await boardlineSandbox();

/** Seconds a flash took, and the CPU seconds the board's process spent meanwhile. */
interface FlashTiming {
  seconds: number;
  boardCpuSeconds: number;
}

async function timed(boardPid: number, action: () => Promise<unknown>): Promise<FlashTiming> {
  const cpuBefore = await processCpuMs(boardPid);
  const started = performance.now();
  await action();
  const seconds = (performance.now() - started) / 1000;
  return { seconds, boardCpuSeconds: ((await processCpuMs(boardPid)) - cpuBefore) / 1000 };
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

try {
  const board = await sandbox.startBoard(['--name', 'bench', '--bridge-latency', '2ms']);
  const native: FlashTiming[] = [];
  const avrdude: FlashTiming[] = [];
  for (let round = 0; round < rounds; round += 1) {
    native.push(
      await timed(board.pid, async () => {
        const run = await sandbox.cli(['flash-serial', '--port', board.name, '--firmware', firmware.hex], { timeoutMs: 300_000 });
        if (run.exitCode !== 0) throw new Error(`native flash failed:\n${run.stderr}`);
      }),
    );
    avrdude.push(
      await timed(board.pid, () =>
        execFileAsync(
          'avrdude',
          ['-p', 'm328p', '-c', 'arduino', '-P', board.port, '-b', '115200', '-D', '-U', `flash:w:${firmware.hex}:i`],
          { timeout: 300_000 },
        ),
      ),
    );
  }
  const nativeSeconds = median(native.map((run) => run.seconds));
  const avrdudeSeconds = median(avrdude.map((run) => run.seconds));
  console.log(`firmware ${bytes} bytes, write + verify at 115200 baud with a 2 ms bridge turnaround, median of ${rounds}:`);
  console.log(
    `  native stk500v1 ${nativeSeconds.toFixed(2)} s, avrdude ${avrdudeSeconds.toFixed(2)} s, wire limit ${wireSeconds.toFixed(2)} s`,
  );
  console.log(`  native / avrdude: ${(nativeSeconds / avrdudeSeconds).toFixed(2)}x (target <= 0.8x)`);
  console.log(
    `  native / wire limit: ${(nativeSeconds / wireSeconds).toFixed(2)}x (target <= 1.2x); avrdude / wire limit: ${(avrdudeSeconds / wireSeconds).toFixed(2)}x`,
  );
  console.log(
    `  the virtual board's process: ${median(native.map((run) => run.boardCpuSeconds)).toFixed(2)} s of CPU per native flash, ${median(avrdude.map((run) => run.boardCpuSeconds)).toFixed(2)} s per avrdude flash`,
  );
  console.log(
    `  protocol floor (no round trips, no host time; computed): ${floorSeconds.toFixed(2)} s = ${(floorSeconds / wireSeconds).toFixed(2)}x the wire limit; native / floor: ${(nativeSeconds / floorSeconds).toFixed(2)}x`,
  );
} finally {
  await sandbox.stopAll();
}
