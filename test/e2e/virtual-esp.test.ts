import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, realpath } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ESPLoader, Transport, type FlashOptions, type IEspLoaderTerminal } from 'esptool-js';
import { SerialPort } from 'serialport';
import { espChecksum } from '../../src/flash/esp/rom-protocol.js';
import { sendControl } from '../../src/virtual/control.js';
import { esp32Images, esp8266SketchBin } from '../harness/esp-images.js';
import { NodeWebSerialPort } from '../harness/esptool-js-serial.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

/**
 * Espressif's own client, esptool-js 0.7.0, run unchanged against the virtual boards' ROM loaders
 * without its flasher stub (main() would upload one, which a virtual board cannot run): what it
 * can and cannot do there is what it would meet on a real chip's ROM.
 */

interface RomSession {
  loader: ESPLoader;
  transport: Transport;
  device: NodeWebSerialPort;
  log: string[];
}

function controlOf(sandbox: BoardlineSandbox, name: string): string {
  return join(sandbox.stateDir, 'boards', name, 'control.sock');
}

/** Into the ROM loader through the control channel (a pty has no DTR/RTS), then esptool-js connects without a reset of its own. */
async function connect(sandbox: BoardlineSandbox, board: { name: string; port: string }, baud: number): Promise<RomSession> {
  await sendControl(controlOf(sandbox, board.name), 'download');
  const device = new NodeWebSerialPort(board.port);
  const transport = new Transport(device, false);
  const log: string[] = [];
  const terminal: IEspLoaderTerminal = { clean: () => undefined, writeLine: (line) => log.push(line), write: (text) => log.push(text) };
  // `baudrate` is where changeBaud goes; the ROM is met at 115200.
  const loader = new ESPLoader({ transport, baudrate: baud, romBaudrate: 115200, terminal });
  await loader.detectChip('no_reset');
  return { loader, transport, device, log };
}

/** esptool-js hex-encodes the MD5 answer as if it were the stub's 16 raw bytes; the ROM's is 32 ASCII hex digits. */
function romMd5(answer: string): string {
  return Buffer.from(answer, 'hex').toString('latin1');
}

const md5 = (data: Uint8Array): string => createHash('md5').update(data).digest('hex');

function le(...values: number[]): Uint8Array {
  const bytes = new Uint8Array(values.length * 4);
  values.forEach((value, index) => new DataView(bytes.buffer).setUint32(index * 4, value >>> 0, true));
  return bytes;
}

/** Resets the board into its flash and collects what it prints until `until` appears. */
async function bootOutput(sandbox: BoardlineSandbox, board: { name: string; port: string }, until: RegExp): Promise<string> {
  // The pty the board's link points at now: the reset names it, as Boardline's own clients do.
  const pty = await realpath(board.port);
  const port = new SerialPort({ path: pty, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error === null ? resolve() : reject(error))));
  let text = '';
  const seen = new Promise<void>((resolve) => {
    port.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      if (until.test(text)) resolve();
    });
  });
  try {
    // Bytes a board sends before the bridge has seen this client open the port are lost, as on a
    // real line (and the client before it may not have gone yet): the board resets once it serves this pty.
    await sendControl(controlOf(sandbox, board.name), 'reset', { pty }, 30_000);
    // A timer of its own, so a boot output that never comes fails here rather than leaving the test pending.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      seen,
      new Promise(
        (_, reject) =>
          (timer = setTimeout(() => reject(new Error(`no ${String(until)} from ${board.name} within 20 s:\n${text}`)), 20_000)),
      ),
    ]).finally(() => clearTimeout(timer));
    return text;
  } finally {
    await new Promise<void>((resolve) => port.close(() => resolve()));
  }
}

