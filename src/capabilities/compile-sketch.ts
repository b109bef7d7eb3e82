import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import {
  boardDirectoryName,
  buildProperties,
  checkBanner,
  checkBoardNames,
  compileArguments,
  type CompileTarget,
} from '../arduino/compile-command.js';
import { parseCompileOutput, type CompileOutcome } from '../arduino/compile-result.js';
import {
  annotationsShownPerKind,
  deduplicate,
  parseGccDiagnostics,
  sourceLocation,
  type Annotation,
  type Diagnostic,
} from '../arduino/gcc-diagnostics.js';
import { locateArduinoCli } from '../arduino/locate-cli.js';
import { resolveSketches } from '../arduino/sketches.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { parseSizeReport, sizeTable, type SizeEntry } from '../report/size-table.js';
import { publishSizeReport, saveSizeReport } from '../review/publish-size-report.js';
import { parseThresholds } from '../review/size-deltas.js';
import { checkGate, sizeReportInputs, sizeReportOutputs } from './size-report.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult, OutputValue } from './result.js';

export const compileSketchSpec = defineCapability({
  name: 'compile-sketch',
  title: 'Boardline: compile sketch',
  description:
    'Compile sketches for one or many boards, stamp a version banner, export binaries, report sizes and size deltas, annotate warnings.',
  action: { icon: 'cpu', color: 'blue' },
  inputs: {
    sketch: {
      kind: 'list',
      split: 'lines-and-commas',
      default: '.',
      description: 'Sketch directories or globs (sketches/*); one per line.',
    },
    fqbn: {
      kind: 'list',
      split: 'lines-and-commas',
      description: 'Fully qualified board names, e.g. arduino:avr:uno; each sketch is compiled for each board.',
    },
    profile: {
      kind: 'string',
      description: 'Compile with this profile of sketch.yaml instead of fqbn.',
    },
    'build-properties': {
      kind: 'list',
      split: 'lines',
      description: 'Extra build properties, key=value, one per line.',
    },
    warnings: {
      kind: 'choice',
      choices: ['none', 'default', 'more', 'all'],
      default: 'default',
      description: 'Compiler warning level.',
    },
    banner: {
      kind: 'string',
      description:
        'Version made visible to the firmware as the string macro BOARDLINE_VERSION (via compiler.c/cpp.extra_flags), e.g. the short commit SHA.',
    },
    'output-dir': {
      kind: 'path',
      default: 'build',
      description:
        'Where binaries are exported, one directory per board (build/arduino.avr.uno); per sketch and board for several sketches.',
    },
    'base-report': {
      kind: 'path',
      description:
        'sizes.json of an earlier build (e.g. the base branch) to compute size deltas against; with comment, by default found as size-report finds it.',
    },
    comment: {
      kind: 'boolean',
      default: 'false',
      description: 'Also post the size deltas as one comment on the pull or merge request, kept up to date, as size-report does.',
    },
    ...sizeReportInputs,
  },
  outputs: {
    artifacts: 'JSON map from FQBN to the exported files (per sketch when several are compiled).',
    sizes: 'JSON sizes per sketch and board: program and RAM, used and maximum (also written to output-dir/sizes.json).',
    report: 'Path of the Markdown size report, ready for a pull request comment.',
    comment: 'With comment: created, updated, skipped or not-permitted.',
    'comment-url': 'With comment: where the comment is.',
    base: 'With comment: the commit compared against, or empty when no base build was found.',
  },
});

export type CompileSketchOptions = InputValues<typeof compileSketchSpec.inputs>;

interface Build {
  target: CompileTarget;
  board: string;
  outcome: CompileOutcome;
  files: string[];
}

