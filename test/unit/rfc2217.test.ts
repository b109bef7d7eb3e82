import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNetworkPortValue, parseNetworkAddress } from '../../src/serial/network-address.js';
import { resolvePort } from '../../src/serial/resolve-port.js';
import { COM_PORT_OPTION, Rfc2217Session } from '../../src/serial/rfc2217-session.js';
import { DO, DONT, IAC, SB, SE, TelnetDecoder, WILL, escapeIac, subnegotiation } from '../../src/serial/telnet-codec.js';
import { expectFailure } from '../harness/expect-error.js';

describe('Telnet framing', () => {
  it('doubles IAC in data and undoes it, whatever the chunking', () => {
    const data = Buffer.from([0x00, 0xff, 0xff, 0x10, 0xff]);
    const wire = escapeIac(data);
    assert.deepEqual([...wire], [0x00, 0xff, 0xff, 0xff, 0xff, 0x10, 0xff, 0xff]);
    for (let split = 0; split <= wire.length; split += 1) {
      const decoder = new TelnetDecoder();
      const events = [...decoder.push(wire.subarray(0, split)), ...decoder.push(wire.subarray(split))];
      const bytes = Buffer.concat(events.map((event) => (event.type === 'data' ? event.bytes : Buffer.alloc(0))));
      assert.deepEqual([...bytes], [...data], `split at ${split}`);
      assert.ok(events.every((event) => event.type === 'data'));
    }
  });

  it('decodes a subnegotiation whose value holds IAC, split byte by byte between data', () => {
    const wire = Buffer.concat([
      Buffer.from('ab'),
      subnegotiation(COM_PORT_OPTION, Buffer.from([101, 0x00, 0x01, 0xff, 0xff])),
      Buffer.from('c'),
    ]);
    assert.deepEqual([...wire.subarray(2, 11)], [IAC, SB, 44, 101, 0x00, 0x01, 0xff, 0xff, 0xff]);
    const decoder = new TelnetDecoder();
    const events = [...wire].flatMap((byte) => decoder.push(Buffer.of(byte)));
    assert.deepEqual(events, [
      { type: 'data', bytes: Buffer.from('a') },
      { type: 'data', bytes: Buffer.from('b') },
      { type: 'subnegotiation', option: 44, payload: Buffer.from([101, 0x00, 0x01, 0xff, 0xff]) },
      { type: 'data', bytes: Buffer.from('c') },
    ]);
  });

  it('separates negotiations from the data around them', () => {
    const events = new TelnetDecoder().push(Buffer.from([0x41, IAC, WILL, 3, 0x42, IAC, 0xf1, 0x43]));
    assert.deepEqual(events, [
      { type: 'data', bytes: Buffer.from('A') },
      { type: 'negotiation', verb: WILL, option: 3 },
      { type: 'data', bytes: Buffer.from('B') },
      { type: 'command', code: 0xf1 },
      { type: 'data', bytes: Buffer.from('C') },
    ]);
  });
});

/** A scripted RFC 2217 server: records what the client sent, answers what the test says. */
function scripted(ackTimeoutMs = 2000): {
  session: Rfc2217Session;
  sent: Buffer[];
  data: Buffer[];
  warnings: string[];
  serverSays: (...chunks: Buffer[]) => void;
} {
  const sent: Buffer[] = [];
  const data: Buffer[] = [];
  const warnings: string[] = [];
  const session = new Rfc2217Session({
    name: 'rfc2217://test:2217',
    ackTimeoutMs,
    send: (bytes) => sent.push(bytes),
    onData: (bytes) => data.push(bytes),
    onWarning: (message) => warnings.push(message),
  });
  return { session, sent, data, warnings, serverSays: (...chunks) => chunks.forEach((chunk) => session.receive(chunk)) };
}

/** Takes the session through negotiation as a server that grants COM-PORT-OPTION at once. */
async function negotiated(session: Rfc2217Session, serverSays: (...chunks: Buffer[]) => void): Promise<void> {
  const started = session.start();
  serverSays(Buffer.from([IAC, DO, COM_PORT_OPTION]));
  await started;
  await greetingOver();
}

/** Past the quiet moment after a server's greeting, when the client's held bytes go out. */
const greetingOver = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 100));

const ack = (command: number, value: number[]): Buffer => subnegotiation(COM_PORT_OPTION, Buffer.from([command + 100, ...value]));

