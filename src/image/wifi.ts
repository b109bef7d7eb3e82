import { pbkdf2Sync } from 'node:crypto';
import type { ImageWifi } from './image-config.js';

/**
 * WPA2-Personal's pre-shared key: PBKDF2-HMAC-SHA1 of the passphrase, salted with the SSID, 4096
 * rounds, 32 bytes (IEEE 802.11i). NetworkManager takes it as 64 hex digits, so the image holds
 * the key the network needs but not the passphrase people type.
 */
export function wpaPsk(passphrase: string, ssid: string): string {
  return pbkdf2Sync(passphrase, ssid, 4096, 32, 'sha1').toString('hex');
}

export function isHexPsk(value: string): boolean {
  return /^[0-9a-fA-F]{64}$/.test(value);
}

/** WPA passphrases are 8 to 63 printable ASCII characters. */
export function isPassphrase(value: string): boolean {
  return /^[\x20-\x7e]{8,63}$/.test(value);
}

/** NetworkManager's keyfile for the network (system-connections/NAME.nmconnection, mode 0600). */
export function networkManagerKeyfile(wifi: ImageWifi): string {
  return [
    '[connection]',
    `id=${wifi.ssid}`,
    'type=wifi',
    'autoconnect=true',
    '',
    '[wifi]',
    'mode=infrastructure',
    `ssid=${wifi.ssid}`,
    '',
    '[wifi-security]',
    'key-mgmt=wpa-psk',
    `psk=${wifi.psk.toLowerCase()}`,
    '',
    '[ipv4]',
    'method=auto',
    '',
    '[ipv6]',
    'method=auto',
    '',
  ].join('\n');
}
