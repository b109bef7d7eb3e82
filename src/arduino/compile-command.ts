import { BoardlineError } from '../errors.js';

/** The version stamp must survive arduino-cli's recipe splitting and a C string literal untouched. */
const bannerPattern = /^[A-Za-z0-9._+\-/]{1,64}$/;

/**
 * The platform properties that carry the banner macro. Both are empty in the AVR and ESP8266
 * platform.txt files and exist for user additions; build.extra_flags is not used because boards
 * set it (Leonardo's USB IDs, ESP8266's flash map), and replacing it would break them.
 */
export const bannerProperties = ['compiler.c.extra_flags', 'compiler.cpp.extra_flags'] as const;

export function checkBanner(banner: string): string {
  if (!bannerPattern.test(banner)) {
    throw new BoardlineError('usage', `Input "banner" must be a version-like word of up to 64 letters, digits and . _ + - /: "${banner}"`, {
      hint: 'Fix: pass e.g. the short commit SHA (${{ github.sha }} or $CI_COMMIT_SHORT_SHA) or a tag',
    });
  }
  return banner;
}

/** `key=value` build properties, with the banner macro added to (not replacing) the user's own flags. */
export function buildProperties(given: readonly string[], banner: string | undefined): string[] {
  const properties = new Map<string, string>();
  for (const entry of given) {
    const equals = entry.indexOf('=');
    if (equals <= 0) {
      throw new BoardlineError('usage', `Input "build-properties" has an entry that is not key=value: "${entry}"`, {
        hint: 'Fix: write one property per line, e.g. build.partitions=min_spiffs',
      });
    }
    properties.set(entry.slice(0, equals).trim(), entry.slice(equals + 1));
  }
  if (banner !== undefined) {
    // One token without spaces: arduino-cli's splitter keeps it whole, quotes included, so the
    // compiler sees -DBOARDLINE_VERSION="abc1234" and the macro is a string literal.
    const define = `-DBOARDLINE_VERSION="${banner}"`;
    for (const key of bannerProperties) {
      const own = properties.get(key);
      properties.set(key, own === undefined || own.trim() === '' ? define : `${own} ${define}`);
    }
  }
  return [...properties].map(([key, value]) => `${key}=${value}`);
}

export interface CompileTarget {
  sketch: string;
  /** undefined when a profile names the board. */
  fqbn: string | undefined;
  profile: string | undefined;
  outputDir: string;
}

/** `arduino-cli compile` for one sketch and board, machine-readable, binaries exported. */
export function compileArguments(target: CompileTarget, properties: readonly string[], warnings: string): string[] {
  const board = target.profile !== undefined ? ['--profile', target.profile] : ['--fqbn', target.fqbn ?? ''];
  return [
    'compile',
    ...board,
    '--json',
    '--warnings',
    warnings,
    '--output-dir',
    target.outputDir,
    ...properties.flatMap((property) => ['--build-property', property]),
    target.sketch,
  ];
}

const fqbnPattern = /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+(?::[A-Za-z0-9_.=,-]+)?$/;
const profilePattern = /^[A-Za-z0-9_.-]+$/;

/**
 * Checks the board names before anything is done with them: each becomes a directory under
 * output-dir that is replaced, so `../src` must never get that far.
 */
export function checkBoardNames(fqbns: readonly string[], profile: string | undefined): void {
  for (const fqbn of fqbns) {
    if (
      !fqbnPattern.test(fqbn) ||
      fqbn
        .split(':')
        .slice(0, 3)
        .some((part) => part === '.' || part === '..')
    ) {
      throw new BoardlineError('usage', `Input "fqbn" has an entry that is not a board name: "${fqbn}"`, {
        hint: 'Fix: write vendor:architecture:board[:options], e.g. arduino:avr:uno or esp8266:esp8266:d1:eesz=4M2M',
      });
    }
  }
  if (profile !== undefined && (!profilePattern.test(profile) || profile === '.' || profile === '..')) {
    throw new BoardlineError('usage', `Input "profile" is not a profile name: "${profile}"`, {
      hint: 'Fix: give the name of a profile in sketch.yaml (letters, digits, _ . -)',
    });
  }
}

/** A board's directory name in output-dir: arduino:avr:uno → arduino.avr.uno, as arduino-cli's own export names it. */
export function boardDirectoryName(fqbn: string): string {
  return fqbn.split(':').slice(0, 3).join('.');
}
