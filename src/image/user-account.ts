import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The crypt(3) hashes Debian's libcrypt verifies: yescrypt (Debian's default), gost-yescrypt,
 * SHA-512, SHA-256 and bcrypt. Anything else in password-hash is taken for a clear-text password.
 */
const cryptHash = /^\$(y|gy|7|6|5|2[abxy])\$[./A-Za-z0-9$=,]{8,}$/;

export function isCryptHash(value: string): boolean {
  return cryptHash.test(value);
}

export const hashHint =
  'give password-hash, a crypt(3) hash: `mkpasswd -m yescrypt` (Debian package whois) or `openssl passwd -6` prints one; the image then never holds the password itself';

/** A user name useradd would accept on Debian: lower case, digits, _ and -, starting with a letter or _. */
export function isUserName(value: string): boolean {
  return /^[a-z_][a-z0-9_-]{0,31}$/.test(value) && value !== 'root';
}

const keyTypes =
  /^(ssh-(rsa|ed25519|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/** An authorized_keys line (options before the key type are not taken: keep them out of images). */
export function isPublicKeyLine(line: string): boolean {
  return keyTypes.test(line.trim());
}

/**
 * One ssh-authorized-keys entry: a key line as it is, or a file of them (a .pub file, an
 * authorized_keys file) relative to the configuration file. Returns the key lines, or why not.
 */
export async function authorizedKeysOf(entry: string, configDir: string): Promise<{ keys: string[] } | { problem: string; hint: string }> {
  if (isPublicKeyLine(entry)) return { keys: [entry.trim()] };
  if (/^(ssh-|ecdsa-|sk-)/.test(entry))
    return {
      problem: `${JSON.stringify(entry.slice(0, 40))}… is not a whole public key`,
      hint: 'paste the .pub file’s one line whole, or give the file’s path',
    };
  const path = resolve(configDir, entry);
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined)
    return {
      problem: `the key file ${entry} does not exist (looked at ${path})`,
      hint: 'give the path of a .pub file relative to the configuration file, or the key line itself',
    };
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const bad = lines.find((line) => !isPublicKeyLine(line));
  if (bad !== undefined) {
    const privateKey = /PRIVATE KEY/.test(text);
    return {
      problem: privateKey
        ? `${entry} is a private key`
        : `${entry} has a line that is not a public key: ${JSON.stringify(bad.slice(0, 40))}`,
      hint: privateKey
        ? 'give the .pub file beside it: a private key must never go into an image'
        : 'give a file of OpenSSH public key lines',
    };
  }
  if (lines.length === 0) return { problem: `${entry} holds no key`, hint: 'give a file of OpenSSH public key lines' };
  return { keys: lines };
}
