import { readFile, stat } from 'node:fs/promises';
import { dirname, posix, resolve } from 'node:path';
import type { Node } from 'yaml';
import { BoardlineError } from '../errors.js';
import { YamlFile } from '../spec/yaml-file.js';
import { boardNamed, piBoards } from './boards.js';
import { parseBootContainer } from './boot-containers.js';
import {
  configKeys,
  defaultConfigYaml,
  type ConfigKey,
  type ImageConfig,
  type ImageFile,
  type ImageUser,
  type ImageWifi,
} from './image-config.js';
import { parseByteSize } from './byte-size.js';
import { authorizedKeysOf, hashHint, isCryptHash, isUserName } from './user-account.js';
import { isHexPsk, isPassphrase, wpaPsk } from './wifi.js';

/** The keys an input of the capability may override, as the user typed them. */
export type ConfigOverrides = Partial<
  Record<'name' | 'version' | 'board' | 'release' | 'mirror' | 'hostname' | 'size', string | undefined>
>;

export interface LoadConfigOptions {
  /** The user's YAML file; absent: the defaults alone. */
  config?: string | undefined;
  overrides?: ConfigOverrides;
  /** Packages added to the file's list (the `packages` input). */
  packages?: readonly string[];
  /** Where WIFI passphrases named by passphrase-env are read (the face's environment). */
  env?: Readonly<Record<string, string | undefined>>;
}

/** Where one key's value comes from: a node of a YAML file, or an input given as text. */
type Source = { kind: 'yaml'; file: YamlFile; node: Node | null } | { kind: 'input'; name: string; text: string };

function failAt(source: Source, message: string, hint: string): never {
  if (source.kind === 'yaml') return source.file.fail(source.node, message, hint);
  throw new BoardlineError('usage', `Input "${source.name}": ${message}`, { hint: `Fix: ${hint}` });
}

function text(source: Source, what: string): string {
  return source.kind === 'yaml' ? source.file.string(source.node, what) : source.text.trim();
}

/** Labels the Linux kernel accepts as a host name: letters, digits and hyphens, 1-63 per label. */
const hostnamePattern = /^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const packagePattern = /^[a-z0-9][a-z0-9+.-]+(:[a-z0-9]+)?(=[A-Za-z0-9.+~:-]+)?$/;
const releasePattern = /^[a-z]+$/;

async function parseUser(file: YamlFile, node: Node | null, configDir: string): Promise<ImageUser> {
  const entries = file.entries(node, ['name', 'password-hash', 'password', 'ssh-authorized-keys'], 'user');
  const password = entries.get('password');
  if (password !== undefined) file.fail(password.key, 'a password in clear text is refused', hashHint);
  const nameEntry = entries.get('name');
  if (nameEntry === undefined) file.fail(node, 'user needs a name', 'add name: pi (lower case letters, digits, _ and -)');
  const name = file.string(nameEntry.value, 'user name');
  if (!isUserName(name))
    file.fail(
      nameEntry.value,
      `${JSON.stringify(name)} is not a user name Debian takes`,
      'use lower case letters, digits, _ and -, starting with a letter (root is not taken: it stays locked)',
    );
  const user: ImageUser = { name, authorizedKeys: [] };
  const hash = entries.get('password-hash');
  if (hash !== undefined) {
    const value = file.string(hash.value, 'password-hash');
    if (!isCryptHash(value)) file.fail(hash.value, 'password-hash is not a crypt(3) hash (it looks like a clear-text password)', hashHint);
    user.passwordHash = value;
  }
  for (const item of file.items(entries.get('ssh-authorized-keys')?.value, 'ssh-authorized-keys')) {
    const found = await authorizedKeysOf(file.string(item, 'ssh-authorized-keys entry'), configDir);
    if ('problem' in found) file.fail(item, found.problem, found.hint);
    user.authorizedKeys.push(...found.keys);
  }
  if (user.passwordHash === undefined && user.authorizedKeys.length === 0) {
    file.fail(
      node,
      `user ${name} could not log in: it has neither password-hash nor ssh-authorized-keys`,
      'give ssh-authorized-keys (a .pub file) or a password-hash',
    );
  }
  return user;
}

