import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Io } from '../io.js';
import { buildSdImage, type SdImageResult } from '../image/build-sd-image.js';
import { formatBytes } from '../image/byte-size.js';
import { componentDescriptions, componentNames } from '../image/components.js';
import { defaultConfigYaml } from '../image/image-config.js';
import { loadImageConfig } from '../image/parse-image-config.js';
import { defineCapability, type InputValues } from '../spec/capability.js';
import type { FaceContext } from './context.js';
import type { CapabilityResult } from './result.js';

export const sdImageSpec = defineCapability({
  name: 'sd-image',
  title: 'Boardline: Raspberry Pi SD image',
  description:
    'Build a bootable Raspberry Pi SD card image from Debian’s archive without root or loop devices, with the app’s containers preloaded; boot it once under QEMU before it ships.',
  action: { icon: 'hard-drive', color: 'purple' },
  inputs: {
    config: {
      kind: 'path',
      description:
        'The image’s YAML configuration, merged over the built-in defaults key by key (boardline sd-image --print-defaults shows them).',
    },
    output: {
      kind: 'path',
      description: 'The image file to write; by default build/NAME-VERSION.img. Compressed: this name plus .xz or .zst.',
    },
    name: { kind: 'string', description: 'Overrides the configuration’s name (the banner and the file name carry it).' },
    version: {
      kind: 'string',
      description: 'Overrides the configuration’s version, e.g. the release tag or commit: the first-boot banner prints it.',
    },
    board: { kind: 'string', description: 'Overrides the board: pi3, pi4, pi5 (64-bit), pi3-armhf, pi2 (32-bit).' },
    release: { kind: 'string', description: 'Overrides the Debian release (bookworm; trixie for the Pi 5).' },
    hostname: { kind: 'string', description: 'Overrides the host name.' },
    size: {
      kind: 'string',
      description:
        'Overrides the image size: 2G, 1500M, or fit (as small as the contents allow; the root partition grows to the card on first boot).',
    },
    mirror: { kind: 'string', description: 'Overrides the Debian mirror (a snapshot.debian.org URL pins the archive’s state).' },
    packages: { kind: 'list', split: 'lines-and-commas', description: 'Packages added to the configuration’s list.' },
    compress: {
      kind: 'choice',
      choices: ['xz', 'zstd', 'none'],
      default: 'xz',
      description: 'Compress the finished image (after the boot test).',
    },
    'boot-test': {
      kind: 'choice',
      choices: ['auto', 'true', 'false'],
      default: 'auto',
      description: 'Boot the image once under QEMU and require its banner (auto: where QEMU models the board, the Pi 2 and 3).',
    },
    'boot-timeout': {
      kind: 'duration',
      default: '20m',
      description: 'How long the boot test waits for the banner (QEMU emulates the Pi’s CPU in software).',
    },
    only: {
      kind: 'choice',
      choices: componentNames,
      description: `Build only this component and what it needs: ${componentNames.join(', ')}.`,
    },
    'cache-dir': { kind: 'path', description: 'Where built components are kept between builds; by default in the tool cache.' },
    'print-defaults': { kind: 'boolean', default: 'false', cliOnly: true, description: 'Print the built-in defaults as YAML and stop.' },
  },
  outputs: {
    image: 'The image file (compressed when compress is not none).',
    size: 'Its size in bytes.',
    sha256: 'Its SHA-256 (also in IMAGE.sha256).',
    manifest: 'The installed packages and versions, one per line (IMAGE.packages.tsv).',
    'partition-table': 'The partition table as sfdisk reads it back (JSON).',
    components: 'Each component with its key and whether it came from the cache (JSON).',
    'boot-test': 'passed, skipped or failed.',
    transcript: 'The boot test’s console transcript.',
  },
});

export type SdImageInputs = InputValues<typeof sdImageSpec.inputs>;

function summaryOf(result: SdImageResult): string {
  const rows = result.components.map(
    (entry) =>
      `| ${entry.name} | ${entry.cached ? 'cache hit' : `built in ${String(entry.seconds)} s`} | \`${entry.key}\` | ${componentDescriptions[entry.name]} |`,
  );
  const lines = ['### Raspberry Pi SD image', '', '| Component | | Key | |', '|---|---|---|---|', ...rows, ''];
  if (result.image !== undefined) {
    lines.push(`**${result.image}**: ${formatBytes(result.bytes ?? 0)}, sha256 \`${result.sha256 ?? ''}\``, '');
    const table = (result.partitions ?? []).map(
      (entry) => `| ${entry.node} | ${String(entry.start)} | ${formatBytes(entry.size * 512)} | ${entry.type} |`,
    );
    lines.push('| Partition | Start sector | Size | Type |', '|---|---|---|---|', ...table, '');
  }
  const boot = result.bootTest;
  if (boot !== undefined)
    lines.push(
      boot.status === 'passed'
        ? `Boot test under QEMU passed in ${String(Math.round((boot.elapsedMs ?? 0) / 1000))} s: \`${result.banner}\``
        : `Boot test ${boot.status}: ${boot.reason ?? ''}`,
      '',
    );
  return lines.join('\n');
}

export async function sdImage(options: SdImageInputs, io: Io, context: FaceContext): Promise<CapabilityResult> {
  if (options['print-defaults']) return { outputs: {}, summary: '', text: defaultConfigYaml };
  const config = await loadImageConfig({
    config: options.config,
    overrides: {
      name: options.name,
      version: options.version,
      board: options.board,
      release: options.release,
      hostname: options.hostname,
      size: options.size,
      mirror: options.mirror,
    },
    packages: options.packages,
    env: context.variables ?? {},
  });
  const output = options.output ?? join('build', `${config.name}-${config.version}.img`);
  const workDir = join(context.tempDir, `boardline-sd-image-${String(process.pid)}-${String(Date.now())}`);
  try {
    const result = await buildSdImage({
      config,
      output,
      compress: options.compress,
      bootTest: options['boot-test'],
      bootTimeoutMs: options['boot-timeout'],
      only: options.only,
      cacheDir: options['cache-dir'] ?? join(context.toolCacheDir, 'boardline-sd-image'),
      workDir,
      docker: { binary: 'docker', env: context.dockerHost === undefined ? {} : { DOCKER_HOST: context.dockerHost }, secrets: [] },
      io,
    });
    const summary = summaryOf(result);
    return {
      outputs: {
        image: result.image ?? '',
        size: result.bytes ?? 0,
        sha256: result.sha256 ?? '',
        manifest: result.manifest ?? '',
        'partition-table': (result.partitions ?? []) as unknown as CapabilityResult['outputs'][string],
        components: result.components as unknown as CapabilityResult['outputs'][string],
        'boot-test': result.bootTest?.status ?? 'skipped',
        transcript: result.bootTest?.transcript ?? '',
      },
      summary,
      text: summary,
    };
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
