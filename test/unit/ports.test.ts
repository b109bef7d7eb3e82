import assert from 'node:assert/strict';
import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { renderPortMarkdown, renderPortTable } from '../../src/report/port-table.js';
import { listPorts } from '../../src/serial/list-ports.js';
import { resolvePort } from '../../src/serial/resolve-port.js';
import { arduinoUno, ftdiAdapter, makeFakeHost, placeholderUart, secondUno } from '../fixtures/fake-host.js';
import { expectFailure } from '../harness/expect-error.js';
import { openPtyPair, type PtyPair } from '../harness/pty-pair.js';

describe('listPorts', () => {
  it('lists USB serial devices with links and identity, and skips placeholders and consoles', async () => {
    const roots = await makeFakeHost([ftdiAdapter, arduinoUno, placeholderUart]);
    const ports = await listPorts(roots);
    assert.deepEqual(ports, [
      {
        path: join(roots.dev, 'ttyACM0'),
        links: [
          join(roots.dev, 'serial/by-id/usb-Arduino__www.arduino.cc__0043_75833353035351D0B1E1-if00'),
          join(roots.dev, 'serial/by-path/pci-0000:00:14.0-usb-0:2:1.0'),
        ],
        usb: {
          vendorId: '2341',
          productId: '0043',
          serialNumber: '75833353035351D0B1E1',
          manufacturer: 'Arduino (www.arduino.cc)',
          interface: 0,
        },
        driver: 'cdc_acm',
      },
      {
        path: join(roots.dev, 'ttyUSB0'),
        links: [
          join(roots.dev, 'serial/by-id/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0'),
          join(roots.dev, 'serial/by-path/pci-0000:00:14.0-usb-0:1:1.0-port0'),
        ],
        usb: {
          vendorId: '0403',
          productId: '6001',
          serialNumber: 'A50285BI',
          manufacturer: 'FTDI',
          product: 'FT232R USB UART',
          interface: 0,
        },
        driver: 'ftdi_sio',
      },
    ]);
  });

  it('renders the listing for terminals and job summaries', async () => {
    const roots = await makeFakeHost([ftdiAdapter]);
    const ports = await listPorts(roots);
    const table = renderPortTable(ports).split('\n');
    assert.match(table[0]!, /^PORT\s+DEVICE$/);
    assert.match(table[1]!, /ttyUSB0\s+USB 0403:6001 serial A50285BI \(FTDI FT232R USB UART\)$/);
    assert.match(table[2]!, /\/serial\/by-id\/usb-FTDI_FT232R_USB_UART_A50285BI-if00-port0$/);
    assert.match(renderPortMarkdown(ports), /^\| Port \| Device \| Links \|\n\| --- \| --- \| --- \|\n\| `.*ttyUSB0` \| USB 0403:6001/);
  });

  it('finds nothing on a machine without serial hardware', async () => {
    assert.deepEqual(await listPorts(await makeFakeHost([placeholderUart])), []);
  });
});

describe('resolvePort', () => {
  let pty: PtyPair;
  before(async () => {
    pty = await openPtyPair();
  });
  after(async () => {
    await pty.close();
  });

  it('takes the one USB device for auto, and refuses to guess between several', async () => {
    const one = await makeFakeHost([arduinoUno, placeholderUart]);
    const resolved = await resolvePort('auto', { roots: one });
    assert.equal(resolved.path, join(one.dev, 'ttyACM0'));
    assert.equal(resolved.info?.usb?.vendorId, '2341');

    const two = await makeFakeHost([arduinoUno, ftdiAdapter]);
    const ambiguous = await expectFailure('port', () => resolvePort('auto', { roots: two }));
    assert.equal(ambiguous.kind, 'port');
    assert.match(ambiguous.message, /ambiguous: 2 ports match/);
    assert.match(ambiguous.details ?? '', /ttyUSB0/);
    assert.match(ambiguous.details ?? '', /ttyACM0/);

    const empty = await makeFakeHost([placeholderUart]);
    const none = await expectFailure('port', () => resolvePort('auto', { roots: empty }));
    assert.match(none.message, /no USB serial device is connected/);
    assert.equal(none.details, 'No serial ports are present on this machine.');
  });

  it('matches usb:VID:PID and usb:VID:PID:SERIAL, case-insensitively', async () => {
    const roots = await makeFakeHost([arduinoUno, secondUno, ftdiAdapter]);
    assert.equal((await resolvePort('usb:0403:6001', { roots: roots })).path, join(roots.dev, 'ttyUSB0'));
    assert.equal((await resolvePort('USB:2341:0043:95530343434351A0C1D2', { roots: roots })).path, join(roots.dev, 'ttyACM1'));
    assert.match((await expectFailure('port', () => resolvePort('usb:2341:0043', { roots: roots }))).hint ?? '', /usb:VID:PID:SERIAL/);
    const missing = await expectFailure('port', () => resolvePort('usb:1a86:7523', { roots: roots }));
    assert.match(missing.message, /No serial port matches port "usb:1a86:7523"/);
    assert.match(missing.details ?? '', /^Serial ports present:/);
    const malformed = await expectFailure('usage', () => resolvePort('usb:2341', { roots: roots }));
    assert.equal(malformed.kind, 'usage');
    assert.match(malformed.message, /malformed USB selector/);
  });

  it('follows links to the device node and reports what it resolved to', async () => {
    const roots = await makeFakeHost([]);
    const link = join(roots.dev, 'board-link');
    await symlink(pty.a, link);
    const resolved = await resolvePort(link, { roots: roots });
    assert.equal(resolved.requested, link);
    assert.match(resolved.path, /^\/dev\/pts\/\d+$/);
  });

  it('refuses a missing path, a file that is no tty, and a bare word, listing the ports', async () => {
    const roots = await makeFakeHost([ftdiAdapter]);
    const missing = await expectFailure('port', () => resolvePort('/dev/ttyUSB9', { roots: roots }));
    assert.equal(missing.kind, 'port');
    assert.match(missing.message, /Port \/dev\/ttyUSB9 does not exist/);
    assert.match(missing.details ?? '', /ttyUSB0/);
    assert.match((await expectFailure('port', () => resolvePort(join(roots.dev, 'ttyUSB0'), { roots }))).message, /is not a serial device/);
    assert.match((await expectFailure('port', () => resolvePort('ttyUSB0', { roots: roots }))).hint ?? '', /full path/);
    assert.equal((await expectFailure('usage', () => resolvePort('  ', { roots: roots }))).kind, 'usage');
  });
});