function parseWifi(file: YamlFile, node: Node | null, env: Readonly<Record<string, string | undefined>>): ImageWifi {
  const entries = file.entries(node, ['ssid', 'psk', 'passphrase-env', 'passphrase', 'country'], 'wifi');
  const clear = entries.get('passphrase');
  if (clear !== undefined)
    file.fail(
      clear.key,
      'a Wi-Fi passphrase in clear text is refused',
      'give psk (the 64 hex digits wpa_passphrase prints) or passphrase-env: the name of a CI secret variable holding it',
    );
  const ssidEntry = entries.get('ssid');
  if (ssidEntry === undefined) file.fail(node, 'wifi needs an ssid', 'add ssid: the network’s name');
  const ssid = file.string(ssidEntry.value, 'ssid');
  if (ssid === '' || Buffer.byteLength(ssid) > 32)
    file.fail(ssidEntry.value, 'an SSID is 1 to 32 bytes', 'give the network’s name as the access point shows it');
  const countryEntry = entries.get('country');
  if (countryEntry === undefined)
    file.fail(
      node,
      'wifi needs a country (the regulatory domain: which channels and power are allowed)',
      'add country: the ISO 3166 code, e.g. DE or US',
    );
  const country = file.string(countryEntry.value, 'country').toUpperCase();
  if (!/^[A-Z]{2}$/.test(country))
    file.fail(countryEntry.value, `${JSON.stringify(country)} is not a two-letter country code`, 'give the ISO 3166 code, e.g. DE or US');
  const psk = entries.get('psk');
  const passphraseEnv = entries.get('passphrase-env');
  if ((psk === undefined) === (passphraseEnv === undefined))
    file.fail(
      node,
      'wifi needs exactly one of psk and passphrase-env',
      'give psk (64 hex digits) or passphrase-env (a variable holding the passphrase)',
    );
  if (psk !== undefined) {
    const value = file.string(psk.value, 'psk');
    if (!isHexPsk(value))
      file.fail(
        psk.value,
        'psk must be the 64 hex digits of the pre-shared key (a passphrase here would be clear text)',
        'run `wpa_passphrase SSID` and copy its psk=, or use passphrase-env',
      );
    return { ssid, psk: value.toLowerCase(), country };
  }
  const variable = file.string(passphraseEnv?.value, 'passphrase-env');
  const passphrase = env[variable];
  if (passphrase === undefined || passphrase === '')
    file.fail(passphraseEnv?.value, `the variable ${variable} is not set`, `set ${variable} from the CI’s secret variables for this step`);
  if (!isPassphrase(passphrase))
    file.fail(
      passphraseEnv?.value,
      `the passphrase in ${variable} is not 8 to 63 printable ASCII characters`,
      'WPA2 takes passphrases of 8 to 63 characters',
    );
  return { ssid, psk: wpaPsk(passphrase, ssid), country };
}

async function parseFiles(file: YamlFile, node: Node | null, configDir: string): Promise<ImageFile[]> {
  const files: ImageFile[] = [];
  for (const item of file.items(node, 'files')) {
    const entries = file.entries(item, ['source', 'target', 'mode'], 'a files entry');
    const sourceEntry = entries.get('source');
    const targetEntry = entries.get('target');
    if (sourceEntry === undefined || targetEntry === undefined)
      file.fail(
        item,
        'a files entry needs source and target',
        'write source: (a path beside the configuration) and target: (the absolute path in the image)',
      );
    const source = resolve(configDir, file.string(sourceEntry.value, 'source'));
    const isFile = await stat(source).then(
      (entry) => entry.isFile(),
      () => false,
    );
    if (!isFile) file.fail(sourceEntry.value, `${source} is not a file`, 'give a file relative to the configuration file');
    const target = file.string(targetEntry.value, 'target');
    if (!posix.isAbsolute(target) || target.split('/').includes('..') || posix.normalize(target) === '/')
      file.fail(
        targetEntry.value,
        `${JSON.stringify(target)} is not an absolute file path in the image`,
        'give a path such as /etc/pi-app/app.toml',
      );
    const modeText = entries.get('mode') === undefined ? '0644' : file.string(entries.get('mode')?.value, 'mode');
    if (!/^0?[0-7]{3,4}$/.test(modeText))
      file.fail(entries.get('mode')?.value, `mode ${JSON.stringify(modeText)} is not octal`, 'quote it: mode: "0600"');
    files.push({ source, target: posix.normalize(target), mode: parseInt(modeText, 8) });
  }
  return files;
}

