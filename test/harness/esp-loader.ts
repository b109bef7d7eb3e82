import assert from 'node:assert/strict';
import { chipByName, macToWords, type EspChip } from '../../src/flash/esp/chips.js';
import {
  decodeResponse,
  encodeDataPacket,
  encodeRequest,
  espChecksum,
  responseStatus,
  RomCommand,
  type RomResponse,
} from '../../src/flash/esp/rom-protocol.js';
import { EspChipState } from '../../src/virtual/esp/esp-chip-state.js';
import type { EspLoader, RomStep } from '../../src/virtual/esp/esp-loader-step.js';

/**
 * Driving a virtual ESP loader (the ROM's or the flasher stub's) in-process, as the unit tests do:
 * requests in, decoded responses out, without a line or a board process.
 */
export function chip(name: string): EspChip {
  const found = chipByName(name);
  assert.ok(found, name);
  return found;
}

export const words = (...values: number[]): Uint8Array => {
  const bytes = new Uint8Array(values.length * 4);
  values.forEach((value, index) => new DataView(bytes.buffer).setUint32(index * 4, value >>> 0, true));
  return bytes;
};

/** A chip with erased 4 MB flash (unless given) and a fixed MAC. */
export function chipState(name: 'ESP8266' | 'ESP32', flash: Uint8Array = new Uint8Array(4 * 1024 * 1024).fill(0xff)): EspChipState {
  const target = chip(name);
  return new EspChipState(target, flash, macToWords(target, [0x18, 0xfe, 0x34, 0x01, 0x02, 0x03]));
}

export async function ask(target: EspLoader, op: number, data: Uint8Array = new Uint8Array(0), checksum = 0): Promise<RomResponse[]> {
  const step = await target.handle(encodeRequest(op, data, checksum));
  return step.responses.map((packet) => {
    const response = decodeResponse(packet);
    assert.ok(response);
    return response;
  });
}

export async function only(target: EspLoader, op: number, data?: Uint8Array, checksum?: number): Promise<RomResponse> {
  const responses = await ask(target, op, data, checksum);
  assert.equal(responses.length, 1, `one answer to ${op}`);
  return responses[0]!;
}

/** The error code of a failed answer (a ROM's or a stub's), undefined for success. */
export function failure(response: RomResponse, dataLength = 0): number | undefined {
  const status = responseStatus(response.data, dataLength);
  return status.failed ? status.code : undefined;
}

export async function block(
  target: EspLoader,
  op: number,
  data: Uint8Array,
  sequence: number,
  checksum = espChecksum(data),
): Promise<RomResponse> {
  return only(target, op, encodeDataPacket(data, sequence), checksum);
}

/**
 * Loads `segments` to RAM as esptool-js's runStub does (MEM_BEGIN, MEM_DATA in 0x1800-byte
 * blocks, each answered), then MEM_END to `entry`: the step MEM_END produced.
 */
export async function loadAndJump(
  target: EspLoader,
  segments: readonly { address: number; bytes: Uint8Array }[],
  entry: number,
): Promise<RomStep> {
  const ramBlock = 0x1800;
  for (const { address, bytes } of segments) {
    const blocks = Math.ceil(bytes.length / ramBlock);
    assert.equal(failure(await only(target, RomCommand.MEM_BEGIN, words(bytes.length, blocks, ramBlock, address))), undefined);
    for (let sequence = 0; sequence < blocks; sequence += 1) {
      const part = bytes.subarray(sequence * ramBlock, (sequence + 1) * ramBlock);
      assert.equal(failure(await block(target, RomCommand.MEM_DATA, part, sequence)), undefined);
    }
  }
  return target.handle(encodeRequest(RomCommand.MEM_END, words(0, entry)));
}
