import { stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { BoardlineError } from '../errors.js';
import { expandPath } from '../files/expand-paths.js';

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (entry) => entry.isFile(),
    () => false,
  );

/** A sketch is a directory holding `<directory name>.ino` (arduino-cli's rule); a path to that file names its sketch. */
async function sketchDirectory(path: string): Promise<string | undefined> {
  if (path.endsWith('.ino') && (await isFile(path))) return dirname(path);
  return (await isFile(join(path, `${basename(path)}.ino`))) ? path : undefined;
}

/**
 * The sketch directories the `sketch` input names. An explicit path must be a sketch; a glob
 * keeps the sketches it matches and must match at least one.
 */
export async function resolveSketches(inputs: readonly string[], cwd: string): Promise<string[]> {
  const sketches: string[] = [];
  for (const input of inputs) {
    const glob = /[*?]/.test(input);
    const candidates = await expandPath(input, cwd);
    // Relative candidates stay relative: they name files for annotations and reports.
    const found = (await Promise.all(candidates.map((candidate) => sketchDirectory(candidate)))).filter(
      (dir): dir is string => dir !== undefined,
    );
    if (found.length === 0) {
      throw new BoardlineError(
        'usage',
        glob ? `Input "sketch": "${input}" matches no sketch` : `Input "sketch": ${input} is not a sketch`,
        {
          hint: `Fix: a sketch is a directory holding a .ino file of the same name (blink/blink.ino); check the path${glob ? ' and the pattern' : ''}`,
        },
      );
    }
    for (const dir of found) if (!sketches.includes(dir)) sketches.push(dir);
  }
  return sketches;
}
