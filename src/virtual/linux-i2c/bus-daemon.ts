import { join } from 'node:path';
import type { Io } from '../../io.js';
import { BoardPresence } from '../board-presence.js';
import type { ControlArguments, ControlCommand, ControlReply } from '../control.js';
import { WiredDevices, type DeviceStatus } from '../i2c/wired-devices.js';
import { parseAssignment } from '../pins/assignment.js';
import type { WiredDevice } from '../wiring.js';
import type { I2cMode } from './bus-mode.js';
import type { VirtualI2cRecord } from './bus-registry.js';
import { BusServer } from './bus-server.js';
import { formatTrace } from './bus-trace.js';
import { FuseFrontEnd } from './fuse-front-end.js';

/** What `virtual-i2c status` tells of a running bus. */
export interface VirtualI2cStatus {
  name: string;
  bus: number;
  mode: I2cMode;
  device: string;
  socket: string;
  pid: number;
  uptimeMs: number;
  transactions: number;
  devices: DeviceStatus[];
}

export interface BusDaemonOptions {
  name: string;
  bus: number;
  mode: I2cMode;
  devices: readonly WiredDevice[];
  directory: string;
  /** The FUSE front end's binary, in fuse mode. */
  fuseBinary: string | undefined;
  io: Io;
}

type Published = Omit<VirtualI2cRecord, 'pid' | 'startedAt'>;

/**
 * One virtual I2C bus running: the devices, the bus socket the front ends speak to, the FUSE front
 * end in fuse mode, and the control socket. Device memories reach their files within a second of
 * changing and at stop.
 */
export class BusDaemon {
  private readonly started = Date.now();
  /** The bus's clock starts with the daemon: devices keep their times (an EEPROM's write cycle) in it. */
  private readonly startedMs = performance.now();
  private readonly record: Published;
  private readonly presence: BoardPresence<Published>;
  private devices: WiredDevices | undefined;
  private server: BusServer | undefined;
  private frontEnd: FuseFrontEnd | undefined;
  private saveTimer: NodeJS.Timeout | undefined;
  private stopping: Promise<void> | undefined;
  private resolveStopped: () => void = () => undefined;
  readonly done = new Promise<void>((resolve) => (this.resolveStopped = resolve));

  constructor(private readonly options: BusDaemonOptions) {
    const socket = join(options.directory, 'bus.sock');
    this.record = {
      name: options.name,
      bus: options.bus,
      mode: options.mode,
      device: options.mode === 'fuse' ? `/dev/i2c-${options.bus}` : '',
      socket,
      control: join(options.directory, 'control.sock'),
    };
    this.presence = new BoardPresence(options.directory, this.record, 'bus.json');
  }

  async start(): Promise<VirtualI2cRecord> {
    const { io, name } = this.options;
    await this.presence.prepare();
    const devices = await WiredDevices.create(this.options.devices);
    this.devices = devices;
    const server = new BusServer(devices.bus, () => (performance.now() - this.startedMs) * 1000);
    this.server = server;
    server.on('transaction', (record) => io.debug(formatTrace(record)));
    await server.listen(this.record.socket);
    try {
      if (this.options.fuseBinary !== undefined) {
        this.frontEnd = await FuseFrontEnd.start(
          this.options.fuseBinary,
          this.record.socket,
          this.record.device,
          this.options.bus,
          join(this.options.directory, 'fuse.log'),
        );
        // The mount gone on its own (unmounted from outside) leaves nothing to serve fuse programs.
        void this.frontEnd.done.then(() => {
          if (this.stopping === undefined) io.error(`${name}: the FUSE front end exited; stopping`);
          void this.stop();
        });
      }
    } catch (error) {
      await server.close();
      throw error;
    }
    this.saveTimer = setInterval(() => void devices.save(), 1000);
    const published = await this.presence.publish((command, args) => this.handle(command, args), this.started);
    io.info(`${name}: bus ${this.options.bus} on ${this.record.device === '' ? this.record.socket : this.record.device}`);
    return published;
  }

  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      clearInterval(this.saveTimer);
      await this.frontEnd?.stop();
      await this.server?.close();
      // Saved before the record goes: once `stop` sees the bus gone, the files are whole.
      await this.devices?.save();
      await this.presence.withdraw();
      this.resolveStopped();
    })();
    return this.stopping;
  }

  status(): VirtualI2cStatus {
    return {
      ...this.record,
      pid: process.pid,
      uptimeMs: Date.now() - this.started,
      transactions: this.server?.transactions().at(-1)?.sequence ?? 0,
      devices: this.devices?.describe() ?? [],
    };
  }

  private async handle(command: ControlCommand, args: ControlArguments): Promise<ControlReply> {
    const devices = this.devices;
    if (devices === undefined || this.server === undefined) return { ok: false, error: 'the bus is still starting' };
    if (command === 'status') return { ok: true, ...this.status() };
    if (command === 'set') {
      const text = args['assignment'];
      if (typeof text !== 'string') throw new Error('assignment must be a string');
      return { ok: true, set: devices.set(parseAssignment(text)) };
    }
    if (command === 'history') {
      const since = typeof args['since'] === 'number' ? args['since'] : 0;
      return { ok: true, transactions: this.server.transactions(since).map((record) => ({ ...record, line: formatTrace(record) })) };
    }
    if (command === 'screenshot') return { ok: true, ...devices.screenshot(args['device'], 'the bus') };
    if (command === 'stop') {
      setImmediate(() => void this.stop());
      return { ok: true, stopping: true };
    }
    return { ok: false, error: `${command} is not a virtual-i2c command` };
  }
}
