/**
 * Virtual peripherals benchmark. Run: npm run bench:peripherals. Targets (issue):
 * - a firmware polling a BMP280 over I2C in a tight loop keeps the board at 1.0x real time,
 *   using no more CPU than a busy firmware (the banner firmware spinning on its UART) — both
 *   measured side by side in this run;
 * - tracing a pin toggling at 1 kHz for 10 s adds < 5 % CPU, and its VCD stays under 1 MB.
 */
import { readFile, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseIntelHex } from '../src/flash/intel-hex.js';
import { Atmega328p } from '../src/virtual/atmega328p.js';
import { BoardPeripherals } from '../src/virtual/board-peripherals.js';
import { freshFlash, loadBootloader, placeImage } from '../src/virtual/flash-memory.js';
import { noWiring } from '../src/virtual/wiring.js';
import { buildBannerFirmware, buildFixtureFirmware } from '../test/harness/firmware.js';
import { boardlineSandbox, type BoardlineSandbox } from '../test/harness/virtual-boards.js';
import { processCpuMs } from './process-cpu.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({ purpose: 'npm run bench:peripherals', packages: ['gcc-avr', 'avr-libc', 'binutils-avr', 'arduino-core-avr', 'socat'] });

const optiboot = '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex';

interface Status {
  pid: number;
  emulatedMs: number;
  uptimeMs: number;
}

async function status(sandbox: BoardlineSandbox, name: string): Promise<Status> {
  const run = await sandbox.cli(['virtual-board', 'status', '--name', name, '--json']);
  const [board] = (JSON.parse(run.stdout) as { outputs: { boards: Status[] } }).outputs.boards;
  if (board === undefined) throw new Error(`no status for ${name}: ${run.stdout}${run.stderr}`);
  return board;
}

/** A board process over a window: its share of one core and how its emulated time kept up with wall time. */
async function measure(sandbox: BoardlineSandbox, name: string, during: () => Promise<void>): Promise<{ core: number; realTime: number }> {
  const first = await status(sandbox, name);
  const cpuBefore = await processCpuMs(first.pid);
  const wallBefore = performance.now();
  await during();
  const cpu = (await processCpuMs(first.pid)) - cpuBefore;
  const wall = performance.now() - wallBefore;
  const second = await status(sandbox, name);
  return { core: cpu / wall, realTime: (second.emulatedMs - first.emulatedMs) / (second.uptimeMs - first.uptimeMs) };
}

async function boardRun(args: string[], windowMs: number): Promise<{ core: number; realTime: number }> {
  const sandbox = await boardlineSandbox();
  try {
    const board = await sandbox.startBoard(['--name', 'bench', ...args]);
    await sleep(1000);
    return await measure(sandbox, board.name, () => sleep(windowMs));
  } finally {
    await sandbox.stopAll();
  }
}

/** Unpaced emulation speed of a firmware, with the pins recorded (as every board does) or on a bare MCU. */
async function unpacedSpeed(hex: string, emulatedSeconds: number, recorded: boolean): Promise<number> {
  const bootloader = await loadBootloader(optiboot);
  const flash = freshFlash(bootloader);
  placeImage(flash, parseIntelHex(await readFile(hex, 'latin1'), hex), bootloader.start);
  const mcu = new Atmega328p(flash, bootloader.start);
  if (recorded) await BoardPeripherals.create(mcu, noWiring);
  const started = performance.now();
  mcu.runUntil(16_000_000 * emulatedSeconds);
  return emulatedSeconds / ((performance.now() - started) / 1000);
}

/** A change with its sign: +1.2, -3.9 (a negative one is the machine's noise). */
const signed = (value: number): string => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;

const busy = await buildBannerFirmware('busy', '0000000');
const poller = await buildFixtureFirmware('bmx280-reader', { READ_INTERVAL_MS: 0, PRINT_EVERY: 50 });
const toggler = await buildFixtureFirmware('pins-demo', { HALF_PERIOD_US: 500, TICK_US: 250, NO_PWM: 1, NO_ADC: 1 });

const busyBoard = await boardRun(['--firmware', busy.hex], 5000);
const pollingBoard = await boardRun(['--firmware', poller.hex, '--i2c', 'bmp280@0x76'], 5000);
console.log(`busy firmware (reference): ${busyBoard.realTime.toFixed(3)}x real time, ${(busyBoard.core * 100).toFixed(0)}% of a core`);
console.log(
  `BMP280 polled in a tight loop: ${pollingBoard.realTime.toFixed(3)}x real time (target 1.0x), ${(pollingBoard.core * 100).toFixed(0)}% of a core = ${(pollingBoard.core / busyBoard.core).toFixed(2)}x the busy firmware (target <= 1.0x)`,
);

const recordedSpeed = await unpacedSpeed(toggler.hex, 5, true);
const bareSpeed = await unpacedSpeed(toggler.hex, 5, false);
console.log(
  `1 kHz toggling pin, unpaced emulation: ${recordedSpeed.toFixed(2)}x real time with every change recorded vs ${bareSpeed.toFixed(2)}x bare: recording costs ${((bareSpeed / recordedSpeed - 1) * 100).toFixed(1)}%`,
);

const sandbox = await boardlineSandbox();
try {
  const board = await sandbox.startBoard(['--name', 'toggler', '--firmware', toggler.hex]);
  await sleep(1000);
  const idle = await measure(sandbox, board.name, () => sleep(10_000));
  const out = join(await mkdtemp(join(tmpdir(), 'boardline-bench-')), 'trace.vcd');
  const traced = await measure(sandbox, board.name, async () => {
    const run = await sandbox.cli(['virtual-board', 'trace', board.name, '--pins', '13', '--out', out, '--duration', '10s'], {
      timeoutMs: 120_000,
    });
    if (run.exitCode !== 0) throw new Error(`trace failed: ${run.stderr}`);
  });
  const size = (await stat(out)).size;
  console.log(
    `tracing a 1 kHz pin for 10 s: the board used ${(traced.core * 100).toFixed(1)}% of a core vs ${(idle.core * 100).toFixed(1)}% untraced: ${signed((traced.core / idle.core - 1) * 100)}% (target < 5%); VCD ${(size / 1024).toFixed(0)} KiB (target < 1 MiB)`,
  );
} finally {
  await sandbox.stopAll();
}
