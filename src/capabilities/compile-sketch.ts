import type { Io } from '../io.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { notAvailable } from './not-available.js';
import type { CapabilityResult } from './result.js';

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
      description: 'Sketch directories or globs; one per line.',
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
      description: 'Version string made visible to the firmware as BOARDLINE_VERSION, e.g. the short commit SHA.',
    },
    'output-dir': {
      kind: 'path',
      default: 'build',
      description: 'Where binaries are exported, one directory per board.',
    },
    'base-report': {
      kind: 'path',
      description: 'Size report of an earlier build to compute size deltas against.',
    },
  },
  outputs: {
    artifacts: 'JSON map from FQBN to the exported files.',
    sizes: 'JSON sizes per sketch and board: program and RAM, used and maximum.',
    report: 'Path of the Markdown size report, ready for a pull request comment.',
  },
});

export type CompileSketchOptions = InputValues<typeof compileSketchSpec.inputs>;

export async function compileSketch(_options: CompileSketchOptions, _io: Io): Promise<CapabilityResult> {
  return notAvailable(compileSketchSpec);
}
