/**
 * ESP flash benchmark, side by side in one run on virtual ESP boards (their ROM loaders, each
 * direction of the line paced at the baud the ROM runs at):
 *
 * - ESP32, a 1 MB application with compression, at 460800 baud after CHANGE_BAUDRATE: Boardline's
 *   native ROM client against Espressif's esptool-js (unchanged, in this process through a
 *   serialport adapter, no stub, its block size set to the ROM's 1 KiB), each connecting, writing
 *   and checking the MD5. Target (issue): native ≤ 0.9x esptool-js's time.
 * - ESP8266, the source story's 262 KB sketch, at 115200 baud (its ROM cannot change baud rate,
 *   inflate or hash): the native write against the wire limit of what must cross (every byte of
 *   the exchange, framing included, at 10 bits a byte, as the client counted it). Target (issue):
 *   ≤ 1.2x. The read-back verify, the only check this ROM allows, is measured the same way.
 *
 * Run: npm run bench:esp-flash.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
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

prepareMachine({ purpose: 'npm run bench:esp-flash', packages: ['socat'] });

const rounds = 3;
const fastBaud = 460800;
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

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
const sketch = esp8266SketchBin(262 * 1024 - 0x1000);
const sketchPath = join(dir, 'sketch-262k.bin');
await writeFile(sketchPath, sketch);

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

async function native(
  port: string,
  firmware: string,
  extra: Record<string, string> = {},
): Promise<{ seconds: number; sent: number; received: number }> {
  const io = recordingIo();
  const options = parseInputs(flashSerialSpec, { port, firmware, ...extra });
  const started = performance.now();
  await flashSerial(options, io, context);
  const seconds = (performance.now() - started) / 1000;
  const wire = io.lines
    .map((line) => /^(\d+) bytes sent and (\d+) received on the wire$/.exec(line.message))
    .find((found) => found !== null);
  return { seconds, sent: Number(wire?.[1] ?? Number.NaN), received: Number(wire?.[2] ?? Number.NaN) };
}

const quietTerminal = { clean: () => undefined, write: () => undefined, writeLine: () => undefined };

/** esptool-js as a browser page would drive it, minus the stub: connect, detect, write compressed, MD5. */
async function esptoolJs(port: string, control: string, data: Uint8Array, address: number): Promise<number> {
  const device = new NodeWebSerialPort(port);
  const transport = new Transport(device, false);
  const started = performance.now();
  await sendControl(control, 'download');
  const loader = new ESPLoader({ transport, baudrate: fastBaud, romBaudrate: 115200, terminal: quietTerminal });
  await loader.detectChip('no_reset');
  // The ROM's block size and its two-word SPI_ATTACH, which esptool-js leaves to its stub (see virtual-esp.test.ts).
  loader.FLASH_WRITE_SIZE = 0x400;
  await loader.checkCommand('attach the SPI flash', loader.ESP_SPI_ATTACH, new Uint8Array(8));
  await loader.changeBaud();
  await loader.writeFlash({
    fileArray: [{ data, address }],
    flashMode: 'keep',
    flashFreq: 'keep',
    flashSize: 'keep',
    compress: true,
    eraseAll: false,
  } as never);
  const md5 = await loader.flashMd5sum(address, data.length);
  const seconds = (performance.now() - started) / 1000;
  await transport.disconnect();
  if (md5.length === 0) throw new Error('esptool-js read no MD5');
  return seconds;
}

try {
  const esp32 = await sandbox.startBoard(['--name', 'bench32', '--board', 'esp32']);
  const control32 = join(sandbox.stateDir, 'boards', esp32.name, 'control.sock');
  const nativeSeconds: number[] = [];
  const esptoolSeconds: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    nativeSeconds.push((await native(esp32.name, `${esp32AppPath}@0x10000`, { baud: String(fastBaud) })).seconds);
    esptoolSeconds.push(await esptoolJs(esp32.port, control32, esp32App, 0x10000));
  }
  const ratio = median(nativeSeconds) / median(esptoolSeconds);
  console.log(`ESP32, ${esp32App.length} bytes compressed at ${fastBaud} baud, connect to MD5 checked (median of ${rounds}):`);
  console.log(
    `  native ${median(nativeSeconds).toFixed(2)} s, esptool-js ${median(esptoolSeconds).toFixed(2)} s: ${ratio.toFixed(2)}x (target ≤ 0.9x)`,
  );

  const esp8266 = await sandbox.startBoard(['--name', 'bench8266', '--board', 'esp8266']);
  const write = await native(esp8266.name, sketchPath, { verify: 'false' });
  // The write waits for each block's answer before the next: its floor is both directions in turn.
  const writeLimit = ((write.sent + write.received) * 10) / 115200;
  console.log(`ESP8266, the ${sketch.length}-byte sketch at 115200 baud (no compression, no baud change in this ROM):`);
  console.log(
    `  write ${write.seconds.toFixed(2)} s; ${write.sent} bytes sent and ${write.received} received, wire limit ${writeLimit.toFixed(2)} s: ${(write.seconds / writeLimit).toFixed(2)}x (target ≤ 1.2x)`,
  );
  const verified = await native(esp8266.name, sketchPath);
  const sent = verified.sent - write.sent;
  const received = verified.received - write.received;
  const verifySeconds = verified.seconds - write.seconds;
  // The read-back is pipelined, both directions at once: its floor is the busier direction.
  const verifyLimit = (Math.max(sent, received) * 10) / 115200;
  console.log(
    `  read-back verify ${verifySeconds.toFixed(2)} s more; ${sent} bytes more sent, ${received} received (${(Math.max(sent, received) / sketch.length).toFixed(1)} each way per byte checked), wire limit ${verifyLimit.toFixed(2)} s: ${(verifySeconds / verifyLimit).toFixed(2)}x`,
  );
} finally {
  await sandbox.stopAll();
}
