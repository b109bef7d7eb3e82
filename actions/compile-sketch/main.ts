import { compileSketchCapability } from '../../src/capabilities/registry.js';
import { actionsJobCache } from '../_lib/job-cache.js';
import { runAction } from '../_lib/run-action.js';

// The job cache keeps each commit's sizes for the pull requests that will compare against it.
runAction(compileSketchCapability, { jobCache: actionsJobCache });
