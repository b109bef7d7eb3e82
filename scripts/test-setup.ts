// What npm test needs before it starts: the Debian packages the tests drive, the Docker testbed
// and the Node runtimes the Actions runner uses (scripts/prepare-machine.ts).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSharedRootfsBuild } from '../test/harness/sd-image-fixture.js';
import { prepareMachine } from './prepare-machine.js';
import { packageList } from './system-packages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
prepareMachine({
  purpose: 'npm test',
  packages: packageList(join(root, 'test', 'system-packages.txt')),
  dockerTestbed: true,
  runnerNodes: true,
});
// The image tests' root file system takes minutes to build: it starts now and runs beside the other tests.
await startSharedRootfsBuild();
