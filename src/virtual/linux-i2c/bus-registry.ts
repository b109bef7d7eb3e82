import { join } from 'node:path';
import { BoardlineError } from '../../errors.js';
import type { ControlOwner } from '../control.js';
import { listLiveRecords, namePattern, readLiveRecord } from '../registry.js';
import type { I2cMode } from './bus-mode.js';

/** What a running virtual I2C bus publishes about itself, in <state>/i2c/<name>/bus.json. */
export interface VirtualI2cRecord {
  name: string;
  bus: number;
  mode: I2cMode;
  /** /dev/i2c-N when the FUSE file is mounted there; empty when programs reach the bus through the shim only. */
  device: string;
  /** The bus socket the front ends connect to. */
  socket: string;
  /** Its control socket: status, set, history (the trace), stop. */
  control: string;
  pid: number;
  startedAt: string;
}

export const busControlOwner: ControlOwner = { what: 'virtual I2C bus', status: 'boardline virtual-i2c status' };

export function busDirectory(stateDir: string, name: string): string {
  return join(stateDir, 'i2c', name);
}

export async function findBus(stateDir: string, name: string): Promise<VirtualI2cRecord | undefined> {
  if (!namePattern.test(name)) return undefined;
  return readLiveRecord<VirtualI2cRecord>(join(busDirectory(stateDir, name), 'bus.json'));
}

export async function listBuses(stateDir: string): Promise<VirtualI2cRecord[]> {
  return listLiveRecords(join(stateDir, 'i2c'), (name) => findBus(stateDir, name));
}

export async function runningBus(stateDir: string, name: string): Promise<VirtualI2cRecord> {
  const record = await findBus(stateDir, name);
  if (record !== undefined) return record;
  const running = (await listBuses(stateDir)).map((bus) => bus.name);
  throw new BoardlineError('port', `No virtual I2C bus named ${name} is running`, {
    hint:
      running.length === 0
        ? `Fix: start one: boardline virtual-i2c start ${name} --i2c bmp280@0x76`
        : `Fix: use one of ${running.join(', ')}`,
  });
}
