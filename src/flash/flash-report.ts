import type { Io } from '../io.js';

const hex = (address: number): string => `0x${address.toString(16)}`;

/** What state a flash leaves the board in; an output, and part of every failure message. */
export type BoardState = 'untouched' | 'partial' | 'written' | 'verified';

/**
 * Keeps count of a flash as it goes: which pages were written, how far the read-back got, and
 * the progress line (percent and bytes per second, every 10%) for the log.
 */
export class FlashReport {
  private readonly io: Io;
  /** Each region to write (a page, a block, a compressed image) by its address, with its size. */
  private regions = new Map<number, number>();
  /** What a region is called in messages: pages (AVR) or blocks (ESP). */
  private unit = 'pages';
  private readonly writtenPages = new Set<number>();
  /** The page sent whose write the bootloader has not confirmed: erased, half-written or whole. */
  private pageInFlight: number | undefined;
  private isVerified = false;
  private started = performance.now();
  private lastDecile = -1;
  private phase = '';
  private lastWriteAt = performance.now();

  constructor(io: Io) {
    this.io = io;
  }

  /** Starts (or restarts, on a retry) the count for these pages. */
  begin(pages: readonly number[], pageBytes: number): void {
    this.beginRegions(
      pages.map((address) => ({ address, bytes: pageBytes })),
      'pages',
    );
  }

  /** As begin, for regions of their own sizes: an ESP's flash blocks, or whole compressed images. */
  beginRegions(regions: readonly { address: number; bytes: number }[], unit: string): void {
    this.regions = new Map(regions.map((region) => [region.address, region.bytes]));
    this.unit = unit;
    this.writtenPages.clear();
    this.pageInFlight = undefined;
    this.isVerified = false;
    this.started = performance.now();
    this.lastDecile = -1;
  }

  /** A page is about to be sent: from now on the board no longer holds its old application whole. */
  writing(address: number): void {
    if (this.phase === '') this.phase = 'Writing';
    this.pageInFlight = address;
  }

  /**
   * The region in flight has `bytes` of its own sent: progress within a region that goes as one
   * (a compressed ESP image), which would otherwise show only once it is whole.
   */
  advancing(address: number, bytes: number): void {
    if (this.pageInFlight !== address) return;
    this.progress('Writing', this.bytesWritten + bytes, this.totalBytes);
  }

  written(address: number): void {
    if (this.pageInFlight === address) this.pageInFlight = undefined;
    this.writtenPages.add(address);
    this.lastWriteAt = performance.now();
    this.progress('Writing', this.bytesWritten, this.totalBytes);
  }

  verifying(done: number, total: number): void {
    if (this.phase !== 'Verifying') {
      this.phase = 'Verifying';
      this.started = this.lastWriteAt;
      this.lastDecile = -1;
    }
    this.progress('Verifying', done, total);
  }

  verified(): void {
    this.isVerified = true;
  }

  get state(): BoardState {
    if (this.isVerified) return 'verified';
    if (this.phase === '') return 'untouched';
    return this.regions.size > 0 && this.writtenPages.size === this.regions.size ? 'written' : 'partial';
  }

  get bytesWritten(): number {
    let bytes = 0;
    for (const address of this.writtenPages) bytes += this.regions.get(address) ?? 0;
    return bytes;
  }

  private get totalBytes(): number {
    let bytes = 0;
    for (const size of this.regions.values()) bytes += size;
    return bytes;
  }

  /** One sentence on what the board holds now, for failure messages. */
  describe(): string {
    switch (this.state) {
      case 'untouched':
        return 'nothing was written: the board still holds its previous firmware';
      case 'partial': {
        const addresses = [...this.writtenPages].sort((a, b) => a - b);
        const last = addresses[addresses.length - 1] ?? 0;
        const written =
          addresses.length === 0
            ? 'none written'
            : `${addresses.length} of ${this.regions.size} ${this.unit} written; ${this.unit} ${hex(addresses[0] ?? 0)}–${hex(last + (this.regions.get(last) ?? 1) - 1)}`;
        const one = this.unit.replace(/s$/, '');
        const inFlight = this.pageInFlight === undefined ? '' : `; ${one} ${hex(this.pageInFlight)} may be erased or half-written`;
        return `the board is half-flashed (${written}${inFlight}) and its application will not run correctly`;
      }
      case 'written':
        return 'every page was written but the read-back did not confirm it';
      case 'verified':
        return 'the firmware was written and verified';
    }
  }

  private progress(label: string, done: number, total: number): void {
    if (this.io.progress !== undefined) {
      this.io.progress(label, done, total);
      return;
    }
    const decile = total === 0 ? 10 : Math.floor((done / total) * 10);
    if (decile === this.lastDecile) return;
    this.lastDecile = decile;
    const seconds = (performance.now() - this.started) / 1000;
    // A rate over less than a tenth of a second says nothing.
    const rate = seconds >= 0.1 ? `, ${Math.round(done / seconds)} bytes/s` : '';
    this.io.info(`${label} ${decile * 10}% (${done}/${total} bytes${rate})`);
  }
}