describe('RFC 2217 client session', () => {
  it('answers nothing until the greeting is over, then offers BINARY, SGA and COM-PORT-OPTION once each, refusing ECHO', async () => {
    const { session, sent, data, serverSays } = scripted();
    const started = session.start();
    // What ser2net 4.3 sends a surplus client, split in two reads: its greeting, then its refusal.
    const greeting = Buffer.from('fffb03fffd03fffb01fffe01fffd00fffb00fffd2c', 'hex');
    serverSays(greeting.subarray(0, 7), greeting.subarray(7));
    await started;
    assert.equal(sent.length, 0, 'a socket that closes with bytes unread is reset, and the refusal read after it lost');
    serverSays(Buffer.from('Port already in use\r\n'));
    assert.equal(Buffer.concat(data).toString(), 'Port already in use\r\n');
    await greetingOver();
    assert.deepEqual(
      sent.map((bytes) => bytes.toString('hex')),
      ['fffd03', 'fffb03', 'fffe01', 'fffb00', 'fffd00', 'fffb2c'],
      "each of the greeting's requests answered in turn (DO SGA, WILL SGA, DONT ECHO, WILL BINARY, DO BINARY, WILL COM-PORT-OPTION), so no offer is left to make and nothing goes twice",
    );
  });

  it('fails clearly when the server refuses COM-PORT-OPTION (a plain telnet accepter)', async () => {
    const { session, serverSays } = scripted();
    const started = session.start();
    serverSays(Buffer.from([IAC, DONT, COM_PORT_OPTION]));
    await assert.rejects(started, /refuses RFC 2217 .*DONT COM-PORT-OPTION/);
  });

  it('fails at its deadline when the server says nothing, or only garbage', async () => {
    const { session, serverSays } = scripted(150);
    const started = session.start();
    serverSays(Buffer.from('SSH-2.0-OpenSSH_9.2\r\n'));
    await assert.rejects(started, /did not negotiate RFC 2217 within 150 ms/);
  });

  it('awaits the four line acknowledgements in whatever order they come', async () => {
    const { session, sent, serverSays } = scripted();
    await negotiated(session, serverSays);
    sent.length = 0;
    let done = false;
    const line = session.setLine({ baudRate: 57600, dataBits: 8, parity: 'none', stopBits: 1 }).then(() => (done = true));
    assert.deepEqual(
      sent.map((bytes) => bytes.toString('hex')),
      ['fffa2c010000e100fff0', 'fffa2c0208fff0', 'fffa2c0301fff0', 'fffa2c0401fff0'],
    );
    serverSays(ack(4, [1]), ack(2, [8]));
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(done, false, 'the baud rate and parity are not confirmed yet');
    serverSays(ack(1, [0, 0, 0xe1, 0]), ack(3, [1]));
    await line;
    assert.equal(session.baudRate, 57600);
  });

  it('doubles IAC inside a baud rate value, and reads one back', async () => {
    const { session, sent, serverSays } = scripted();
    await negotiated(session, serverSays);
    sent.length = 0;
    const line = session.setLine({ baudRate: 0x0001ffff });
    assert.equal(sent[0]?.toString('hex'), 'fffa2c010001ffffffff' + 'fff0');
    serverSays(ack(1, [0x00, 0x01, 0xff, 0xff]));
    await line;
    assert.equal(session.baudRate, 0x1ffff);
  });

  it('refuses a server that sets another baud rate than asked', async () => {
    const { session, serverSays } = scripted();
    await negotiated(session, serverSays);
    const line = session.setLine({ baudRate: 57600 });
    serverSays(ack(1, [0, 0, 0x25, 0x80]));
    await assert.rejects(line, /set the line to 9600 baud, not the 57600 asked for/);
  });

  it('an unanswered acknowledgement is an error at its deadline', async () => {
    const { session, serverSays } = scripted(100);
    await negotiated(session, serverSays);
    await assert.rejects(session.setLine({ baudRate: 115200 }), /did not acknowledge SET-BAUDRATE within 100 ms/);
  });

  it('moves DTR and RTS without waiting, and warns once when the server never confirms them', async () => {
    const { session, sent, warnings, serverSays } = scripted(100);
    await negotiated(session, serverSays);
    sent.length = 0;
    session.setControl({ dtr: false, rts: false, brk: false });
    session.setControl({ dtr: true, rts: false, brk: false });
    assert.deepEqual(
      sent.map((bytes) => bytes.toString('hex')),
      ['fffa2c0509fff0', 'fffa2c050cfff0', 'fffa2c0508fff0'],
      'DTR off, RTS off, then only DTR on: BREAK, off from the start, is never sent',
    );
    // ser2net serving a pty answers a BREAK change but no DTR or RTS one: still unconfirmed.
    serverSays(ack(5, [6]));
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /does not acknowledge SET-CONTROL: DTR and RTS may not have moved/);
  });

  it('says nothing when the server confirms the modem lines', async () => {
    const { session, warnings, serverSays } = scripted(100);
    await negotiated(session, serverSays);
    session.setControl({ dtr: true });
    serverSays(ack(5, [8]));
    await new Promise((resolve) => setTimeout(resolve, 250));
    session.fail(new Error('closed'));
    assert.deepEqual(warnings, []);
  });

  it('delivers serial data with IAC undone and negotiation taken out', async () => {
    const { session, data, serverSays } = scripted();
    serverSays(Buffer.from([0xff, 0xff, 0x14, IAC, WILL, 0, 0x10, IAC, SB, 44, 107, 0, IAC, SE, 0xff]), Buffer.from([0xff]));
    assert.deepEqual([...Buffer.concat(data)], [0xff, 0x14, 0x10, 0xff]);
    assert.deepEqual([...session.frame(Buffer.from([0xff, 0x00]))], [0xff, 0xff, 0x00]);
  });

  it('fails every waiter when the connection ends', async () => {
    const { session, serverSays } = scripted();
    await negotiated(session, serverSays);
    const line = session.setLine({ baudRate: 115200 });
    session.fail(new Error('connection closed'));
    await assert.rejects(line, /connection closed/);
    assert.throws(() => session.setControl({ dtr: true }), /connection closed/);
  });
});

