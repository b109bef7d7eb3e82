/**
 * The whole Boardline pipeline on a laptop, no board needed: build a banner firmware stamped with
 * the current commit (avr-gcc), start a virtual Uno running the real optiboot, flash it with
 * flash-serial, check its banner with verify-banner, and say what happened. Run: npm run demo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDebianPackages } from './system-packages.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.cjs');
/** What the demo runs: avr-gcc and avr-libc for the firmware, socat for the board's port, and the bootloader. */
const packages = ['gcc-avr', 'binutils-avr', 'avr-libc', 'socat', 'arduino-core-avr'];

function boardline(args: readonly string[], env: NodeJS.ProcessEnv): string {
  const run = spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`boardline ${args.join(' ')} failed (exit code ${String(run.status)})`);
  return run.stdout.trim();
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short=7', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return '0000000';
  }
}

ensureDebianPackages(packages, 'The demo');
const version = commit();
const work = await mkdtemp(join(tmpdir(), 'boardline-demo-'));
const env = { ...process.env, BOARDLINE_STATE_DIR: join(work, 'state') };
const elf = join(work, 'blink.elf');
const hex = join(work, 'blink.hex');

console.log(`\n1. Build: banner firmware for an ATmega328P, stamped with commit ${version}`);
execFileSync('avr-gcc', [
  '-mmcu=atmega328p',
  '-Os',
  '-DF_CPU=16000000UL',
  '-DBANNER_APP="blink"',
  `-DBANNER_VERSION="${version}"`,
  '-o',
  elf,
  join(root, 'test', 'fixtures', 'firmware', 'banner.c'),
]);
execFileSync('avr-objcopy', ['-O', 'ihex', '-R', '.eeprom', elf, hex]);
console.log(`   ${hex}`);

console.log('\n2. Start a virtual Arduino Uno running the real optiboot');
const port = boardline(['virtual-board', 'start', '--board', 'uno', '--name', 'demo'], env);
try {
  console.log(`   port ${port}`);
  console.log('\n3. flash-serial: write and verify the firmware through the bootloader');
  console.log(`   ${boardline(['flash-serial', '--port', 'demo', '--firmware', hex], env)}`);
  console.log(`\n4. verify-banner: reset the board and wait for "BOOT blink ${version}"`);
  console.log(`   ${boardline(['verify-banner', '--port', 'demo', '--expect', `BOOT blink ${version}`, '--timeout', '20s'], env)}`);
  console.log('\nThe firmware built from this commit runs on the board. Done.');
} finally {
  boardline(['virtual-board', 'stop', '--name', 'demo'], env);
}
