import { virtualI2cStartCapability } from '../../src/capabilities/registry.js';
import { outputToString } from '../../src/capabilities/result.js';
import { virtualI2cStopAfterJob } from '../../src/capabilities/virtual-i2c.js';
import { runAction } from '../_lib/run-action.js';

// The bus runs detached (through the CLI bundle beside this one) for the steps after this one;
// the post step stops it when the job ends.
runAction(virtualI2cStartCapability, {
  post: {
    keep: (result) => outputToString(result.outputs['name'] ?? ''),
    run: (name, io, context) => virtualI2cStopAfterJob(name, io, context),
  },
});
