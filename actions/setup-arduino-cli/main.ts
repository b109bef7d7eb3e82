import { setupArduinoCliCapability } from '../../src/capabilities/registry.js';
import { actionsJobCache } from '../_lib/job-cache.js';
import { runAction } from '../_lib/run-action.js';

runAction(setupArduinoCliCapability, { jobCache: actionsJobCache });
