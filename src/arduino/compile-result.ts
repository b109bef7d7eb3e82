import type { MemoryUse } from '../report/size-table.js';

/** What one `arduino-cli compile --json` run said, reduced to what Boardline reports. */
export interface CompileOutcome {
  success: boolean;
  /** arduino-cli's own error ("Error during build: …"), when it gave one. */
  error: string | undefined;
  compilerOut: string;
  compilerErr: string;
  buildPath: string | undefined;
  program: MemoryUse | undefined;
  ram: MemoryUse | undefined;
}

interface SectionSize {
  name?: unknown;
  size?: unknown;
  max_size?: unknown;
}

interface CompileJson {
  compiler_out?: unknown;
  compiler_err?: unknown;
  success?: unknown;
  error?: unknown;
  builder_result?: { build_path?: unknown; executable_sections_size?: unknown } | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
// arduino-cli leaves zero numbers out of its JSON (omitempty), so a missing size is 0.
const count = (value: unknown): number => (typeof value === 'number' ? value : 0);

function section(sections: readonly SectionSize[], name: string): MemoryUse | undefined {
  const found = sections.find((entry) => entry.name === name);
  if (found === undefined) return undefined;
  const maximum = count(found.max_size);
  return { used: count(found.size), maximum: maximum === 0 ? null : maximum };
}

/**
 * The sizes arduino-cli printed for people, for when the JSON has none: its own two lines, or the
 * table the ESP8266 platform prints on stderr (arduino-cli has no maximum to compare with there).
 */
export function sizesFromText(out: string, err: string): { program: MemoryUse | undefined; ram: MemoryUse | undefined } {
  const sketch = /Sketch uses (\d+) bytes \(\d+%\) of program storage space\. Maximum is (\d+) bytes\./.exec(out);
  const globals =
    /Global variables use (\d+) bytes(?: \(\d+%\) of dynamic memory, leaving \d+ bytes for local variables\. Maximum is (\d+) bytes)?/.exec(
      out,
    );
  const esp = (group: RegExp): MemoryUse | undefined => {
    const match = new RegExp(`^\\. ${group.source}.*?, used (\\d+) / (\\d+) bytes`, 'm').exec(err);
    return match?.[1] === undefined ? undefined : { used: Number(match[1]), maximum: Number(match[2]) };
  };
  return {
    program: sketch?.[1] !== undefined ? { used: Number(sketch[1]), maximum: Number(sketch[2]) } : esp(/Code in flash/),
    ram:
      globals?.[1] !== undefined
        ? { used: Number(globals[1]), maximum: globals[2] === undefined ? null : Number(globals[2]) }
        : esp(/Variables and constants in RAM/),
  };
}

/**
 * Reads arduino-cli's answer. A compile that ran prints its result object on stdout (success
 * true or false); one that could not start prints `{"error": …}` on stderr; anything else is
 * reported as it came.
 */
export function parseCompileOutput(stdout: string, stderr: string, exitCode: number | null): CompileOutcome {
  const parse = (candidate: string): CompileJson | undefined => {
    try {
      const value: unknown = JSON.parse(candidate);
      return typeof value === 'object' && value !== null ? value : undefined;
    } catch {
      return undefined;
    }
  };
  const result = parse(stdout.trim()) ?? parse(stderr.trim());
  if (result === undefined) {
    const said = `${stdout}\n${stderr}`.trim().split('\n').slice(-5).join('\n');
    return {
      success: false,
      error: `arduino-cli exited with code ${String(exitCode)} without a JSON result${said === '' ? '' : `: ${said}`}`,
      compilerOut: stdout,
      compilerErr: stderr,
      buildPath: undefined,
      program: undefined,
      ram: undefined,
    };
  }
  const sections = Array.isArray(result.builder_result?.executable_sections_size)
    ? (result.builder_result.executable_sections_size as SectionSize[])
    : [];
  const compilerOut = text(result.compiler_out);
  const compilerErr = text(result.compiler_err);
  const fromText = sizesFromText(compilerOut, compilerErr);
  const buildPath = text(result.builder_result?.build_path);
  return {
    success: result.success === true && exitCode === 0,
    error: text(result.error) === '' ? undefined : text(result.error),
    compilerOut,
    compilerErr,
    buildPath: buildPath === '' ? undefined : buildPath,
    program: section(sections, 'text') ?? fromText.program,
    ram: section(sections, 'data') ?? fromText.ram,
  };
}
