import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { copyFile, mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { DockerClient } from '../docker/docker-cli.js';
import { BoardlineError } from '../errors.js';
import type { Io } from '../io.js';
import { runTool } from '../process/run-tool.js';
import { Transcript } from '../serial/transcript.js';
import { containerStartedPattern, type PreloadedContainer } from './boot-containers-script.js';
import { buildBootPartition } from './boot-partition.js';
import { bootTest } from './boot-test.js';
import { formatBytes, mebibyte } from './byte-size.js';
import { ComponentCache, keyOf } from './component-cache.js';
import { componentsFor, componentDescriptions, type ComponentName, type ComponentReport } from './components.js';
import { imageBanner } from './first-boot.js';
import { ensureFreeSpace } from './free-space.js';
import type { ImageConfig } from './image-config.js';
import { parseDpkgStatus, renderManifest } from './package-manifest.js';
import {
  diskIdentifier,
  firstPartitionOffset,
  layoutFor,
  readPartitionTable,
  writePartitionTable,
  type PartitionLayout,
  type TablePartition,
} from './partition-table.js';
import { inspectImages, preloadedContainers, saveImages } from './preload-containers.js';
import { buildRootPartition, readAccounts, rootBytesNeeded } from './root-partition.js';
import { buildRootfs, rootfsInputs } from './rootfs.js';
import { systemFiles } from './system-files.js';

export type Compression = 'none' | 'xz' | 'zstd';
export type BootTestChoice = 'auto' | 'true' | 'false';

export interface SdImageOptions {
  config: ImageConfig;
  /** The image file to write; with compression, the compressed file is this name plus .xz or .zst. */
  output: string;
  compress: Compression;
  bootTest: BootTestChoice;
  bootTimeoutMs: number;
  /** Build only this component and what it needs. */
  only?: ComponentName | undefined;
  /** Where built components are kept between builds. */
  cacheDir: string;
  /** Scratch space, removed afterwards. */
  workDir: string;
  docker: DockerClient;
  io: Io;
}

export interface BootTestReport {
  status: 'passed' | 'failed' | 'skipped';
  /** Why it was skipped, or how it failed. */
  reason?: string;
  transcript?: string;
  elapsedMs?: number;
  lastLines: string[];
}

export interface SdImageResult {
  components: ComponentReport[];
  /** Absent when --only stopped before the image. */
  image?: string;
  bytes?: number;
  sha256?: string;
  manifest?: string;
  partitions?: TablePartition[];
  diskId: string;
  banner: string;
  bootTest?: BootTestReport;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Copies a partition into the image at its offset, leaving runs of zeros as holes (the image stays sparse). */
async function placePartition(image: string, partition: string, offset: number, io: Io): Promise<void> {
  const run = await runTool(
    'dd',
    [`if=${partition}`, `of=${image}`, 'bs=4M', `seek=${String(offset / (4 * mebibyte))}`, 'conv=notrunc,sparse', 'status=none'],
    io,
    { timeoutMs: 30 * 60_000, installHint: 'coreutils', quiet: true },
  );
  if (run.exitCode !== 0)
    throw new BoardlineError('failed', `dd could not write ${basename(partition)} into the image: ${run.lastLines.join(' ')}`);
}

async function compressImage(raw: string, compress: Compression, io: Io): Promise<string> {
  if (compress === 'none') return raw;
  const target = `${raw}.${compress === 'xz' ? 'xz' : 'zst'}`;
  const partial = `${target}.partial`;
  // Each tool writes the partial name itself (xz by its suffix option, zstd by -o); renamed once whole.
  const args = compress === 'xz' ? ['-T0', '-6', '-k', '-f', '--suffix=.xz.partial', raw] : ['-T0', '-10', '-q', '-f', '-o', partial, raw];
  io.info(`Compressing the image with ${compress}`);
  try {
    const run = await runTool(compress, args, io, {
      timeoutMs: 60 * 60_000,
      installHint: `apt-get install ${compress === 'xz' ? 'xz-utils' : 'zstd'}`,
      quiet: true,
      processGroup: true,
    });
    if (run.exitCode !== 0) throw new BoardlineError('failed', `${compress} could not compress the image: ${run.lastLines.join(' ')}`);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  await rename(partial, target);
  await rm(raw, { force: true });
  return target;
}

/**
 * Builds an SD card image from a configuration: each component reused from the cache when its
 * key (exactly the settings it depends on and its dependencies' keys) was built before, else
 * built and kept; then the image assembled, booted once under QEMU, and compressed. An
 * interrupted or failed build leaves nothing under the output name and no cache entry that
 * claims to be complete.
 */
export async function buildSdImage(options: SdImageOptions): Promise<SdImageResult> {
  const { config, io } = options;
  const cache = new ComponentCache(options.cacheDir);
  const wanted = componentsFor(options.only);
  const reports: ComponentReport[] = [];
  const keys = new Map<ComponentName, string>();
  const dirs = new Map<ComponentName, string>();
  const diskId = diskIdentifier(config.name);
  const banner = imageBanner(config);
  const built = new Date().toISOString();
  await mkdir(options.workDir, { recursive: true });

  /** One component: its key, then the cached entry or a fresh build kept under the key. */
  const component = async (
    name: ComponentName,
    inputs: Record<string, unknown>,
    dependsOn: readonly ComponentName[],
    build: (dir: string) => Promise<void>,
  ): Promise<string> => {
    const key = keyOf({ name, inputs, dependencies: dependsOn.map((dependency) => keys.get(dependency) ?? '') });
    keys.set(name, key);
    const step = `[${String(wanted.indexOf(name) + 1)}/${String(wanted.length)}] ${name}`;
    const found = await cache.lookup(name, key);
    if (found !== undefined) {
      io.info(`${step}: cache hit ${key} (built ${found.builtAt} in ${String(found.seconds)} s)`);
      reports.push({ name, key, cached: true, seconds: 0 });
    } else {
      io.info(`${step}: building ${componentDescriptions[name]} (key ${key})`);
      const record = await cache.store(name, key, inputs, build).catch((error: unknown) => {
        if (!io.signal.aborted) throw error;
        throw new BoardlineError(
          'failed',
          `Cancelled while building ${name}: no cache entry was kept for it, and nothing was written to ${options.output}`,
        );
      });
      io.info(`${step}: built in ${String(record.seconds)} s`);
      reports.push({ name, key, cached: false, seconds: record.seconds });
    }
    const dir = cache.entryDir(name, key);
    dirs.set(name, dir);
    return dir;
  };

  const rootfsTar = (): string => join(dirs.get('rootfs') ?? '', 'rootfs.tar');
  await component('rootfs', rootfsInputs(config), [], async (dir) => {
    await ensureFreeSpace(
      dir,
      4 * 2 ** 30,
      'the root file system (mmdebstrap unpacks and configures it, then writes its tar)',
      'cache-dir',
    );
    const tar = await buildRootfs(config, dir, io);
    const status = await runTool('tar', ['-xOf', tar, './var/lib/dpkg/status'], io, {
      timeoutMs: 300_000,
      installHint: 'apt-get install tar',
      quiet: true,
    });
    if (status.exitCode !== 0) throw new BoardlineError('failed', 'The root file system has no dpkg status database');
    await writeFile(join(dir, 'packages.tsv'), renderManifest(parseDpkgStatus(status.stdout)));
  });

  let preloaded: PreloadedContainer[] = [];
  if (wanted.includes('containers')) {
    const images = await inspectImages(config, options.docker, io);
    const dir = await component(
      'containers',
      { recipe: 1, images: images.map((entry) => ({ name: entry.container.name, id: entry.id, tag: entry.tag })) },
      [],
      async (into) => {
        await saveImages(images, into, options.docker, io);
      },
    );
    preloaded = preloadedContainers(images, dir);
  }

  const bootBytes = config.bootSizeMiB * mebibyte;
  const rootOffset = firstPartitionOffset + bootBytes;
  /** The root partition's size: what the contents need (fit), or what a fixed image size leaves after the boot partition. */
  const rootSizeFor = (needed: number): number => {
    if (config.size.kind === 'fit') return needed;
    const available = Math.floor((config.size.bytes - rootOffset) / mebibyte) * mebibyte;
    if (available < needed) {
      throw new BoardlineError(
        'usage',
        `size ${config.size.text} is too small: the image needs at least ${formatBytes(rootOffset + needed)} (boot partition ${formatBytes(bootBytes)} from 4 MiB, root file system ${formatBytes(needed)})`,
        {
          hint: `Fix: set size to ${String(Math.ceil((rootOffset + needed) / mebibyte))}M or more, or size: fit (the root partition then grows to the card on first boot)`,
        },
      );
    }
    return available;
  };

  if (wanted.includes('root-partition')) {
    await component('root-partition', await rootPartitionInputs(config, diskId), ['rootfs', 'containers'], async (dir) => {
      const work = join(options.workDir, 'root-partition');
      await ensureFreeSpace(
        work,
        (await stat(rootfsTar())).size * 2.5,
        'the root partition (the root file system unpacked, then its ext4 image)',
        'the temporary directory (TMPDIR, RUNNER_TEMP)',
      );
      try {
        const accounts = await readAccounts(rootfsTar(), work, io);
        const entries = systemFiles({ config, accounts, preloaded, diskId, built });
        const made = await buildRootPartition({
          rootfsTar: rootfsTar(),
          entries,
          diskId,
          workDir: work,
          output: join(dir, 'root.ext4'),
          sizeFor: (staged) => rootSizeFor(rootBytesNeeded(staged)),
          io,
        });
        await writeFile(join(dir, 'root.json'), JSON.stringify({ bytes: made.bytes, neededBytes: rootBytesNeeded(made.staged) }));
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    });
  }
  if (wanted.includes('boot-partition')) {
    await component(
      'boot-partition',
      {
        recipe: 1,
        board: config.board.name,
        name: config.name,
        version: config.version,
        console: config.board.console,
        country: config.wifi?.country ?? null,
        bootSizeMiB: config.bootSizeMiB,
        diskId,
      },
      ['rootfs'],
      async (dir) => {
        const work = join(options.workDir, 'boot-partition');
        try {
          await buildBootPartition({ config, rootfsTar: rootfsTar(), diskId, workDir: work, output: join(dir, 'boot.vfat'), io });
        } finally {
          await rm(work, { recursive: true, force: true });
        }
      },
    );
  }
  if (!wanted.includes('image')) return { components: reports, diskId, banner };

  // The image: never cached (it is the partitions copied behind a partition table, seconds of work).
  const rootDir = dirs.get('root-partition') ?? '';
  const { bytes: rootBytes } = JSON.parse(await readFile(join(rootDir, 'root.json'), 'utf8')) as { bytes: number };
  const layout: PartitionLayout = layoutFor(diskId, bootBytes, rootBytes);
  if (config.size.kind === 'fixed') layout.totalBytes = config.size.bytes;
  await mkdir(dirname(options.output), { recursive: true });
  await ensureFreeSpace(dirname(options.output), layout.totalBytes, `the image (${formatBytes(layout.totalBytes)})`, 'output');
  const partial = `${options.output}.partial`;
  let result: SdImageResult | undefined;
  try {
    await rm(partial, { force: true });
    const handle = await open(partial, 'w');
    await handle.truncate(layout.totalBytes);
    await handle.close();
    await writePartitionTable(partial, layout, io);
    await placePartition(partial, join(dirs.get('boot-partition') ?? '', 'boot.vfat'), layout.boot.offset, io);
    await placePartition(partial, join(rootDir, 'root.ext4'), layout.root.offset, io);
    io.info(
      `[${String(wanted.length)}/${String(wanted.length)}] image: ${formatBytes(layout.totalBytes)}, boot ${formatBytes(layout.boot.bytes)} at ${formatBytes(layout.boot.offset)}, root ${formatBytes(layout.root.bytes)} (disk ${diskId})`,
    );

    const bootReport = await runBootTest(options, partial, layout, banner, preloaded);
    if (bootReport.status === 'failed') {
      const kept = `${options.output}.failed`;
      await rename(partial, kept);
      throw new BoardlineError(
        'failed',
        `The image did not boot to its banner under QEMU: ${bootReport.reason ?? ''}. It is kept as ${kept}, not as ${options.output}`,
        {
          details: `Last console lines:\n${bootReport.lastLines.join('\n') || '(nothing)'}\nTranscript: ${bootReport.transcript ?? ''}`,
          hint: 'Fix: read the transcript; the banner comes from boardline-first-boot.service once systemd reaches multi-user.target',
        },
      );
    }
    await rm(options.output, { force: true });
    await rename(partial, options.output);
    const partitions = (await readPartitionTable(options.output, io)).partitions;
    const image = await compressImage(options.output, options.compress, io);
    const manifest = `${image}.packages.tsv`;
    await copyFile(join(dirs.get('rootfs') ?? '', 'packages.tsv'), manifest);
    const sha256 = await sha256Of(image);
    await writeFile(`${image}.sha256`, `${sha256}  ${basename(image)}\n`);
    result = {
      components: reports,
      image,
      bytes: (await stat(image)).size,
      sha256,
      manifest,
      partitions,
      diskId,
      banner,
      bootTest: bootReport,
    };
    return result;
  } finally {
    await rm(partial, { force: true });
  }
}

/**
 * Exactly what the root partition depends on besides the root file system and the container
 * images: the settings it writes, the added files by content (not by where the checkout is), the
 * size it must have. Where a container was declared in the file is not part of it.
 */
async function rootPartitionInputs(config: ImageConfig, diskId: string): Promise<Record<string, unknown>> {
  const files = await Promise.all(
    config.files.map(async (file) => ({
      target: file.target,
      mode: file.mode,
      sha256: createHash('sha256')
        .update(await readFile(file.source))
        .digest('hex'),
    })),
  );
  return {
    recipe: 1,
    diskId,
    name: config.name,
    version: config.version,
    board: config.board.name,
    hostname: config.hostname,
    user: config.user ?? null,
    wifi: config.wifi ?? null,
    timezone: config.timezone,
    locale: config.locale,
    grow: config.grow,
    size: config.size.kind === 'fit' ? 'fit' : config.size.bytes,
    bootSizeMiB: config.bootSizeMiB,
    containers: config.containers.map(({ where: _where, ...settings }) => settings),
    files,
  };
}

async function runBootTest(
  options: SdImageOptions,
  image: string,
  layout: PartitionLayout,
  banner: string,
  preloaded: readonly PreloadedContainer[],
): Promise<BootTestReport> {
  const { config, io } = options;
  if (options.bootTest === 'false') return { status: 'skipped', reason: 'boot-test is false', lastLines: [] };
  if (config.board.bootTest === undefined && options.bootTest === 'auto') {
    io.warning(`The image was not booted: QEMU has no machine modelling the ${config.board.name}`);
    return { status: 'skipped', reason: `QEMU models no ${config.board.name}`, lastLines: [] };
  }
  const transcriptPath = `${options.output}.boot.log`;
  const transcript = new Transcript();
  const expect = [banner, ...preloaded.map((entry) => containerStartedPattern(entry.container))];
  io.info(
    `Boot test: waiting up to ${String(Math.round(options.bootTimeoutMs / 1000))} s for ${expect.map((line) => JSON.stringify(line)).join(', then ')}`,
  );
  try {
    const { outcome } = await bootTest({
      image,
      layout,
      board: config.board,
      expect,
      timeoutMs: options.bootTimeoutMs,
      workDir: join(options.workDir, 'boot-test'),
      transcript,
      io,
    });
    const lastLines = transcript.lastLines(15);
    const reasons: Record<string, string> = {
      timeout: `no ${JSON.stringify(expect[outcome.progress.matchedCount] ?? banner)} within ${String(Math.round(options.bootTimeoutMs / 1000))} s`,
      'port-lost': outcome.status === 'port-lost' ? outcome.reason : '',
      'fail-pattern': outcome.status === 'fail-pattern' ? `the console showed ${outcome.pattern.source}: ${outcome.line}` : '',
      cancelled: 'cancelled',
    };
    if (outcome.status === 'cancelled') throw new BoardlineError('failed', 'Cancelled during the boot test: no image was written');
    if (outcome.status === 'pass') {
      io.info(
        `Boot test passed in ${String(Math.round(outcome.elapsedMs / 1000))} s: ${outcome.progress.matches.map((match) => match.line.trim()).join(' | ')}`,
      );
      return { status: 'passed', transcript: transcriptPath, elapsedMs: outcome.elapsedMs, lastLines };
    }
    return {
      status: 'failed',
      reason: reasons[outcome.status] ?? outcome.status,
      transcript: transcriptPath,
      elapsedMs: outcome.elapsedMs,
      lastLines,
    };
  } finally {
    await writeFile(transcriptPath, transcript.render());
  }
}
