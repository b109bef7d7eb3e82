import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import { deviceArguments, majorOf, parseDeviceLines, resolveDevices, type DeviceMapping } from '../../src/deploy/device-mapping.js';
import { dockerHostSlug, parseDockerHost } from '../../src/deploy/docker-host.js';
import { parseHealth } from '../../src/deploy/health-probe.js';
import { parseImageReference, pinnedReference, registryBaseUrl } from '../../src/deploy/image-reference.js';
import { parsePublishedPorts, publishArgument } from '../../src/deploy/published-ports.js';
import { manifestDigest, parseChallenge } from '../../src/deploy/registry-digest.js';
import { runArguments } from '../../src/deploy/run-arguments.js';
import type { FailureKind } from '../../src/errors.js';
import { expectFailure } from '../harness/expect-error.js';
import { freePort } from '../harness/ser2net.js';

/** What should fail does, as a usage error (unless told) whose message and hint say what they must. */
async function refused(action: () => unknown, expected: { kind?: FailureKind; message: RegExp; hint?: RegExp }): Promise<void> {
  const error = await expectFailure(expected.kind ?? 'usage', action);
  assert.match(error.message, expected.message);
  if (expected.hint !== undefined) assert.match(error.hint ?? '', expected.hint);
}

const digest = `sha256:${'ab'.repeat(32)}`;

