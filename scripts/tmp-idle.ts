import { FakeBoard } from '../test/harness/fake-board.js';
import { verifyBanner, verifyBannerSpec } from '../src/capabilities/verify-banner.js';
import { parseInputs } from '../src/spec/parse-inputs.js';
import { recordingIo } from '../src/io.js';
import { PassThrough } from 'node:stream';
const board = await FakeBoard.connect();
for (const t of [1000, 4000, 1000, 4000, 4000]) {
  const options = parseInputs(verifyBannerSpec, { port: board.port, expect: 'never', timeout: `${t}ms`, reset: 'none' });
  const c = process.cpuUsage();
  await verifyBanner(options, recordingIo(), {
    input: new PassThrough(),
    output: new PassThrough(),
    tempDir: '/tmp',
    lockDir: '/tmp',
  }).catch(() => 0);
  const u = process.cpuUsage(c);
  console.log(t, (u.user + u.system) / 1000);
}
await board.close();
