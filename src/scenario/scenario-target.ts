import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { openConsole, type ConsoleSessionSettings } from '../serial/console-session.js';
import { resolvePort, type ResolvedPort } from '../serial/resolve-port.js';
import type { ScenarioTarget } from './step-context.js';
import { consoleKinds, virtualOnlyKinds, type Scenario } from './steps.js';

export interface OpenedTarget {
  target: ScenarioTarget;
  /** Closes the console (and writes its transcript) if one was opened. */
  close(): Promise<void>;
}

/**
 * Refuses, before anything is locked or sent, a scenario with steps only an emulated board can
 * run when the port is a real board's: each such step is named with its line.
 */
export function refuseVirtualOnlySteps(scenario: Scenario, resolved: ResolvedPort, requested: string): void {
  if (resolved.virtual !== undefined) return;
  const refused = scenario.steps.filter((step) => virtualOnlyKinds.has(step.kind));
  if (refused.length === 0) return;
  throw new BoardlineError(
    'usage',
    `Input "port": ${requested} is a real serial port, and a real board's pins cannot be seen, nor its world changed, through it; ${refused.length === 1 ? 'this step needs' : `these ${refused.length} steps need`} an emulated board: ${refused.map((step) => `${step.where} (${step.name})`).join('; ')}`,
    {
      hint: 'Fix: run them on a virtual board (boardline virtual-board start), and check a real board through its console (send, expect, expect-not)',
    },
  );
}

/**
 * The board a scenario runs on: its console opened (when a step reads or writes it, or the board
 * is real and can only be reset through it) and its control channel when it is virtual.
 */
export async function openTarget(
  scenario: Scenario,
  settings: ConsoleSessionSettings,
  purpose: string,
  io: Io,
  context: { stateDir: string; lockDir: string; tempDir: string },
): Promise<OpenedTarget> {
  const resetMode = settings.reset === 'none' ? 'auto' : settings.reset;
  const usesConsole = scenario.steps.some((step) => consoleKinds.has(step.kind));
  if (!usesConsole) {
    const resolved = await resolvePort(settings.port, { stateDir: context.stateDir, tls: settings });
    refuseVirtualOnlySteps(scenario, resolved, settings.port);
    if (resolved.virtual !== undefined) {
      const virtual = { control: resolved.virtual.control, name: resolved.virtual.name };
      return { target: { resolved, virtual, resetMode }, close: async () => undefined };
    }
  }
  const console = await openConsole(settings, purpose, io, context, (resolved) =>
    refuseVirtualOnlySteps(scenario, resolved, settings.port),
  );
  const { resolved } = console;
  const virtual = resolved.virtual === undefined ? undefined : { control: resolved.virtual.control, name: resolved.virtual.name };
  return {
    target: { resolved, console, resetMode, ...(virtual === undefined ? {} : { virtual }) },
    close: () => console.close(),
  };
}
