import { createHash, type Hash } from 'node:crypto';

/** The largest READ_FLASH packet the stub sends; a bigger packet_size is refused (esp-flasher-stub's READ_FLASH). */
export const stubReadPacketLimit = 4096;

/** The length of an ack frame: the 4-byte little-endian count of bytes the client has received. */
const ackBytes = 4;

/**
 * The stream a flasher stub sends after answering READ_FLASH: the region in raw SLIP frames of
 * packet_size bytes (the last shorter), each sent once the one before is acknowledged — the stub
 * keeps at most one unacknowledged, whatever max_inflight the client asked for — and then the MD5
 * of what it sent as a 16-byte raw frame. While it runs, every frame from the client is taken as an
 * ack; a frame that is not 4 bytes long ends the stream early (the digest still goes out).
 */
export class StubFlashRead {
  private readonly flash: Uint8Array;
  private address: number;
  private readonly end: number;
  private readonly packetBytes: number;
  private readonly digest: Hash = createHash('md5');
  private finished = false;

  constructor(flash: Uint8Array, address: number, length: number, packetBytes: number) {
    this.flash = flash;
    this.address = address;
    this.end = address + length;
    this.packetBytes = packetBytes;
  }

  get done(): boolean {
    return this.finished;
  }

  /** The first frame: data, or at once the digest for an empty region. */
  start(): Uint8Array {
    return this.next();
  }

  /** A frame from the client while streaming: the next frame to send, and a note when the frame ended the stream early. */
  ack(frame: Uint8Array): { frame: Uint8Array; note?: string } {
    if (frame.length !== ackBytes) {
      const sent = this.address;
      this.address = this.end;
      return {
        frame: this.next(),
        note: `READ_FLASH: a ${frame.length}-byte frame where an ack was due ends the stream at 0x${sent.toString(16)}`,
      };
    }
    return { frame: this.next() };
  }

  private next(): Uint8Array {
    if (this.address >= this.end) {
      this.finished = true;
      return new Uint8Array(this.digest.digest());
    }
    const packet = this.flash.slice(this.address, Math.min(this.end, this.address + this.packetBytes));
    this.digest.update(packet);
    this.address += packet.length;
    return packet;
  }
}
