import type { Io } from '../io.js';
import { portInputs } from '../serial/port-inputs.js';
import { resolvePort } from '../serial/resolve-port.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import { notAvailable } from './not-available.js';
import type { CapabilityResult } from './result.js';

export const verifyBannerSpec = defineCapability({
  name: 'verify-banner',
  title: 'Boardline: verify banner',
  description: 'Open the serial console, reset the board, and pass when the expected banner appears; fail on crash output or silence.',
  action: { icon: 'check-circle', color: 'green' },
  inputs: {
    ...portInputs,
    expect: {
      kind: 'list',
      split: 'lines',
      required: true,
      description: 'Patterns that must appear, in order; one per line. /regex/flags or literal text; named groups become outputs.',
    },
    'fail-on': {
      kind: 'list',
      split: 'lines',
      description: 'Extra patterns that fail at once, one per line, added to the built-in crash patterns.',
    },
    baud: { kind: 'integer', min: 300, max: 4_000_000, default: '115200', description: 'Console baud rate.' },
    timeout: { kind: 'duration', default: '30s', description: 'Wall-clock deadline for all patterns to appear.' },
    junit: { kind: 'path', description: 'Write a JUnit XML report to this path.' },
    transcript: { kind: 'path', description: 'Write the console transcript to this path; by default under the runner temp directory.' },
  },
  outputs: {
    matched: 'The line that matched the last expected pattern.',
    groups: 'JSON object of the named capture groups.',
    'elapsed-ms': 'Milliseconds from reset to the last match.',
    transcript: 'Path of the console transcript, written on success and failure.',
  },
});

export type VerifyBannerOptions = InputValues<typeof verifyBannerSpec.inputs>;

export async function verifyBanner(options: VerifyBannerOptions, io: Io): Promise<CapabilityResult> {
  const port = await resolvePort(options.port);
  io.info(`Port ${port.requested} resolved to ${port.path}`);
  return notAvailable(verifyBannerSpec);
}
