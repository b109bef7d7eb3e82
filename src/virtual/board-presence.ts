import type { Server } from 'node:net';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { serveControl, type ControlHandler } from './control.js';
import type { VirtualBoardRecord } from './registry.js';

/**
 * What makes a running virtual board of any family findable and reachable: its control socket and
 * its board.json (the registry reads it), published once the board runs and withdrawn when it stops.
 */
export class BoardPresence<R extends { control: string } = Omit<VirtualBoardRecord, 'pid' | 'startedAt'>> {
  private readonly directory: string;
  private readonly record: R;
  private control: Server | undefined;

  /** `fileName` is what the family's registry reads: board.json for boards, bus.json for a virtual I2C bus. */
  constructor(
    directory: string,
    record: R,
    private readonly fileName = 'board.json',
  ) {
    this.directory = directory;
    this.record = record;
  }

  async prepare(): Promise<void> {
    await mkdir(this.directory, { recursive: true });
  }

  async publish(handle: ControlHandler, startedAt: number): Promise<R & { pid: number; startedAt: string }> {
    this.control = await serveControl(this.record.control, handle);
    const published = { ...this.record, pid: process.pid, startedAt: new Date(startedAt).toISOString() };
    await writeFile(join(this.directory, this.fileName), `${JSON.stringify(published, null, 2)}\n`);
    return published;
  }

  async withdraw(): Promise<void> {
    await new Promise<void>((resolve) => {
      if (this.control === undefined) resolve();
      else this.control.close(() => resolve());
    });
    await rm(join(this.directory, this.fileName), { force: true });
    await rm(this.record.control, { force: true });
  }
}