function checkBoards(options: CompileSketchOptions): void {
  if (options.profile !== undefined && options.fqbn.length > 0) {
    throw new BoardlineError('usage', 'Inputs "fqbn" and "profile" were both given', { hint: 'Fix: name the board with one of them' });
  }
  if (options.profile === undefined && options.fqbn.length === 0) {
    throw new BoardlineError('usage', 'Input "fqbn" is required (or "profile")', {
      hint: 'Fix: set fqbn, e.g. arduino:avr:uno or esp8266:esp8266:d1; several boards one per line',
    });
  }
  checkBoardNames(options.fqbn, options.profile);
}

function targets(options: CompileSketchOptions, sketches: readonly string[]): CompileTarget[] {
  const profile = options.profile;
  const several = sketches.length > 1;
  const boards = profile === undefined ? options.fqbn : [undefined];
  return sketches.flatMap((sketch) =>
    boards.map((fqbn) => {
      const boardDir = fqbn === undefined ? `profile.${profile ?? ''}` : boardDirectoryName(fqbn);
      const outputDir = several ? join(options['output-dir'], basename(sketch), boardDir) : join(options['output-dir'], boardDir);
      return { sketch, fqbn, profile, outputDir };
    }),
  );
}

async function compileOne(
  cli: string,
  target: CompileTarget,
  properties: readonly string[],
  options: CompileSketchOptions,
  io: Io,
): Promise<Build> {
  const board = target.fqbn ?? `profile ${target.profile ?? ''}`;
  io.info(`Compiling ${target.sketch} for ${board}`);
  // The board's directory holds this build's binaries only: what an earlier run left is removed.
  await rm(target.outputDir, { recursive: true, force: true });
  await mkdir(target.outputDir, { recursive: true });
  const run = await runTool(cli, compileArguments(target, properties, options.warnings), io, {
    timeoutMs: 30 * 60_000,
    installHint: 'run setup-arduino-cli first',
    quiet: true,
  });
  const outcome = parseCompileOutput(run.stdout, run.stderr, run.exitCode);
  // What arduino-cli would have printed at a terminal, for the log.
  for (const line of `${outcome.compilerOut}\n${outcome.compilerErr}`.split('\n')) if (line.trim() !== '') io.info(`  ${line}`);
  if (outcome.error !== undefined) io.info(`  ${outcome.error}`);
  const files = outcome.success
    ? (await readdir(target.outputDir).catch(() => [] as string[])).sort().map((name) => join(target.outputDir, name))
    : [];
  return { target, board, outcome, files };
}

function annotate(annotations: readonly Annotation[], io: Io): string[] {
  const overflow: string[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const ofKind = annotations.filter((entry) => entry.severity === severity);
    ofKind.forEach((entry, index) => {
      const where = { file: entry.file, line: entry.line, ...(entry.column === undefined ? {} : { column: entry.column }) };
      const message = `${entry.message} (${entry.boards.join(', ')})`;
      if (index < annotationsShownPerKind && severity === 'error') io.error(message, where);
      else if (index < annotationsShownPerKind) io.warning(message, where);
      else overflow.push(`${severity}: ${entry.file}:${entry.line}: ${message}`);
    });
  }
  return overflow;
}

function sizeEntry(build: Build): SizeEntry | undefined {
  const program = build.outcome.program;
  if (!build.outcome.success || program === undefined) return undefined;
  return { sketch: build.target.sketch, fqbn: build.target.fqbn ?? build.board, program, ram: build.outcome.ram ?? null };
}

