/**
 * ESP flash benchmark, side by side in one run on virtual ESP boards (their ROM loaders and the
 * flasher stub they model; each direction of the line paced at the baud the loader runs at):
 *
 * - ESP32, a 1 MB application written compressed and checked by MD5, from connect to the MD5:
 *   Boardline's native client with Espressif's flasher stub (its default) against esptool-js
 *   (unchanged, in this process through a serialport adapter, with its stub), both at 921600; the
 *   native ROM-only path (`stub: false`, 460800) as a reference row. Target (issue): native ≤ 0.9x.
 * - ESP8266, the source story's 262 KB sketch made of compiled machine code, write + verify: the
 *   same two with the stub; the native run against the wire time of what it put on the line (the
 *   bytes at 115200 before the baud change and at 921600 after it, framing included, 10 bits a
 *   byte; target ≤ 1.2x); and the ROM path (115200, no compression, read-back verify) as a
 *   reference row.
 *
 * Run: npm run bench:esp-flash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { ESPLoader, Transport } from 'esptool-js';
import { flashSerial, flashSerialSpec } from '../src/capabilities/flash-serial.js';
import type { FaceContext } from '../src/capabilities/context.js';
import { recordingIo } from '../src/io.js';
import { parseInputs } from '../src/spec/parse-inputs.js';
import { sendControl } from '../src/virtual/control.js';
import { prepareMachine } from '../scripts/prepare-machine.js';
import { buildEspImage, esp8266SketchBin } from '../test/harness/esp-images.js';
import { NodeWebSerialPort } from '../test/harness/esptool-js-serial.js';
import { boardlineSandbox } from '../test/harness/virtual-boards.js';
import { compiledCode } from './compiled-code.js';

prepareMachine({ purpose: 'npm run bench:esp-flash', packages: ['socat'] });

const rounds = 3;
const stubBaud = 921600;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const seconds = (value: number): string => `${value.toFixed(2)} s`;

/**
 * Application-like data: words drawn from a small vocabulary, so it compresses about as a real
 * firmware does (to roughly half), rather than not at all (random) or to nothing (zeros).
 */
function firmwareLike(length: number): Uint8Array {
  const vocabulary = new Uint32Array(randomBytes(4096 * 4).buffer);
  const data = new Uint8Array(length);
  const view = new DataView(data.buffer);
  for (let at = 0; at + 4 <= length; at += 4) view.setUint32(at, vocabulary[Math.floor(Math.random() * vocabulary.length)] ?? 0, true);
  return data;
}

const dir = await mkdtemp(join(tmpdir(), 'boardline-esp-bench-'));
const esp32App = buildEspImage({
  chipId: 0,
  segments: [
    { address: 0x3f400020, data: firmwareLike(256 * 1024) },
    { address: 0x400d0020, data: firmwareLike(768 * 1024 - 64) },
  ],
});
const esp32AppPath = join(dir, 'app-1mb.bin');
await writeFile(esp32AppPath, esp32App);
// The segments cut from real machine code, one after another, as a linker lays a program out.
const code = await compiledCode(512 * 1024);
let codeAt = 0;
const sketch = esp8266SketchBin(262 * 1024 - 0x1000, (length) => {
  const part = code.subarray(codeAt, codeAt + length);
  codeAt += length;
  if (part.length !== length) throw new Error(`the benchmark needs more than ${code.length} bytes of code`);
  return part;
});
const sketchPath = join(dir, 'sketch-262k.bin');
await writeFile(sketchPath, sketch);
const compressedBytes = (data: Uint8Array): number => deflateSync(data, { level: 9 }).length;

const sandbox = await boardlineSandbox();
const context = {
  stateDir: sandbox.stateDir,
  lockDir: dir,
  tempDir: dir,
  toolCacheDir: dir,
  dockerConfigDir: join(homedir(), '.docker'),
  buildxConfigDir: join(homedir(), '.docker', 'buildx'),
  selfCommand: [],
} as unknown as FaceContext;

interface NativeRun {
  seconds: number;
  stub: string;
  baud: string;
  /** Bytes on the wire at each baud, from the client's debug line. */
  wire: { baud: number; sent: number; received: number }[];
}

