/**
 * virtual-i2c benchmark. Run: npm run bench:virtual-i2c. Side by side in one run, Debian's python3
 * with smbus2 against a BMP280 at 0x76 on two `boardline virtual-i2c` buses (the bundled CLI, in a
 * state directory of its own): one in fuse mode (a FUSE file at a free /dev/i2c-N, as root) and one
 * in preload mode (the LD_PRELOAD shim in the program).
 *
 * - Per transaction, an SMBus byte read (`read_byte_data(0x76, 0xd0)`, the chip id), 2000 of them
 *   after 200 warm-up reads, each timed with perf_counter_ns: median and p99 in each mode against
 *   the time the same transfer takes on a 100 kHz bus (START, address+W, register, repeated START,
 *   address+R, the data byte with its NACK, STOP: 39 bit times, 390 µs). Target (issue): ≤ 0.5x.
 *   The same loop against a no-op method is Python's own share; a byte over a Unix socket to a
 *   forked Python process and to a Node process that only echoes, and back, is the machine's floor
 *   for a round trip to another process (its tail, on a loaded machine, the scheduler's).
 * - A Python program reading a BMP280 1000 times: the calibration once, then 1000 × the six data
 *   bytes in one `read_i2c_block_data(0x76, 0xf7, 6)` and Bosch's compensation; its total time in
 *   each mode, against the same reads on a 100 kHz bus and against the loop with no bus at all.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { runProcess, startProcess } from '../test/harness/run-process.js';
import { cleanUpVirtualI2c, freeBusNumber, startVirtualI2c, type VirtualI2cBus } from '../test/harness/virtual-i2c-bus.js';

prepareMachine({ purpose: 'npm run bench:virtual-i2c', packages: ['i2c-tools', 'python3-smbus2'] });

/** Debian's python3, where python3-smbus2 is installed (not a pyenv one earlier in PATH). */
const python = '/usr/bin/python3';
const isRoot = process.getuid?.() === 0;
/** Runs of the sensor program in each mode; its median is reported. */
const sensorRuns = 3;

/** One bit time at 100 kHz, in µs. */
const bitUs = 10;
/** START, Sr and STOP count one bit time each; every byte is 8 bits and its ACK/NACK. */
const transferBits = (bytes: number, conditions: number): number => bytes * 9 + conditions;
/** read_byte_data: address+W, register, address+R, the data byte; START, Sr, STOP. */
const byteReadUs = transferBits(4, 3) * bitUs;
/** read_i2c_block_data of n bytes: address+W, register, address+R, n data bytes; START, Sr, STOP. */
const blockReadUs = (bytes: number): number => transferBits(3 + bytes, 3) * bitUs;

/** The program's open bus, or (argv[1] "nothing") a stand-in whose methods do nothing but answer. */
const prelude = `
import json, struct, sys, time
from smbus2 import SMBus
target = sys.argv[1]
# The BMP280 datasheet's trimming example (the model's too) and a raw reading of about 25 °C, 1006 hPa.
CALIBRATION = list(struct.pack('<HhhHhhhhhhhh', 27504, 26435, -1000, 36477, -10685, 3024, 2855, 140, -7, 15500, -14600, 6000))
DATA = [0x65, 0x5a, 0xc0, 0x7e, 0xed, 0x00]
class Nothing:
    def read_byte_data(self, address, register):
        return 0x58
    def write_byte_data(self, address, register, value):
        pass
    def read_i2c_block_data(self, address, register, length):
        return (CALIBRATION if register == 0x88 else DATA)[:length]
bus = Nothing() if target == 'nothing' else SMBus(int(target))
`;

/** 2000 timed chip-id reads after 200 warm-up ones; prints the samples in ns. */
const transactions = `${prelude}
clock = time.perf_counter_ns
for _ in range(200):
    bus.read_byte_data(0x76, 0xd0)
samples = []
for _ in range(2000):
    start = clock()
    value = bus.read_byte_data(0x76, 0xd0)
    samples.append(clock() - start)
    if value != 0x58:
        sys.exit(f'chip id {value:#x}')
print(json.dumps(samples))
`;

/**
 * The machine's floor for what every transfer involves, a round trip to another process: one byte
 * over a Unix socket and back, timed as the reads are, to a forked Python process (argv[1]
 * "fork") or to a Node process that only echoes (argv[1] its socket), as the bus daemon is one.
 */
const roundTrips = `
import json, os, socket, sys, time
if sys.argv[1] == 'fork':
    mine, theirs = socket.socketpair()
    if os.fork() == 0:
        mine.close()
        while True:
            byte = theirs.recv(1)
            if not byte:
                os._exit(0)
            theirs.send(byte)
    theirs.close()
else:
    mine = socket.socket(socket.AF_UNIX)
    mine.connect(sys.argv[1])
clock = time.perf_counter_ns
for _ in range(200):
    mine.send(b'x'); mine.recv(1)
samples = []
for _ in range(2000):
    start = clock()
    mine.send(b'x'); mine.recv(1)
    samples.append(clock() - start)
mine.close()
if sys.argv[1] == 'fork':
    os.wait()
print(json.dumps(samples))
`;