/**
 * Reads a configuration: the defaults with the user's file merged over them key by key, then the
 * inputs over both. Every value is checked where it was written, so an error names the file and
 * line (or the input) and says how to fix it.
 */
export async function loadImageConfig(options: LoadConfigOptions): Promise<ImageConfig> {
  const defaults = new YamlFile(defaultConfigYaml, 'the built-in defaults');
  const defaultEntries = defaults.entries(defaults.root, configKeys, 'the defaults');
  let user: YamlFile | undefined;
  let userEntries = new Map<string, { key: Node; value: Node | null }>();
  if (options.config !== undefined) {
    const configText = await readFile(options.config, 'utf8').catch(() => {
      throw new BoardlineError('usage', `Input "config": ${options.config ?? ''} cannot be read`, {
        hint: 'Fix: give the path of the image’s YAML configuration',
      });
    });
    user = new YamlFile(configText, options.config);
    if (user.root !== null) userEntries = user.entries(user.root, configKeys, 'the configuration');
  }
  const configDir = options.config === undefined ? process.cwd() : dirname(resolve(options.config));
  const env = options.env ?? {};
  const sourceOf = (key: ConfigKey): Source | undefined => {
    const override = options.overrides?.[key as keyof ConfigOverrides];
    if (override !== undefined && override.trim() !== '') return { kind: 'input', name: key, text: override };
    const given = userEntries.get(key);
    if (given !== undefined && user !== undefined) return { kind: 'yaml', file: user, node: given.value };
    const fallback = defaultEntries.get(key);
    return fallback === undefined ? undefined : { kind: 'yaml', file: defaults, node: fallback.value };
  };
  const required = (key: ConfigKey): Source => {
    const source = sourceOf(key);
    if (source === undefined) throw new Error(`the defaults lack ${key}`);
    return source;
  };
  const yamlOf = (key: ConfigKey): { file: YamlFile; node: Node | null } | undefined => {
    const source = sourceOf(key);
    return source?.kind === 'yaml' ? source : undefined;
  };

  const boardSource = required('board');
  const boardName = text(boardSource, 'board');
  const board = boardNamed(boardName);
  if (board === undefined)
    failAt(
      boardSource,
      `unknown board ${JSON.stringify(boardName)}`,
      `use one of ${piBoards.map((entry) => entry.name).join(', ')} (Pi 1 and Zero are ARMv6, which Debian does not build for)`,
    );
  const releaseSource = required('release');
  const release = text(releaseSource, 'release');
  if (!releasePattern.test(release))
    failAt(releaseSource, `${JSON.stringify(release)} is not a Debian release name`, 'give a code name such as bookworm or trixie');
  if (board.releases !== undefined && !board.releases.includes(release))
    failAt(
      releaseSource,
      `Debian ${release}’s kernel does not support the ${board.name} (${board.description})`,
      `use release ${board.releases[0] ?? ''}`,
    );

  const hostnameSource = required('hostname');
  const hostname = text(hostnameSource, 'hostname');
  if (!hostnamePattern.test(hostname))
    failAt(
      hostnameSource,
      `${JSON.stringify(hostname)} is not a host name`,
      'use letters, digits and hyphens (not at either end), at most 63 per label',
    );

  const mirrorSource = required('mirror');
  const mirror = text(mirrorSource, 'mirror');
  if (!/^(https?|file):\/\/\S+$/.test(mirror))
    failAt(mirrorSource, `${JSON.stringify(mirror)} is not an archive URL`, 'give a Debian mirror such as http://deb.debian.org/debian');

  const nameSource = required('name');
  const name = text(nameSource, 'name');
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
    failAt(nameSource, `${JSON.stringify(name)} is not an image name`, 'use letters, digits, . _ and -');
  const versionSource = required('version');
  const version = text(versionSource, 'version');
  if (!/^[A-Za-z0-9][A-Za-z0-9.+~_-]*$/.test(version))
    failAt(versionSource, `${JSON.stringify(version)} is not a version`, 'use letters, digits and . + ~ _ -, e.g. 1.4.0 or the commit');

  const packagesSource = yamlOf('packages');
  const packages: string[] = [];
  if (packagesSource !== undefined) {
    for (const item of packagesSource.file.items(packagesSource.node, 'packages')) {
      const value = packagesSource.file.string(item, 'a package');
      if (!packagePattern.test(value))
        packagesSource.file.fail(
          item,
          `${JSON.stringify(value)} is not a Debian package name`,
          'give package names as apt takes them (name or name=version)',
        );
      packages.push(value);
    }
  }
  for (const value of options.packages ?? []) {
    if (!packagePattern.test(value))
      throw new BoardlineError('usage', `Input "packages": ${JSON.stringify(value)} is not a Debian package name`, {
        hint: 'Fix: give package names as apt takes them',
      });
    packages.push(value);
  }

  const timezoneSource = required('timezone');
  const timezone = text(timezoneSource, 'timezone');
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(timezone))
    failAt(
      timezoneSource,
      `${JSON.stringify(timezone)} is not a time zone name`,
      'give a tz database name such as Europe/Berlin or Etc/UTC',
    );
  const localeSource = required('locale');
  const locale = text(localeSource, 'locale');
  if (!/^[A-Za-z]{1,3}(_[A-Z]{2})?(\.[A-Za-z0-9-]+)?(@[a-z]+)?$/.test(locale))
    failAt(localeSource, `${JSON.stringify(locale)} is not a locale`, 'give a locale such as C.UTF-8 or en_GB.UTF-8');

  const sizeSource = required('size');
  const sizeText = text(sizeSource, 'size');
  let size: ImageConfig['size'];
  if (sizeText === 'fit') size = { kind: 'fit' };
  else {
    const bytes = parseByteSize(sizeText);
    if (bytes === undefined)
      failAt(
        sizeSource,
        `${JSON.stringify(sizeText)} is not a size`,
        'give a size such as 2G or 1500M, or fit (as small as the contents allow)',
      );
    size = { kind: 'fixed', bytes, text: sizeText };
  }
  const bootSource = required('boot-size');
  const bootBytes = parseByteSize(text(bootSource, 'boot-size'));
  if (bootBytes === undefined || bootBytes < 64 * 2 ** 20)
    failAt(bootSource, 'boot-size must be a size of at least 64M', 'give 256M (the kernel, initramfs and firmware take about 100 MB)');

  const growSource = yamlOf('grow');
  const grow = growSource === undefined ? true : growSource.file.scalar(growSource.node, 'grow');
  if (typeof grow !== 'boolean')
    failAt(required('grow'), 'grow must be true or false', 'write grow: true to expand the root partition to the card on first boot');

  const config: ImageConfig = {
    name,
    version,
    board,
    release,
    mirror: mirror.replace(/\/+$/, ''),
    packages,
    hostname,
    timezone,
    locale,
    files: [],
    size,
    grow,
    bootSizeMiB: Math.ceil(bootBytes / 2 ** 20),
    containers: [],
  };
  const userSource = yamlOf('user');
  if (userSource !== undefined) config.user = await parseUser(userSource.file, userSource.node, configDir);
  const wifiSource = yamlOf('wifi');
  if (wifiSource !== undefined) config.wifi = parseWifi(wifiSource.file, wifiSource.node, env);
  const filesSource = yamlOf('files');
  if (filesSource !== undefined) config.files = await parseFiles(filesSource.file, filesSource.node, configDir);
  const containersSource = yamlOf('containers');
  if (containersSource !== undefined) {
    for (const item of containersSource.file.items(containersSource.node, 'containers'))
      config.containers.push(await parseBootContainer(containersSource.file, item));
    const names = config.containers.map((container) => container.name);
    const twice = names.find((entry, index) => names.indexOf(entry) !== index);
    if (twice !== undefined)
      containersSource.file.fail(containersSource.node, `two containers are named ${twice}`, 'give each container its own name:');
  }
  return config;
}