describe('deploy-container inputs', () => {
  it('parses image references as the docker CLI does, Docker Hub included', () => {
    assert.deepEqual(parseImageReference('ghcr.io/acme/pi-app:1.4.2'), {
      given: 'ghcr.io/acme/pi-app:1.4.2',
      registry: 'ghcr.io',
      repository: 'acme/pi-app',
      tag: '1.4.2',
    });
    assert.deepEqual(parseImageReference('127.0.0.1:5000/pi-app@' + digest), {
      given: `127.0.0.1:5000/pi-app@${digest}`,
      registry: '127.0.0.1:5000',
      repository: 'pi-app',
      digest,
    });
    assert.deepEqual(parseImageReference('python'), {
      given: 'python',
      registry: 'registry-1.docker.io',
      repository: 'library/python',
      tag: 'latest',
    });
    assert.equal(parseImageReference('docker.io/acme/app:main').repository, 'acme/app');
    assert.equal(parseImageReference('localhost/app').registry, 'localhost');
    assert.equal(pinnedReference(parseImageReference('ghcr.io/acme/pi-app:main'), digest), `ghcr.io/acme/pi-app@${digest}`);
    assert.equal(pinnedReference(parseImageReference(`127.0.0.1:5000/a:b@${digest}`), digest), `127.0.0.1:5000/a@${digest}`);
    assert.equal(registryBaseUrl('127.0.0.1:5000'), 'http://127.0.0.1:5000');
    assert.equal(registryBaseUrl('ghcr.io'), 'https://ghcr.io');
  });

  it('refuses malformed image references, naming the input and the fix', async () => {
    for (const [value, why] of [
      ['', /it is empty/],
      ['Pi-App', /"Pi-App" is not a valid name/],
      ['app@sha256:123', /"sha256:123" is not a sha256 digest/],
      ['app:bad tag', /"bad tag" is not a valid tag/],
    ] as const) {
      await refused(() => parseImageReference(value), { message: why, hint: /Fix: write registry\/name:tag/ });
      await refused(() => parseImageReference(value), { message: /^Input "image": / });
    }
  });

  it('parses published ports and refuses what docker would misread', async () => {
    const ports = parsePublishedPorts(['6769:6769', '127.0.0.1:8080:80', '5683:5683/udp']);
    assert.deepEqual(ports.map(publishArgument), ['6769:6769/tcp', '127.0.0.1:8080:80/tcp', '5683:5683/udp']);
    await refused(() => parsePublishedPorts(['6769']), {
      kind: 'usage',
      message: /Input "publish": "6769" is not host-port:container-port/,
    });
    await refused(() => parsePublishedPorts(['70000:80']), { message: /70000 in "70000:80" is not a port number/ });
    await refused(() => parsePublishedPorts(['80:80', '80:81']), { message: /host port 80\/tcp is given twice/ });
  });

  it('parses device lines: a port value and the path inside', async () => {
    assert.deepEqual(parseDeviceLines(['usb:1a86:7523 -> /dev/ttyUSB0', '/dev/serial/by-id/usb-x', 'uno->/dev/ttyACM0']), [
      { port: 'usb:1a86:7523', inside: '/dev/ttyUSB0' },
      { port: '/dev/serial/by-id/usb-x' },
      { port: 'uno', inside: '/dev/ttyACM0' },
    ]);
    await refused(() => parseDeviceLines(['a -> b -> c']), {
      kind: 'usage',
      message: /Input "devices": "a -> b -> c" is not "PORT" or "PORT -> \/dev\/PATH-IN-CONTAINER"/,
    });
    await refused(() => parseDeviceLines(['uno -> ttyUSB0']), { message: /the path inside "ttyUSB0" is not a device path under \/dev\// });
    await refused(() => parseDeviceLines(['uno -> /dev/../etc/passwd']), { message: /is not a device path/ });
    await refused(() => parseDeviceLines(['uno -> /dev/x,source=/']), { message: /is not a device path/ });
    await refused(() => parseDeviceLines(['uno -> /dev/a:b']), { message: /is not a device path/ });
    await refused(() => parseDeviceLines(['uno -> ']), { message: /is not "PORT"/ });
  });

  it('says a device line needs -> when the path inside is given without it, showing the line', async () => {
    for (const line of [
      'usb:1a86:7523 /dev/ttyUSB0',
      'usb:1a86:7523 => /dev/ttyUSB0',
      'uno0 → /dev/ttyACM0',
      'usb:1a86:7523:/dev/ttyUSB0',
    ]) {
      const error = await expectFailure('usage', () => parseDeviceLines([line]));
      assert.equal(
        error.message,
        `Input "devices": "${line}" is not "PORT" or "PORT -> /dev/PATH-IN-CONTAINER": the port and the path inside need -> between them`,
      );
      assert.match(error.hint ?? '', /usb:1a86:7523 -> \/dev\/ttyUSB0/);
    }
    // Without a path after the blank it parses (a USB serial number may hold a blank), and once the
    // port fails to resolve the error still says how a line is written.
    assert.deepEqual(parseDeviceLines(['usb:1a86:7523 ttyUSB0']), [{ port: 'usb:1a86:7523 ttyUSB0' }]);
    await refused(() => resolveDevices([{ port: 'usb:1a86:7523 ttyUSB0' }], {}, { hotplug: false, remote: false }), {
      message: /^Input "devices", line 1: Input "port" has a malformed USB selector "usb:1a86:7523 ttyUSB0"/,
      hint: /A devices line is "PORT" or "PORT -> \/dev\/PATH-IN-CONTAINER", e\.g\. usb:1a86:7523 -> \/dev\/ttyUSB0; "usb:1a86:7523 ttyUSB0" has no ->$/,
    });
  });

  it('gives devices as --device, ptys as bind mounts of their stable link, hotplug as /dev and cgroup rules, never --privileged', () => {
    const mapping = (via: DeviceMapping['via'], major: number, hostPath: string, inside: string): DeviceMapping => ({
      requested: hostPath,
      hostPath,
      inside,
      via,
      major,
      lockName: 'x',
    });
    const args = deviceArguments([
      mapping('device', 188, '/dev/ttyUSB0', '/dev/ttyUSB0'),
      mapping('bind', 136, '/run/boardline/boards/uno/tty', '/dev/ttyACM0'),
    ]);
    assert.deepEqual(args, [
      '--device',
      '/dev/ttyUSB0:/dev/ttyUSB0:rwm',
      '--mount',
      'type=bind,source=/run/boardline/boards/uno/tty,target=/dev/ttyACM0',
    ]);
    const hot = deviceArguments([
      mapping('hotplug', 188, '/dev/serial/by-id/a', '/dev/serial/by-id/a'),
      mapping('hotplug', 166, '/dev/serial/by-id/b', '/dev/serial/by-id/b'),
      mapping('hotplug', 188, '/dev/serial/by-id/c', '/dev/serial/by-id/c'),
    ]);
    assert.deepEqual(hot, [
      '--mount',
      'type=bind,source=/dev,target=/dev,bind-nonrecursive=true',
      '--device-cgroup-rule',
      'c 188:* rmw',
      '--device-cgroup-rule',
      'c 166:* rmw',
    ]);
    assert.ok(![...args, ...hot].includes('--privileged'));
  });

  it('reads major numbers from stat’s device ids, old and new encodings', () => {
    assert.equal(majorOf((188 << 8) | 0), 188);
    assert.equal(majorOf((136 << 8) | 7), 136);
    assert.equal(majorOf((4 << 8) | 64), 4);
    assert.equal(majorOf(0x1_0000_0000 * (0x123 << 12) + (0x45 << 8)), (0x123 << 12) | 0x45);
  });

  it('parses health checks, the docker host standing in for an empty host', async () => {
    assert.deepEqual(parseHealth('http://:6769/health'), { kind: 'http', scheme: 'http', port: 6769, path: '/health' });
    assert.deepEqual(parseHealth('https://pi.local:443'), { kind: 'http', scheme: 'https', host: 'pi.local', port: 443, path: '/' });
    assert.deepEqual(parseHealth('tcp:6769'), { kind: 'tcp', port: 6769 });
    assert.deepEqual(parseHealth('tcp:10.0.0.5:22'), { kind: 'tcp', host: '10.0.0.5', port: 22 });
    for (const kind of ['docker', 'none', 'auto'] as const) assert.deepEqual(parseHealth(kind), { kind });
    await refused(() => parseHealth('ping'), {
      kind: 'usage',
      message: /Input "health": "ping" is not a health check/,
      hint: /http:\/\/:6769\/health/,
    });
    await refused(() => parseHealth('tcp:99999'), { message: /has no valid port/ });
  });

  it('reads docker hosts: ssh and tcp name the host probed, a socket is this machine', async () => {
    assert.deepEqual(parseDockerHost(undefined), { hostName: '127.0.0.1', remote: false });
    assert.deepEqual(parseDockerHost('ssh://pi@rhubarb.local'), { url: 'ssh://pi@rhubarb.local', hostName: 'rhubarb.local', remote: true });
    assert.deepEqual(parseDockerHost('tcp://[fd00::5]:2376'), { url: 'tcp://[fd00::5]:2376', hostName: 'fd00::5', remote: true });
    assert.deepEqual(parseDockerHost('unix:///var/run/docker.sock'), { hostName: '127.0.0.1', remote: false });
    assert.deepEqual(parseDockerHost('unix:///srv/docker.sock'), { url: 'unix:///srv/docker.sock', hostName: '127.0.0.1', remote: false });
    // One daemon, one lock: whoever logs in, and however the local socket is named.
    assert.equal(dockerHostSlug(parseDockerHost('ssh://pi@rhubarb.local')), 'rhubarb.local');
    assert.equal(dockerHostSlug(parseDockerHost('ssh://rhubarb.local')), 'rhubarb.local');
    assert.equal(dockerHostSlug(parseDockerHost('tcp://10.0.0.5:2376')), '10.0.0.5_2376');
    assert.equal(dockerHostSlug(parseDockerHost('unix:///var/run/docker.sock')), dockerHostSlug(parseDockerHost(undefined)));
    await refused(() => parseDockerHost('ssh://'), { message: /Input "docker-host": "ssh:\/\/" is not a Docker host address/ });
    await refused(() => parseDockerHost('rhubarb.local'), {
      kind: 'usage',
      message: /Input "docker-host": "rhubarb.local" is not a Docker host address/,
    });
  });

  it('checks env, env-file and volumes before anything runs', async () => {
    const args = await runArguments({
      devices: [],
      published: parsePublishedPorts(['6769:6769']),
      env: ['A=1', 'B=x=y'],
      volumes: ['data:/data:ro'],
      restart: 'always',
    });
    assert.deepEqual(args, [
      '--publish',
      '6769:6769/tcp',
      '--env',
      'A=1',
      '--env',
      'B=x=y',
      '--volume',
      'data:/data:ro',
      '--restart',
      'always',
    ]);
    const base = { devices: [], published: [], volumes: [], restart: 'no' };
    await assert.rejects(runArguments({ ...base, env: ['1A=x'] }), /Input "env": "1A=x" is not NAME=value/);
    await assert.rejects(
      runArguments({ ...base, env: [], volumes: ['/srv'] }),
      /Input "volumes": "\/srv" is not SOURCE:\/path\/inside\[:ro\]/,
    );
    await assert.rejects(
      runArguments({ ...base, env: [], envFile: '/nonexistent/app.env' }),
      /Input "env-file": \/nonexistent\/app.env does not exist/,
    );
  });
});

/**
 * A registry that answers as ghcr.io and Docker Hub do (the distribution spec's token flow): 401
 * with a Bearer challenge, a token for the right login, then the manifest's digest on a HEAD.
 */
async function tokenRegistry(): Promise<{ url: string; requests: string[]; close: () => Promise<void> }> {
  const requests: string[] = [];
  const good = `Basic ${Buffer.from('ci:token-1').toString('base64')}`;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    requests.push(`${request.method ?? ''} ${request.url ?? ''}`);
    const url = new URL(request.url ?? '/', 'http://x');
    if (url.pathname === '/token') {
      if (request.headers.authorization !== good) return response.writeHead(401).end();
      return response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ token: `t:${url.searchParams.get('scope') ?? ''}` }));
    }
    if (request.headers.authorization !== 'Bearer t:repository:acme/app:pull') {
      const realm = `http://${request.headers.host ?? ''}/token`;
      return response
        .writeHead(401, { 'www-authenticate': `Bearer realm="${realm}",service="registry",scope="repository:acme/app:pull"` })
        .end();
    }
    if (url.pathname === '/v2/acme/app/manifests/main') return response.writeHead(200, { 'docker-content-digest': digest }).end();
    return response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `127.0.0.1:${String(port)}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('the registry digest of a tag', () => {
  it('follows a Bearer challenge with the login, and names what went wrong', async () => {
    const registry = await tokenRegistry();
    const signal = new AbortController().signal;
    try {
      const reference = parseImageReference(`${registry.url}/acme/app:main`);
      assert.equal(await manifestDigest(reference, { username: 'ci', password: 'token-1' }, signal), digest);
      assert.deepEqual(registry.requests.slice(0, 3), [
        'HEAD /v2/acme/app/manifests/main',
        'GET /token?service=registry&scope=repository%3Aacme%2Fapp%3Apull',
        'HEAD /v2/acme/app/manifests/main',
      ]);
      await assert.rejects(
        manifestDigest(reference, { username: 'ci', password: 'wrong' }, signal),
        /refused the login of ci \(HTTP 401\)/,
      );
      await assert.rejects(
        manifestDigest(parseImageReference(`${registry.url}/acme/app:gone`), { username: 'ci', password: 'token-1' }, signal),
        /Input "image": .*acme\/app:gone does not exist in .* \(no manifest for gone\)/,
      );
      const closed = `127.0.0.1:${String(await freePort())}`;
      await assert.rejects(
        manifestDigest(parseImageReference(`${closed}/acme/app:main`), undefined, signal),
        /Cannot reach the registry 127\.0\.0\.1:\d+: ECONNREFUSED/,
      );
    } finally {
      await registry.close();
    }
  });

  it('reads WWW-Authenticate challenges', () => {
    assert.deepEqual(parseChallenge('Bearer realm="https://ghcr.io/token",service="ghcr.io",scope="repository:a/b:pull"'), {
      scheme: 'bearer',
      params: { realm: 'https://ghcr.io/token', service: 'ghcr.io', scope: 'repository:a/b:pull' },
    });
    assert.deepEqual(parseChallenge('Basic realm="boardline"'), { scheme: 'basic', params: { realm: 'boardline' } });
  });
});