export async function compileSketch(options: CompileSketchOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const workspace = process.cwd();
  checkBoards(options);
  const sketches = await resolveSketches(options.sketch, workspace);
  const planned = targets(options, sketches);
  const properties = buildProperties(options['build-properties'], options.banner === undefined ? undefined : checkBanner(options.banner));
  const base =
    options['base-report'] === undefined
      ? undefined
      : parseSizeReport(
          await readFile(options['base-report'], 'utf8').catch(() => {
            throw new BoardlineError('usage', `Input "base-report": ${options['base-report'] ?? ''} cannot be read`, {
              hint: 'Fix: download the base build’s sizes.json first, or drop base-report',
            });
          }),
          options['base-report'],
        );
  const thresholds = parseThresholds(options['fail-on-increase']);
  const cli = await locateArduinoCli({ root: context.toolCacheDir }, context.host, io);
  const builds: Build[] = [];
  for (const target of planned) builds.push(await compileOne(cli, target, properties, options, io));

  const diagnostics: (Diagnostic & { board: string })[] = [];
  for (const build of builds) {
    for (const found of parseGccDiagnostics(build.outcome.compilerErr)) {
      if (found.severity === 'note') continue;
      const file = sourceLocation(found.file, {
        workspace,
        buildPath: build.outcome.buildPath,
        sketchDir: join(workspace, build.target.sketch),
      });
      if (file !== undefined) diagnostics.push({ ...found, file, board: build.board });
    }
  }
  const annotations = deduplicate(diagnostics);
  const overflow = annotate(annotations, io);
  if (overflow.length > 0) io.info(`${overflow.length} more diagnostics than annotations can show:\n${overflow.join('\n')}`);

  const sizes = builds.map(sizeEntry).filter((entry): entry is SizeEntry => entry !== undefined);
  await mkdir(options['output-dir'], { recursive: true });
  const sizesFile = join(options['output-dir'], 'sizes.json');
  await writeFile(sizesFile, `${JSON.stringify(sizes, null, 2)}\n`);
  const failed = builds.filter((build) => !build.outcome.success);
  const report = [
    '### Sketch sizes',
    '',
    sizes.length > 0 ? sizeTable(sizes, base) : 'No sizes: nothing compiled.',
    ...(failed.length > 0
      ? ['', `**Failed:** ${failed.map((build) => `\`${build.target.sketch}\` for \`${build.board}\``).join(', ')}`]
      : []),
    ...(overflow.length > 0
      ? ['', `${overflow.length} further diagnostics are in the log (annotations show ${annotationsShownPerKind} per kind).`]
      : []),
  ].join('\n');
  const reportFile = join(options['output-dir'], 'size-report.md');
  await writeFile(reportFile, `${report}\n`);

  const artifacts: Record<string, OutputValue> = {};
  for (const build of builds) {
    if (!build.outcome.success) continue;
    const key = sketches.length > 1 ? `${build.target.sketch}:${build.board}` : build.board;
    artifacts[key] = build.files;
  }
  const result: CapabilityResult = {
    outputs: { artifacts, sizes: sizes as unknown as OutputValue, report: reportFile },
    summary: report,
    text: [sizeTable(sizes, base), `Binaries: ${options['output-dir']}`, `Size report: ${reportFile}`].join('\n'),
  };
  if (failed.length === 0) {
    const review = context.review ?? { forge: 'none' as const };
    if (!options.comment) {
      await saveSizeReport({ current: sizes, review, jobCache: context.jobCache, io });
    } else {
      const published = await publishSizeReport({
        current: sizes,
        baseReport: options['base-report'],
        review,
        jobCache: context.jobCache,
        token: options.token,
        key: options['comment-key'],
        thresholds,
        comment: true,
        baseJob: options['base-job'],
        basePath: options['base-path'],
        io,
      });
      Object.assign(result.outputs, sizeReportOutputs(published));
      result.summary = `${result.summary}\n\n${published.body}`;
      checkGate(published, result);
    }
  }
  if (failed.length > 0) {
    const first = failed[0];
    const firstError = annotations.find((entry) => entry.severity === 'error');
    throw new BoardlineError(
      'failed',
      `${failed.length} of ${builds.length} builds failed, first ${first?.target.sketch ?? ''} for ${first?.board ?? ''}: ${
        firstError === undefined ? (first?.outcome.error ?? 'see the log') : `${firstError.file}:${firstError.line}: ${firstError.message}`
      }`,
      { hint: 'Fix: see the annotations and the compiler output in the log', result },
    );
  }
  return result;
}
