import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { VirtualI2cRecord } from '../../src/virtual/linux-i2c/bus-registry.js';
import { containerAccess, containerArguments, imageNativeArch } from '../../src/virtual/linux-i2c/container-access.js';
import { expectFailure } from '../harness/expect-error.js';

const record = (device: string, bus = 1, socket = '/state/i2c/i2c-1/bus.sock'): VirtualI2cRecord => ({
  name: `i2c-${String(bus)}`,
  bus,
  mode: device === '' ? 'preload' : 'fuse',
  device,
  socket,
  control: '/state/i2c/control.sock',
  pid: 1,
  startedAt: '2026-12-06T00:00:00Z',
});

describe('how a container reaches a virtual I2C bus', () => {
  it("an image of this machine's architecture gets the FUSE file at the path inside, and nothing else", () => {
    const access = containerAccess(record('/dev/i2c-1'), { imageArch: 'x64', hostArch: 'x64', shim: '/x64/shim.so', insideBus: 3 });
    assert.deepEqual(containerArguments([access]), ['--mount', 'type=bind,source=/dev/i2c-1,target=/dev/i2c-3']);
  });

  it('an arm/v7 image gets the arm shim, the socket and their environment, even with the FUSE file there (qemu-user passes no i2c ioctls)', () => {
    const access = containerAccess(record('/dev/i2c-1'), { imageArch: 'arm', hostArch: 'x64', shim: '/arm/shim.so' });
    assert.equal(access.via, 'preload');
    assert.deepEqual(containerArguments([access]), [
      '--mount',
      'type=bind,source=/arm/shim.so,target=/usr/lib/boardline/libboardline-i2c.so,readonly',
      '--mount',
      'type=bind,source=/state/i2c/i2c-1/bus.sock,target=/run/boardline/i2c-1.sock',
      '--env',
      'LD_PRELOAD=/usr/lib/boardline/libboardline-i2c.so',
      '--env',
      'BOARDLINE_I2C_BUSES=1=/run/boardline/i2c-1.sock',
    ]);
  });

  it('a bus in preload mode goes through the shim for a native image too', () => {
    const access = containerAccess(record(''), { imageArch: 'x64', hostArch: 'x64', shim: '/x64/shim.so' });
    assert.equal(access.via, 'preload');
    assert.ok(access.env.includes('LD_PRELOAD=/usr/lib/boardline/libboardline-i2c.so'));
  });

  it('two buses share one shim and one BOARDLINE_I2C_BUSES', () => {
    const target = { imageArch: 'arm', hostArch: 'x64', shim: '/arm/shim.so' } as const;
    const args = containerArguments([
      containerAccess(record('', 1, '/s/one.sock'), target),
      containerAccess(record('', 4, '/s/four.sock'), { ...target, insideBus: 2 }),
    ]);
    assert.equal(args.filter((arg) => arg.includes('libboardline-i2c.so,readonly')).length, 1);
    assert.ok(args.includes('BOARDLINE_I2C_BUSES=1=/run/boardline/i2c-1.sock,2=/run/boardline/i2c-2.sock'));
    assert.ok(args.includes('type=bind,source=/s/four.sock,target=/run/boardline/i2c-2.sock'));
  });

  it("refuses a path docker's --mount cannot carry", async () => {
    const access = containerAccess(record('', 1, '/state,dir/bus.sock'), { imageArch: 'x64', hostArch: 'x64', shim: '/x64/shim.so' });
    const error = await expectFailure('usage', () => containerArguments([access]));
    assert.match(error.message, /\/state,dir\/bus\.sock has a comma or a blank/);
  });

  it("names the shim's architecture by the image's platform, and refuses one it is not built for", async () => {
    assert.equal(imageNativeArch('linux/arm/v7', 'x'), 'arm');
    assert.equal(imageNativeArch('linux/arm64', 'x'), 'arm64');
    assert.equal(imageNativeArch('linux/amd64', 'x'), 'x64');
    const error = await expectFailure('usage', () => imageNativeArch('linux/s390x', 'Input "devices"'));
    assert.match(error.message, /^Input "devices": the image is linux\/s390x/);
  });
});
