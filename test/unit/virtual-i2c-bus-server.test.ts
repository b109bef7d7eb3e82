import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { WiredDevices } from '../../src/virtual/i2c/wired-devices.js';
import { errno, i2cFlags } from '../../src/virtual/linux-i2c/bus-protocol.js';
import { BusServer } from '../../src/virtual/linux-i2c/bus-server.js';
import { formatTrace, type TraceRecord } from '../../src/virtual/linux-i2c/bus-trace.js';
import { loadWiring } from '../../src/virtual/wiring.js';
import { I2cBusClient } from '../harness/i2c-bus-client.js';

describe('virtual-i2c bus server', () => {
  let directory: string;
  let socket: string;
  let server: BusServer;
  const traced: TraceRecord[] = [];
  const clients: I2cBusClient[] = [];
  /** The bus's clock, moved by the tests: a device's timing (an EEPROM's write cycle) is then the test's, not the machine's load. */
  let clockUs = 0;

  async function client(program = 'test', pid = process.pid): Promise<I2cBusClient> {
    const connected = await I2cBusClient.connect(socket, { pid, program });
    clients.push(connected);
    return connected;
  }

  before(async () => {
    directory = await mkdtemp(join(tmpdir(), 'boardline-i2c-'));
    socket = join(directory, 'bus.sock');
    const devices = await WiredDevices.create((await loadWiring(undefined, ['bmp280@0x76', '24c02@0x50'])).devices);
    server = new BusServer(devices.bus, () => clockUs);
    server.on('transaction', (record) => traced.push(record));
    await server.listen(socket);
  });

  after(async () => {
    for (const connected of clients) connected.close();
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  it("reads a BMP280's chip id: register 0xd0 written, then one byte read after a repeated START", async () => {
    const bus = await client('i2cget', 4242);
    const answer = await bus.readRegister(0x76, 0xd0);
    assert.deepEqual(answer, { status: 0, completed: 2, reads: [Uint8Array.of(0x58)] });
    const record = traced.at(-1);
    assert.ok(record);
    assert.match(formatTrace(record), /^ +\d+\.\d{6} i2cget\[4242\] 0x76 W ACK d0 \| 0x76 R ACK 58 -> ok$/);
  });

  it('answers ENXIO when nothing acknowledges the address, with no message completed', async () => {
    const bus = await client();
    const answer = await bus.readRegister(0x23, 0x00);
    assert.deepEqual(answer, { status: errno.ENXIO, completed: 0, reads: [] });
    const record = traced.at(-1);
    assert.ok(record);
    assert.match(formatTrace(record), / test\[\d+\] 0x23 W NACK \| 0x23 R \(not sent\) -> ENXIO$/);
  });

  it('writes an EEPROM page, is refused (ENXIO) during the write cycle, then reads the page back', async () => {
    const bus = await client('eeprom-writer', 77);
    const page = Uint8Array.of(0x08, 1, 2, 3, 4, 5, 6, 7, 8);
    assert.deepEqual(await bus.transfer([{ address: 0x50, flags: 0, length: page.length, data: page }]), {
      status: 0,
      completed: 1,
      reads: [],
    });
    // 1 ms into the 24C02's 5 ms write cycle the part acknowledges nothing, as a driver's acknowledge polling finds.
    clockUs += 1000;
    assert.deepEqual(await bus.readRegister(0x50, 0x08, 8), { status: errno.ENXIO, completed: 0, reads: [] });
    // Once the cycle is over, the page reads back.
    clockUs += 10_000;
    assert.deepEqual(await bus.readRegister(0x50, 0x08, 8), { status: 0, completed: 2, reads: [Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8)] });
    assert.ok(traced.some((record) => / eeprom-writer\[77\] 0x50 W NACK .*-> ENXIO$/.test(formatTrace(record))));
  });

  it('refuses a 10-bit address (EOPNOTSUPP) and a block count over 32 (EPROTO)', async () => {
    const bus = await client();
    const ten = await bus.transfer([{ address: 0x150, flags: i2cFlags.tenBit | i2cFlags.read, length: 1, data: undefined }]);
    assert.equal(ten.status, errno.EOPNOTSUPP);
    // The BMP280's calibration register 0x88 holds 0x70 or so: far more than a block may carry.
    const block = await bus.transfer([
      { address: 0x76, flags: 0, length: 1, data: Uint8Array.of(0xd0) },
      { address: 0x76, flags: i2cFlags.read | i2cFlags.recvLen, length: 1, data: undefined },
    ]);
    // The chip id, 0x58 (88), read as a count: more than 32.
    assert.deepEqual(block, { status: errno.EPROTO, completed: 1, reads: [] });
  });

  it('serves two programs at once, each answer to its own request', async () => {
    const first = await client('first', 1);
    const second = await client('second', 2);
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, index) => (index % 2 === 0 ? first : second).readRegister(0x76, 0xd0)),
    );
    assert.ok(answers.every((answer) => answer.status === 0 && answer.reads[0]?.[0] === 0x58));
    const programs = new Set(traced.slice(-50).map((record) => record.program));
    assert.deepEqual([...programs].sort(), ['first', 'second']);
    assert.deepEqual(
      server.transactions(traced.at(-3)?.sequence).map((record) => record.sequence),
      traced.slice(-2).map((record) => record.sequence),
    );
  });

  it('answers a malformed request EINVAL and goes on serving the connection', async () => {
    const bus = await client();
    const answer = await bus.request(Buffer.of(0x02, 0x00, 0x00));
    assert.equal(answer.readInt32LE(0), errno.EINVAL);
    assert.equal((await bus.readRegister(0x76, 0xd0)).status, 0);
  });
});
