import * as core from '@actions/core';
import { homedir, tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { contextDirectories } from '../../src/capabilities/context.js';
import { reviewContext } from '../../src/review/review-context.js';
import { outputToString, type CapabilityResult } from '../../src/capabilities/result.js';
import type { Capability } from '../../src/capabilities/registry.js';
import type { FaceContext } from '../../src/capabilities/context.js';
import type { Io } from '../../src/io.js';
import { asBoardlineError, describeError, type BoardlineError } from '../../src/errors.js';
import { actionName, ciInputs } from '../../src/spec/capability.js';
import { parseInputs, type RawInputs } from '../../src/spec/parse-inputs.js';
import type { JobCache } from '../../src/tools/job-cache.js';
import { actionsIo } from './actions-io.js';

/**
 * What only some actions bring, so only their bundles carry it: the job cache (GitHub's cache
 * service client is large) for setup-arduino-cli.
 */
export interface ActionExtras {
  jobCache?: () => JobCache | undefined;
  post?: PostStep;
}

/**
 * An action's post step (action.yml's runs.post, the same bundle run again when the job ends):
 * `keep` says what of the main step's result it needs, which the runner hands back as state.
 */
export interface PostStep {
  keep(result: CapabilityResult): string;
  run(kept: string, io: Io, context: FaceContext): Promise<void>;
}

/** Saved by the main step before anything else: the run that finds it is the post step. */
const postPhaseState = 'boardline-post-phase';
const postKeptState = 'boardline-post-kept';

/** Reads every declared input the way the runner passes them (INPUT_<NAME>, '' when unset). */
function readInputs(capability: Capability): RawInputs {
  const raw: Record<string, string> = {};
  for (const [name, input] of ciInputs(capability.spec)) {
    const value = core.getInput(name);
    if (input.kind === 'secret' && value !== '') core.setSecret(value);
    raw[name] = value;
  }
  return raw;
}

function failureSummary(name: string, error: BoardlineError): string {
  const lines = [`### ❌ ${name} failed`, '', describeError(error)];
  if (error.details !== undefined) lines.push('', '```', error.details, '```');
  return lines.join('\n');
}

async function report(result: CapabilityResult): Promise<void> {
  for (const [output, value] of Object.entries(result.outputs)) core.setOutput(output, outputToString(value));
  for (const dir of result.environment?.path ?? []) core.addPath(dir);
  for (const [name, value] of Object.entries(result.environment?.variables ?? {})) core.exportVariable(name, value);
  await core.summary.addRaw(result.summary, true).write();
}

async function faceContext(extras: ActionExtras): Promise<FaceContext> {
  return {
    input: process.stdin,
    output: process.stdout,
    host: { platform: process.platform, arch: process.arch },
    ...contextDirectories(process.env, { tempDir: tmpdir(), uid: process.getuid?.() ?? 0, home: homedir() }),
    // The CLI bundle beside this action's bundle (dist/cli/index.cjs) runs work that outlives the step.
    selfCommand: [process.execPath, resolve(dirname(process.argv[1] ?? ''), '..', 'cli', 'index.cjs')],
    ...(extras.jobCache === undefined ? {} : { jobCache: extras.jobCache() }),
    review: await reviewContext(process.env),
    variables: process.env,
  };
}

/** The post step: what the main step kept, put away; nothing kept (the main step failed first) is nothing to do. */
async function runPost(post: PostStep, name: string, extras: ActionExtras, signal: AbortSignal): Promise<void> {
  const kept = core.getState(postKeptState);
  if (kept === '') {
    core.info(`${name} started nothing to put away`);
    return;
  }
  try {
    await post.run(kept, actionsIo(signal), await faceContext(extras));
  } catch (thrown) {
    const error = asBoardlineError(thrown);
    if (error.details !== undefined) core.info(error.details);
    core.setFailed(describeError(error));
  }
}

async function run(capability: Capability, extras: ActionExtras): Promise<void> {
  const controller = new AbortController();
  // The runner sends SIGINT then SIGTERM when a job is cancelled; stop cleanly so ports are released.
  // `on`, not `once`: execa's exit-signal handler re-raises a signal that has no other listener left,
  // which would kill the process in the middle of putting things back (a deploy's rollback).
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => controller.abort());
  // The action's own name (virtual-i2c, not the CLI's virtual-i2c start): what the workflow's step says.
  const name = actionName(capability.spec);
  if (extras.post !== undefined) {
    if (core.getState(postPhaseState) !== '') {
      await runPost(extras.post, name, extras, controller.signal);
      return;
    }
    core.saveState(postPhaseState, 'post');
  }
  try {
    const options = parseInputs(capability.spec, readInputs(capability));
    const result = await capability.run(options, actionsIo(controller.signal), await faceContext(extras));
    if (extras.post !== undefined) core.saveState(postKeptState, extras.post.keep(result));
    await report(result);
  } catch (thrown) {
    const error = asBoardlineError(thrown);
    if (error.details !== undefined) core.info(error.details);
    core.setFailed(describeError(error));
    // A capability that failed may still have outputs (a transcript path) and its own summary.
    await report(error.result ?? { outputs: {}, summary: failureSummary(name, error), text: '' }).catch(() => undefined);
  }
}

/**
 * The whole GitHub Action face: inputs in, core capability, outputs and summary out. Each
 * action's main.ts is one call to this.
 */
export function runAction(capability: Capability, extras: ActionExtras = {}): void {
  void run(capability, extras);
}
