export declare function isCryptHash(value: string): boolean;
export declare const hashHint = "give password-hash, a crypt(3) hash: `mkpasswd -m yescrypt` (Debian package whois) or `openssl passwd -6` prints one; the image then never holds the password itself";
/** A user name useradd would accept on Debian: lower case, digits, _ and -, starting with a letter or _. */
export declare function isUserName(value: string): boolean;
/** An authorized_keys line (options before the key type are not taken: keep them out of images). */
export declare function isPublicKeyLine(line: string): boolean;
/**
 * One ssh-authorized-keys entry: a key line as it is, or a file of them (a .pub file, an
 * authorized_keys file) relative to the configuration file. Returns the key lines, or why not.
 */
export declare function authorizedKeysOf(entry: string, configDir: string): Promise<{
    keys: string[];
} | {
    problem: string;
    hint: string;
}>;
