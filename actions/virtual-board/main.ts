import { virtualBoardStartCapability } from '../../src/capabilities/registry.js';
import { runAction } from '../_lib/run-action.js';

// The board runs detached (through the CLI bundle beside this one) and outlives the step.
runAction(virtualBoardStartCapability);
