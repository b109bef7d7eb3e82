// What a run on a fresh machine needs before it starts, shared by npm test's pretest and every
// npm run bench:*: Debian packages (installed when run as root), the Docker daemon with QEMU and
// base images (test/docker/testbed.sh, as root), and the Node runtimes the Actions runner uses.
// Without root, a missing piece is named with the command to run, and nothing starts.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installRunnerNodes } from '../test/harness/node-runtimes.js';
import { ensureDebianPackages } from './system-packages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface MachineNeeds {
  /** Who needs it, for the messages: "npm test", "npm run bench:flash-serial". */
  purpose: string;
  packages?: readonly string[];
  /** The Docker daemon, QEMU's binfmt handlers and the base images the buildx tests build on. */
  dockerTestbed?: boolean;
  /** Node 24, which `using: node24` actions run on. */
  runnerNodes?: boolean;
}

export function prepareMachine(needs: MachineNeeds): void {
  if (needs.packages !== undefined) ensureDebianPackages(needs.packages, needs.purpose);
  if (needs.dockerTestbed === true) {
    const testbed = join(root, 'test', 'docker', 'testbed.sh');
    if (process.getuid?.() === 0) execFileSync('bash', [testbed], { stdio: 'inherit' });
    else if (spawnSync('/usr/bin/docker', ['info'], { stdio: 'ignore' }).status !== 0) {
      console.error(`${needs.purpose} needs a Docker daemon, QEMU's binfmt handlers and base images:\n\n  sudo bash ${testbed}\n`);
      process.exit(1);
    }
  }
  if (needs.runnerNodes === true) installRunnerNodes();
}
