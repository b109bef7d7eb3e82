import { neededStages, stageRunsOn, type Stage } from './dockerfile.js';
import { formatPlatform, needsEmulation, parsePlatform, type Platform } from './platforms.js';

export interface EmulatedStep {
  /** The target platform of the build the step belongs to. */
  platform: string;
  /** The architecture the step executes for (a stage's FROM --platform may differ from the target). */
  architecture: string;
  stage: string;
  line: number;
}

function platformOf(runsOn: string, target: Platform): Platform | 'build' {
  if (runsOn === 'build') return 'build';
  if (runsOn === 'target' || runsOn.includes('$')) return target;
  try {
    return parsePlatform(runsOn);
  } catch {
    return target;
  }
}

/** Every RUN step that will execute under emulation, per target platform, in the stages built. */
export function emulatedSteps(stages: readonly Stage[], platforms: readonly Platform[], buildArchitecture: string): EmulatedStep[] {
  const steps: EmulatedStep[] = [];
  const built = neededStages(stages);
  for (const target of platforms) {
    for (const stage of built) {
      const platform = platformOf(stageRunsOn(stage, stages), target);
      if (platform === 'build' || !needsEmulation(platform, buildArchitecture)) continue;
      for (const line of stage.runLines) {
        steps.push({
          platform: formatPlatform(target),
          architecture: platform.architecture,
          stage: stage.name ?? String(stage.index),
          line,
        });
      }
    }
  }
  return steps;
}

/** What the log and the summary say about emulated steps, with the pattern that avoids them. */
export function emulationAdvice(steps: readonly EmulatedStep[], dockerfile: string): string {
  const byPlatform = new Map<string, EmulatedStep[]>();
  for (const step of steps) byPlatform.set(step.platform, [...(byPlatform.get(step.platform) ?? []), step]);
  const lines = [...byPlatform].map(
    ([platform, list]) =>
      `${list.length} RUN step${list.length === 1 ? '' : 's'} will run under QEMU emulation for ${platform} (${dockerfile} line${list.length === 1 ? '' : 's'} ${list.map((step) => step.line).join(', ')})`,
  );
  lines.push(
    'Emulated steps run 5-20x slower than native ones. Cross-compile instead: do the work in a `FROM --platform=$BUILDPLATFORM … AS build` stage (ARG TARGETARCH picks the cross compiler), then COPY only its output into the target stage.',
  );
  return lines.join('\n');
}
