// Installs the Node runtimes the Actions runner uses, for the tests that run bundles as it does.
import { installRunnerNodes } from '../test/harness/node-runtimes.js';

installRunnerNodes();
