/**
 * The packets of Espressif's serial ROM loader, as esptool's "Serial Protocol" documentation
 * describes them (each travels in a SLIP frame, see slip.ts). All fields are little-endian.
 *
 * A request: direction 0x00, opcode, data length (u16), checksum (u32, used only by MEM_DATA,
 * FLASH_DATA and FLASH_DEFL_DATA), data. A response: direction 0x01, the request's opcode, data
 * length, a u32 value (READ_REG's result), then data that ends in the status bytes: a failed flag
 * and an error code — 2 bytes from the ESP8266 ROM (and every flasher stub), 4 from the ROM
 * loaders of the ESP32 and later chips, whose last two are reserved (chips.ts has the length).
 */
/** The baud rate every ROM loader listens at after a reset, until CHANGE_BAUDRATE. */
export const romBaudRate = 115200;

export const RomCommand = {
  FLASH_BEGIN: 0x02,
  FLASH_DATA: 0x03,
  FLASH_END: 0x04,
  MEM_BEGIN: 0x05,
  MEM_END: 0x06,
  MEM_DATA: 0x07,
  SYNC: 0x08,
  WRITE_REG: 0x09,
  READ_REG: 0x0a,
  SPI_SET_PARAMS: 0x0b,
  SPI_ATTACH: 0x0d,
  READ_FLASH_SLOW: 0x0e,
  CHANGE_BAUDRATE: 0x0f,
  FLASH_DEFL_BEGIN: 0x10,
  FLASH_DEFL_DATA: 0x11,
  FLASH_DEFL_END: 0x12,
  SPI_FLASH_MD5: 0x13,
  GET_SECURITY_INFO: 0x14,
} as const;

export type RomCommandName = keyof typeof RomCommand;

/** The commands only a flasher stub has (no ROM loader knows them). */
export const StubCommand = {
  ERASE_FLASH: 0xd0,
  ERASE_REGION: 0xd1,
  READ_FLASH: 0xd2,
  /** ESP8266 stub: leave the stub and run the application; nothing answers it. */
  RUN_USER_CODE: 0xd3,
} as const;

/** The frame a flasher stub sends once it runs, before it reads any command. */
export const stubGreeting = 'OHAI';

/** A flasher stub's data blocks: 16 KiB, where the ROM loaders take 1 KiB. */
export const stubFlashBlockBytes = 0x4000;

/** The name of an opcode, for logs: "FLASH_DATA", "READ_FLASH", or "0xe0" for one nothing knows. */
export function romCommandName(op: number): string {
  const entry = Object.entries({ ...RomCommand, ...StubCommand }).find(([, value]) => value === op);
  return entry === undefined ? `0x${op.toString(16).padStart(2, '0')}` : entry[0];
}

/** The error codes the ROM loaders send in a failed status (the stubs' own codes are 0xC0 and up). */
export const RomError = {
  UNDEFINED: 0x00,
  INVALID_PARAMETER: 0x01,
  MALLOC_FAILED: 0x02,
  SEND_FAILED: 0x03,
  RECEIVE_FAILED: 0x04,
  /** Also the answer to an opcode the ROM does not have. */
  INVALID_MESSAGE: 0x05,
  FAILED_TO_ACT: 0x06,
  /** A data block whose checksum does not match the header's. */
  INVALID_CRC: 0x07,
  FLASH_WRITE: 0x08,
  FLASH_READ: 0x09,
  FLASH_READ_LENGTH: 0x0a,
  DEFLATE: 0x0b,
  DEFLATE_ADLER32: 0x0c,
  DEFLATE_PARAMETER: 0x0d,
  INVALID_RAM_SIZE: 0x0e,
  INVALID_RAM_ADDRESS: 0x0f,
  INVALID_PARAMETER_2: 0x64,
  INVALID_FORMAT: 0x65,
  DESCRIPTION_TOO_LONG: 0x66,
  BAD_ENCODING: 0x67,
  INSUFFICIENT_STORAGE: 0x69,
} as const;

const romErrorNames: Readonly<Record<number, string>> = {
  0x00: 'undefined error',
  0x01: 'invalid input parameter',
  0x02: 'out of memory',
  0x03: 'failed to send a message',
  0x04: 'failed to receive a message',
  0x05: 'received message is invalid',
  0x06: 'failed to act on received message',
  0x07: 'invalid CRC in message',
  0x08: 'flash write error',
  0x09: 'flash read error',
  0x0a: 'flash read length error',
  0x0b: 'deflate error',
  0x0c: 'deflate Adler-32 error',
  0x0d: 'deflate parameter error',
  0x0e: 'invalid RAM binary size',
  0x0f: 'invalid RAM binary address',
  0x64: 'invalid parameter',
  0x65: 'invalid format',
  0x66: 'description too long',
  0x67: 'bad encoding description',
  0x69: 'insufficient storage',
};

export function romErrorName(code: number): string {
  return romErrorNames[code] ?? stubErrorNames[code] ?? 'unknown error';
}

/**
 * The error codes a flasher stub sends (esp-flasher-stub's response codes, the older stub's the
 * same): in the first status byte itself, where a ROM sends 1 and then its code.
 */
export const StubError = {
  BAD_DATA_LEN: 0xc0,
  BAD_DATA_CHECKSUM: 0xc1,
  BAD_BLOCKSIZE: 0xc2,
  INVALID_COMMAND: 0xc3,
  FAILED_SPI_OP: 0xc4,
  FAILED_SPI_UNLOCK: 0xc5,
  NOT_IN_FLASH_MODE: 0xc6,
  INFLATE_ERROR: 0xc7,
  NOT_ENOUGH_DATA: 0xc8,
  TOO_MUCH_DATA: 0xc9,
  CMD_NOT_IMPLEMENTED: 0xff,
} as const;

