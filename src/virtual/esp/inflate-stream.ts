import { constants, type Inflate } from 'node:zlib';

/**
 * Feeds one block to a streaming inflater and returns what it produced so far: a sync flush, as
 * the ROM and the flasher stub write a compressed download as it comes, block by block.
 */
export function inflateMore(inflater: Inflate, block: Uint8Array): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer): void => void chunks.push(chunk);
    const onError = (error: Error): void => {
      inflater.off('data', onData);
      reject(error);
    };
    inflater.on('data', onData);
    inflater.once('error', onError);
    inflater.write(block);
    inflater.flush(constants.Z_SYNC_FLUSH, () => {
      inflater.off('data', onData);
      inflater.off('error', onError);
      resolve(Buffer.concat(chunks));
    });
  });
}
