/**
 * Virtual board benchmark: how fast the emulated ATmega328P runs, and what a board costs the
 * host while its firmware sleeps. Run: npm run bench:virtual-board. Targets (issue): at least
 * 1.0x real time (16 MHz) with a busy firmware; well under one core with a sleeping one.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Atmega328p } from '../src/virtual/atmega328p.js';
import { buildBannerFirmware, buildFixtureFirmware } from '../test/harness/firmware.js';
import { boardlineSandbox } from '../test/harness/virtual-boards.js';
import { flashWith } from './avr-flash.js';
import { processCpuMs } from './process-cpu.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({ purpose: 'npm run bench:virtual-board', packages: ['gcc-avr', 'avr-libc', 'binutils-avr', 'arduino-core-avr', 'socat'] });

/** Unpaced: emulated cycles per wall-clock second, as a ratio to the Uno's 16 MHz. */
async function unpacedSpeed(hex: string, emulatedSeconds: number): Promise<number> {
  const { flash, bootStart } = await flashWith(hex);
  const mcu = new Atmega328p(flash, bootStart);
  const started = performance.now();
  mcu.runUntil(16_000_000 * emulatedSeconds);
  return emulatedSeconds / ((performance.now() - started) / 1000);
}

/** A running board process: its share of one core and how emulated time kept up with wall time. */
async function boardCost(hex: string, windowMs: number): Promise<{ core: number; realTime: number }> {
  const sandbox = await boardlineSandbox();
  try {
    const board = await sandbox.startBoard(['--name', 'bench', '--firmware', hex]);
    const status = async (): Promise<{ pid: number; emulatedMs: number; uptimeMs: number }> => {
      const run = await sandbox.cli(['virtual-board', 'status', '--name', board.name, '--json']);
      const [status] = (JSON.parse(run.stdout) as { outputs: { boards: { pid: number; emulatedMs: number; uptimeMs: number }[] } }).outputs
        .boards;
      if (status === undefined) throw new Error(`no status for ${board.name}: ${run.stdout}${run.stderr}`);
      return status;
    };
    await sleep(1000);
    const first = await status();
    const cpuBefore = await processCpuMs(first.pid);
    await sleep(windowMs);
    const second = await status();
    const cpu = (await processCpuMs(first.pid)) - cpuBefore;
    return { core: cpu / windowMs, realTime: (second.emulatedMs - first.emulatedMs) / (second.uptimeMs - first.uptimeMs) };
  } finally {
    await sandbox.stopAll();
  }
}

const busy = await buildBannerFirmware('busy', '0000000');
const sleeper = await buildFixtureFirmware('sleeper');

const busySpeed = await unpacedSpeed(busy.hex, 5);
const sleeperSpeed = await unpacedSpeed(sleeper.hex, 5);
console.log(
  `emulation speed, unpaced: busy firmware ${busySpeed.toFixed(2)}x real time (target >= 1.0x); sleeping firmware ${sleeperSpeed.toFixed(1)}x`,
);

const busyBoard = await boardCost(busy.hex, 5000);
const sleepingBoard = await boardCost(sleeper.hex, 5000);
console.log(
  `board process, paced to real time: busy firmware keeps ${busyBoard.realTime.toFixed(3)}x real time using ${(busyBoard.core * 100).toFixed(0)}% of a core`,
);
console.log(
  `board process, paced to real time: sleeping firmware keeps ${sleepingBoard.realTime.toFixed(3)}x real time using ${(sleepingBoard.core * 100).toFixed(1)}% of a core — ${(sleepingBoard.core / busyBoard.core).toFixed(3)}x the busy board`,
);
