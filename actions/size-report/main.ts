import { sizeReportCapability } from '../../src/capabilities/registry.js';
import { actionsJobCache } from '../_lib/job-cache.js';
import { runAction } from '../_lib/run-action.js';

// The job cache carries each commit's sizes to the pull requests that compare against it.
runAction(sizeReportCapability, { jobCache: actionsJobCache });
