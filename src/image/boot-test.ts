import { spawn } from 'node:child_process';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { expectOnConsole, type ConsoleOutcome } from '../serial/console-expect.js';
import { compilePattern, type Pattern } from '../serial/patterns.js';
import { Transcript } from '../serial/transcript.js';
import type { PiBoard } from './boards.js';
import { initrdFile, kernelFile } from './boot-partition.js';
import type { PartitionLayout } from './partition-table.js';

export interface BootTestOptions {
  image: string;
  layout: PartitionLayout;
  board: PiBoard;
  /** What the console must show, in order: the image's banner, then each preloaded container started. */
  expect: readonly string[];
  timeoutMs: number;
  workDir: string;
  transcript: Transcript;
  io: Io;
}

export interface BootTestOutcome {
  outcome: ConsoleOutcome;
  command: string[];
}

/** What a Linux boot prints when it will not reach its banner. */
const bootFailures: readonly Pattern[] = [
  { source: 'Kernel panic', regex: /Kernel panic - not syncing/ },
  { source: 'emergency mode', regex: /You are in emergency mode|Give root password for maintenance/ },
  { source: 'initramfs shell', regex: /^\(initramfs\)|ALERT! .* does not exist/ },
  { source: 'boardline unit failed', regex: /Failed to start .*Boardline|boardline: container .* failed/ },
];

/** An SD card in QEMU's raspi machines must have a power-of-two size. */
export function sdCardBytes(bytes: number): number {
  return 2 ** Math.ceil(Math.log2(bytes));
}

async function extractBootFile(image: string, offset: number, name: string, to: string, io: Io): Promise<void> {
  const run = await runTool('mcopy', ['-n', '-i', `${image}@@${String(offset)}`, `::${name}`, to], io, {
    timeoutMs: 120_000,
    installHint: 'apt-get install mtools',
    quiet: true,
  });
  if (run.exitCode !== 0) throw new BoardlineError('failed', `The image's boot partition has no ${name}: ${run.lastLines.join(' ')}`);
}

/**
 * Boots the finished image once under QEMU's raspi machine, with the kernel, initramfs, device
 * tree and command line taken from the image's own boot partition (QEMU does not run the Pi's GPU
 * firmware, so it is handed what the firmware would load). The card is a copy-on-write overlay
 * of the image, enlarged to the power of two QEMU's SD card needs: the image itself stays as
 * built, and the first boot's partition growth is exercised for real.
 */
export async function bootTest(options: BootTestOptions): Promise<BootTestOutcome> {
  const { board, io, workDir } = options;
  const machine = board.bootTest;
  if (machine === undefined)
    throw new BoardlineError('usage', `boot-test: QEMU has no machine modelling the ${board.name}`, {
      hint: 'Fix: set boot-test to auto (it then says the image was not booted) or false',
    });
  await mkdir(workDir, { recursive: true });
  const boot = options.layout.boot.offset;
  const kernel = join(workDir, kernelFile);
  const initrd = join(workDir, initrdFile);
  const dtb = join(workDir, machine.deviceTree);
  const cmdlinePath = join(workDir, 'cmdline.txt');
  for (const [name, to] of [
    [kernelFile, kernel],
    [initrdFile, initrd],
    [machine.deviceTree, dtb],
    ['cmdline.txt', cmdlinePath],
  ] as const)
    await extractBootFile(options.image, boot, name, to, io);
  // The image's own command line, with its consoles replaced by the UART QEMU connects.
  const cmdline = (await readFile(cmdlinePath, 'utf8'))
    .trim()
    .split(/\s+/)
    .filter((word) => !word.startsWith('console='))
    .concat(`console=${machine.console},115200`)
    .join(' ');
  const card = join(workDir, 'card.qcow2');
  const overlay = await runTool(
    'qemu-img',
    ['create', '-q', '-f', 'qcow2', '-F', 'raw', '-b', resolve(options.image), card, String(sdCardBytes(options.layout.totalBytes))],
    io,
    { timeoutMs: 60_000, installHint: 'apt-get install qemu-utils', quiet: true },
  );
  if (overlay.exitCode !== 0)
    throw new BoardlineError('failed', `qemu-img could not make the card overlay: ${overlay.lastLines.join(' ')}`);
  const command = [
    machine.qemu,
    '-M',
    machine.machine,
    '-m',
    machine.memory,
    '-kernel',
    kernel,
    '-initrd',
    initrd,
    '-dtb',
    dtb,
    '-append',
    cmdline,
    '-drive',
    `file=${card},if=sd,format=qcow2`,
    '-display',
    'none',
    '-monitor',
    'none',
    '-serial',
    'stdio',
    '-no-reboot',
  ];
  io.info(`Booting the image under QEMU ${machine.machine}: ${command.join(' ')}`);
  const qemu = spawn(command[0] ?? machine.qemu, command.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
  const spawnError = new Promise<Error>((resolveError) => qemu.once('error', resolveError));
  let stderr = '';
  qemu.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolveExit) => qemu.once('close', () => resolveExit()));
  try {
    const outcome = await Promise.race([
      expectOnConsole(qemu.stdout, {
        expect: options.expect.map((text) => compilePattern(text, 'boot-test')),
        failOn: bootFailures,
        timeoutMs: options.timeoutMs,
        signal: io.signal,
        transcript: options.transcript,
        encoding: 'utf8',
        stripAnsi: true,
        maxLineLength: 4096,
        // systemd's and Boardline's lines tell the boot's progress; the kernel's own are in the transcript.
        onLine: (line) => {
          if (line.trim() !== '' && !/^\s*\[\s*\d+\.\d+\]|Job .* running \(/.test(line)) io.info(`│ ${line}`);
        },
      }),
      spawnError.then((error): never => {
        const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
        throw new BoardlineError('usage', `${machine.qemu} cannot be started: ${error.message}`, {
          hint: missing ? 'Fix: apt-get install qemu-system-arm qemu-utils' : 'Fix: check the QEMU installation',
        });
      }),
    ]);
    if (outcome.status === 'port-lost' && stderr.trim() !== '')
      outcome.reason = `QEMU exited: ${stderr.trim().split('\n').slice(-3).join(' ')}`;
    return { outcome, command };
  } finally {
    qemu.kill('SIGTERM');
    const killer = setTimeout(() => qemu.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  }
}
