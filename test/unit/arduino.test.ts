import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { promisify } from 'node:util';
import { installCommands, isFullyPinned, packagesKey, parseLibrary, parsePlatform, readProfile } from '../../src/arduino/board-packages.js';
import { highestSatisfying, parseVersionRequest, pickRelease } from '../../src/arduino/cli-version.js';
import { boardDirectoryName, buildProperties, compileArguments } from '../../src/arduino/compile-command.js';
import { parseCompileOutput, sizesFromText } from '../../src/arduino/compile-result.js';
import { deduplicate, parseGccDiagnostics, sourceLocation } from '../../src/arduino/gcc-diagnostics.js';
import { locateArduinoCli } from '../../src/arduino/locate-cli.js';
import { parseChecksums, releaseAsset } from '../../src/arduino/release-assets.js';
import { exitCodes } from '../../src/errors.js';
import { recordingIo } from '../../src/io.js';
import { sizeTable } from '../../src/report/size-table.js';
import { expectFailure } from '../harness/expect-error.js';

const run = promisify(execFile);

describe('locating arduino-cli', () => {
  it('reports a machine without it as a missing tool (exit 69), not as bad input, and says how to install it', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'boardline-no-tools-'));
    const path = process.env['PATH'];
    // An empty PATH: whether this machine has an arduino-cli of its own must not matter.
    process.env['PATH'] = empty;
    try {
      const error = await expectFailure(
        'not-available',
        () => locateArduinoCli({ root: empty }, { platform: 'linux', arch: 'x64' }, recordingIo()),
        /^arduino-cli is not installed: it is neither on PATH nor in the tool cache$/,
      );
      assert.match(error.hint ?? '', /^Fix: run setup-arduino-cli first .*or put an arduino-cli on PATH$/);
      assert.equal(exitCodes[error.kind], 69);
    } finally {
      process.env['PATH'] = path;
    }
  });
});

describe('arduino-cli releases', () => {
  it('names the archive of each runner platform as the release pipeline does', () => {
    const base = 'https://downloads.arduino.cc/arduino-cli';
    assert.equal(
      releaseAsset('1.1.1', { platform: 'linux', arch: 'x64' }, base).archiveUrl,
      `${base}/arduino-cli_1.1.1_Linux_64bit.tar.gz`,
    );
    assert.equal(releaseAsset('1.1.1', { platform: 'linux', arch: 'arm' }, base).archive, 'arduino-cli_1.1.1_Linux_ARMv7.tar.gz');
    assert.equal(releaseAsset('1.1.1', { platform: 'linux', arch: 'arm64' }, base).archive, 'arduino-cli_1.1.1_Linux_ARM64.tar.gz');
    assert.equal(releaseAsset('1.1.1', { platform: 'darwin', arch: 'arm64' }, base).archive, 'arduino-cli_1.1.1_macOS_ARM64.tar.gz');
    const windows = releaseAsset('1.1.1', { platform: 'win32', arch: 'x64' }, `${base}/`);
    assert.deepEqual(
      [windows.archive, windows.executable, windows.checksumsUrl],
      ['arduino-cli_1.1.1_Windows_64bit.zip', 'arduino-cli.exe', `${base}/1.1.1-checksums.txt`],
    );
  });

  it('refuses an architecture arduino-cli is not published for', async () => {
    const error = await expectFailure('usage', () => releaseAsset('1.1.1', { platform: 'linux', arch: 's390x' }, 'https://x'));
    assert.match(error.message, /arduino-cli is not published for linux\/s390x/);
    assert.match(error.hint ?? '', /linux\/x64, .*linux\/arm, linux\/arm64/);
  });

  it('reads checksums files as sha256sum writes them', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-sums-'));
    await writeFile(join(dir, 'arduino-cli_1.1.1_Linux_64bit.tar.gz'), 'archive');
    await writeFile(join(dir, 'arduino-cli_1.1.1_Windows_64bit.zip'), 'zip');
    const { stdout } = await run('sha256sum', ['arduino-cli_1.1.1_Linux_64bit.tar.gz', 'arduino-cli_1.1.1_Windows_64bit.zip'], {
      cwd: dir,
    });
    const sums = parseChecksums(stdout);
    assert.equal(sums.size, 2);
    assert.match(sums.get('arduino-cli_1.1.1_Linux_64bit.tar.gz') ?? '', /^[0-9a-f]{64}$/);
    assert.equal(parseChecksums('not a checksum line\n\n').size, 0);
  });

  it('resolves exact versions, ranges and latest, skipping prereleases', async () => {
    assert.deepEqual(parseVersionRequest('v1.1.1'), { kind: 'exact', version: '1.1.1' });
    assert.deepEqual(parseVersionRequest('1.x'), { kind: 'range', range: '1.x' });
    assert.deepEqual(parseVersionRequest('latest'), { kind: 'latest' });
    await expectFailure('usage', () => parseVersionRequest('newest'));
    const released = ['1.0.4', '1.1.0', '1.1.1', '0.35.3'];
    assert.equal(pickRelease(released, parseVersionRequest('1.x')), '1.1.1');
    assert.equal(pickRelease(released, parseVersionRequest('~1.0')), '1.0.4');
    assert.equal(pickRelease(released, parseVersionRequest('latest')), '1.1.1');
    assert.equal(highestSatisfying(['1.0.4', '1.1.1'], parseVersionRequest('1.0.x')), '1.0.4');
    assert.equal(highestSatisfying(['1.1.1'], parseVersionRequest('latest')), undefined, 'latest always asks');
  });
});

