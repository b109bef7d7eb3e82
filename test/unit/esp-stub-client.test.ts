import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BoardlineError } from '../../src/errors.js';
import { chipByName, type EspChip } from '../../src/flash/esp/chips.js';
import { BaudNotCarried, changeBaud, type BaudPort } from '../../src/flash/esp/esp-baud.js';
import { wireLine } from '../../src/flash/esp/esp-rom-backend.js';
import { eraseSize, romProfile, stubProfile } from '../../src/flash/esp/loader-profile.js';
import { RomCommandFailed, type RomClient } from '../../src/flash/esp/rom-client.js';
import { responseStatus, romStatus, RomCommand, StubError, stubStatus } from '../../src/flash/esp/rom-protocol.js';
import { eraseRegionArguments, readFlashAck, readFlashArguments } from '../../src/flash/esp/stub-flash.js';
import { memBeginArguments, memEndArguments } from '../../src/flash/esp/stub-loader.js';
import { recordingIo } from '../../src/io.js';

function chip(name: string): EspChip {
  const found = chipByName(name);
  assert.ok(found, name);
  return found;
}

const le = (bytes: Uint8Array): number[] => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return Array.from({ length: bytes.length / 4 }, (_, index) => view.getUint32(index * 4, true));
};

describe('the loader profiles: what the ROM loaders and the flasher stub each want', () => {
  it('gives the ROMs 1 KiB blocks, rounded DEFL sizes, their erase quirk and no END; the stub 16 KiB, exact sizes and END', () => {
    const esp8266 = romProfile(chip('ESP8266'));
    assert.deepEqual(
      {
        block: esp8266.flashBlockBytes,
        compress: esp8266.compress,
        md5: esp8266.md5,
        baud: esp8266.changeBaud,
        default: esp8266.defaultBaud,
      },
      { block: 0x400, compress: false, md5: 'none', baud: false, default: 115200 },
    );
    assert.equal(esp8266.flashBeginSize(0, 0x30000), eraseSize(chip('ESP8266'), 0, 0x30000));
    assert.notEqual(esp8266.flashBeginSize(0, 0x30000), 0x30000, "the ESP8266 ROM's erase bug is worked around");
    assert.equal(esp8266.readBack, 'registers');

    const esp32 = romProfile(chip('ESP32'));
    assert.equal(esp32.compress, true);
    assert.equal(esp32.md5, 'hex');
    assert.equal(esp32.defaultBaud, 460800);
    assert.equal(esp32.deflateBeginSize(1500), 2048, 'rounded up to whole blocks, as esptool sends a ROM');
    assert.equal(esp32.endAfterFile, false);
    assert.equal(esp32.acksBeforeWriting, false);
    assert.equal(esp32.baudSecondWord(115200), 0);
    assert.equal(esp32.badChecksum, 0x07);
    assert.equal(esp32.beginEncryptedWord, false);
    assert.equal(romProfile(chip('ESP32-S3')).beginEncryptedWord, true);

    const stub = stubProfile();
    assert.deepEqual(
      {
        block: stub.flashBlockBytes,
        compress: stub.compress,
        md5: stub.md5,
        end: stub.endAfterFile,
        acksFirst: stub.acksBeforeWriting,
        fifth: stub.beginEncryptedWord,
        attach: stub.spiAttachBytes,
        resend: stub.badChecksum,
        default: stub.defaultBaud,
        readBack: stub.readBack,
      },
      {
        block: 0x4000,
        compress: true,
        md5: 'raw',
        end: true,
        acksFirst: true,
        fifth: false,
        attach: 4,
        resend: StubError.BAD_DATA_CHECKSUM,
        default: 921600,
        readBack: 'read-flash',
      },
    );
    assert.equal(stub.deflateBeginSize(1500), 1500, 'the exact length: the stub fails END otherwise');
    assert.equal(stub.flashBeginSize(0x1000, 0x30000), 0x30000, 'no ESP8266 erase quirk with the stub');
    assert.equal(stub.baudSecondWord(115200), 115200, 'the stub is told the current baud');
  });
});

