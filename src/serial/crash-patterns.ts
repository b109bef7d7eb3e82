import { compilePatterns, type Pattern } from './patterns.js';

/**
 * What firmware prints when it crashes, on the boards Boardline's users flash. A normal ESP boot
 * also prints "rst cause:" lines (e.g. "ets Jan  8 2013,rst cause:2, boot mode:(3,6)" after a reset
 * through the EN pin), so the reset cause alone is never treated as a crash.
 */
const crashPatterns: readonly [string, RegExp][] = [
  // ESP8266 Arduino core: "Exception (28):", followed by ">>>stack>>>" … "<<<stack<<<".
  ['ESP8266 exception', /^\s*Exception \(\d+\):/],
  ['ESP8266 stack dump', />>>stack>>>/],
  ['ESP8266 software watchdog', /Soft WDT reset/],
  ['ESP8266 SDK fatal exception', /Fatal exception \d+\(/],
  // ESP32 (ESP-IDF and the Arduino core on it).
  ['ESP32 panic', /Guru Meditation Error/],
  ['ESP32 abort', /abort\(\) was called at PC/],
  ['ESP32 stack overflow', /\*\*\*ERROR\*\*\* A stack overflow/],
  ['ESP32 heap corruption', /CORRUPT HEAP/],
  ['ESP-IDF assertion', /^assert failed:/],
  ['backtrace', /^Backtrace:\s*0x/],
  // C library and RTOS failures common to many cores.
  ['abort()', /\babort\(\) called\b|\babort\(\)$/],
  ['stack smashing', /[Ss]tack smashing (?:protect failure|detected)/],
  ['hard fault', /\bHard ?Fault\b/],
];

/** The built-in `fail-on` patterns, named for the log. */
export const defaultCrashPatterns: readonly Pattern[] = crashPatterns.map(([name, regex]) => ({
  source: `${name}: /${regex.source}/`,
  regex,
}));

/**
 * The patterns a console check fails on, from the inputs every such capability has: the built-in
 * crash patterns unless `crash-patterns` is off, then the user's `fail-on` lines.
 */
export function failOnPatterns(options: { 'crash-patterns': boolean; 'fail-on': readonly string[] }): Pattern[] {
  return [...(options['crash-patterns'] ? defaultCrashPatterns : []), ...compilePatterns(options['fail-on'], 'fail-on')];
}
