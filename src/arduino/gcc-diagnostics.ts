import { isAbsolute, join, relative, sep } from 'node:path';

export interface Diagnostic {
  file: string;
  line: number;
  column: number | undefined;
  severity: 'error' | 'warning' | 'note';
  message: string;
}

// gcc's own format: FILE:LINE[:COLUMN]: (fatal error|error|warning|note): MESSAGE
const diagnosticLine = /^(.+?):(\d+)(?::(\d+))?: (fatal error|error|warning|note): (.*)$/;

/** Every diagnostic gcc printed, in order; anything else (context lines, carets) is skipped. */
export function parseGccDiagnostics(output: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const match = diagnosticLine.exec(raw.trimEnd());
    if (match === null) continue;
    const [, file, line, column, severity, message] = match;
    if (file === undefined || line === undefined || severity === undefined || message === undefined) continue;
    found.push({
      file,
      line: Number(line),
      column: column === undefined ? undefined : Number(column),
      severity: severity === 'note' ? 'note' : severity === 'warning' ? 'warning' : 'error',
      message,
    });
  }
  return found;
}

/**
 * Where a diagnostic belongs in the repository. gcc names the sketch's own files (arduino-cli
 * adds #line directives to its preprocessed copy), but a file copied into the build directory's
 * `sketch/` folder is mapped back to the sketch; paths come out relative to the workspace, which
 * is what annotations need. Files outside the workspace (the core, libraries) return undefined.
 */
export function sourceLocation(
  file: string,
  options: { workspace: string; buildPath?: string | undefined; sketchDir: string },
): string | undefined {
  let path = isAbsolute(file) ? file : join(options.workspace, file);
  if (options.buildPath !== undefined) {
    const inBuild = relative(join(options.buildPath, 'sketch'), path);
    if (!inBuild.startsWith('..') && !isAbsolute(inBuild)) path = join(options.sketchDir, inBuild.replace(/\.ino\.cpp$/, '.ino'));
  }
  const inWorkspace = relative(options.workspace, path);
  if (inWorkspace.startsWith(`..${sep}`) || inWorkspace === '..' || isAbsolute(inWorkspace)) return undefined;
  return inWorkspace.split(sep).join('/');
}

export interface Annotation extends Diagnostic {
  /** The boards whose builds reported it. */
  boards: string[];
}

/** One annotation per distinct file, line, column, severity and message, whichever boards said it. */
export function deduplicate(diagnostics: readonly (Diagnostic & { board: string })[]): Annotation[] {
  const byKey = new Map<string, Annotation>();
  for (const entry of diagnostics) {
    const key = [entry.file, entry.line, entry.column ?? '', entry.severity, entry.message].join('\u0000');
    const known = byKey.get(key);
    if (known === undefined) {
      const { board, ...diagnostic } = entry;
      byKey.set(key, { ...diagnostic, boards: [board] });
    } else if (!known.boards.includes(entry.board)) known.boards.push(entry.board);
  }
  return [...byKey.values()];
}

/** GitHub shows at most this many annotations of each kind per step. */
export const annotationsShownPerKind = 10;