/** A Node process echoing every byte on a Unix socket (argv[1]); prints "ready" once listening. */
const nodeEcho = `
const net = require('node:net');
net.createServer((socket) => socket.on('data', (data) => socket.write(data))).listen(process.argv[1], () => console.log('ready'));
`;

/**
 * A weather-station loop: normal mode (×1 oversampling, 0.5 ms standby, no filter), the first
 * measurement waited for (untimed); then, timed, the calibration once and 1000 readings, each
 * compensated with the datasheet's floating-point formulae. Prints the time and the last reading.
 */
const sensor = `${prelude}
bus.write_byte_data(0x76, 0xf5, 0x00)
bus.write_byte_data(0x76, 0xf4, 0x27)
deadline = time.monotonic() + 5
while bus.read_i2c_block_data(0x76, 0xfa, 3) == [0x80, 0x00, 0x00]:
    if time.monotonic() > deadline:
        sys.exit('no measurement within 5 s')
started = time.perf_counter()
T1, T2, T3, P1, P2, P3, P4, P5, P6, P7, P8, P9 = struct.unpack('<HhhHhhhhhhhh', bytes(bus.read_i2c_block_data(0x76, 0x88, 24)))
for _ in range(1000):
    d = bus.read_i2c_block_data(0x76, 0xf7, 6)
    adc_p = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
    adc_t = (d[3] << 12) | (d[4] << 4) | (d[5] >> 4)
    var1 = (adc_t / 16384.0 - T1 / 1024.0) * T2
    var2 = ((adc_t / 131072.0 - T1 / 8192.0) * (adc_t / 131072.0 - T1 / 8192.0)) * T3
    t_fine = var1 + var2
    temperature = t_fine / 5120.0
    var1 = t_fine / 2.0 - 64000.0
    var2 = var1 * var1 * P6 / 32768.0
    var2 = var2 + var1 * P5 * 2.0
    var2 = var2 / 4.0 + P4 * 65536.0
    var1 = (P3 * var1 * var1 / 524288.0 + P2 * var1) / 524288.0
    var1 = (1.0 + var1 / 32768.0) * P1
    pressure = 1048576.0 - adc_p
    pressure = (pressure - var2 / 4096.0) * 6250.0 / var1
    var1 = P9 * pressure * pressure / 2147483648.0
    var2 = pressure * P8 / 32768.0
    pressure = pressure + (var1 + var2 + P7) / 16.0
print(json.dumps({'seconds': time.perf_counter() - started, 'temperature': temperature, 'pressure': pressure / 100}))
`;

/** Where a program reaches the bus: the FUSE file, or the preload shim's environment. */
interface Target {
  label: string;
  /** argv[1]: the bus number, or "nothing". */
  arg: string;
  env: NodeJS.ProcessEnv;
}

async function python3(script: string, target: Target): Promise<{ stdout: string; wallSeconds: number }> {
  const started = performance.now();
  const run = await runProcess(python, ['-c', script, target.arg], {
    timeoutMs: 120_000,
    what: `python3 (${target.label})`,
    env: target.env,
  });
  const wallSeconds = (performance.now() - started) / 1000;
  if (run.exitCode !== 0) throw new Error(`python3 (${target.label}) failed (exit ${String(run.exitCode)}):\n${run.stdout}${run.stderr}`);
  return { stdout: run.stdout, wallSeconds };
}

/** The value at a quantile (nearest rank) of the samples. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const us = (value: number): string => `${value.toFixed(1)} µs`;

interface Transactions {
  medianUs: number;
  p90Us: number;
  p99Us: number;
}

async function perTransaction(target: Target, script = transactions): Promise<Transactions> {
  const samples = (JSON.parse((await python3(script, target)).stdout) as number[]).sort((a, b) => a - b);
  return { medianUs: quantile(samples, 0.5) / 1000, p90Us: quantile(samples, 0.9) / 1000, p99Us: quantile(samples, 0.99) / 1000 };
}

interface SensorRun {
  /** The timed part inside the program: calibration and 1000 compensated readings. */
  seconds: number;
  /** The whole program, Python's start-up and the wait for the first measurement included. */
  wallSeconds: number;
  temperature: number;
  pressure: number;
}

async function sensorProgram(target: Target): Promise<SensorRun> {
  const runs: SensorRun[] = [];
  for (let run = 0; run < sensorRuns; run++) {
    const { stdout, wallSeconds } = await python3(sensor, target);
    runs.push({ ...(JSON.parse(stdout) as Omit<SensorRun, 'wallSeconds'>), wallSeconds });
  }
  const middle = [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)];
  if (middle === undefined) throw new Error('no sensor run');
  return { ...middle, wallSeconds: median(runs.map((run) => run.wallSeconds)) };
}