describe('network port values', () => {
  it('takes a port written with a transport but a malformed URL for a network port, not a path', async () => {
    // With one slash it has a /, and was looked for on disk: "Port rfc2217:/pi:2217 does not exist".
    assert.equal(isNetworkPortValue('rfc2217:/pi:2217'), true);
    const error = await expectFailure('usage', () => resolvePort('rfc2217:/pi:2217'));
    assert.match(error.message, /^Input "port" has a malformed network port "rfc2217:\/pi:2217"/);
    assert.match(error.hint ?? '', /rfc2217:\/\/HOST:PORT/);
    for (const local of ['/dev/ttyUSB0', 'uno0', 'usb:2341:0043', 'auto']) assert.equal(isNetworkPortValue(local), false, local);
  });

  it('parses rfc2217, rfc2217s and tcp URLs, IPv6 in brackets', () => {
    assert.deepEqual(parseNetworkAddress('rfc2217://pi-lab.local:2217'), {
      scheme: 'rfc2217',
      host: 'pi-lab.local',
      port: 2217,
      url: 'rfc2217://pi-lab.local:2217',
    });
    assert.deepEqual(parseNetworkAddress(' RFC2217S://[fd00::2]:4000/ '), {
      scheme: 'rfc2217s',
      host: 'fd00::2',
      port: 4000,
      url: 'rfc2217s://[fd00::2]:4000',
    });
    assert.equal(parseNetworkAddress('tcp://127.0.0.1:3333').scheme, 'tcp');
  });

  for (const [value, why] of [
    ['telnet://pi:2217', /telnet:\/\/ is not a serial transport/],
    ['rfc2217://pi', /the TCP port is missing/],
    ['rfc2217://:2217', /host is missing|not a URL/],
    ['rfc2217://pi:70000', /not a URL|1 to 65535/],
    ['tcp://user:secret@pi:2217', /user or password/],
    ['tcp://pi:2217/dev/ttyUSB0', /nothing may follow HOST:PORT/],
    ['rfc2217://fd00::2:2217', /not a URL/],
    ['rfc2217:/pi:2217', /: rfc2217: must be followed by \/\/ and HOST:PORT, as in rfc2217:\/\/pi:2217$/],
    ['rfc2217:pi:2217', /as in rfc2217:\/\/pi:2217$/],
    ['RFC2217S:/pi:4000', /rfc2217s: must be followed by \/\/ and HOST:PORT, as in rfc2217s:\/\/pi:4000$/],
    ['tcp:pi:3333', /as in tcp:\/\/pi:3333$/],
    ['rfc2217:', /rfc2217: must be followed by \/\/ and HOST:PORT$/],
  ] as const) {
    it(`refuses ${value}, naming the input and the fix`, () => {
      assert.throws(
        () => parseNetworkAddress(value),
        (error: Error & { kind?: string; hint?: string }) => {
          assert.equal(error.kind, 'usage');
          assert.match(error.message, /^Input "port" has a malformed network port/);
          assert.match(error.message, why);
          assert.match(error.hint ?? '', /rfc2217:\/\/HOST:PORT/);
          return true;
        },
      );
    });
  }
});