describe('virtual ESP boards under esptool-js 0.7.0 on the ROM loader (no stub)', () => {
  let sandbox: BoardlineSandbox;
  let dir: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-virtual-esp-'));
  });
  after(async () => {
    await sandbox.stopAll();
  });

  it('esp32: detected and described, refuses what the real ROM refuses, then takes compressed 1 KiB blocks, an MD5 after a baud change, and boots', async () => {
    const flashFile = join(dir, 'esp32.flash');
    const board = await sandbox.startBoard(['--name', 'js32', '--board', 'esp32', '--flash-file', flashFile]);
    const { loader, transport, device, log } = await connect(sandbox, board, 460800);
    const application = new Uint8Array(randomBytes(24 * 1024));
    const { bootloader } = esp32Images(4000);
    try {
      assert.equal(loader.chip.CHIP_NAME, 'ESP32');
      assert.equal(await loader.chip.getChipDescription(loader), 'ESP32-D0WD (revision 1)');
      assert.match(await loader.chip.readMac(loader), /^24:0a:c4(:[0-9a-f]{2}){3}$/);
      assert.equal(await loader.chip.getCrystalFreq(loader), 40);
      assert.equal(await loader.detectFlashSize(), '4MB');
      // The ESP32 ROM needs SPI_ATTACH before flash commands; its data is two words (esptool-js's flashSpiAttach sends one).
      await loader.checkCommand('attach the SPI flash', loader.ESP_SPI_ATTACH, le(0, 0));

      // esptool-js sends 16 KiB blocks whatever runs: the ROM takes 1 KiB (esptool's ROM block size) and calls a bigger one invalid.
      await assert.rejects(
        loader.writeFlash({
          fileArray: [{ data: application, address: 0x10000 }],
          flashMode: 'keep',
          flashFreq: 'keep',
          flashSize: 'keep',
          compress: true,
          eraseAll: false,
        }),
        /write compressed data to flash after seq 0 failed with status 1,5/,
      );
      // Uncompressed, esptool-js gives FLASH_BEGIN a fifth word, which only the ROMs from the ESP32-S2 on take.
      await assert.rejects(
        loader.writeFlash({
          fileArray: [{ data: application, address: 0x10000 }],
          flashMode: 'keep',
          flashFreq: 'keep',
          flashSize: 'keep',
          compress: false,
          eraseAll: false,
        }),
        /enter Flash download mode failed with status 1,5/,
      );

      loader.FLASH_WRITE_SIZE = 0x400;
      await loader.changeBaud();
      await loader.writeFlash({
        fileArray: [
          { data: bootloader, address: 0x1000 },
          { data: application, address: 0x10000 },
        ],
        flashMode: 'keep',
        flashFreq: 'keep',
        flashSize: 'keep',
        compress: true,
        eraseAll: false,
      });
      assert.equal(romMd5(await loader.flashMd5sum(0x10000, application.length)), md5(application));
      assert.equal(romMd5(await loader.flashMd5sum(0x1000, bootloader.length)), md5(bootloader));
      assert.ok(
        log.some((line) => /Wrote 24576 bytes \(\d+ compressed\) at 0x10000/.test(line)),
        log.join('\n'),
      );
      // Without modem lines, esptool-js had no reason to set any with reset mode no_reset.
      assert.deepEqual(device.signals, []);

      const status = await sendControl(controlOf(sandbox, board.name), 'status');
      assert.equal(status['chip'], 'ESP32');
      assert.equal(status['mode'], 'download');
      assert.equal(status['baud'], 460800);
      assert.ok(Number(status['flashWrites']) >= 25, JSON.stringify(status));
    } finally {
      await transport.disconnect();
    }

    const boot = await bootOutput(sandbox, board, /\[boardline virtual ESP32\].*\r\n/);
    assert.match(boot, /rst:0x1 \(POWERON_RESET\),boot:0x13 \(SPI_FAST_FLASH_BOOT\)/);
    assert.match(boot, /load:0x40078000,len:13104\r\n/);
    assert.match(boot, /entry 0x400805e4\r\n/);
    assert.match(boot, /is not executed/);

    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    assert.equal(flash.length, 4 * 1024 * 1024);
    assert.ok(flash.subarray(0x10000, 0x10000 + application.length).equals(application));
    assert.ok(flash.subarray(0x1000, 0x1000 + bootloader.length).equals(bootloader));
    assert.ok(flash.subarray(0, 0x1000).every((byte) => byte === 0xff));
  });

  it('esp8266: detected and its flash id read, but esptool-js cannot write it or take an MD5 without the stub; the ROM’s own commands write it', async () => {
    const flashFile = join(dir, 'esp8266.flash');
    const board = await sandbox.startBoard(['--name', 'js8266', '--board', 'esp8266', '--flash-file', flashFile]);
    const { loader, transport } = await connect(sandbox, board, 460800);
    const sketch = esp8266SketchBin(8000);
    try {
      assert.equal(loader.chip.CHIP_NAME, 'ESP8266');
      assert.equal(await loader.chip.getChipDescription(loader), 'ESP8266EX');
      assert.match(await loader.chip.readMac(loader), /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
      assert.equal(await loader.chip.getCrystalFreq(loader), 26);
      assert.equal((await loader.readFlashId()) & 0xff0000, 0x160000, 'JEDEC capacity byte 0x16: 4 MB');

      const file = (compress: boolean): FlashOptions => ({
        fileArray: [{ data: sketch, address: 0 }],
        flashMode: 'keep',
        flashFreq: 'keep',
        flashSize: 'keep',
        eraseAll: false,
        compress,
      });
      // The ESP8266 ROM has no compressed download, no MD5 and no baud change: esptool-js meets "unsupported command".
      await assert.rejects(loader.writeFlash(file(true)), { name: 'UnsupportedCommandError' });
      await assert.rejects(loader.flashMd5sum(0, 4096), { name: 'UnsupportedCommandError' });
      await assert.rejects(loader.changeBaud(), { name: 'UnsupportedCommandError' });
      // Uncompressed, its five-word FLASH_BEGIN is refused too (the ESP8266 ROM takes four).
      await assert.rejects(loader.writeFlash(file(false)), /enter Flash download mode failed with status 1,5/);

      // The ROM is still in step after all that, and takes a write the way esptool sends one:
      // four FLASH_BEGIN words with the erase size that works around the ROM's erase bug, then 1 KiB blocks.
      const blocks = Math.ceil(sketch.length / 0x400);
      await loader.checkCommand(
        'enter Flash download mode',
        loader.ESP_FLASH_BEGIN,
        le(esptoolEraseSize(0, sketch.length), blocks, 0x400, 0),
      );
      for (let sequence = 0; sequence < blocks; sequence += 1) {
        const block = new Uint8Array(0x400).fill(0xff);
        block.set(sketch.subarray(sequence * 0x400, (sequence + 1) * 0x400));
        await loader.checkCommand(
          'write to flash',
          loader.ESP_FLASH_DATA,
          new Uint8Array([...le(block.length, sequence, 0, 0), ...block]),
          espChecksum(block),
        );
      }
    } finally {
      await transport.disconnect();
    }

    const boot = await bootOutput(sandbox, board, /\[boardline virtual ESP8266\].*\r\n/);
    assert.match(boot, / ets Jan {2}8 2013,rst cause:2, boot mode:\(3,6\)/);
    assert.match(boot, /load 0x4010f000, len 3424, room 16 \r\ntail 0\r\nchksum 0x[0-9a-f]{2}\r\ncsum 0x[0-9a-f]{2}\r\n/);

    await sandbox.stopAll();
    const flash = await readFile(flashFile);
    assert.ok(flash.subarray(0, sketch.length).equals(sketch));
    assert.ok(flash.subarray(sketch.length).every((byte) => byte === 0xff));
  });
});

/** esptool's ESP8266ROM.get_erase_size: the size to ask the ESP8266 ROM for so that it erases what is meant. */
function esptoolEraseSize(offset: number, size: number): number {
  const sectorsPerBlock = 16;
  const sectors = Math.ceil(size / 4096);
  const head = Math.min(sectors, sectorsPerBlock - (Math.floor(offset / 4096) % sectorsPerBlock));
  return sectors < 2 * head ? Math.floor((sectors + 1) / 2) * 4096 : (sectors - head) * 4096;
}