describe('platforms and libraries', () => {
  it('parses pinned and unpinned entries and refuses malformed ones by input name', async () => {
    assert.deepEqual(parsePlatform('esp8266:esp8266@3.1.2'), { id: 'esp8266:esp8266', version: '3.1.2' });
    assert.deepEqual(parsePlatform('arduino:avr'), { id: 'arduino:avr', version: undefined });
    assert.deepEqual(parseLibrary('Adafruit NeoPixel@1.12.0'), { name: 'Adafruit NeoPixel', version: '1.12.0' });
    assert.match((await expectFailure('usage', () => parsePlatform('esp8266@3'))).message, /^Input "platforms"/);
    assert.match((await expectFailure('usage', () => parseLibrary('@1.0'))).message, /^Input "libraries"/);
  });

  it('reads a sketch.yaml profile with its index URLs', async () => {
    const yaml = [
      'profiles:',
      '  d1:',
      '    fqbn: esp8266:esp8266:d1',
      '    platforms:',
      '      - platform: esp8266:esp8266 (3.1.2)',
      '        platform_index_url: https://arduino.esp8266.com/stable/package_esp8266com_index.json',
      '    libraries:',
      '      - ArduinoJson (7.0.4)',
    ].join('\n');
    const profile = readProfile(yaml, 'd1', 'sketch.yaml');
    assert.equal(profile.fqbn, 'esp8266:esp8266:d1');
    assert.deepEqual(profile.platforms, [
      { id: 'esp8266:esp8266', version: '3.1.2', indexUrl: 'https://arduino.esp8266.com/stable/package_esp8266com_index.json' },
    ]);
    assert.deepEqual(profile.libraries, [{ name: 'ArduinoJson', version: '7.0.4' }]);
    assert.ok(isFullyPinned(profile));
    const missing = await expectFailure('usage', () => readProfile(yaml, 'uno', 'sketch.yaml'));
    assert.match(missing.message, /has no profile "uno"/);
    assert.match(missing.hint ?? '', /\(d1\)/);
  });

  it('keys a set by exactly what was asked, in any order', () => {
    const a = {
      platforms: [parsePlatform('arduino:avr@1.8.6'), parsePlatform('esp8266:esp8266@3.1.2')],
      libraries: [],
      additionalUrls: ['u'],
    };
    const b = {
      platforms: [parsePlatform('esp8266:esp8266@3.1.2'), parsePlatform('arduino:avr@1.8.6')],
      libraries: [],
      additionalUrls: ['u', 'u'],
    };
    const c = { ...a, platforms: [parsePlatform('arduino:avr@1.8.5'), parsePlatform('esp8266:esp8266@3.1.2')] };
    assert.equal(packagesKey(a, '1.1.1'), packagesKey(b, '1.1.0'));
    assert.notEqual(packagesKey(a, '1.1.1'), packagesKey(c, '1.1.1'));
    assert.deepEqual(installCommands({ platforms: [], libraries: [parseLibrary('Servo')], additionalUrls: [] }), [
      ['lib', 'update-index'],
      ['lib', 'install', 'Servo'],
    ]);
  });
});

