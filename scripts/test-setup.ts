// npm test's pretest: the machine set up for every test file npm test runs, the image tests' root
// file system built before any test starts (scripts/test-machine.ts). With --start, the build is
// only started: .ci/run does the checks that are not tests meanwhile, and npm test then waits for it.
import { prepareTestMachine } from './test-machine.js';

await prepareTestMachine({ rootfs: process.argv.includes('--start') ? 'start' : 'wait' });
