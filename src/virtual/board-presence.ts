import type { Server } from 'node:net';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveControl, type ControlHandler } from './control.js';
import type { VirtualBoardRecord } from './registry.js';

/**
 * What makes a running virtual board of any family findable and reachable: its control socket and
 * its board.json (the registry reads it), published once the board runs and withdrawn when it stops.
 */
export class BoardPresence {
  private readonly directory: string;
  private readonly record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>;
  private control: Server | undefined;

  constructor(directory: string, record: Omit<VirtualBoardRecord, 'pid' | 'startedAt'>) {
    this.directory = directory;
    this.record = record;
  }

  async prepare(): Promise<void> {
    await mkdir(this.directory, { recursive: true });
  }

  async publish(handle: ControlHandler, startedAt: number): Promise<VirtualBoardRecord> {
    this.control = await serveControl(this.record.control, handle);
    const published: VirtualBoardRecord = { ...this.record, pid: process.pid, startedAt: new Date(startedAt).toISOString() };
    await writeFile(join(this.directory, 'board.json'), `${JSON.stringify(published, null, 2)}\n`);
    return published;
  }

  async withdraw(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.control === undefined) resolve();
      else this.control.close(() => resolve());
    });
    await rm(join(this.directory, 'board.json'), { force: true });
    await rm(this.record.control, { force: true });
  }
}
