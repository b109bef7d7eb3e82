import { BoardlineError } from '../errors.js';
import type { CapabilitySpec } from '../spec/capability.js';
import { boardlineVersion } from '../version.js';

/**
 * The honest answer of a capability that is declared (its inputs are fixed, so pipelines can be
 * written against them) but not built in this version: a failure, never a pretend success.
 */
export function notAvailable(spec: CapabilitySpec): never {
  throw new BoardlineError('not-available', `${spec.name} is not available in Boardline ${boardlineVersion}`, {
    hint: `Its inputs were checked and are valid; the README lists which capabilities this version provides. Pin a release that provides ${spec.name}`,
  });
}
