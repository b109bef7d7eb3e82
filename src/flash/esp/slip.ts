/**
 * SLIP framing as Espressif's ROM loader uses it in both directions: every packet starts and ends
 * with 0xC0, and inside it 0xC0 and 0xDB travel as 0xDB 0xDC and 0xDB 0xDD. The escaping is done
 * after sizes and checksums are computed, so a frame on the wire may be longer than its payload.
 */

const frameEnd = 0xc0;
const escape = 0xdb;
const escapedEnd = 0xdc;
const escapedEscape = 0xdd;

export function slipEncode(payload: Uint8Array): Uint8Array {
  let specials = 0;
  for (const byte of payload) if (byte === frameEnd || byte === escape) specials += 1;
  const frame = new Uint8Array(payload.length + specials + 2);
  let at = 0;
  frame[at++] = frameEnd;
  for (const byte of payload) {
    if (byte === frameEnd) {
      frame[at++] = escape;
      frame[at++] = escapedEnd;
    } else if (byte === escape) {
      frame[at++] = escape;
      frame[at++] = escapedEscape;
    } else {
      frame[at++] = byte;
    }
  }
  frame[at] = frameEnd;
  return frame;
}

export interface SlipDecoderOptions {
  /**
   * Bytes that arrived outside any frame: the ROM's boot messages, an application's output before
   * the reset, line noise. Called once per contiguous run, so a console can show them as text.
   */
  onNoise?: (bytes: Uint8Array) => void;
}

/**
 * A streaming SLIP decoder: bytes go in as they arrive, in chunks of any size, and whole frames
 * come out. Two 0xC0 in a row are one frame's end and the next one's start (the ROM sends its
 * answers back to back like that), so an empty frame is never reported.
 */
export class SlipDecoder {
  readonly #onNoise: ((bytes: Uint8Array) => void) | undefined;
  #inFrame = false;
  #escaped = false;
  #frame: number[] = [];

  constructor(options: SlipDecoderOptions = {}) {
    this.#onNoise = options.onNoise;
  }

  /** Whether a frame has started and not ended yet. */
  get inFrame(): boolean {
    return this.#inFrame;
  }

  /** Forgets a half-received frame, e.g. after the board was reset or the baud rate changed. */
  reset(): void {
    this.#inFrame = false;
    this.#escaped = false;
    this.#frame = [];
  }

  /** Takes the next bytes from the line and returns the frames they completed, in order. */
  push(bytes: Uint8Array): Uint8Array[] {
    const frames: Uint8Array[] = [];
    let noiseStart = -1;
    const flushNoise = (end: number): void => {
      if (noiseStart !== -1 && end > noiseStart) this.#onNoise?.(bytes.slice(noiseStart, end));
      noiseStart = -1;
    };
    for (let index = 0; index < bytes.length; index += 1) {
      const byte = bytes[index] ?? 0;
      if (!this.#inFrame) {
        if (byte === frameEnd) {
          flushNoise(index);
          this.#inFrame = true;
          this.#frame = [];
          this.#escaped = false;
        } else if (noiseStart === -1) {
          noiseStart = index;
        }
        continue;
      }
      if (byte === frameEnd) {
        if (this.#frame.length > 0) {
          frames.push(Uint8Array.from(this.#frame));
          this.#inFrame = false;
        }
        // An empty frame: the 0xC0 just seen starts the real one.
        this.#frame = [];
        this.#escaped = false;
        continue;
      }
      if (this.#escaped) {
        this.#escaped = false;
        // A bad escape keeps its byte: the frame's checksum or length check then rejects it.
        this.#frame.push(byte === escapedEnd ? frameEnd : byte === escapedEscape ? escape : byte);
      } else if (byte === escape) {
        this.#escaped = true;
      } else {
        this.#frame.push(byte);
      }
    }
    flushNoise(bytes.length);
    return frames;
  }
}
