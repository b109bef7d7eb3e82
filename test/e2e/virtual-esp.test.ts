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
 * Espressif's own client, esptool-js 0.7.0, run unchanged against the virtual boards: first on
 * the ROM loaders without its flasher stub (what it can and cannot do there is what it would meet
 * on a real chip's ROM), then as it runs by default, uploading its stub, which the boards model.
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

/** Into the ROM loader through the control channel (a pty has no DTR/RTS), and an esptool-js loader that will connect without a reset of its own. */
async function open(sandbox: BoardlineSandbox, board: { name: string; port: string }, baud: number): Promise<RomSession> {
  await sendControl(controlOf(sandbox, board.name), 'download');
  const device = new NodeWebSerialPort(board.port);
  const transport = new Transport(device, false);
  const log: string[] = [];
  const terminal: IEspLoaderTerminal = { clean: () => undefined, writeLine: (line) => log.push(line), write: (text) => log.push(text) };
  // `baudrate` is where changeBaud goes; the ROM is met at 115200.
  const loader = new ESPLoader({ transport, baudrate: baud, romBaudrate: 115200, terminal });
  return { loader, transport, device, log };
}

/** esptool-js on the ROM loader alone: it detects the chip and goes no further. */
async function connect(sandbox: BoardlineSandbox, board: { name: string; port: string }, baud: number): Promise<RomSession> {
  const session = await open(sandbox, board, baud);
  await session.loader.detectChip('no_reset');
  return session;
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

/** Compressible bytes, as a compiled program's are (random bytes would not exercise the inflater much). */
const firmwareLike = (length: number): Uint8Array => new Uint8Array(length).map((_, index) => ((index * 7) ^ (index >> 5)) & 0xff);

describe('virtual ESP boards under esptool-js 0.7.0 with its flasher stub', () => {
  let sandbox: BoardlineSandbox;
  let dir: string;
  before(async () => {
    sandbox = await boardlineSandbox();
    dir = await mkdtemp(join(tmpdir(), 'boardline-virtual-esp-stub-'));
  });
  after(async () => {
    await sandbox.stopAll();
  });

  for (const { board: model, chip, image } of [
    { board: 'esp32', chip: 'ESP32', image: (): Uint8Array => esp32Images(4000).bootloader },
    { board: 'esp8266', chip: 'ESP8266', image: (): Uint8Array => esp8266SketchBin(8000) },
  ] as const) {
    it(`${model}: main() uploads the stub, greets, goes to 921600; compressed and plain writes, MD5, read-back and region erase all work`, async () => {
      const flashFile = join(dir, `${model}.flash`);
      const board = await sandbox.startBoard(['--name', `stub-${model}`, '--board', model, '--flash-file', flashFile]);
      const control = controlOf(sandbox, board.name);
      const { loader, transport, log } = await open(sandbox, board, 921600);
      // At 0x0 on the ESP8266 (its sketch), at 0x1000 on the ESP32 (its second-stage bootloader).
      const first = { data: image(), address: model === 'esp8266' ? 0 : 0x1000 };
      const application = { data: new Uint8Array([...firmwareLike(60_000), ...randomBytes(9_000)]), address: 0x10000 };
      // Not a multiple of 16 KiB: the last uncompressed block goes out padded, and the padding must not land in flash.
      const plain = { data: new Uint8Array(randomBytes(20_004)), address: 0x200000 };
      const options = (files: { data: Uint8Array; address: number }[], compress: boolean): FlashOptions => ({
        fileArray: files,
        flashMode: 'keep',
        flashFreq: 'keep',
        flashSize: 'keep',
        eraseAll: false,
        compress,
        // esptool-js compares this with the stub's MD5 answer (hex of its 16 raw bytes) after each file.
        calculateMD5Hash: (data) => md5(data),
      });
      try {
        // The whole default path: describe the chip on the ROM, upload the stub, OHAI, CHANGE_BAUDRATE with the old baud, the flash id through the stub.
        await loader.main('no_reset');
        assert.equal(loader.IS_STUB, true);
        assert.equal(loader.chip.CHIP_NAME, chip);
        assert.ok(log.includes('Stub running...'), log.join('\n'));
        assert.ok(log.includes('Changed'), log.join('\n'));
        assert.ok(
          log.some((line) => /^Flash ID: 1640ef$/.test(line)),
          log.join('\n'),
        );
        const status = await sendControl(control, 'status');
        assert.equal(status['loader'], 'stub');
        assert.equal(status['baud'], 921600);

        // esptool-js's defaults with the stub: 16 KiB blocks, the exact size in FLASH_DEFL_BEGIN, FLASH_DEFL_END, MD5 checked.
        await loader.writeFlash(options([first, application], true));
        assert.equal(log.filter((line) => line === 'Hash of data verified.').length, 2, log.join('\n'));
        await loader.writeFlash(options([plain], false));
        assert.ok(
          log.some((line) => line.startsWith(`Wrote ${plain.data.length} bytes at 0x200000 `)),
          log.join('\n'),
        );
        assert.equal(await loader.flashMd5sum(plain.address, plain.data.length), md5(plain.data));

        const read = await loader.readFlash(application.address, application.data.length);
        // esptool-js does not read the MD5 frame that ends READ_FLASH's stream: let it arrive and go.
        await transport.drainInput();
        assert.ok(Buffer.from(read).equals(Buffer.from(application.data)));

        // ERASE_REGION has no esptool-js method: the command by its opcode, on whole sectors; a region not on sector bounds is refused with C0.
        await loader.checkCommand('erase region', loader.ESP_ERASE_REGION, le(0x204000, 0x1000));
        await assert.rejects(
          loader.checkCommand('erase region', loader.ESP_ERASE_REGION, le(0x204800, 0x1000)),
          /failed with status 192,0/,
        );
        assert.equal(await loader.flashMd5sum(application.address, application.data.length), md5(application.data), 'still answering');
      } finally {
        await transport.disconnect();
      }
      assert.equal((await sendControl(control, 'download'))['loader'], 'rom', 'a reset gives the chip back to its ROM');

      await sandbox.stopAll();
      const flash = await readFile(flashFile);
      for (const file of [first, application]) assert.ok(flash.subarray(file.address, file.address + file.data.length).equals(file.data));
      const erased = Buffer.from(plain.data);
      erased.fill(0xff, 0x4000); // the erased sector runs past the file's end
      assert.ok(flash.subarray(plain.address, plain.address + plain.data.length).equals(erased));
      assert.ok(flash.subarray(plain.address + plain.data.length, plain.address + 0x8000).every((byte) => byte === 0xff));
    });
  }

  it('esp32: a stub that never starts (refuse-stub) fails main(); a failed flash write (fail-next-write) comes with the next block and MD5 catches the loss', async () => {
    const board = await sandbox.startBoard(['--name', 'stub-faults', '--board', 'esp32']);
    const control = controlOf(sandbox, board.name);
    await sendControl(control, 'refuse-stub');
    const refused = await open(sandbox, board, 921600);
    try {
      // MEM_END is answered, then nothing: esptool-js waits its 3 s for the greeting and gives up.
      await assert.rejects(refused.loader.main('no_reset'), /Serial data stream stopped/);
      assert.equal((await sendControl(control, 'status'))['mode'], 'halted');
    } finally {
      await refused.transport.disconnect();
    }

    const { loader, transport, log } = await open(sandbox, board, 921600);
    try {
      await loader.main('no_reset');
      assert.equal(loader.IS_STUB, true, 'refuse-stub refused one start, not every one');
      await sendControl(control, 'fail-next-write');
      const data = new Uint8Array(randomBytes(40_000));
      // The stub answers block 0, then fails to write it; block 1 gets the error (196 = 0xC4) and is not run, esptool-js resends
      // it and goes on: nothing in the blocks' answers shows the lost write, the MD5 at the end does.
      await assert.rejects(
        loader.writeFlash({
          fileArray: [{ data, address: 0x10000 }],
          flashMode: 'keep',
          flashFreq: 'keep',
          flashSize: 'keep',
          eraseAll: false,
          compress: true,
          calculateMD5Hash: (image) => md5(image),
        }),
        /MD5 of file does not match data in flash/,
      );
      assert.ok(
        log.some((line) => line.startsWith('Wrote 40000 bytes')),
        log.join('\n'),
      );
    } finally {
      await transport.disconnect();
    }
  });
});
