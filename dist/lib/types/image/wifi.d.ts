import type { ImageWifi } from './image-config.js';
/**
 * WPA2-Personal's pre-shared key: PBKDF2-HMAC-SHA1 of the passphrase, salted with the SSID, 4096
 * rounds, 32 bytes (IEEE 802.11i). NetworkManager takes it as 64 hex digits, so the image holds
 * the key the network needs but not the passphrase people type.
 */
export declare function wpaPsk(passphrase: string, ssid: string): string;
export declare function isHexPsk(value: string): boolean;
/** WPA passphrases are 8 to 63 printable ASCII characters. */
export declare function isPassphrase(value: string): boolean;
/** NetworkManager's keyfile for the network (system-connections/NAME.nmconnection, mode 0600). */
export declare function networkManagerKeyfile(wifi: ImageWifi): string;
