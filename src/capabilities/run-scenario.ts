import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { renderJUnit, type JUnitCase } from '../report/junit.js';
import { renderRunScenarioSummary, stepLabel } from '../report/run-scenario-summary.js';
import { loadScenario } from '../scenario/load-scenario.js';
import { runSteps, type ScenarioOutcome, type StepResult } from '../scenario/run-steps.js';
import { openTarget } from '../scenario/scenario-target.js';
import { writeOut } from '../files/write-out.js';
import type { OpenConsole } from '../serial/console-session.js';
import { failOnPatterns } from '../serial/crash-patterns.js';
import { compilePatterns } from '../serial/patterns.js';
import { portAddressInputs, portInputs } from '../serial/port-inputs.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { formatDuration } from '../spec/duration.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult, OutputValue } from './result.js';
import { prepareScenarioBoard } from './run-scenario-board.js';

export const runScenarioSpec = defineCapability({
  name: 'run-scenario',
  title: 'Boardline: run a scenario',
  description:
    'Drive a board as a user would, step by step — send, expect, press, set, measure — from a Boardline scenario or a Wokwi project (diagram.json and scenario), on a virtual board or, for the console steps, a real one.',
  action: { icon: 'play-circle', color: 'green' },
  inputs: {
    port: {
      kind: 'string',
      description: `${portAddressInputs.port.description} Left out when a Wokwi diagram is given: a virtual board wired as the diagram says is started for the run and stopped after it.`,
    },
    'tls-ca': portAddressInputs['tls-ca'],
    'tls-cert': portAddressInputs['tls-cert'],
    'tls-key': portAddressInputs['tls-key'],
    'lock-timeout': portInputs['lock-timeout'],
    reset: portInputs.reset,
    scenario: {
      kind: 'path',
      required: true,
      description: 'The scenario: a Boardline scenario (YAML: name, steps) or a Wokwi automation scenario (version: 1).',
    },
    diagram: {
      kind: 'path',
      description:
        "A Wokwi diagram.json: the parts a Wokwi scenario's set-control and expect-pin steps name, followed through its wires to the board's pins.",
    },
    firmware: {
      kind: 'path',
      description:
        "Flashed first (virtual boards only): an application .hex or .elf. With a diagram and no firmware, wokwi.toml's firmware (else its elf) beside the diagram is used.",
    },
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Console baud rate.' },
    timeout: { kind: 'duration', default: '10m', description: 'Wall-clock limit for the whole run.' },
    'step-timeout': {
      kind: 'duration',
      default: '30s',
      description:
        'Wall-clock limit for each step that has no timeout of its own; a step that waits in emulated time (delay, wait-pin, check-pins) or for a quiet window (expect-not) gets that span on top, four times over for emulated time.',
    },
    'fail-on': {
      kind: 'list',
      split: 'lines',
      description: 'Patterns that fail the run whenever they appear on the console, one per line, besides the built-in crash patterns.',
    },
    'crash-patterns': {
      kind: 'boolean',
      default: 'true',
      description: 'Also fail on the built-in crash patterns (ESP8266/ESP32 exceptions, Guru Meditation, stack dumps, abort()).',
    },
    junit: { kind: 'path', description: 'Write a JUnit XML report to this path: one test case per step.' },
    transcript: { kind: 'path', description: 'Write the console transcript to this path; by default under the runner temp directory.' },
  },
  outputs: {
    result: 'pass, fail, fail-pattern, timeout, port-lost or cancelled: how the run ended (the failing step’s status).',
    steps: 'How many steps the scenario has.',
    passed: 'How many passed.',
    'failed-step': 'The step that did not pass, as "line N: step", or empty.',
    variables: 'JSON object of the named groups expect steps captured.',
    junit: 'Path of the JUnit report, when one was asked for.',
    transcript: 'Path of the console transcript, when the console was read.',
    pictures: 'JSON list of the files pin and screenshot steps wrote (timing pictures, display PNGs).',
  },
});

export type RunScenarioOptions = InputValues<typeof runScenarioSpec.inputs>;