/** The machine's 1-minute load average: a shared machine's tail latencies are its scheduler's. */
const load = async (): Promise<string> => (await readFile('/proc/loadavg', 'utf8')).split(' ')[0] ?? '?';

console.log(`${availableParallelism()} cores, load average ${await load()} at the start`);
const stateDir = await mkdtemp(join(tmpdir(), 'boardline-state-'));
const started: { bus: VirtualI2cBus; device: string | undefined }[] = [];
const echoSocket = join(stateDir, 'echo.sock');
const echoServer = startProcess(process.execPath, ['-e', nodeEcho, echoSocket], { timeoutMs: 600_000, what: 'node echo server' });
try {
  await echoServer.waitForOutput(/ready/);
  const targets: Target[] = [];
  if (isRoot) {
    const number = await freeBusNumber();
    const bus = await startVirtualI2c(undefined, { stateDir, name: 'bench-fuse', bus: number, devices: ['bmp280@0x76'], mode: 'fuse' });
    started.push({ bus, device: `/dev/i2c-${number}` });
    targets.push({ label: `fuse, ${bus.device}`, arg: String(number), env: process.env });
  } else console.log('fuse mode needs root (and /dev/fuse): measured in preload mode only');
  const preloadNumber = await freeBusNumber();
  const preload = await startVirtualI2c(undefined, {
    stateDir,
    name: 'bench-preload',
    bus: preloadNumber,
    devices: ['bmp280@0x76'],
    mode: 'preload',
  });
  started.push({ bus: preload, device: undefined });
  targets.push({ label: `preload, bus ${preloadNumber}`, arg: String(preloadNumber), env: { ...process.env, ...preload.env } });
  const nothing: Target = { label: 'no bus: a no-op method', arg: 'nothing', env: process.env };

  console.log(
    `SMBus byte read (read_byte_data(0x76, 0xd0)), 2000 after 200 warm-up, from Python 3 with smbus2; on a 100 kHz bus the same transfer takes ${transferBits(4, 3)} bit times = ${us(byteReadUs)} (target ≤ 0.5x = ${us(byteReadUs / 2)}):`,
  );
  const overhead = await perTransaction(nothing);
  for (const target of targets) {
    const result = await perTransaction(target);
    console.log(
      `  ${target.label}: median ${us(result.medianUs)} = ${(result.medianUs / byteReadUs).toFixed(3)}x, p90 ${us(result.p90Us)}, p99 ${us(result.p99Us)} = ${(result.p99Us / byteReadUs).toFixed(3)}x the bus time; Python's loop and call ${((100 * overhead.medianUs) / result.medianUs).toFixed(1)}% of the median`,
    );
  }
  console.log(`  reference, the same loop calling a no-op method: median ${us(overhead.medianUs)}, p99 ${us(overhead.p99Us)}`);
  const echoes: [string, Target][] = [
    ['a forked Python process', { ...nothing, arg: 'fork' }],
    ['a Node process that only echoes', { ...nothing, arg: echoSocket }],
  ];
  for (const [peer, target] of echoes) {
    const trip = await perTransaction(target, roundTrips);
    console.log(
      `  reference, a byte over a Unix socket to ${peer} and back: median ${us(trip.medianUs)}, p90 ${us(trip.p90Us)}, p99 ${us(trip.p99Us)}`,
    );
  }

  const sensorBusSeconds = (blockReadUs(24) + 1000 * blockReadUs(6)) / 1e6;
  console.log(
    `A BMP280 read 1000 times from Python (the calibration once, then 1000 × read_i2c_block_data(0x76, 0xf7, 6) and Bosch's compensation; median of ${sensorRuns} runs); on a 100 kHz bus its reads take ${sensorBusSeconds.toFixed(3)} s:`,
  );
  const bare = await sensorProgram(nothing);
  for (const target of targets) {
    const run = await sensorProgram(target);
    console.log(
      `  ${target.label}: ${(run.seconds * 1000).toFixed(1)} ms = ${(run.seconds / sensorBusSeconds).toFixed(3)}x the bus time (the whole program ${(run.wallSeconds * 1000).toFixed(0)} ms with Python's start-up); last reading ${run.temperature.toFixed(2)} °C, ${run.pressure.toFixed(2)} hPa`,
    );
  }
  console.log(
    `  reference, the same program with no bus (a no-op returning fixed bytes): ${(bare.seconds * 1000).toFixed(1)} ms (the whole program ${(bare.wallSeconds * 1000).toFixed(0)} ms)`,
  );
  console.log(`load average ${await load()} at the end`);
} finally {
  echoServer.child.kill();
  await echoServer.done.catch(() => undefined);
  for (const { bus, device } of started) await cleanUpVirtualI2c(bus, device);
}
