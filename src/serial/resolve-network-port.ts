import { readFile } from 'node:fs/promises';
import { BoardlineError } from '../errors.js';
import { parseNetworkAddress } from './network-address.js';
import type { TlsMaterial } from './network-binding.js';
import type { PortTlsFiles } from './port-inputs.js';
import type { ResolvedPort } from './resolve-port.js';

const tlsInputs = { 'tls-ca': 'ca', 'tls-cert': 'cert', 'tls-key': 'key' } as const;

async function readTlsFile(input: keyof typeof tlsInputs, path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new BoardlineError('usage', `Input "${input}": cannot read ${path}: ${(error as Error).message}`, {
      hint: `Fix: point ${input} at a PEM file the job can read`,
      cause: error,
    });
  }
}

function givenTlsInputs(files: PortTlsFiles): (keyof typeof tlsInputs)[] {
  return (Object.keys(tlsInputs) as (keyof typeof tlsInputs)[]).filter((input) => (files[input] ?? '') !== '');
}

/** Only an rfc2217s:// port takes TLS files: given for any other, they are a mistake worth naming. */
export function refuseTlsFor(port: string, files: PortTlsFiles = {}): void {
  const [first] = givenTlsInputs(files);
  if (first === undefined) return;
  throw new BoardlineError('usage', `Input "${first}" is for rfc2217s:// ports, and port "${port}" is not one`, {
    hint: 'Fix: write the port as rfc2217s://HOST:PORT to use TLS, or leave the tls- inputs empty',
  });
}

/** The TLS material of the inputs, read for an rfc2217s:// port. */
async function tlsMaterial(files: PortTlsFiles, secure: boolean, port: string): Promise<TlsMaterial | undefined> {
  if (!secure) {
    refuseTlsFor(port, files);
    return undefined;
  }
  const given = givenTlsInputs(files);
  if (((files['tls-cert'] ?? '') === '') !== ((files['tls-key'] ?? '') === '')) {
    throw new BoardlineError('usage', 'Inputs "tls-cert" and "tls-key" go together: a client certificate needs its key', {
      hint: 'Fix: set both, or neither',
    });
  }
  const material: TlsMaterial = {};
  for (const input of given) material[tlsInputs[input]] = await readTlsFile(input, files[input] ?? '');
  return material;
}

/** A port on another machine: its address, its TLS material, and a lock name of its own. */
export async function resolveNetworkPort(value: string, files: PortTlsFiles = {}): Promise<ResolvedPort> {
  const address = parseNetworkAddress(value);
  const tls = await tlsMaterial(files, address.scheme === 'rfc2217s', value);
  return {
    requested: value,
    path: address.url,
    // Jobs of this machine take turns at it like at a local port; other machines' jobs are
    // turned away by the server, which is waited out the same way (see openResolvedPort).
    lockName: `boardline-net-${address.host}-${address.port}`.replace(/[^A-Za-z0-9._-]/g, '_'),
    network: tls === undefined ? { address } : { address, tls },
  };
}
