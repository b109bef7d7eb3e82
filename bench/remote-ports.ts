/**
 * Network ports benchmark: the same ≥ 30 KB firmware, write + verify, flashed natively on a virtual
 * Uno (real optiboot, 2 ms USB-bridge turnaround) through its local port, and through a real
 * ser2net serving that port over RFC 2217, with a TCP proxy adding 1 ms each way (a LAN); then
 * Boardline over tcp:// against avrdude's own raw TCP mode (-P net:HOST:PORT) through the same
 * ser2net and proxy. Rounds alternate in one run. Run: npm run bench:remote-ports.
 * Targets (issue): rfc2217 ≤ 1.3x the local flash; Boardline over tcp:// ≤ 0.8x avrdude's time.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { parseIntelHex } from '../src/flash/intel-hex.js';
import { startDelayProxy } from '../test/harness/delay-proxy.js';
import { buildBannerFirmware } from '../test/harness/firmware.js';
import { startSer2net } from '../test/harness/ser2net.js';
import { boardlineSandbox } from '../test/harness/virtual-boards.js';
import { prepareMachine } from '../scripts/prepare-machine.js';

prepareMachine({
  purpose: 'npm run bench:remote-ports',
  packages: ['gcc-avr', 'avr-libc', 'binutils-avr', 'arduino-core-avr', 'socat', 'avrdude', 'ser2net'],
});

const execFileAsync = promisify(execFile);
const rounds = 3;
const lanDelayMs = 1;

const firmware = await buildBannerFirmware('bench', 'b3nch01', 30_000);
const bytes = parseIntelHex(await readFile(firmware.hex, 'latin1'), firmware.hex).data.length;
const sandbox = await boardlineSandbox();
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

async function seconds(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return (performance.now() - started) / 1000;
}

async function boardline(port: string): Promise<void> {
  const run = await sandbox.cli(['flash-serial', '--port', port, '--firmware', firmware.hex, '--fqbn', 'arduino:avr:uno'], {
    timeoutMs: 300_000,
  });
  if (run.exitCode !== 0) throw new Error(`flash-serial --port ${port} failed:\n${run.stderr}`);
}

const board = await sandbox.startBoard(['--name', 'bench', '--bridge-latency', '2ms']);
const ser2net = await startSer2net([
  { device: board.port, kind: 'rfc2217' },
  { device: board.port, kind: 'tcp' },
]);
const [rfc2217Proxy, tcpProxy] = await Promise.all(ser2net.ports.map((port) => startDelayProxy(port, lanDelayMs)));
try {
  const times = { local: [] as number[], rfc2217: [] as number[], tcp: [] as number[], avrdude: [] as number[] };
  for (let round = 0; round < rounds; round += 1) {
    times.local.push(await seconds(() => boardline(board.name)));
    times.rfc2217.push(await seconds(() => boardline(`rfc2217://127.0.0.1:${rfc2217Proxy?.port ?? 0}`)));
    times.tcp.push(await seconds(() => boardline(`tcp://127.0.0.1:${tcpProxy?.port ?? 0}`)));
    times.avrdude.push(
      await seconds(() =>
        execFileAsync(
          'avrdude',
          [
            '-p',
            'm328p',
            '-c',
            'arduino',
            '-P',
            `net:127.0.0.1:${tcpProxy?.port ?? 0}`,
            '-b',
            '115200',
            '-D',
            '-U',
            `flash:w:${firmware.hex}:i`,
          ],
          { timeout: 300_000 },
        ),
      ),
    );
  }
  const [local, rfc2217, tcp, avrdude] = [median(times.local), median(times.rfc2217), median(times.tcp), median(times.avrdude)];
  console.log(`firmware ${bytes} bytes, write + verify at 115200 baud, ${lanDelayMs} ms added each way by a proxy, median of ${rounds}:`);
  console.log(
    `  local port ${local.toFixed(2)} s; rfc2217 through ser2net ${rfc2217.toFixed(2)} s; tcp:// ${tcp.toFixed(2)} s; avrdude net: ${avrdude.toFixed(2)} s`,
  );
  console.log(`  rfc2217 / local: ${(rfc2217 / local).toFixed(2)}x (target <= 1.3x)`);
  console.log(`  Boardline tcp:// / avrdude net:: ${(tcp / avrdude).toFixed(2)}x (target <= 0.8x)`);
  console.log(`  every round, in seconds: ${JSON.stringify(times)}`);
} finally {
  await Promise.all([rfc2217Proxy?.close(), tcpProxy?.close()]);
  await ser2net.stop();
  await sandbox.stopAll();
}