async function native(port: string, firmware: string, extra: Record<string, string> = {}): Promise<NativeRun> {
  const io = recordingIo();
  const options = parseInputs(flashSerialSpec, { port, firmware, ...extra });
  const started = performance.now();
  const result = await flashSerial(options, io, context);
  const elapsed = (performance.now() - started) / 1000;
  const line = io.lines
    .map((entry) => /^\d+ bytes sent and \d+ received on the wire \((.*)\)$/.exec(entry.message))
    .find((found) => found !== null);
  if (line === undefined) throw new Error('the native client printed no wire line');
  const wire = [...(line[1] ?? '').matchAll(/(\d+) sent and (\d+) received at (\d+)/g)].map((match) => ({
    sent: Number(match[1]),
    received: Number(match[2]),
    baud: Number(match[3]),
  }));
  const output = (name: string): string => {
    const value = result.outputs[name];
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  return { seconds: elapsed, stub: output('stub'), baud: output('baud'), wire };
}

/** The time the wire alone needs for what a run put on it: each direction in turn, at the baud each part went at. */
const wireSeconds = (run: NativeRun): number => run.wire.reduce((sum, at) => sum + ((at.sent + at.received) * 10) / at.baud, 0);

const quietTerminal = { clean: () => undefined, write: () => undefined, writeLine: () => undefined };

/** esptool-js as a browser page drives it, with its stub: connect, upload the stub, 921600, write compressed, check the MD5. */
async function esptoolJs(port: string, control: string, data: Uint8Array, address: number): Promise<number> {
  const device = new NodeWebSerialPort(port);
  const transport = new Transport(device, false);
  const started = performance.now();
  await sendControl(control, 'download');
  const loader = new ESPLoader({ transport, baudrate: stubBaud, romBaudrate: 115200, terminal: quietTerminal });
  await loader.main('no_reset');
  if (!loader.IS_STUB) throw new Error('esptool-js did not start its stub');
  await loader.writeFlash({
    fileArray: [{ data, address }],
    flashMode: 'keep',
    flashFreq: 'keep',
    flashSize: 'keep',
    compress: true,
    eraseAll: false,
    // esptool-js checks the stub's MD5 of the region against this once the file is written.
    calculateMD5Hash: (image: Uint8Array) => createHash('md5').update(image).digest('hex'),
  } as never);
  const elapsed = (performance.now() - started) / 1000;
  await transport.disconnect();
  return elapsed;
}

function wireReport(run: NativeRun): string {
  return run.wire.map((at) => `${at.sent} B sent and ${at.received} B received at ${at.baud}`).join(', ');
}

try {
  const esp32 = await sandbox.startBoard(['--name', 'bench32', '--board', 'esp32']);
  const control32 = join(sandbox.stateDir, 'boards', esp32.name, 'control.sock');
  const stub32: NativeRun[] = [];
  const esptool32: number[] = [];
  const rom32: NativeRun[] = [];
  for (let round = 0; round < rounds; round += 1) {
    stub32.push(await native(esp32.name, `${esp32AppPath}@0x10000`));
    esptool32.push(await esptoolJs(esp32.port, control32, esp32App, 0x10000));
    rom32.push(await native(esp32.name, `${esp32AppPath}@0x10000`, { stub: 'false', baud: '460800' }));
  }
  const nativeStub32 = median(stub32.map((run) => run.seconds));
  const floor32 = median(stub32.map(wireSeconds));
  console.log(
    `ESP32, a ${esp32App.length}-byte application (${compressedBytes(esp32App)} compressed, ${((100 * compressedBytes(esp32App)) / esp32App.length).toFixed(0)} %), connect to MD5 checked (median of ${rounds}):`,
  );
  console.log(
    `  native with the stub (stub ${stub32[0]?.stub}, baud ${stub32[0]?.baud}) ${seconds(nativeStub32)}, esptool-js with its stub ${seconds(median(esptool32))}: ${(nativeStub32 / median(esptool32)).toFixed(2)}x (target ≤ 0.9x)`,
  );
  console.log(
    `  wire floor of the native run ${seconds(floor32)} (${wireReport(stub32[0] ?? { seconds: 0, stub: '', baud: '', wire: [] })}): ${(floor32 / median(esptool32)).toFixed(2)}x esptool-js's time, ${(nativeStub32 / floor32).toFixed(2)}x the floor`,
  );
  const nativeRom32 = median(rom32.map((run) => run.seconds));
  console.log(
    `  reference: native on the ROM (stub ${rom32[0]?.stub}, baud ${rom32[0]?.baud}) ${seconds(nativeRom32)}; the stub takes ${(nativeStub32 / nativeRom32).toFixed(2)}x its time`,
  );

  const esp8266 = await sandbox.startBoard(['--name', 'bench8266', '--board', 'esp8266']);
  const control8266 = join(sandbox.stateDir, 'boards', esp8266.name, 'control.sock');
  const stub8266: NativeRun[] = [];
  const esptool8266: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    stub8266.push(await native(esp8266.name, sketchPath));
    esptool8266.push(await esptoolJs(esp8266.port, control8266, sketch, 0));
  }
  const nativeStub8266 = median(stub8266.map((run) => run.seconds));
  const floor8266 = median(stub8266.map(wireSeconds));
  console.log(
    `ESP8266, the ${sketch.length}-byte sketch of compiled code (${compressedBytes(sketch)} compressed, ${((100 * compressedBytes(sketch)) / sketch.length).toFixed(0)} %), write + verify (median of ${rounds}):`,
  );
  console.log(
    `  native with the stub (stub ${stub8266[0]?.stub}, baud ${stub8266[0]?.baud}) ${seconds(nativeStub8266)}, esptool-js with its stub ${seconds(median(esptool8266))}: ${(nativeStub8266 / median(esptool8266)).toFixed(2)}x (target ≤ 0.9x)`,
  );
  console.log(
    `  wire time of what it put on the line ${seconds(floor8266)} (${wireReport(stub8266[0] ?? { seconds: 0, stub: '', baud: '', wire: [] })}): ${(nativeStub8266 / floor8266).toFixed(2)}x (target ≤ 1.2x)`,
  );
  const rom8266 = await native(esp8266.name, sketchPath, { stub: 'false' });
  console.log(
    `  reference: native on the ROM (stub ${rom8266.stub}, baud ${rom8266.baud}, no compression, read-back verify) ${seconds(rom8266.seconds)}; the stub takes ${(nativeStub8266 / rom8266.seconds).toFixed(3)}x its time`,
  );
} finally {
  await sandbox.stopAll();
}
