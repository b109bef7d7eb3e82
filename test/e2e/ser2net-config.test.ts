import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { listPorts } from '../../src/serial/list-ports.js';
import { renderSer2netConfig } from '../../src/serial/ser2net-config.js';
import { arduinoUno, ftdiAdapter, makeFakeHost, placeholderUart } from '../fixtures/fake-host.js';
import { parseCliJson, runBundledCli } from '../harness/run-cli.js';
import { freePort, runSer2net } from '../harness/ser2net.js';

describe('ports --ser2net: a ser2net.yaml that exports this machine’s boards', () => {
  it('serves each board by its by-id link, one client at a time, and the real ser2net takes the file', async () => {
    const ports = await listPorts(await makeFakeHost([ftdiAdapter, arduinoUno, placeholderUart]));
    const base = await freePort();
    const config = renderSer2netConfig(ports, { listen: '127.0.0.1', basePort: base });
    const connections = config.split('\nconnection: ').slice(1);
    assert.equal(connections.length, 2, 'the USB ports, not the placeholder UART');
    for (const [index, port] of ports.entries()) {
      const text = connections[index] ?? '';
      const byId = port.links.find((link) => link.includes('/by-id/'));
      assert.ok(byId !== undefined);
      assert.ok(text.includes(`  accepter: telnet(rfc2217),tcp(nodelay),127.0.0.1,${base + index}\n`), text);
      assert.ok(text.includes(`  connector: serialdev,${byId},115200n81,local,nobreak\n`), text);
      assert.match(text, /max-connections: 1\n {4}kickolduser: false\n {4}chardelay: false/);
    }
    assert.match(
      config,
      new RegExp(`# USB ${ports[0]?.usb?.vendorId ?? ''}:${ports[0]?.usb?.productId ?? ''} .*: port rfc2217://localhost:${base}\n`),
    );
    assert.match(config, /Bound to loopback: reach it through an SSH tunnel/);
    // ser2net parses it and listens on every port (the devices are only opened when a client comes).
    const ser2net = await runSer2net(config, [base, base + 1]);
    try {
      // A client gets ser2net's answer that the device cannot be opened, not a parse error.
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(base, '127.0.0.1');
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
        socket.on('close', () => resolve(text));
        socket.setTimeout(5000, () => socket.destroy());
      });
      assert.match(answer, /No such file|Unable to open|Device open failure|error/i);
    } finally {
      await ser2net.stop();
    }
  });

  it('warns that RFC 2217 has no authentication when bound beyond loopback', () => {
    const config = renderSer2netConfig([], { listen: '0.0.0.0', basePort: 2217 });
    assert.match(config, /RFC 2217 has no authentication/);
    assert.match(config, /No serial ports are present on this machine: nothing to export/);
  });

  it('is a flag of the bundled CLI, printing the file on stdout', async () => {
    const run = await runBundledCli(['ports', '--ser2net', '--listen', '0.0.0.0', '--base-port', '3000']);
    assert.equal(run.exitCode, 0, run.stderr);
    assert.match(run.stdout, /^# ser2net\.yaml written by `boardline ports --ser2net`/);
    const json = await runBundledCli(['ports', '--ser2net', '--json']);
    assert.match(String(parseCliJson(json.stdout).outputs?.['ser2net']), /^# ser2net\.yaml/);
    const bad = await runBundledCli(['ports', '--ser2net', '--base-port', '70000', '--json']);
    assert.equal(bad.exitCode, 2);
    assert.match(parseCliJson(bad.stdout).error?.message ?? '', /^Input "base-port" must be at most 65535/);
  });
});