describe('status bytes: a ROM sends [1, code], a stub [code, detail]', () => {
  it('decodes both, with data before the status and without', () => {
    assert.deepEqual(responseStatus(romStatus(4, 0x07)), { failed: true, code: 0x07, complete: true });
    assert.deepEqual(responseStatus(romStatus(2)), { failed: false, code: 0, complete: true });
    assert.deepEqual(responseStatus(stubStatus(StubError.BAD_DATA_CHECKSUM)), { failed: true, code: 0xc1, complete: true });
    assert.deepEqual(responseStatus(Uint8Array.from([0xc4, 0x00])), { failed: true, code: 0xc4, complete: true });
    const md5 = new Uint8Array(18).fill(0xab);
    md5.set(stubStatus(), 16);
    assert.equal(responseStatus(md5, 16).failed, false);
    // A refusal comes without the 16 bytes of data: judged by its first two.
    assert.deepEqual(responseStatus(stubStatus(StubError.BAD_DATA_LEN), 16), { failed: true, code: 0xc0, complete: false });
  });

  it('names the speaker and the stub error in a refusal, and says a write error belongs to the block before', () => {
    const checksum = new RomCommandFailed('FLASH_DEFL_DATA 3 of 8 at 0x10000', 0xc1, '/dev/ttyUSB0', 'stub');
    assert.equal(checksum.message, 'The flasher stub on /dev/ttyUSB0 refused FLASH_DEFL_DATA 3 of 8 at 0x10000: bad data checksum (0xc1)');
    const write = new RomCommandFailed('FLASH_DEFL_END at 0x0', 0xc4, '/dev/ttyUSB0', 'stub');
    assert.match(
      write.message,
      /^The flasher stub on \/dev\/ttyUSB0 refused FLASH_DEFL_END at 0x0: SPI flash operation failed \(0xc4\), an error of the block before it/,
    );
    assert.match(
      new RomCommandFailed('SYNC', 0x05, 'p').message,
      /^The ROM loader on p refused SYNC: received message is invalid \(0x05\)$/,
    );
  });
});

describe('argument encodings', () => {
  it('MEM_BEGIN, MEM_END, READ_FLASH and its acknowledgement', () => {
    assert.deepEqual(le(memBeginArguments(6456, 0x1800, 0x400a8000)), [6456, 2, 0x1800, 0x400a8000]);
    assert.deepEqual(le(memEndArguments(0x400a902c)), [0, 0x400a902c], 'flag 0: jump to the entry');
    assert.deepEqual(le(readFlashArguments(0x10000, 0x8000)), [0x10000, 0x8000, 0x1000, 64]);
    assert.deepEqual([...readFlashAck(0x1234)], [0x34, 0x12, 0, 0]);
  });

  it('ERASE_REGION takes whole sectors only, checked before anything is sent', () => {
    assert.deepEqual(le(eraseRegionArguments(0x10000, 0x4000)), [0x10000, 0x4000]);
    assert.throws(
      () => eraseRegionArguments(0x10100, 0x1000),
      /Cannot erase 4096 bytes at 0x10100: the flasher stub erases whole 4 KiB sectors/,
    );
    assert.throws(
      () => eraseRegionArguments(0x10000, 0x800),
      (error: unknown) => error instanceof BoardlineError && error.kind === 'usage',
    );
  });

  it('the wire line gives the totals, then each baud', () => {
    assert.equal(
      wireLine(300, 40, [
        { baud: 115200, sent: 100, received: 30 },
        { baud: 921600, sent: 200, received: 10 },
      ]),
      '300 bytes sent and 40 received on the wire (100 sent and 30 received at 115200, 200 sent and 10 received at 921600)',
    );
  });
});

/** A client whose loader answers CHANGE_BAUDRATE as told and whose register read after the change works or not. */
function fakeClient(options: { refuseChange?: boolean; answersAfter: boolean }): { client: RomClient; sent: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  const client = {
    port: '/dev/ttyUSB0',
    loader: 'stub',
    baud: 115200,
    link: { discard: () => undefined },
    command: (op: number, data: Uint8Array) => {
      assert.equal(op, RomCommand.CHANGE_BAUDRATE);
      sent.push(data);
      if (options.refuseChange === true)
        return Promise.reject(new RomCommandFailed('CHANGE_BAUDRATE 921600', 0xc0, '/dev/ttyUSB0', 'stub'));
      return Promise.resolve({ value: 0, data: new Uint8Array(0) });
    },
    readRegister: () => (options.answersAfter ? Promise.resolve(0xfff0c101) : Promise.reject(new BoardlineError('timeout', 'No answer'))),
  };
  return { client: client as unknown as RomClient, sent };
}

