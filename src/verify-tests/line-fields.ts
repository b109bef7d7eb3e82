/** Pieces of result lines that several frameworks print alike. */

/** The file's base name without its extension: the suite of a Unity test (test/test_led.c → test_led). */
export function suiteOfFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Milliseconds from "S.F" seconds as ztest prints them: the fraction is the remainder in
 * milliseconds, printed with %03u today but with %u in older releases ("0.12" meant 12 ms there),
 * so a fraction of up to three digits is read as a count of milliseconds, which is right for both.
 */
export function millisecondsOf(seconds: string, fraction: string): number {
  const whole = Number.parseInt(seconds, 10) * 1000;
  if (fraction.length <= 3) return whole + Number.parseInt(fraction, 10);
  return whole + Math.round(Number.parseFloat(`0.${fraction}`) * 1000);
}

/** Drops the one "." a framework ends its assertion sentence with. */
export function withoutFinalPeriod(text: string): string {
  return text.endsWith('.') ? text.slice(0, -1) : text;
}