describe('compile command and results', () => {
  it('adds the banner macro to the user’s own flags, never replacing them', () => {
    assert.deepEqual(buildProperties(['compiler.cpp.extra_flags=-DDEBUG=1', 'build.partitions=min_spiffs'], 'c0ffee1'), [
      'compiler.cpp.extra_flags=-DDEBUG=1 -DBOARDLINE_VERSION="c0ffee1"',
      'build.partitions=min_spiffs',
      'compiler.c.extra_flags=-DBOARDLINE_VERSION="c0ffee1"',
    ]);
    assert.deepEqual(buildProperties([], undefined), []);
  });

  it('builds the exact arduino-cli compile argument list', () => {
    const target = { sketch: 'blink', fqbn: 'esp8266:esp8266:d1', profile: undefined, outputDir: 'build/esp8266.esp8266.d1' };
    assert.deepEqual(compileArguments(target, ['compiler.c.extra_flags=-DX'], 'all'), [
      'compile',
      '--fqbn',
      'esp8266:esp8266:d1',
      '--json',
      '--warnings',
      'all',
      '--output-dir',
      'build/esp8266.esp8266.d1',
      '--build-property',
      'compiler.c.extra_flags=-DX',
      'blink',
    ]);
    assert.equal(boardDirectoryName('esp8266:esp8266:d1:eesz=4M2M'), 'esp8266.esp8266.d1');
  });

  it('reads the result JSON, a pre-compile error on stderr, and output that is not JSON', () => {
    const ok = parseCompileOutput(
      JSON.stringify({
        compiler_out: '',
        compiler_err: '',
        builder_result: {
          build_path: '/b',
          executable_sections_size: [
            { name: 'text', size: 924, max_size: 32256 },
            { name: 'data', max_size: 2048 },
          ],
        },
        upload_result: {},
        success: true,
      }),
      '',
      0,
    );
    assert.deepEqual(
      [ok.success, ok.program, ok.ram, ok.buildPath],
      [true, { used: 924, maximum: 32256 }, { used: 0, maximum: 2048 }, '/b'],
    );
    const early = parseCompileOutput('', '{"error":"Can\'t open sketch: main file missing from sketch: /x/x.ino"}', 1);
    assert.equal(early.success, false);
    assert.match(early.error ?? '', /main file missing/);
    const garbage = parseCompileOutput('segfault', '', 139);
    assert.match(garbage.error ?? '', /exited with code 139 without a JSON result: segfault/);
  });

  it('understands arduino-cli’s human size lines', () => {
    const sizes = sizesFromText(
      'Sketch uses 262384 bytes (25%) of program storage space. Maximum is 1044464 bytes.\nGlobal variables use 28104 bytes (34%) of dynamic memory, leaving 53816 bytes for local variables. Maximum is 81920 bytes.\n',
      '',
    );
    assert.deepEqual(sizes, { program: { used: 262384, maximum: 1044464 }, ram: { used: 28104, maximum: 81920 } });
    assert.deepEqual(sizesFromText('Global variables use 9 bytes of dynamic memory.', '').ram, { used: 9, maximum: null });
  });

  it('turns real avr-gcc diagnostics into annotations on the sketch, mapping build copies back', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'boardline-gcc-'));
    const source = join(dir, 'broken.cpp');
    await writeFile(source, 'int main() {\n  int unused = 1;\n  return missing;\n}\n');
    const output = await run('avr-g++', ['-mmcu=atmega328p', '-Wall', '-c', source, '-o', join(dir, 'broken.o')]).then(
      () => assert.fail('the file does not compile'),
      (error: unknown) => (error as { stderr: string }).stderr,
    );
    const found = parseGccDiagnostics(output);
    // In gcc's order: the error as it is met, the unused variable when the function ends.
    assert.deepEqual(
      found.map((entry) => [entry.line, entry.column, entry.severity]),
      [
        [3, 10, 'error'],
        [2, 7, 'warning'],
      ],
    );
    assert.equal(sourceLocation(source, { workspace: dir, sketchDir: dir }), 'broken.cpp');
    assert.equal(sourceLocation('/opt/core/wiring.c', { workspace: dir, sketchDir: dir }), undefined, 'outside the workspace');
    assert.equal(
      sourceLocation('/b/sketch/blink.ino.cpp', { workspace: dir, buildPath: '/b', sketchDir: join(dir, 'blink') }),
      'blink/blink.ino',
    );
    const merged = deduplicate(
      found.flatMap((entry) => [
        { ...entry, board: 'arduino:avr:uno' },
        { ...entry, board: 'arduino:avr:nano' },
      ]),
    );
    assert.equal(merged.length, found.length);
    assert.deepEqual(merged[0]?.boards, ['arduino:avr:uno', 'arduino:avr:nano']);
  });

  it('renders size tables with deltas', () => {
    const now = [{ sketch: 'a', fqbn: 'b', program: { used: 1100, maximum: 2000 }, ram: { used: 10, maximum: null } }];
    const before = [{ sketch: 'a', fqbn: 'b', program: { used: 1000, maximum: 2000 }, ram: { used: 10, maximum: null } }];
    assert.equal(sizeTable(now, before).split('\n')[2], '| `a` | `b` | 1100 (55%) | +100 (+10.00%) | 10 | 0 |');
    assert.equal(sizeTable(now).split('\n')[2], '| `a` | `b` | 1100 (55%) | 10 |');
  });
});
