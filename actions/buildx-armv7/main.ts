import { buildxArmv7Capability } from '../../src/capabilities/registry.js';
import { runAction } from '../_lib/run-action.js';

runAction(buildxArmv7Capability);