const stubErrorNames: Readonly<Record<number, string>> = {
  0xc0: 'bad data length',
  0xc1: 'bad data checksum',
  0xc2: 'bad block size',
  0xc3: 'invalid command',
  0xc4: 'SPI flash operation failed',
  0xc5: 'SPI flash unlock failed',
  0xc6: 'not in flash mode',
  0xc7: 'inflate error',
  0xc8: 'not enough data',
  0xc9: 'too much data',
  0xff: 'command not implemented',
};

/** A stub's failed status: its code first, then a detail byte (esp-flasher-stub sends the code as a big-endian u16). */
export function stubStatus(errorCode?: number): Uint8Array {
  return errorCode === undefined ? new Uint8Array(2) : Uint8Array.from([errorCode, 0]);
}

/** The checksum of a data block: 0xEF xored with every byte of the block (not the 16-byte header before it). */
export function espChecksum(data: Uint8Array): number {
  let sum = 0xef;
  for (const byte of data) sum ^= byte;
  return sum;
}

/** SYNC's data: 0x07 0x07 0x12 0x20, then 32 bytes of 0x55 from which the ROM measures the baud rate. */
export const syncPayload: Uint8Array = Uint8Array.from([0x07, 0x07, 0x12, 0x20, ...new Array<number>(32).fill(0x55)]);

function header(direction: number, op: number, length: number, word: number, data: Uint8Array): Uint8Array {
  const packet = new Uint8Array(8 + data.length);
  const view = new DataView(packet.buffer);
  packet[0] = direction;
  packet[1] = op;
  view.setUint16(2, length, true);
  view.setUint32(4, word >>> 0, true);
  packet.set(data, 8);
  return packet;
}

export function encodeRequest(op: number, data: Uint8Array, checksum = 0): Uint8Array {
  return header(0x00, op, data.length, checksum, data);
}

export interface RomRequest {
  op: number;
  /** The data length the header declares; a ROM refuses a packet whose data is not that long. */
  size: number;
  checksum: number;
  /** Everything after the header, whatever its length. */
  data: Uint8Array;
}

/** A request as the ROM reads it; undefined for a packet that is not a request (too short, direction not 0x00). */
export function decodeRequest(packet: Uint8Array): RomRequest | undefined {
  if (packet.length < 8 || packet[0] !== 0x00) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  return { op: packet[1] ?? 0, size: view.getUint16(2, true), checksum: view.getUint32(4, true), data: packet.subarray(8) };
}

/** A response; `data` must already end in the status bytes (see romStatus). */
export function encodeResponse(op: number, value: number, data: Uint8Array): Uint8Array {
  return header(0x01, op, data.length, value, data);
}

export interface RomResponse {
  op: number;
  value: number;
  /** The command's data followed by the status bytes. */
  data: Uint8Array;
}

/** A response as a client reads it; undefined for a packet that is not one (direction not 0x01, shorter than it says). */
export function decodeResponse(packet: Uint8Array): RomResponse | undefined {
  if (packet.length < 8 || packet[0] !== 0x01) return undefined;
  const view = new DataView(packet.buffer, packet.byteOffset, packet.byteLength);
  const length = view.getUint16(2, true);
  if (packet.length < 8 + length) return undefined;
  return { op: packet[1] ?? 0, value: view.getUint32(4, true), data: packet.subarray(8, 8 + length) };
}

/** The status bytes a ROM appends: success, or failure with an error code; 2 or 4 bytes long (the rest reserved, zero). */
export function romStatus(length: 2 | 4, errorCode?: number): Uint8Array {
  const status = new Uint8Array(length);
  if (errorCode !== undefined) {
    status[0] = 1;
    status[1] = errorCode;
  }
  return status;
}

/**
 * The status of a response whose own data is `dataLength` bytes, read as esptool does: the two
 * bytes after that data count (a 4-byte ROM status has two reserved ones after them); a response
 * too short for its data and a status is judged by its first two bytes, as a refusal sends no data.
 * A ROM's failure is 1 and then its code; a flasher stub's is its code (0xC0 and up) and a detail byte.
 */
export function responseStatus(data: Uint8Array, dataLength = 0): { failed: boolean; code: number; complete: boolean } {
  const complete = data.length >= dataLength + 2;
  const at = complete ? dataLength : 0;
  const first = data[at] ?? 1;
  return { failed: first !== 0, code: first === 1 ? (data[at + 1] ?? 0) : first, complete };
}

/**
 * An unsupported opcode's answer as esptool and esptool-js recognise it: a failed status with
 * INVALID_MESSAGE in a response whose opcode is not the request's (they raise an "unsupported
 * command" error for it, and expect it repeated, so they drain what follows).
 */
export function isUnsupportedReply(response: RomResponse, requestOp: number): boolean {
  return response.op !== requestOp && (response.data[0] ?? 0) !== 0 && response.data[1] === RomError.INVALID_MESSAGE;
}

/** The 16-byte header of MEM_DATA, FLASH_DATA and FLASH_DEFL_DATA (length, sequence number, two zero words), then the block. */
export function encodeDataPacket(block: Uint8Array, sequence: number): Uint8Array {
  const packet = new Uint8Array(16 + block.length);
  const view = new DataView(packet.buffer);
  view.setUint32(0, block.length, true);
  view.setUint32(4, sequence >>> 0, true);
  packet.set(block, 16);
  return packet;
}

export interface DataPacket {
  /** The length the header declares. */
  length: number;
  sequence: number;
  /** The bytes after the header. */
  block: Uint8Array;
}

export function decodeDataPacket(data: Uint8Array): DataPacket | undefined {
  if (data.length < 16) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  return { length: view.getUint32(0, true), sequence: view.getUint32(4, true), block: data.subarray(16) };
}