function junitCases(outcome: ScenarioOutcome, scenario: string): JUnitCase[] {
  return outcome.steps.map((step: StepResult) => {
    const base = { name: stepLabel(step.step), classname: `run-scenario.${scenario}`, timeSeconds: step.elapsedMs / 1000 };
    if (step.status === 'pass') return base;
    if (step.status === 'skipped') return { ...base, skipped: step.message };
    return { ...base, failure: { message: step.message, type: step.status, text: `${step.step.where}: ${step.message}` } };
  });
}

export async function runScenario(options: RunScenarioOptions, io: Io, context: FaceContext): Promise<CapabilityResult> {
  const loaded = await loadScenario(options.scenario, options.diagram);
  const { scenario } = loaded;
  const failOn = [...failOnPatterns(options), ...compilePatterns(scenario.failOn ?? [], `fail-on of ${scenario.source}`)];
  const board = await prepareScenarioBoard(options, loaded, io, context);
  let outcome: ScenarioOutcome;
  // The console, when a step read or wrote it: its transcript is reported whatever the outcome.
  let console: OpenConsole | undefined;
  try {
    const opened = await openTarget(
      scenario,
      { ...options, port: board.port, encoding: 'utf8', 'strip-ansi': true, timeout: options.timeout },
      'run-scenario',
      io,
      context,
    );
    try {
      outcome = await runSteps(scenario, opened.target, {
        timeoutMs: options.timeout,
        stepTimeoutMs: options['step-timeout'],
        resetFirst: options.reset !== 'none',
        failOn,
        filesDir: context.tempDir,
        stamp: `run-scenario-${Date.now()}`,
        io,
        onStep: (step) => {
          const line = `${step.status === 'pass' ? '✓' : '✗'} ${stepLabel(step.step)} (${formatDuration(step.elapsedMs)}): ${step.message}`;
          if (step.status === 'pass') io.info(line);
          else io.error(line, { file: options.scenario, line: step.step.line });
        },
      });
    } finally {
      await opened.close();
    }
    console = opened.target.console;
  } finally {
    await board.release();
  }

  const transcriptPath = console?.transcriptPath;
  const lastLines = console?.transcript.lastLines(10) ?? [];
  const pictures = outcome.steps.flatMap((step) => step.files.map((file) => file.path));
  const outputs: Record<string, OutputValue> = {
    result: outcome.status,
    steps: outcome.steps.length,
    passed: outcome.steps.filter((step) => step.status === 'pass').length,
    'failed-step': outcome.failed === undefined ? '' : stepLabel(outcome.failed.step),
    variables: outcome.variables,
    pictures,
    ...(transcriptPath === undefined ? {} : { transcript: transcriptPath }),
  };
  if (options.junit !== undefined) {
    await writeOut(
      options.junit,
      renderJUnit({
        name: `run-scenario ${scenario.name}`,
        timeSeconds: outcome.elapsedMs / 1000,
        cases: junitCases(outcome, scenario.name),
        ...(console === undefined ? {} : { systemOut: console.transcript.render() }),
      }),
    );
    outputs['junit'] = options.junit;
  }
  const summary = renderRunScenarioSummary({ scenario: scenario.name, port: board.port, outcome, transcriptPath, lastLines });
  if (outcome.failed !== undefined) {
    const failed = outcome.failed;
    throw new BoardlineError(
      failed.status === 'timeout' ? 'timeout' : failed.status === 'port-lost' ? 'port' : 'failed',
      `Scenario ${scenario.name} failed at ${stepLabel(failed.step)} (${failed.step.where}): ${failed.message}`,
      {
        hint:
          failed.hint ?? 'Fix: the board did not do what the step expects; the summary lists every step and the transcript has the console',
        ...(lastLines.length === 0 ? {} : { details: `Last lines seen:\n${lastLines.join('\n')}` }),
        result: { outputs, summary, text: '' },
      },
    );
  }
  return {
    outputs,
    summary,
    text: `Scenario ${scenario.name}: ${outcome.steps.length} steps passed on ${board.port} in ${formatDuration(outcome.elapsedMs)}`,
  };
}
