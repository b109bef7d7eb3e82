import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An Arduino Uno emulated by qemu-system-avr, its USART on a pty: real firmware behind a real
 * serial port. It starts paused, so the test can attach the code under test before the first byte;
 * `resume` and `reset` go through QEMU's monitor. qemu-system-avr (Debian qemu-system-misc) is a
 * required test tool.
 */
export interface QemuUno {
  port: string;
  resume(): Promise<void>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

async function monitorCommand(socket: string, command: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const client = connect(socket, () => {
      client.end(`${command}\n`);
    });
    client.on('error', reject);
    client.on('close', () => resolve());
    client.resume();
  });
}

export async function startQemuUno(elf: string): Promise<QemuUno> {
  const dir = await mkdtemp(join(tmpdir(), 'boardline-qemu-'));
  const monitor = join(dir, 'monitor.sock');
  const child = spawn(
    'qemu-system-avr',
    ['-M', 'uno', '-bios', elf, '-display', 'none', '-serial', 'pty', '-monitor', `unix:${monitor},server=on,wait=off`, '-S'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`qemu-system-avr gave no pty within 60 s:\n${output}`)), 60_000);
    const read = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /char device redirected to (\/dev\/pts\/\d+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', (error) =>
      reject(new Error(`qemu-system-avr could not start (apt-get install qemu-system-misc): ${error.message}`)),
    );
    child.once('exit', (code) => reject(new Error(`qemu-system-avr exited with ${code}:\n${output}`)));
  });
  return {
    port,
    resume: () => monitorCommand(monitor, 'cont'),
    reset: () => monitorCommand(monitor, 'system_reset'),
    close: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
