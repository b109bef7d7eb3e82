import assert from 'node:assert/strict';
import { realpath } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { SerialPort } from 'serialport';
import { sendControl } from '../../src/virtual/control.js';
import { findBoard } from '../../src/virtual/registry.js';
import { buildBannerFirmware, type BuiltFirmware } from '../harness/firmware.js';
import { boardlineSandbox, type BoardlineSandbox } from '../harness/virtual-boards.js';

/** A client of the board as any serial program is: a pty opened, its bytes collected. */
interface Client {
  port: SerialPort;
  text: () => string;
  close: () => Promise<void>;
}

async function client(pty: string): Promise<Client> {
  const port = new SerialPort({ path: pty, baudRate: 115200, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((error) => (error === null ? resolve() : reject(error))));
  let text = '';
  port.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
  return {
    port,
    text: () => text,
    close: () => new Promise<void>((resolve) => port.close(() => resolve())),
  };
}

/** Waits until the board's link points at a pty other than `pty`: the standby made once a client connected. */
async function nextPty(link: string, pty: string): Promise<string> {
  for (let waited = 0; ; waited += 20) {
    const now = await realpath(link);
    if (now !== pty) return now;
    assert.ok(waited < 30_000, 'the board made a standby pty for the next client');
    await sleep(20);
  }
}

describe("a virtual board's port handed from one client to the next", () => {
  let sandbox: BoardlineSandbox;
  let blink: BuiltFirmware;
  before(async () => {
    sandbox = await boardlineSandbox();
    blink = await buildBannerFirmware('blink', '3f2a91c');
  });
  after(async () => {
    await sandbox.stopAll();
  });

  /** A board started and serving a first client, whose reset the board has answered. */
  async function boardServing(name: string): Promise<{ board: { port: string }; control: string; pty: string; holder: Client }> {
    const board = await sandbox.startBoard(['--name', name, '--firmware', blink.hex]);
    const control = (await findBoard(sandbox.stateDir, name))?.control;
    assert.ok(control !== undefined, `${name} is in the registry`);
    const pty = await realpath(board.port);
    const holder = await client(pty);
    await sendControl(control, 'reset', { pty }, 30_000);
    return { board, control, pty, holder };
  }

  it('resets for the client waiting its turn only once the one before has gone, and its boot output reaches that client', async () => {
    const { board, control, pty: firstPty, holder: first } = await boardServing('handoff');
    const secondPty = await nextPty(board.port, firstPty);
    const second = await client(secondPty);
    let firstOpen = true;
    let resetDone = false;
    const reset = sendControl(control, 'reset', { pty: secondPty }, 60_000).then(() => {
      resetDone = true;
      assert.equal(firstOpen, false, 'the reset waited until the first client had gone');
    });
    // A round trip on the control channel while the first client still has the board: the reset
    // asked for the second cannot have been done.
    await sendControl(control, 'status');
    assert.equal(resetDone, false);
    firstOpen = false;
    await first.close();
    await reset;
    for (let waited = 0; !second.text().includes(blink.banner); waited += 20) {
      assert.ok(waited < 30_000, `the second client heard the banner after its reset: ${JSON.stringify(second.text())}`);
      await sleep(20);
    }
    await second.close();
  });

  it('refuses a reset for a pty that never becomes its client', async () => {
    const { board, control, pty, holder } = await boardServing('stranger');
    try {
      // The next pty is opened by no one: its reset waits its limit, then is refused by kind port.
      const standby = await nextPty(board.port, pty);
      await assert.rejects(sendControl(control, 'reset', { pty: standby }, 60_000), (error: Error & { kind?: string }) => {
        assert.equal(error.kind, 'port');
        assert.match(error.message, /was not connected to the board within 20 s/);
        return true;
      });
    } finally {
      await holder.close();
    }
  });
});
