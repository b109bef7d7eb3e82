// What npm test needs before it starts: the Debian packages the tests drive (installed when run as
// root), the Docker daemon with QEMU and base images (test/docker/testbed.sh, as root), and the
// Node runtimes the Actions runner uses. Without root, a missing piece is named with the command
// to run, and the tests do not start.
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { installRunnerNodes } from '../test/harness/node-runtimes.js';
import { ensureDebianPackages, packageList } from './system-packages.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
ensureDebianPackages(packageList(join(root, 'test', 'system-packages.txt')), 'npm test');
const testbed = join(root, 'test', 'docker', 'testbed.sh');
if (process.getuid?.() === 0) execFileSync('bash', [testbed], { stdio: 'inherit' });
else if (spawnSync('/usr/bin/docker', ['info'], { stdio: 'ignore' }).status !== 0) {
  console.error(`The buildx-armv7 tests need a Docker daemon, QEMU's binfmt handlers and base images:\n\n  sudo bash ${testbed}\n`);
  process.exit(1);
}
installRunnerNodes();
