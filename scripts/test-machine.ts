// What the tests need before they start, for npm test's pretest and the stress script alike: the
// Debian packages they drive, the Docker testbed, the Node runtimes the Actions runner uses and,
// for the image tests, their Debian root file system, built before any test runs (never beside
// them: minutes of QEMU-emulated package scripts take the CPU that timing-sensitive tests need).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSharedRootfs, startSharedRootfs } from '../test/harness/sd-image-fixture.js';
import { prepareMachine } from './prepare-machine.js';
import { packageList } from './system-packages.js';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface TestMachineNeeds {
  /**
   * The image tests' root file system: built (or found cached) before the tests start ('wait'),
   * its build only started, for a caller with other work to do meanwhile that is not a test
   * ('start': .ci/run's typecheck, lint and dist check), or not needed ('none').
   */
  rootfs: 'wait' | 'start' | 'none';
}

export async function prepareTestMachine(needs: TestMachineNeeds): Promise<void> {
  prepareMachine({
    purpose: 'npm test',
    packages: packageList(join(repoRoot, 'test', 'system-packages.txt')),
    dockerTestbed: true,
    runnerNodes: true,
  });
  if (needs.rootfs === 'wait') await buildSharedRootfs();
  else if (needs.rootfs === 'start') await startSharedRootfs();
}