function port(fails: boolean): BaudPort & { bauds: number[] } {
  const bauds: number[] = [];
  return {
    bauds,
    update: (options, callback) => {
      bauds.push(options.baudRate);
      callback(fails && options.baudRate !== 115200 ? new Error('EINVAL') : null);
    },
  };
}

describe('the baud change', () => {
  const esp8266 = chip('ESP8266');

  it('tells the stub the new baud and the current one, and moves the port', async () => {
    const { client, sent } = fakeClient({ answersAfter: true });
    const serial = port(false);
    const io = recordingIo();
    assert.deepEqual(await changeBaud(client, esp8266, stubProfile(), serial, { baud: 921600, asked: false, line: 'local', io }), {
      baud: 921600,
    });
    assert.deepEqual(le(sent[0] ?? new Uint8Array(0)), [921600, 115200]);
    assert.deepEqual(serial.bauds, [921600]);
    assert.equal(client.baud, 921600);
  });

  it('falls back from a default baud the port cannot take or the board stops answering at, and fails one the input asked for', async () => {
    const io = recordingIo();
    const cannot = fakeClient({ answersAfter: true });
    assert.deepEqual(
      await changeBaud(cannot.client, esp8266, stubProfile(), port(true), { baud: 921600, asked: false, line: 'local', io }),
      {
        reconnect: 'the port /dev/ttyUSB0 cannot be set to 921600 baud: EINVAL',
      },
    );
    assert.equal(cannot.client.baud, 115200);

    const silent = fakeClient({ answersAfter: false });
    const serial = port(false);
    assert.deepEqual(await changeBaud(silent.client, esp8266, stubProfile(), serial, { baud: 921600, asked: false, line: 'local', io }), {
      reconnect: 'the flasher stub on /dev/ttyUSB0 stopped answering after the change to 921600 baud',
    });
    assert.deepEqual(serial.bauds, [921600, 115200], 'the port is back at the ROM baud for the reconnect');
    assert.equal(silent.client.baud, 115200);

    await assert.rejects(
      changeBaud(fakeClient({ answersAfter: true }).client, esp8266, stubProfile(), port(true), {
        baud: 921600,
        asked: true,
        line: 'local',
        io,
      }),
      /^BoardlineError: Input "baud": the port \/dev\/ttyUSB0 cannot be set to 921600 baud: EINVAL/,
    );
    await assert.rejects(
      changeBaud(fakeClient({ answersAfter: false }).client, esp8266, stubProfile(), port(false), {
        baud: 921600,
        asked: true,
        line: 'local',
        io,
      }),
      (error: unknown) => {
        assert.ok(error instanceof BaudNotCarried, 'not worth another attempt');
        assert.match(error.message, /^Input "baud": the flasher stub on \/dev\/ttyUSB0 stopped answering after the change to 921600 baud$/);
        assert.match(error.hint ?? '', /set baud to a lower rate \(115200 always works\), or leave it unset/);
        return true;
      },
    );
  });

  it('stays at the current baud on a tcp:// line, on the ESP8266 ROM, and when the loader refuses a default baud', async () => {
    const io = recordingIo();
    const tcp = fakeClient({ answersAfter: true });
    assert.deepEqual(await changeBaud(tcp.client, esp8266, stubProfile(), port(false), { baud: 921600, asked: false, line: 'fixed', io }), {
      baud: 115200,
    });
    assert.equal(tcp.sent.length, 0, 'no CHANGE_BAUDRATE on a line whose baud the server fixes');
    const rom = fakeClient({ answersAfter: true });
    assert.deepEqual(
      await changeBaud(rom.client, esp8266, romProfile(esp8266), port(false), { baud: 460800, asked: true, line: 'local', io }),
      {
        baud: 115200,
      },
    );
    assert.equal(rom.sent.length, 0);
    const refused = fakeClient({ refuseChange: true, answersAfter: true });
    assert.deepEqual(
      await changeBaud(refused.client, esp8266, stubProfile(), port(false), { baud: 921600, asked: false, line: 'local', io }),
      {
        baud: 115200,
      },
    );
    assert.ok(
      io.lines.some((line) => /refused CHANGE_BAUDRATE 921600: bad data length \(0xc0\); staying at 115200 baud/.test(line.message)),
    );
  });
});
