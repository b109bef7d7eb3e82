/**
 * The whole Boardline pipeline on a laptop, no board needed: build a banner firmware stamped with
 * the current commit (avr-gcc), start a virtual Uno running the real optiboot, flash it with
 * flash-serial, check its banner with verify-banner, and say what happened. Run: npm run demo.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli', 'index.cjs');
const required: readonly [string, string][] = [
  ['avr-gcc', 'gcc-avr'],
  ['avr-objcopy', 'binutils-avr'],
  ['socat', 'socat'],
];
const bootloader = '/usr/share/arduino/hardware/arduino/avr/bootloaders/optiboot/optiboot_atmega328.hex';

function has(command: string): boolean {
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], { stdio: 'ignore' }).status === 0;
}

/** Installs what is missing when run as root; otherwise says the one line to run. */
function ensurePackages(): void {
  const missing = required.filter(([command]) => !has(command)).map(([, pkg]) => pkg);
  if (!existsSync(bootloader)) missing.push('arduino-core-avr');
  if (!existsSync('/usr/lib/avr/include/avr/io.h')) missing.push('avr-libc');
  if (missing.length === 0) return;
  const line = `apt-get install -y ${[...new Set(missing)].join(' ')}`;
  if (process.getuid?.() !== 0) {
    console.error(`The demo needs a few Debian packages. Install them, then run npm run demo again:\n\n  sudo ${line}\n`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} …`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...new Set(missing)], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

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

ensurePackages();
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
