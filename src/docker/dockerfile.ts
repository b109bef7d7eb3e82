/**
 * Just enough of the Dockerfile language to know, before building, which RUN steps will execute
 * for the target platform (under emulation on a foreign one) and which on the build machine.
 */
export interface Stage {
  index: number;
  name: string | undefined;
  /** The FROM image (or an earlier stage's name). */
  base: string;
  /** The FROM --platform value as written, if any. */
  platformFlag: string | undefined;
  /** Lines (1-based) of the stage's RUN instructions. */
  runLines: number[];
  /** Stages this one needs: its base stage, COPY --from, RUN --mount=from. */
  dependsOn: string[];
  line: number;
}

interface Instruction {
  keyword: string;
  text: string;
  line: number;
}

/** Logical instructions: comments dropped, continuations joined, heredoc bodies skipped. */
function instructions(source: string): Instruction[] {
  const lines = source.split(/\r?\n/);
  const escape = /^#\s*escape\s*=\s*`/i.test(lines.find((line) => line.trim() !== '') ?? '') ? '`' : '\\';
  const result: Instruction[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const first = lines[index] ?? '';
    if (first.trim() === '' || first.trimStart().startsWith('#')) continue;
    const start = index;
    let text = first;
    while (text.trimEnd().endsWith(escape) && index + 1 < lines.length) {
      index += 1;
      const next = lines[index] ?? '';
      if (next.trimStart().startsWith('#')) continue;
      text = `${text.trimEnd().slice(0, -1)} ${next}`;
    }
    // RUN <<EOF … EOF: the heredoc body is part of this instruction, not instructions of its own.
    for (const match of text.matchAll(/<<-?(["']?)([A-Za-z_][A-Za-z0-9_]*)\1/g)) {
      const terminator = match[2] ?? '';
      while (index + 1 < lines.length && (lines[index + 1] ?? '').trim() !== terminator) index += 1;
      index += 1;
    }
    const keyword = (/^\s*(\S+)/.exec(text)?.[1] ?? '').toUpperCase();
    result.push({ keyword, text: text.trim().slice(keyword.length).trim(), line: start + 1 });
  }
  return result;
}

function flagValue(text: string, flag: string): string | undefined {
  return new RegExp(`(?:^|\\s)--${flag}=(\\S+)`).exec(text)?.[1];
}

export function parseDockerfile(source: string): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions(source)) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.text.split(/\s+/).filter((word) => !word.startsWith('--'));
      const asIndex = words.findIndex((word) => word.toLowerCase() === 'as');
      const base = words[0] ?? '';
      const name = asIndex >= 0 ? words[asIndex + 1]?.toLowerCase() : undefined;
      stages.push({
        index: stages.length,
        name,
        base,
        platformFlag: flagValue(instruction.text, 'platform'),
        runLines: [],
        dependsOn: [],
        line: instruction.line,
      });
      continue;
    }
    const stage = stages.at(-1);
    if (stage === undefined) continue;
    if (instruction.keyword === 'RUN') {
      stage.runLines.push(instruction.line);
      for (const match of instruction.text.matchAll(/--mount=\S*?\bfrom=([^,\s]+)/g))
        if (match[1] !== undefined) stage.dependsOn.push(match[1].toLowerCase());
    }
    if (instruction.keyword === 'COPY' || instruction.keyword === 'ADD') {
      const from = flagValue(instruction.text, 'from');
      if (from !== undefined) stage.dependsOn.push(from.toLowerCase());
    }
  }
  for (const stage of stages) {
    if (stages.some((other) => other.index < stage.index && other.name === stage.base.toLowerCase()))
      stage.dependsOn.push(stage.base.toLowerCase());
  }
  return stages;
}

function findStage(stages: readonly Stage[], reference: string, before: number): Stage | undefined {
  if (/^\d+$/.test(reference)) return stages[Number(reference)];
  return stages.find((stage) => stage.name === reference && stage.index < before);
}

/** The stages BuildKit builds for the last one: it skips stages nothing needs. */
export function neededStages(stages: readonly Stage[]): Stage[] {
  const last = stages.at(-1);
  if (last === undefined) return [];
  const needed = new Set<number>();
  const visit = (stage: Stage): void => {
    if (needed.has(stage.index)) return;
    needed.add(stage.index);
    for (const reference of stage.dependsOn) {
      const dependency = findStage(stages, reference, stage.index);
      if (dependency !== undefined) visit(dependency);
    }
  };
  visit(last);
  return stages.filter((stage) => needed.has(stage.index));
}

/** 'build', 'target', or a platform written out in FROM --platform. */
export type StagePlatform = string;

/**
 * Where a stage's RUN steps execute: on the build machine (`FROM --platform=$BUILDPLATFORM`, or
 * a stage built on one), for the target platform (no flag: the default), or a platform written out.
 */
export function stageRunsOn(stage: Stage, stages: readonly Stage[]): StagePlatform {
  const flag = stage.platformFlag;
  if (flag !== undefined) {
    if (/^\$\{?BUILDPLATFORM\}?$/.test(flag)) return 'build';
    if (/^\$\{?TARGETPLATFORM\}?$/.test(flag)) return 'target';
    return flag;
  }
  const parent = findStage(stages, stage.base.toLowerCase(), stage.index);
  return parent === undefined ? 'target' : stageRunsOn(parent, stages);
}
