import { runScenarioCapability } from '../../src/capabilities/registry.js';
import { runAction } from '../_lib/run-action.js';

runAction(runScenarioCapability);
